import ArnaCore
import ArnaTestSupport
import ArticleExtractor
import Foundation
import Testing

/// A listing page plus a link selector gives the article links a feed would have.
@Suite struct ListingReaderTests {
    let url = URL(string: "https://egemen.kz/news")!

    func links(_ selector: String) throws -> [RelatedArticle] {
        try ListingReader.links(in: [UInt8](try Fixture.data("extract/listings/egemen-news.html")), url: url, selector: selector)
    }

    @Test(arguments: [".news-feed h3 a", ".news-feed .item a", "//div[@class='news-feed']//h3/a/@href"])
    func theListsArticlesInPageOrderWithDates(_ selector: String) throws {
        let found = try links(selector)
        #expect(found.count == 6, "\(found.map(\.url))")
        let first = try #require(found.first)
        #expect(first.url.absoluteString == "https://egemen.kz/article/402315-senat-byudzhet-kodeksine-tuzetulerdi-maqulday")
        #expect(first.title == "Сенат бюджет кодексіне түзетулерді мақұлдады")
        // 25.11.2026 07:30 in Almaty, UTC+5 since March 2024.
        #expect(first.published.map { ISO8601DateFormatter().string(from: $0) } == "2026-11-25T02:30:00Z")
        #expect(found.last?.title == "Ұлттық театрда «Қыз Жібек» операсының жаңа қойылымы")
        #expect(!found.contains { $0.url.absoluteString.contains("401900") }, "the most-read column is not this list")
    }

    @Test func aSelectorThatMatchesNothingSaysSo() {
        #expect {
            try links(".no-such-list a")
        } throws: { error in
            (error as? ExtractionError)?.kind == .noArticle && "\(error)".contains(".no-such-list a")
        }
    }
}
