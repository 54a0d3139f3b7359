import ArnaCore
import Foundation
import Testing

@Suite struct ArticleIDTests {
    @Test func sameGuidGivesSameIDAcrossReads() {
        let a = ArticleID.derive(outlet: "tengrinews", guid: " 12345 ", link: URL(string: "https://tengrinews.kz/a"))
        let b = ArticleID.derive(outlet: "tengrinews", guid: "12345", link: URL(string: "https://tengrinews.kz/b"))
        #expect(a == b)
        #expect(a.rawValue.hasPrefix("tengrinews/"))
        #expect(a.rawValue.count == "tengrinews/".count + 32)
    }

    @Test func outletIsPartOfTheIdentity() {
        let a = ArticleID.derive(outlet: "kazinform", guid: "1", link: nil)
        let b = ArticleID.derive(outlet: "tengrinews", guid: "1", link: nil)
        #expect(a != b)
    }

    @Test func linkIsCanonicalizedWhenThereIsNoGuid() {
        let a = ArticleID.derive(outlet: "abai", guid: nil, link: URL(string: "http://www.abai.kz/post/1?utm_source=tg#top"))
        let b = ArticleID.derive(outlet: "abai", guid: "", link: URL(string: "https://abai.kz/post/1"))
        #expect(a == b)
    }

    @Test func hashIsPinned() {
        // Ids are stored and published: the hash must never change between versions.
        #expect(StableHash.hex128("guid:1") == StableHash.hex128("guid:1"))
        #expect(StableHash.hex128("") == "cbf29ce484222325" + "6c62272e07bb0142")
    }
}
