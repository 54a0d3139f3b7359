import ArnaCore
import ArnaTestSupport
import Foundation
import SiteContent
import Testing

@Suite struct ContentLoaderTests {
    let settings = try! SiteSettings.load(from: Fixture.repository.appendingPathComponent("feeds/site.yaml"))

    @Test func sampleSiteLoadsEveryArticle() throws {
        let result = ContentLoader(settings: settings).loadFolder(Fixture.url("site/articles"))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.articles.count >= 20)
        let years = Set(result.articles.compactMap { $0.published }.map { Calendar(identifier: .gregorian).component(.year, from: $0) })
        #expect(years.isSuperset(of: [2020, 2021, 2022, 2023, 2024, 2025, 2026]))
        #expect(result.articles.allSatisfy { !$0.authors.isEmpty && $0.image?.credit != nil && $0.contentHTML != nil })
        #expect(Set(result.articles.map(\.id)).count == result.articles.count)
    }

    @Test func markdownArticleBecomesAnArticle() throws {
        let url = Fixture.url("site/articles/2020-03-05-astana-budget.md")
        let a = try ContentLoader(settings: settings).loadFile(url)
        #expect(a.title == "Елорда бюджеті 12 пайызға артты")
        #expect(a.authors == [Person(name: "Айгерім САПАРОВА")])
        #expect(a.url?.absoluteString == "https://arna.kz/news/2020-03-05-astana-budget")
        #expect(a.contentHTML?.contains("<strong>әлеуметтік нысандарға</strong>") == true)
        #expect(a.summary?.hasPrefix("Астана қалалық мәслихаты") == true)
        #expect(a.image?.url.absoluteString == "https://arna.kz/images/2020-03-05-astana-budget.jpg")
        #expect(a.image?.type == "image/jpeg")
        #expect(a.image?.credit == "Ерлан ОМАРОВ")
        #expect(a.categories.first?.term == "economy" && a.categories.first?.label == "Экономика")
        #expect(a.language == .kazakh)
        #expect(a.related.first?.url.absoluteString == "https://arna.kz/news/2020-02-20-almaty-schools")
        // 05.03.2020 14:30 in Almaty (UTC+6) is 08:30 UTC.
        #expect(a.published == Date(timeIntervalSince1970: 1_583_397_000))
    }

    @Test func almatyOffsetChangesOn2024March1() throws {
        // UTC+6 before, UTC+5 after: both are 18:30 UTC.
        #expect(LocalDate.parse("2024-02-29 23:30")?.timeIntervalSince1970 == 1_709_227_800)
        #expect(LocalDate.parse("01.03.2024 00:30")?.timeIntervalSince1970 == 1_709_235_000)
        #expect(LocalDate.parse("05.03.2020") != nil)
        #expect(LocalDate.parse("31.02.2020 10:00") == nil)
        #expect(LocalDate.parse("2020-13-01 10:00") == nil)
        #expect(LocalDate.parse("yesterday") == nil)
    }

    @Test func jsonArticleLoads() throws {
        let a = try ContentLoader(settings: settings).loadFile(Fixture.url("site/articles/2026-03-10-baiterek-anniversary.json"))
        #expect(a.authors.count == 2)
        #expect(a.image?.length == 184320)
        #expect(a.contentHTML?.contains("<strong>15 мыңға</strong>") == true)
    }

    @Test func editingAnArticleKeepsItsID() throws {
        let loader = ContentLoader(settings: settings)
        let text = try String(contentsOf: Fixture.url("site/articles/2021-07-25-olympics-boxing.md"), encoding: .utf8)
        let before = try loader.article(markdown: text, slug: "2021-07-25-olympics-boxing", file: "x.md")
        let edited = text.replacingOccurrences(of: "ширек финалда", with: "жартылай финалда")
            .replacingOccurrences(of: "2021-07-25 18:10", with: "2021-07-26 09:00")
        let after = try loader.article(markdown: edited, slug: "2021-07-25-olympics-boxing", file: "x.md")
        #expect(before.title != after.title)
        #expect(before.id == after.id)
    }

    @Test func badFilesAreNamedAndOthersStillLoad() throws {
        let dir = try Fixture.temporaryDirectory("site-content")
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = Fixture.url("site/articles/2020-03-05-astana-budget.md")
        try FileManager.default.copyItem(at: good, to: dir.appendingPathComponent("good.md"))
        try "no front matter here\n".write(to: dir.appendingPathComponent("nofront.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: \"X\"\nauthor: \"A\"\ndate: \"31.02.2020 10:00\"\n---\nbody\n".write(to: dir.appendingPathComponent("baddate.md"), atomically: true, encoding: .utf8)
        try "---\nauthor: \"A\"\ndate: \"01.02.2020 10:00\"\n---\nbody\n".write(to: dir.appendingPathComponent("notitle.md"), atomically: true, encoding: .utf8)
        try "{\"title\": 3".write(to: dir.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let result = ContentLoader(settings: settings).loadFolder(dir)
        #expect(result.articles.count == 1)
        let byFile = Dictionary(uniqueKeysWithValues: result.problems.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0.message) })
        #expect(byFile.count == 4)
        #expect(byFile["nofront.md"]?.contains("front matter") == true)
        #expect(byFile["baddate.md"]?.contains("'date' \"31.02.2020 10:00\" is not a date") == true)
        #expect(byFile["notitle.md"]?.contains("title") == true)
        #expect(byFile["broken.json"] != nil)
    }

    @Test func settingsDefaultsAndOverrides() throws {
        let empty = try SiteSettings.decode(yaml: "")
        #expect(empty.entriesPerFeed == 50 && empty.language == "kk")
        let some = try SiteSettings.decode(yaml: "title: Тест\nentries_per_feed: 5\n")
        #expect(some.title == "Тест" && some.entriesPerFeed == 5 && some.idBase == "tag:arna.kz,2020:")
        #expect(throws: ContentError.self) { try SiteSettings.decode(yaml: "entries_per_feed: many\n") }
        #expect(settings.archivePageSize == 10)
        #expect(settings.resolvedFeedsURL.absoluteString == "https://arna.kz/feeds/")
    }
}
