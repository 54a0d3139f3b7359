import ArnaCore
import ArnaTestSupport
import Foundation
import Subscriptions
import Testing

@Suite("Loading OPML")
struct OPMLLoadTests {
    let list: SubscriptionList

    init() throws {
        list = try SubscriptionList.load(from: Fixture.url("opml/options.opml"))
    }

    @Test func readsTitleAndSkipsOutlinesWithoutFeed() {
        #expect(list.title == "Options & categories")
        #expect(list.sources.map(\.id) == ["azattyq-kk", "zakon-ru", "deep", "local", "tengrinews-kaz", "inform-kz", "inform-kz-2"])
    }

    @Test func arnaNamespacedOptions() throws {
        let source = try #require(list.source(id: "azattyq-kk"))
        #expect(source.title == "Azattyq")
        #expect(source.feedURL == URL(string: "https://www.azattyq.org/api/zrqiteuuir"))
        #expect(source.siteURL == URL(string: "https://www.azattyq.org"))
        #expect(source.language == .kazakh)
        #expect(source.refreshInterval == .seconds(45 * 60))
        #expect(source.includeKeywords == ["сайлау", "парламент"])
        #expect(source.excludeKeywords == ["жарнама"])
        #expect(source.enabled)
        #expect(!source.fullText)
        #expect(source.category == "Саясат", "a parent outline's text is the category")
    }

    @Test func plainOptionsAndOwnCategory() throws {
        let source = try #require(list.source(id: "zakon-ru"))
        #expect(source.enabled == false)
        #expect(source.refreshInterval == .seconds(2 * 3600))
        #expect(source.language?.rawValue == "ru-ru", "ru-RU is lower-cased, region kept")
        #expect(source.category == "law", "the outline's own category wins over its parent's text")
    }

    @Test func nestedFolderAndRelativePath() throws {
        let source = try #require(list.source(id: "deep"))
        #expect(source.category == "Ішкі бөлім", "the nearest folder names the category")
        #expect(source.fullText)
        #expect(source.feedURL.isFileURL)
        #expect(source.feedURL.path == Fixture.url("opml/feeds/deep.xml").standardizedFileURL.path)
    }

    @Test func fileSchemeRelativePathResolvesAgainstTheListsFolder() throws {
        let source = try #require(list.source(id: "local"))
        #expect(source.feedURL.path == Fixture.url("demo/egemen-kk.xml").standardizedFileURL.path)
        #expect(FileManager.default.fileExists(atPath: source.feedURL.path))
        #expect(source.fullText)
        #expect(source.enabled)
        #expect(source.category == nil)
    }

    @Test func derivedIDsAreUniqueWithinTheList() {
        #expect(Set(list.sources.map(\.id)).count == list.sources.count)
        #expect(list.source(id: "inform-kz")?.title == "Inform")
        #expect(list.source(id: "inform-kz-2")?.title == "Inform politics")
    }

    @Test func escapedAttributesAreDecoded() throws {
        let escaped = try SubscriptionList.load(from: Fixture.url("opml/escaping.opml"))
        let source = try #require(escaped.sources.first)
        #expect(source.title == "A \"quoted\" <outlet> & co")
        #expect(source.feedURL.absoluteString == "https://example.kz/rss?a=1&b=2")
        #expect(source.includeKeywords == ["ә", "\"x\""])
        #expect(escaped.title == "\"Quotes\" <and> ampersands & Қазақ әріптері")
    }
}

@Suite("Broken OPML")
struct OPMLErrorTests {
    @Test func mismatchedTagNamesFileAndLine() throws {
        let url = Fixture.url("opml/broken-mismatch.opml")
        let error = try #require(throws: SubscriptionError.self) { try SubscriptionList.load(from: url) }
        #expect(error.kind == .malformed)
        #expect(error.line == 9, "the </body> that closes nothing open is on line 9")
        #expect(error.description.hasPrefix(url.path + ":9"))
    }

    @Test func badOptionNamesTheOutlinesLine() throws {
        let error = try #require(throws: SubscriptionError.self) {
            try SubscriptionList.load(from: Fixture.url("opml/broken-interval.opml"))
        }
        #expect(error.kind == .invalidAttribute)
        #expect(error.line == 6)
        #expect(error.description.contains("broken-interval.opml:6"))
        #expect(error.description.contains("soon"))
    }

    @Test func anotherRootIsNotOPML() throws {
        let error = try #require(throws: SubscriptionError.self) {
            try SubscriptionList.load(from: Fixture.url("opml/not-opml.xml"))
        }
        #expect(error.kind == .notOPML)
        #expect(error.description.contains("<rss>"))
    }

    @Test func missingFileIsUnreadable() throws {
        let url = Fixture.url("opml/no-such-file.opml")
        let error = try #require(throws: SubscriptionError.self) { try SubscriptionList.load(from: url) }
        #expect(error.kind == .unreadable)
        #expect(error.file == url)
    }

    @Test func emptyInputIsMalformed() throws {
        let error = try #require(throws: SubscriptionError.self) {
            try SubscriptionList.parse(Data(), file: URL(fileURLWithPath: "/tmp/empty.opml"))
        }
        #expect(error.kind == .malformed)
    }

    @Test func duplicateGivenIDIsRejected() throws {
        let text = """
            <opml version="2.0"><body>
            <outline xmlUrl="https://a.kz/rss" id="same"/>
            <outline xmlUrl="https://b.kz/rss" id="same"/>
            </body></opml>
            """
        let error = try #require(throws: SubscriptionError.self) {
            try SubscriptionList.parse(Data(text.utf8), file: URL(fileURLWithPath: "/tmp/dup.opml"))
        }
        #expect(error.kind == .invalidAttribute)
        #expect(error.line == 3)
    }
}
