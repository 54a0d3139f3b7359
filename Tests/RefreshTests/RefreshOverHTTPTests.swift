import ArnaCore
import ArnaTestSupport
import FeedWriter
import Fetcher
import Foundation
import LoopbackFeedServer
import Refresh
import Store
import Testing

/// The whole refresh against a real HTTP server on loopback: what lands in the store and in the
/// merged feed, and what each source's state remembers.
@Suite struct RefreshOverHTTPTests {
    static let clock = Date(timeIntervalSince1970: 1_795_608_000)  // 2026-11-25T16:00:00Z

    struct Rig {
        let server: FeedServer
        let store: SQLiteArticleStore
        let out: URL
        let runner: RefreshRunner

        func source(_ id: String, _ path: String) -> Source {
            Source(id: id, title: id, feedURL: server.url(path))
        }

        func merged() throws -> String {
            try String(contentsOf: out.appendingPathComponent("merged.atom"), encoding: .utf8)
        }
    }

    func withRig(policy: FetchPolicy = FetchPolicy(), _ body: (Rig) async throws -> Void) async throws {
        let server = try await FeedServer.start()
        let fetcher = HTTPFetcher(policy: policy)
        let out = try Fixture.temporaryDirectory("refresh-http")
        let configuration = FeedConfiguration(idBase: "tag:arna.kz,2020:", title: "Арна", siteURL: URL(string: "https://arna.kz/")!,
                                              author: Person(name: "Арна"), outletID: "arna", entriesPerFeed: 100)
        let store = try SQLiteArticleStore.inMemory()
        let runner = RefreshRunner(store: store, fetcher: fetcher, publisher: MergedFeedPublisher(base: configuration, folder: out),
                                   now: { Self.clock })
        let result: Result<Void, any Error>
        do { result = .success(try await body(Rig(server: server, store: store, out: out, runner: runner))) } catch { result = .failure(error) }
        try await fetcher.shutdown()
        try await server.stop()
        try result.get()
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Fixture.data("refresh/\(name)"))
    }

    @Test func anEditedAndANewItemReachTheStoreAndTheMergedFeedAndA304CostsNothing() async throws {
        try await withRig { rig in
            let modified = FeedServer.httpDate(Self.clock.addingTimeInterval(-3600))
            rig.server.set("/a.xml", .feed(try Self.fixture("outlet-a-v1.xml"), etag: "\"a1\""))
            rig.server.set("/b.xml", .feed(try Self.fixture("outlet-b.xml"), lastModified: modified, contentType: "application/atom+xml"))
            let sources = [rig.source("a", "/a.xml"), rig.source("b", "/b.xml")]
            let first = try await rig.runner.refresh(sources, all: true)
            #expect(first.sources.map(\.outcome) == [.read(new: 2, updated: 0, unchanged: 0, bozo: false), .read(new: 2, updated: 0, unchanged: 0, bozo: false)])
            #expect(try rig.merged().contains("Алматыда жаңа мектеп ашылды"))

            // Outlet A edits an item and adds one; B has not changed since its Last-Modified.
            rig.server.set("/a.xml", .feed(try Self.fixture("outlet-a-v2.xml"), etag: "\"a2\""))
            let second = try await rig.runner.refresh(sources, all: true)
            #expect(second.sources.map(\.outcome) == [.read(new: 1, updated: 1, unchanged: 1, bozo: false), .notModified])
            #expect(second.written.contains("merged.atom"))
            let stored = try await rig.store.articles(newerThan: nil, limit: nil)
            #expect(stored.count == 5)
            #expect(stored.filter { $0.outlet.id == "a" }.map(\.title).sorted() == [
                "Алматыда мың орындық жаңа мектеп ашылды", "Астанада жаңа көпір ашылды", "Шымкентте жол жөндеу басталды",
            ])
            let merged = try rig.merged()
            #expect(merged.contains("Алматыда мың орындық жаңа мектеп ашылды"))
            #expect(!merged.contains("<title>Алматыда жаңа мектеп ашылды</title>"))
            #expect(try await rig.store.fetchState(for: "b")?.lastModified == modified)

            // Nothing changed anywhere: both answer 304 and no file is rewritten.
            let third = try await rig.runner.refresh(sources, all: true)
            #expect(third.sources.map(\.outcome) == [.notModified, .notModified])
            #expect(third.written.isEmpty)
            #expect(rig.server.requests(to: "/a.xml") == 3)
        }
    }

    @Test func aPermanentRedirectMovesTheSourceATemporaryOneDoesNot() async throws {
        try await withRig { rig in
            rig.server.set("/old-a", .redirect(status: 301, location: "/a.xml"))
            rig.server.set("/for-now-b", .redirect(status: 302, location: "/b.xml"))
            rig.server.set("/a.xml", .feed(try Self.fixture("outlet-a-v1.xml")))
            rig.server.set("/b.xml", .feed(try Self.fixture("outlet-b.xml")))
            let sources = [rig.source("a", "/old-a"), rig.source("b", "/for-now-b")]
            _ = try await rig.runner.refresh(sources, all: true)
            #expect(try await rig.store.fetchState(for: "a")?.currentURL == rig.server.url("/a.xml"))
            #expect(try await rig.store.fetchState(for: "b")?.currentURL == nil)
            _ = try await rig.runner.refresh(sources, all: true)
            #expect(rig.server.requests(to: "/old-a") == 1)
            #expect(rig.server.requests(to: "/for-now-b") == 2)
            #expect(rig.server.requests(to: "/a.xml") == 2)
        }
    }

    @Test func rateLimitedGoneSilentAndOversizedSourcesFailAloneWhileTheOthersAreRead() async throws {
        let policy = FetchPolicy(connectTimeout: .seconds(1), totalTimeout: .seconds(1), maxBodyBytes: 100_000)
        try await withRig(policy: policy) { rig in
            rig.server.set("/a.xml", .feed(try Self.fixture("outlet-a-v1.xml")))
            rig.server.set("/busy", .status(429, headers: [("Retry-After", "3600")], body: "slow down"))
            rig.server.set("/gone", .status(410, body: "this feed was retired"))
            rig.server.set("/silent", .hang)
            // A well-formed feed of 200 KB: over this policy's limit.
            let item = "<item><title>Жаңалық</title><description>" + String(repeating: "мәтін ", count: 200) + "</description></item>"
            let bigFeed = "<rss version=\"2.0\"><channel><title>Big</title>" + String(repeating: item, count: 100) + "</channel></rss>"
            rig.server.set("/big.xml", .feed(Array(bigFeed.utf8)))
            let sources = [rig.source("a", "/a.xml"), rig.source("busy", "/busy"), rig.source("gone", "/gone"),
                           rig.source("silent", "/silent"), rig.source("big", "/big.xml")]
            let report = try await rig.runner.refresh(sources, all: true)
            #expect(report.sources[0].outcome == .read(new: 2, updated: 0, unchanged: 0, bozo: false))
            #expect(report.failures == 4)
            #expect(report.sources.dropFirst().filter(\.isFailure).count == 4)

            let busy = try #require(try await rig.store.fetchState(for: "busy"))
            #expect(busy.nextDue.map { $0.timeIntervalSince(Self.clock) >= 3600 } == true, "Retry-After is respected")
            let gone = try #require(try await rig.store.fetchState(for: "gone"))
            #expect(gone.disabledReason?.contains("410") == true)
            let silent = try #require(try await rig.store.fetchState(for: "silent"))
            #expect(silent.consecutiveErrors == 1)
            #expect(silent.lastError?.lowercased().contains("time") == true, "\(silent.lastError ?? "nil")")
            let oversized = try #require(try await rig.store.fetchState(for: "big"))
            #expect(oversized.lastError?.contains("100000") == true || oversized.lastError?.lowercased().contains("limit") == true, "\(oversized.lastError ?? "nil")")

            let merged = try rig.merged()
            #expect(merged.contains("Алматыда жаңа мектеп ашылды"))
            // Failing sources leave nothing half-read behind.
            #expect(try await rig.store.articles(newerThan: nil, limit: nil).count == 2)
        }
    }
}
