import ArnaCore
import ArnaTestSupport
import FeedWriter
import Foundation
import SiteContent
import Testing

@Suite struct WriterTests {
    @Test func everyFeedOfTheSampleSiteIsValid() throws {
        let articles = SampleSite.articles()
        #expect(articles.count >= 20)
        let files = FeedGenerator(configuration: SampleSite.configuration()).files(for: articles)
        #expect(files.map(\.name).prefix(3) == ["site.atom", "site.rss", "site.json"])
        #expect(files.contains { $0.name == "archive-1.atom" })
        for file in files {
            let problems = FeedValidator.validate(data: Data(file.bytes))
            #expect(problems.isEmpty, "\(file.name): \(problems)")
        }
    }

    @Test func goldenAtom() throws {
        let articles = try decodeArticles("writer/basic.json")
        let bytes = AtomWriter(configuration: basicConfiguration).render(articles.sorted(by: FeedPlan.newestFirst))
        let golden = try Fixture.data("writer/basic.atom")
        #expect(Data(bytes) == golden, "\(String(decoding: bytes, as: UTF8.self))")
    }

    @Test func sameInputGivesSameBytesWhateverTheOrder() throws {
        let articles = SampleSite.articles()
        let generator = FeedGenerator(configuration: SampleSite.configuration(pageSize: 4))
        let a = generator.files(for: articles)
        let b = generator.files(for: articles.reversed())
        let c = generator.files(for: SampleSite.articles().shuffled())
        #expect(a == b)
        #expect(a == c)
    }

    @Test func hostileStringsSurviveEscaping() throws {
        let hostile = "A & B <b>не</b> \"дәйексөз\" 'x' ]]> \u{1}\u{8}\u{FFFE}\u{FFFF}\u{FFFD} 🇰🇿 қазақ\tтаб"
        let expected = "A & B <b>не</b> \"дәйексөз\" 'x' ]]> \u{FFFD} 🇰🇿 қазақ\tтаб"
        let outlet = Outlet(id: "arna", name: "Арна")
        let article = Article(
            id: ArticleID(rawValue: "arna/x"), outlet: outlet, url: URL(string: "https://arna.kz/news/x?a=1&b=2"),
            title: hostile, summary: hostile, contentHTML: hostile, authors: [Person(name: hostile)],
            published: Date(timeIntervalSince1970: 1_583_397_000),
            categories: [Category(term: hostile, label: hostile)],
            image: ArticleImage(url: URL(string: "https://arna.kz/i.jpg")!, caption: hostile, credit: hostile),
            related: [RelatedArticle(url: URL(string: "https://arna.kz/r")!, title: hostile)])
        let atom = AtomWriter(configuration: basicConfiguration).render([article])
        let back = XMLReadBack.read(atom)
        #expect(!back.failed)
        #expect(back.texts["title"]?.last == expected)
        #expect(back.texts["summary"]?.first == expected)
        #expect(back.texts["content"]?.first == expected)
        #expect(back.texts["name"]?.last == expected)
        #expect(back.texts["media:credit"]?.first == expected || back.texts["credit"]?.first == expected)
        let category = back.attributes["category"]?.first
        #expect(category?["term"] == expected && category?["label"] == expected)
        #expect(back.attributes["link"]?.contains { $0["title"] == expected } == true)
        #expect(back.attributes["link"]?.contains { $0["href"] == "https://arna.kz/news/x?a=1&b=2" } == true)
        // Kazakh stays raw UTF-8, never a character reference.
        let text = String(decoding: atom, as: UTF8.self)
        #expect(text.contains("қазақ") && !text.contains("&#1"))
        #expect(FeedValidator.validate(data: Data(atom)).filter { $0.severity == .error }.isEmpty)

        let rss = XMLReadBack.read(RSSWriter(configuration: basicConfiguration).render([article]))
        #expect(!rss.failed)
        #expect(rss.texts["title"]?.last == expected)
        #expect(rss.texts["content:encoded"]?.first == expected || rss.texts["encoded"]?.first == expected)

        let json = try JSONSerialization.jsonObject(with: Data(JSONFeedWriter(configuration: basicConfiguration).render([article]))) as? [String: Any]
        let item = (json?["items"] as? [[String: Any]])?.first
        #expect(item?["title"] as? String == hostile)
    }

    @Test func editedArticleKeepsItsEntryID() throws {
        let loader = ContentLoader(settings: SampleSite.settings)
        let url = Fixture.url("site/articles/2024-04-10-flood.md")
        let original = try String(contentsOf: url, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "Су тасқыны: Батыс Қазақстанда төтенше жағдай", with: "Су тасқыны: төтенше жағдай ұзартылды")
            .replacingOccurrences(of: "2024-04-10 21:05", with: "2024-04-12 10:00")
        #expect(edited != original)
        let writer = AtomWriter(configuration: SampleSite.configuration())
        let before = XMLReadBack.read(writer.render([try loader.article(markdown: original, slug: "2024-04-10-flood", file: "a.md")]))
        let after = XMLReadBack.read(writer.render([try loader.article(markdown: edited, slug: "2024-04-10-flood", file: "a.md")]))
        #expect(before.texts["title"]?.last != after.texts["title"]?.last)
        #expect(before.texts["id"]?.last == after.texts["id"]?.last)
        #expect(before.texts["id"]?.last?.hasPrefix("tag:arna.kz,2020:articles/arna/") == true)
    }

    @Test func datesAreFormattedInUTC() {
        let d = Date(timeIntervalSince1970: 1_583_397_000)
        #expect(FeedDate.rfc3339(d) == "2020-03-05T08:30:00Z")
        #expect(FeedDate.rfc822(d) == "Thu, 05 Mar 2020 08:30:00 +0000")
        #expect(FeedDate.rfc822(Date(timeIntervalSince1970: 1_709_227_800)) == "Thu, 29 Feb 2024 17:30:00 +0000")
        #expect(FeedDate.rfc3339(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
