import ArnaCore
import ArnaTestSupport
import ArticleExtractor
import Foundation
import Testing

/// Each page in Fixtures/extract extracts to the article beside it, with its rule and (for pages
/// with usual markup) without any rule.
@Suite struct FixturePageTests {
    @Test func thereAreAtLeastEightPages() {
        #expect(ExpectedArticle.names.count >= 8)
        #expect(ExpectedArticle.names.allSatisfy { FileManager.default.fileExists(atPath: Fixture.url("extract/\($0).expected.json").path) })
    }

    @Test(arguments: ExpectedArticle.names)
    func withItsRule(_ name: String) throws {
        let expected = try ExpectedArticle.load(name)
        let rules = try ExpectedArticle.rules()
        let page = try ArticleExtractor(rules: rules).extract([UInt8](try Fixture.data("extract/\(name).html")), url: expected.url)
        #expect(page.rule == expected.rule, "the rule is chosen by the page's host")
        // Every part the rule names was found by the rule, not by the fallback.
        let rule = try #require(rules.rule(named: expected.rule))
        let named: [String: String?] = ["title": rule.title, "author": rule.author, "date": rule.date, "body": rule.body, "image": rule.image, "credit": rule.credit]
        let misses = page.fallbackParts.filter { (named[$0] ?? nil) != nil }
        #expect(misses.isEmpty, "the rule's own selectors found nothing for \(misses)")
        let problems = expected.differences(from: page.article)
        #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; "))")
        #expect(page.article.related.count == expected.related, "\(page.article.related.map(\.url))")
    }

    @Test(arguments: ExpectedArticle.names)
    func withoutRules(_ name: String) throws {
        let expected = try ExpectedArticle.load(name)
        guard expected.fallback else { return }
        let page = try ArticleExtractor().extract([UInt8](try Fixture.data("extract/\(name).html")), url: expected.url)
        #expect(page.rule == nil)
        let problems = expected.differences(from: page.article)
        #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; "))")
    }

    @Test func relatedLinksKeepTheirOwnDatesAndAreAbsolute() throws {
        let expected = try ExpectedArticle.load("kazinform-kk")
        let page = try ArticleExtractor(rules: try ExpectedArticle.rules())
            .extract([UInt8](try Fixture.data("extract/kazinform-kk.html")), url: expected.url)
        let first = try #require(page.article.related.first)
        #expect(first.url.absoluteString == "https://www.inform.kz/kz/elordada-kopir-kurylysy-ayaktaldy_a3620456")
        #expect(first.title == "Елордада көпір құрылысы аяқталды")
        // 04.03.2020, 18:00 in Almaty (UTC+6 then).
        #expect(first.published.map { ISO8601DateFormatter().string(from: $0) } == "2020-03-04T12:00:00Z")
    }

    @Test func theWindows1251PageIsReadAsWindows1251() throws {
        let expected = try ExpectedArticle.load("zakon-ru")
        let page = try ArticleExtractor().extract([UInt8](try Fixture.data("extract/zakon-ru.html")), url: expected.url)
        #expect(page.encoding == "windows-1251")
        #expect(page.article.title == "В Астане обсудили реформу местного самоуправления")
    }

    @Test func theArticleIsFiledUnderTheCanonicalLinkAndTheSite() throws {
        let page = try ArticleExtractor().extract(
            [UInt8](try Fixture.data("extract/kazinform-kk.html")), url: URL(string: "https://www.inform.kz/kz/some-other-path?utm_source=tg")!)
        #expect(page.article.url?.absoluteString == "https://www.inform.kz/kz/astanada-zhana-kopir-ashyldy_a3621001")
        #expect(page.article.outlet.id == "inform-kz")
        #expect(page.article.outlet.name == "Kazinform")
        #expect(page.article.updated.map { ISO8601DateFormatter().string(from: $0) } == "2020-03-05T10:05:00Z")
    }
}
