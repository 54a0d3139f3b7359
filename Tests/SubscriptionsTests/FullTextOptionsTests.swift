import ArnaCore
import ArnaTestSupport
import Foundation
import Subscriptions
import Testing

/// The full-text options of a source: `arna:rules` (the extraction rule) and `arna:pages` (saved pages).
@Suite struct FullTextOptionsTests {
    @Test func theDemoThinFeedNamesItsPagesFolder() throws {
        let list = try SubscriptionList.load(from: Fixture.repository.appendingPathComponent("feeds/demo.opml"))
        let egemen = try #require(list.source(id: "egemen-kk"))
        #expect(egemen.fullText)
        #expect(egemen.pagesFolder?.standardizedFileURL.path == Fixture.url("demo/pages").standardizedFileURL.path)
        #expect(list.source(id: "zakon-ru")?.pagesFolder == nil)
    }

    @Test func rulesAndPagesSurviveAWriteAndARead() throws {
        let folder = try Fixture.temporaryDirectory("fulltext-opml")
        let opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0" xmlns:arna="https://arna.kz/opml"><head><title>t</title></head><body>
              <outline type="rss" text="Abai" xmlUrl="https://abai.kz/rss" arna:fulltext="true" arna:rules="abai" arna:pages="saved/abai"/>
            </body></opml>
            """
        let file = folder.appendingPathComponent("list.opml")
        try Data(opml.utf8).write(to: file)
        let list = try SubscriptionList.load(from: file)
        let abai = try #require(list.sources.first)
        #expect(abai.extractionRule == "abai")
        #expect(abai.pagesFolder?.standardizedFileURL.path == folder.appendingPathComponent("saved/abai").standardizedFileURL.path)
        try list.write(to: file)
        let again = try SubscriptionList.load(from: file)
        #expect(again.sources.first?.extractionRule == "abai")
        #expect(again.sources.first?.pagesFolder?.standardizedFileURL.path == abai.pagesFolder?.standardizedFileURL.path)
    }

    @Test func aListingSourceReadsItsPagesUnlessToldNot() throws {
        let folder = try Fixture.temporaryDirectory("listing-opml")
        let opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0" xmlns:arna="https://arna.kz/opml"><head><title>t</title></head><body>
              <outline type="rss" text="Egemen" xmlUrl="https://egemen.kz/news" arna:links=".news-feed h3 a"/>
              <outline type="rss" text="Abai" xmlUrl="https://abai.kz/" arna:links="//h2/a" arna:fulltext="false"/>
            </body></opml>
            """
        let file = folder.appendingPathComponent("list.opml")
        try Data(opml.utf8).write(to: file)
        let list = try SubscriptionList.load(from: file)
        #expect(list.sources.map(\.linkSelector) == [".news-feed h3 a", "//h2/a"])
        #expect(list.sources.map(\.fullText) == [true, false])
        try list.write(to: file)
        let again = try SubscriptionList.load(from: file)
        #expect(again.sources.map(\.linkSelector) == [".news-feed h3 a", "//h2/a"])
        #expect(again.sources.map(\.fullText) == [true, false])
    }
}
