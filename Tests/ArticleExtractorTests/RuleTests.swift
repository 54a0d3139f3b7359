import ArnaCore
import ArnaTestSupport
import Foundation
import Testing

@testable import ArticleExtractor

/// The rules file, CSS selectors, rule choice, and the extractor's limits.
@Suite struct RuleTests {
    @Test(arguments: [
        ("h1", "//h1"),
        ("div.article-text", "//div[contains(concat(' ', normalize-space(@class), ' '), ' article-text ')]"),
        ("#comments", "//*[@id='comments']"),
        (".col-main > h1", "//*[contains(concat(' ', normalize-space(@class), ' '), ' col-main ')]/h1"),
        ("meta[property=\"og:image\"]::attr(content)", "//meta[@property='og:image']/@content"),
        ("a[rel=author], .byline", "//a[@rel='author'] | //*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]"),
        ("//h1/text()", "//h1/text()"),
    ])
    func cssBecomesXPath(_ css: String, _ xpath: String) throws {
        #expect(try CSSSelector.xpath(for: css) == xpath)
    }

    @Test func theRepositoryRulesFileLoads() throws {
        let rules = try ExtractionRuleSet.load(from: Fixture.repository.appendingPathComponent("feeds/extraction-rules.yaml"))
        #expect(rules.rules.count >= 8)
        #expect(rules.rule(for: URL(string: "https://kaz.tengrinews.kz/x/")!)?.name == "tengrinews-kk", "the most specific host wins")
        #expect(rules.rule(for: URL(string: "https://tengrinews.kz/x/")!)?.name == "tengrinews")
        #expect(rules.rule(for: URL(string: "https://www.egemen.kz/article/1")!)?.name == "egemen", "a subdomain matches")
        #expect(rules.rule(for: URL(string: "https://example.com/")!) == nil)
    }

    @Test func anUnknownFieldIsRefusedByName() {
        let yaml = "rules:\n  x:\n    hosts: [x.kz]\n    autor: .author\n"
        #expect {
            try ExtractionRuleSet.parse(yaml: yaml)
        } throws: { error in
            (error as? ExtractionError)?.kind == .invalidRule && "\(error)".contains("autor")
        }
    }

    @Test func badSelectorsAreRefusedWithTheRuleAndField() {
        #expect {
            try ExtractionRuleSet.parse(yaml: "rules:\n  x:\n    title: \"//h1[\"\n")
        } throws: { error in
            "\(error)".contains("rule 'x', title")
        }
        #expect {
            try ExtractionRuleSet.parse(yaml: "rules:\n  y:\n    body: \"div:first-child\"\n")
        } throws: { error in
            "\(error)".contains("rule 'y', body")
        }
    }

    @Test func anUnknownRuleNameIsAnError() throws {
        let extractor = ArticleExtractor(rules: try ExtractionRuleSet.parse(yaml: "rules:\n  a:\n    title: h1\n"))
        #expect {
            try extractor.extract(Array("<h1>x</h1><p>y</p>".utf8), url: URL(string: "https://a.kz/1")!, rule: .named("b"))
        } throws: { error in
            (error as? ExtractionError)?.kind == .unknownRule && "\(error)".contains("known: a")
        }
    }

    @Test func aPageOverTheLimitIsRefused() {
        let extractor = ArticleExtractor(options: ExtractionOptions(maxBytes: 100))
        #expect {
            try extractor.extract([UInt8](repeating: 0x61, count: 101), url: URL(string: "https://a.kz/1")!)
        } throws: { error in
            (error as? ExtractionError)?.kind == .tooLarge
        }
    }

    @Test func aPageWithNoArticleIsAnError() {
        #expect {
            try ArticleExtractor().extract(Array("<html><body><nav><a href='/'>Басты</a></nav></body></html>".utf8), url: URL(string: "https://a.kz/1")!)
        } throws: { error in
            (error as? ExtractionError)?.kind == .noArticle
        }
    }

    @Test func aGivenRuleReadsAttributesAndDropsBlocks() throws {
        let html = """
            <html><body><div class="x"><h2 class="t">Тақырып</h2><span data-ts="2026-11-25T10:00:00+05:00"></span>
            <div class="b"><p>Бірінші абзац мәтіні, ұзын.</p><div class="ad">Жарнама</div><p>Екінші абзац.</p></div></div></body></html>
            """
        let rule = ExtractionRule(name: "t", title: "h2.t", date: "span::attr(data-ts)", body: ".b", drop: [".ad"])
        let page = try ArticleExtractor().extract(Array(html.utf8), url: URL(string: "https://a.kz/1")!, rule: .given(rule))
        #expect(page.article.title == "Тақырып")
        #expect(page.article.published.map { ISO8601DateFormatter().string(from: $0) } == "2026-11-25T05:00:00Z")
        #expect(page.article.contentHTML == "<p>Бірінші абзац мәтіні, ұзын.</p><p>Екінші абзац.</p>")
    }

    @Test func brokenMarkupIsRecoveredAndReportedNotPrinted() throws {
        let html = "<html><body><h1>Тақырып</h1><div><p>Мәтін <b>жабылмаған <i>тегтер</p><p>Екінші &nbsp абзац, ұзынырақ мәтін.</div></body>"
        let page = try ArticleExtractor().extract(Array(html.utf8), url: URL(string: "https://a.kz/1")!)
        #expect(page.article.title == "Тақырып")
        #expect(page.article.contentHTML?.contains("Екінші") == true)
        #expect(page.diagnostics.contains { $0.contains("markup errors") })
    }
}
