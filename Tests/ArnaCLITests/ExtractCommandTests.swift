import ArnaCore
import ArnaTestSupport
import Foundation
import Testing

/// `arna extract` on fixture pages, and the demo refresh's thin feed ending up with full articles.
@Suite struct ExtractCommandTests {
    let page = Fixture.url("extract/kazinform-kk.html").path
    let base = "https://www.inform.kz/kz/astanada-zhana-kopir-ashyldy_a3621001"

    @Test func jsonIsTheSharedArticleModel() throws {
        let result = try ArnaBinary.run(["extract", page, "--base", base, "--json"], in: Fixture.repository)
        #expect(result.status == 0, "\(result.stderr)")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let article = try decoder.decode(Article.self, from: Data(result.stdout.utf8))
        #expect(article.title == "Астанада жаңа көпір ашылды")
        #expect(article.published == ISO8601DateFormatter().date(from: "2020-03-05T08:30:00Z"))
        #expect(article.authors.compactMap(\.name) == ["Айгерім Сапарова"])
        #expect(article.image?.credit == "Kazinform / Айбек Нұрланов")
        #expect(article.related.count == 3)
        #expect(article.contentHTML?.contains("Бөлісу") == false)
    }

    @Test func theSummaryNamesTheRuleAndPrintsTheText() throws {
        let result = try ArnaBinary.run(["extract", page, "--base", base], in: Fixture.repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("rule:      kazinform"))
        #expect(result.stdout.contains("published: 2020-03-05T08:30:00Z"))
        #expect(result.stdout.contains("credit:    Kazinform / Айбек Нұрланов"))
        #expect(result.stdout.contains("\nАйта кетейік, биыл елордада тағы екі көпірдің құрылысы басталмақ."))
    }

    @Test func rulesNoneUsesTheFallback() throws {
        let result = try ArnaBinary.run(["extract", Fixture.url("extract/abai-kk.html").path, "--base", "https://abai.kz/post/108765", "--rules", "none"],
                                        in: Fixture.repository)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("rule:      (none: fallback)"))
        #expect(result.stdout.contains("published: 2020-03-04T18:00:00Z"))
        let text = result.stdout.components(separatedBy: "\n\n").dropFirst().joined()
        #expect(text.contains("цифрлық құралдарды"))
        #expect(!text.contains("Абай оқулары Семейде өтті"), "the related list is not in the text")
        #expect(result.stdout.contains("related:   2020-03-02T18:00:00Z  Абай оқулары Семейде өтті  https://abai.kz/post/108701"))
    }

    @Test func anUnknownRuleExitsTwoAndAMissingFileOne() throws {
        let unknown = try ArnaBinary.run(["extract", page, "--rules", "nosuch"], in: Fixture.repository)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no rule named 'nosuch'"))
        let missing = try ArnaBinary.run(["extract", "/nonexistent/page.html"], in: Fixture.repository)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/page.html"))
    }

    @Test func libxml2PrintsNothingEvenForAnXPathWithAnUnknownFunction() throws {
        let folder = try Fixture.temporaryDirectory("extract-quiet")
        let rules = folder.appendingPathComponent("rules.yaml")
        try Data("rules:\n  k:\n    hosts: [inform.kz]\n    title: \"(//h1)[nosuchfn()]\"\n".utf8).write(to: rules)
        let result = try ArnaBinary.run(["extract", page, "--base", base, "--rules-file", rules.path], in: Fixture.repository)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout.contains("rule:      k; fallback for title"))
    }

    @Test func theDemoThinFeedEndsUpWithFullArticlesInTheMergedFeed() throws {
        let folder = try Fixture.temporaryDirectory("extract-demo")
        let result = try ArnaBinary.run(
            ["refresh", "--once", "--all", "--sources", "feeds/demo.opml", "--store", folder.appendingPathComponent("x.sqlite").path,
             "--out", folder.appendingPathComponent("out").path], in: Fixture.repository)
        #expect(result.status == 0, "\(result.stderr)")
        let kazakh = try String(contentsOf: folder.appendingPathComponent("out/merged-kk.atom"), encoding: .utf8)
        // The feed's item says only "Он айда экспорт көлемі 4,1 миллиард долларға жетті."; the page has the article.
        #expect(kazakh.contains("Министрлік жыл соңына дейін экспорттың 5 миллиард доллардан асатынын болжайды."))
        #expect(kazakh.contains("<name>Дәурен БЕКЕТОВ</name>"))
        #expect(!kazakh.contains("Мәжіліс отырысында үш заң жобасы қаралды"), "the page's sidebar stays out")
    }
}

/// `arna extract --links`: a listing page's article links, as a source with `arna:links` reads them.
@Suite struct ExtractLinksCommandTests {
    @Test func aListingPagesLinksArePrintedWithTheirDates() throws {
        let result = try ArnaBinary.run(
            ["extract", Fixture.url("extract/listings/egemen-news.html").path, "--base", "https://egemen.kz/news", "--links", ".news-feed h3 a"],
            in: Fixture.repository)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.first == "2026-11-25T02:30:00Z  Сенат бюджет кодексіне түзетулерді мақұлдады  https://egemen.kz/article/402315-senat-byudzhet-kodeksine-tuzetulerdi-maqulday")
    }
}
