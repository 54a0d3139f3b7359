import ArnaCore
import ArnaTestSupport
import FeedWriter
import Fetcher
import Foundation
import Refresh
import Store
import Testing

@Suite struct RefreshRunnerTests {
    let a = Source(id: "outlet-a", title: "Outlet A", feedURL: URL(string: "https://a.kz/rss")!, language: .kazakh)
    let b = Source(id: "outlet-b", title: "Outlet B", feedURL: URL(string: "https://b.kz/atom")!)
    let c = Source(id: "outlet-c", title: "Outlet C", feedURL: URL(string: "https://c.kz/rss")!)

    struct Setup {
        let store: SQLiteArticleStore
        let fetcher: FakeFetcher
        let out: URL
        let runner: RefreshRunner
    }

    func setup(now: Date) throws -> Setup {
        let store = try SQLiteArticleStore.inMemory()
        let fetcher = FakeFetcher()
        let out = try Fixture.temporaryDirectory("refresh")
        let configuration = FeedConfiguration(idBase: "tag:arna.kz,2020:", title: "Арна", siteURL: URL(string: "https://arna.kz/")!,
                                              author: Person(name: "Арна"), outletID: "arna", entriesPerFeed: 100)
        let runner = RefreshRunner(store: store, fetcher: fetcher, publisher: MergedFeedPublisher(base: configuration, folder: out),
                                   now: { now })
        return Setup(store: store, fetcher: fetcher, out: out, runner: runner)
    }

    @Test func editedAndNewItemsUpdateTheStoreAndTheMergedFeed() async throws {
        let clock = Date(timeIntervalSince1970: 1_795_608_000)  // 2026-11-25T16:00:00Z
        let s = try setup(now: clock)
        await s.fetcher.set(a.feedURL, .file(Fixture.url("refresh/outlet-a-v1.xml").path, etag: "\"v1\""))
        await s.fetcher.set(b.feedURL, .file(Fixture.url("refresh/outlet-b.xml").path, etag: nil))

        let first = try await s.runner.refresh([a, b], all: true)
        #expect(first.failures == 0)
        #expect(first.sources.map(\.outcome) == [.read(new: 2, updated: 0, unchanged: 0, bozo: false), .read(new: 2, updated: 0, unchanged: 0, bozo: false)])
        let merged = try String(contentsOf: s.out.appendingPathComponent("merged.atom"), encoding: .utf8)
        // The bridge story appears once, as outlet A told it first, linking B's version.
        #expect(merged.components(separatedBy: "</entry>").count - 1 == 3)
        #expect(merged.contains("Астанада жаңа көпір ашылды"))
        #expect(!merged.contains("<title>Астанада жаңа көпір пайдалануға берілді</title>"))
        #expect(merged.contains("https://b.kz/kk/7"))
        let kazakh = try String(contentsOf: s.out.appendingPathComponent("merged-kk.atom"), encoding: .utf8)
        #expect(!kazakh.contains("Есиль"))
        let russian = try String(contentsOf: s.out.appendingPathComponent("merged-ru.atom"), encoding: .utf8)
        #expect(russian.contains("В Астане открыли новый мост через Есиль"))

        // Second run: A changed (an edit and a new item); B answers 304.
        await s.fetcher.set(a.feedURL, .file(Fixture.url("refresh/outlet-a-v2.xml").path, etag: "\"v2\""))
        await s.fetcher.set(b.feedURL, .notModified)
        let second = try await s.runner.refresh([a, b], all: true)
        #expect(second.sources.map(\.outcome) == [.read(new: 1, updated: 1, unchanged: 1, bozo: false), .notModified])
        let stored = try await s.store.articles(newerThan: nil, limit: nil)
        #expect(stored.count == 5)
        #expect(stored.contains { $0.title == "Алматыда мың орындық жаңа мектеп ашылды" })
        #expect(!stored.contains { $0.title == "Алматыда жаңа мектеп ашылды" })
        // The conditional GET sent the ETag it was given.
        #expect(await s.fetcher.requests.last { $0.url == a.feedURL }?.etag == "\"v1\"")

        // Third run: nothing changed anywhere, so no output file is rewritten.
        await s.fetcher.set(a.feedURL, .notModified)
        let third = try await s.runner.refresh([a, b], all: true)
        #expect(third.written.isEmpty)
    }

    @Test func oneFailingSourceNeverStopsTheOthers() async throws {
        let clock = Date(timeIntervalSince1970: 1_795_608_000)
        let s = try setup(now: clock)
        await s.fetcher.set(a.feedURL, .failure("connection refused"))
        await s.fetcher.set(b.feedURL, .file(Fixture.url("refresh/outlet-b.xml").path, etag: nil))
        await s.fetcher.set(c.feedURL, .gone)
        let report = try await s.runner.refresh([a, b, c], all: true)
        #expect(report.failures == 2)
        #expect(report.sources[1].outcome == .read(new: 2, updated: 0, unchanged: 0, bozo: false))
        let stateA = try #require(try await s.store.fetchState(for: "outlet-a"))
        #expect(stateA.consecutiveErrors == 1)
        #expect(stateA.nextDue.map { $0 > clock } == true)
        let stateC = try #require(try await s.store.fetchState(for: "outlet-c"))
        #expect(stateC.disabledReason?.contains("410") == true)
        // A gone source is not fetched again, even with --all.
        let again = try await s.runner.refresh([c], all: true)
        guard case .skipped = again.sources[0].outcome else { Issue.record("expected skipped, got \(again.sources[0].outcome)"); return }
        #expect(FileManager.default.fileExists(atPath: s.out.appendingPathComponent("merged.atom").path))
    }

    @Test func backoffGrowsAndRetryAfterIsRespected() async throws {
        let clock = Date(timeIntervalSince1970: 1_795_608_000)
        let s = try setup(now: clock)
        await s.fetcher.set(a.feedURL, .rateLimited(.seconds(7200)))
        _ = try await s.runner.refresh([a], all: true)
        let state = try #require(try await s.store.fetchState(for: "outlet-a"))
        #expect(state.nextDue.map { $0.timeIntervalSince(clock) >= 7200 } == true)
        // Not due yet: a plain refresh skips it.
        let skipped = try await s.runner.refresh([a])
        guard case .skipped = skipped.sources[0].outcome else { Issue.record("expected skipped"); return }
    }

    @Test func theOutletsSyndicationScheduleIsNeverUndercut() async throws {
        let clock = Date(timeIntervalSince1970: 1_795_608_000)
        let s = try setup(now: clock)
        await s.fetcher.set(a.feedURL, .file(Fixture.url("refresh/outlet-sy.xml").path, etag: nil))
        let report = try await s.runner.refresh([a], all: true)
        #expect(report.sources[0].outcome == .read(new: 1, updated: 0, unchanged: 0, bozo: false))
        // sy:updatePeriod daily, sy:updateFrequency 4: every 6 hours, longer than the ttl and the default 30 minutes.
        let state = try #require(try await s.store.fetchState(for: "outlet-a"))
        #expect(state.nextDue == clock.addingTimeInterval(6 * 3600))
    }
}
