import ArnaCore
import ArnaTestSupport
import Foundation
import Subscriptions
import Testing

@Suite("Writing OPML")
struct OPMLWriteTests {
    @Test(arguments: ["opml/options.opml", "opml/escaping.opml"])
    func roundTripIsEqualAndByteStable(_ fixture: String) throws {
        let original = try SubscriptionList.load(from: Fixture.url(fixture))
        let folder = try Fixture.temporaryDirectory("arna-opml")
        let first = folder.appendingPathComponent("first.opml")
        let second = folder.appendingPathComponent("second.opml")
        try original.write(to: first)
        let reloaded = try SubscriptionList.load(from: first)
        #expect(reloaded == original)
        try reloaded.write(to: second)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        // Writing over an existing file replaces it and leaves no temporary file behind.
        try reloaded.write(to: first)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["first.opml", "second.opml"])
    }

    @Test func writesArnaNamespaceAndOptions() throws {
        let list = try SubscriptionList.load(from: Fixture.url("opml/options.opml"))
        let text = list.opml(relativeTo: Fixture.url("opml"))
        #expect(text.contains(#"<opml version="2.0" xmlns:arna="https://arna.kz/opml">"#))
        #expect(text.contains(#"<title>Options &amp; categories</title>"#))
        #expect(text.contains(#"arna:id="zakon-ru" language="ru-ru" category="law" arna:interval="120" arna:enabled="false""#))
        #expect(text.contains(#"arna:include="сайлау,парламент" arna:exclude="жарнама""#))
        #expect(text.contains(#"xmlUrl="feeds/deep.xml""#), "a local feed is written relative to the list")
        #expect(text.contains(#"xmlUrl="../demo/egemen-kk.xml""#))
    }

    @Test func escapesAttributes() throws {
        let list = SubscriptionList(title: "a < b", sources: [
            Source(id: "x", title: "Say \"hi\" & <go>\nnow", feedURL: URL(string: "https://x.kz/rss?a=1&b=2")!),
        ])
        let text = list.opml(relativeTo: URL(fileURLWithPath: "/tmp"))
        #expect(text.contains(#"text="Say &quot;hi&quot; &amp; &lt;go&gt;&#10;now""#))
        #expect(text.contains(#"xmlUrl="https://x.kz/rss?a=1&amp;b=2""#))
        let back = try SubscriptionList.parse(Data(text.utf8), file: URL(fileURLWithPath: "/tmp/x.opml"))
        #expect(back == list)
    }

    @Test func writingIntoAMissingFolderFails() throws {
        let url = URL(fileURLWithPath: "/nonexistent-arna-folder/list.opml")
        let error = try #require(throws: SubscriptionError.self) { try SubscriptionList().write(to: url) }
        #expect(error.kind == .unwritable)
        #expect(error.file == url)
    }
}
