import ArnaCore
import ArnaTestSupport
import Foundation
import Subscriptions
import Testing

@Suite("Editing a subscription list")
struct SubscriptionListTests {
    @Test(arguments: [
        ("https://tengrinews.kz/news.rss", "tengrinews"),
        ("https://kaz.tengrinews.kz/news.rss", "tengrinews-kaz"),
        ("https://www.inform.kz/kz/rss", "inform-kz"),
        ("https://www.inform.kz/ru/rss", "inform-ru"),
        ("https://www.azattyq.org/api/zrqiteuuir", "azattyq"),
        ("https://news.bbc.co.uk/rss.xml", "bbc-news"),
        ("https://kursiv.media/feed/", "kursiv"),
    ])
    func idFromURL(_ url: String, _ expected: String) {
        #expect(Source.makeID(for: URL(string: url)!, title: nil) == expected)
    }

    @Test func idFromFileNameOrTitle() {
        #expect(Source.makeID(for: URL(fileURLWithPath: "/x/Fixtures/demo/tengrinews-kk.xml"), title: nil) == "tengrinews-kk")
        #expect(Source.makeID(for: URL(string: "urn:feed")!, title: "Ұлыс Медиа") == "ulys-media")
        #expect(Source.makeID(for: URL(string: "urn:feed")!, title: nil) == "source")
    }

    @Test func idsTakenGetSuffixes() {
        let url = URL(string: "https://orda.kz/feed/")!
        #expect(Source.makeID(for: url, title: nil, avoiding: ["orda"]) == "orda-2")
        #expect(Source.makeID(for: url, title: nil, avoiding: ["orda", "orda-2"]) == "orda-3")
    }

    @Test func addDerivesUniqueIDsAndSkipsKnownFeeds() {
        var list = SubscriptionList()
        let first = list.add(feedURL: URL(string: "https://www.inform.kz/kz/rss")!, title: "ҚазАқпарат", language: .kazakh)
        let second = list.add(feedURL: URL(string: "https://www.inform.kz/kz/rss/politics")!, title: "Саясат")
        let again = list.add(feedURL: URL(string: "http://inform.kz/kz/rss/?utm_source=x")!)
        #expect(first.id == "inform-kz")
        #expect(second.id == "inform-kz-2")
        #expect(again == first, "the same feed in another spelling is not added twice")
        #expect(list.sources.count == 2)
        let clash = list.add(Source(id: "inform-kz", title: "Other", feedURL: URL(string: "https://other.kz/rss")!))
        #expect(clash.id == "inform-kz-3")
    }

    @Test func removeByID() {
        var list = SubscriptionList(sources: [
            Source(id: "a", title: "A", feedURL: URL(string: "https://a.kz/rss")!),
            Source(id: "b", title: "B", feedURL: URL(string: "https://b.kz/rss")!),
        ])
        #expect(list.remove(id: "a")?.title == "A")
        #expect(list.remove(id: "a") == nil)
        #expect(list.sources.map(\.id) == ["b"])
    }

    @Test func importMergesByFeedURL() throws {
        var list = try SubscriptionList.load(from: Fixture.repository.appendingPathComponent("feeds/kazakh-outlets.opml"))
        let before = list.sources
        let other = SubscriptionList(sources: [
            // Already there, spelled differently: kept as it was.
            Source(id: "zakon", title: "Zakon (other reader)", feedURL: URL(string: "http://zakon.kz/rss.xml?utm_medium=opml")!),
            // New, but its id is taken: renamed.
            Source(id: "tengrinews-ru", title: "Другое", feedURL: URL(string: "https://example.kz/rss")!),
            Source(id: "kapital", title: "Kapital.kz", feedURL: URL(string: "https://kapital.kz/rss")!),
        ])
        let added = list.import(from: other)
        #expect(added.map(\.id) == ["tengrinews-ru-2", "kapital"])
        #expect(Array(list.sources.prefix(before.count)) == before)
        #expect(list.sources.count == before.count + 2)
        #expect(list.import(from: other).isEmpty, "importing again adds nothing")
    }
}

@Suite("Bundled lists")
struct BundledListTests {
    @Test func kazakhOutlets() throws {
        let list = try SubscriptionList.load(from: Fixture.repository.appendingPathComponent("feeds/kazakh-outlets.opml"))
        #expect((8...12).contains(list.sources.count))
        #expect(list.sources.count == 11)
        #expect(list.sources.allSatisfy { $0.feedURL.scheme == "https" && $0.siteURL != nil })
        #expect(list.sources.allSatisfy { $0.language == .kazakh || $0.language == .russian })
        #expect(list.sources.filter { $0.language == .kazakh }.count == 5)
        #expect(Set(list.sources.map(\.id)).count == list.sources.count)
        #expect(list.sources.allSatisfy { $0.category == "news" || $0.category == "analysis" })
        #expect(list.source(id: "tengrinews-kk")?.feedURL.absoluteString == "https://kaz.tengrinews.kz/news.rss")
    }

    @Test func demoListPointsAtFilesThatExist() throws {
        let list = try SubscriptionList.load(from: Fixture.repository.appendingPathComponent("feeds/demo.opml"))
        #expect(list.sources.map(\.id) == ["tengrinews-kk", "kazinform-kk", "zakon-ru", "informburo-ru", "egemen-kk"])
        for source in list.sources {
            #expect(source.feedURL.isFileURL)
            #expect(FileManager.default.fileExists(atPath: source.feedURL.path), "\(source.id): \(source.feedURL.path)")
        }
        #expect(list.source(id: "egemen-kk")?.fullText == true)
    }
}
