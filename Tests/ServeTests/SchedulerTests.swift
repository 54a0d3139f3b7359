import ArnaCore
import ArnaTestSupport
import Foundation
import Refresh
import Scheduler
import SiteContent
import Store
import Testing

@Suite struct SchedulerTests {
    static func source(_ id: String, interval: Duration? = nil) -> Source {
        Source(id: id, title: id, feedURL: URL(string: "https://\(id).example.kz/feed")!, refreshInterval: interval)
    }

    @Test func intervalsTtlMaxAgeRetryAfterAndBackoffAreRespected() async throws {
        let plain = Self.source("plain"), ttl = Self.source("ttl"), own = Self.source("own", interval: .seconds(45 * 60))
        let cached = Self.source("cached"), broken = Self.source("broken"), limited = Self.source("limited")
        var policy = SchedulePolicy()
        policy.interval = .seconds(20 * 60)
        policy.jitter = .zero
        let h = try SchedulerHarness(sources: [plain, ttl, own, cached, broken, limited], policy: policy)
        await h.fetcher.set(plain.feedURL, .fixture("serve/feeds/beta-ru.xml"))
        await h.fetcher.set(ttl.feedURL, .fixture("serve/feeds/alpha-kk.xml"))  // <ttl>60</ttl>
        await h.fetcher.set(own.feedURL, .fixture("serve/feeds/gamma-kk.xml"))
        await h.fetcher.set(cached.feedURL, .fixture("serve/feeds/gamma-kk.xml", maxAge: .seconds(50 * 60)))
        await h.fetcher.set(broken.feedURL, .failure)
        await h.fetcher.set(limited.feedURL, .rateLimited(.seconds(15 * 60)))

        await h.run(until: .seconds(3 * 3600 + 30))

        func expectGaps(_ source: Source, _ seconds: TimeInterval, count: Int) async {
            let times = await h.fetcher.times(of: source.feedURL)
            #expect(times.first.map(h.elapsed) == 0, "\(source.id) is fetched at start")
            let g = gaps(times)
            #expect(g.count == count, "\(source.id): \(g)")
            #expect(g.allSatisfy { $0 >= seconds && $0 < seconds + 1 }, "\(source.id): \(g)")
        }
        await expectGaps(plain, 20 * 60, count: 9)   // the configured interval
        await expectGaps(ttl, 60 * 60, count: 3)     // RSS ttl 60 min beats 20 min
        await expectGaps(own, 45 * 60, count: 4)     // the source's own interval
        await expectGaps(cached, 50 * 60, count: 3)  // Cache-Control: max-age=3000

        // Retry-After: never sooner than 15 minutes.
        let limitedGaps = gaps(await h.fetcher.times(of: limited.feedURL))
        #expect(!limitedGaps.isEmpty && limitedGaps.allSatisfy { $0 >= 900 }, "\(limitedGaps)")

        // Backoff: after n failures, between half and all of 60 s · 2^(n−1), growing.
        let brokenGaps = gaps(await h.fetcher.times(of: broken.feedURL))
        #expect(brokenGaps.count >= 6, "\(brokenGaps)")
        for (i, gap) in brokenGaps.prefix(6).enumerated() {
            let full = 60.0 * Double(1 << i)
            #expect(gap >= full / 2 && gap <= full + 1, "failure \(i + 1): \(gap)")
        }
        #expect(zip(brokenGaps.dropFirst(), brokenGaps).prefix(6).allSatisfy { $0 >= $1 }, "\(brokenGaps)")

        let state = try await h.store.fetchState(for: broken.id)
        #expect(state?.consecutiveErrors == brokenGaps.count + 1)
    }

    @Test func oneMergedRegenerationPerBurst() async throws {
        let a = Self.source("alpha-kk"), b = Self.source("beta-ru"), c = Self.source("gamma-kk")
        var policy = SchedulePolicy()
        policy.interval = .seconds(20 * 60)
        policy.jitter = .seconds(3)
        policy.debounce = .seconds(5)
        let h = try SchedulerHarness(sources: [a, b, c], policy: policy, seed: 42)
        await h.fetcher.set(a.feedURL, .fixture("serve/feeds/alpha-kk.xml"))
        await h.fetcher.set(b.feedURL, .fixture("serve/feeds/beta-ru.xml"))
        await h.fetcher.set(c.feedURL, .fixture("serve/feeds/gamma-kk.xml"))

        await h.run(until: .seconds(60))
        // The three first fetches are spread by the jitter (a real burst, not one instant)…
        var firsts: [TimeInterval] = []
        for source in [a, b, c] { firsts += await h.fetcher.times(of: source.feedURL).prefix(1).map(h.elapsed) }
        #expect(firsts.count == 3 && Set(firsts).count >= 2 && firsts.allSatisfy { $0 <= 3 }, "\(firsts)")
        // …and the merged feeds are written once, one debounce after the start.
        #expect(h.publisher.calls.map(h.elapsed) == [5])
        let merged = try String(contentsOf: h.out.appendingPathComponent("merged.atom"), encoding: .utf8)
        #expect(merged.components(separatedBy: "</entry>").count - 1 == 5)

        // Beta publishes a new item; the next round (alpha waits for its ttl) writes once more.
        await h.fetcher.set(b.feedURL, .fixture("serve/feeds/beta-ru-v2.xml"))
        await h.run(until: .seconds(30 * 60))
        let calls = h.publisher.calls.map(h.elapsed)
        #expect(calls.count == 2, "\(calls)")
        let merged2 = try String(contentsOf: h.out.appendingPathComponent("merged.atom"), encoding: .utf8)
        #expect(merged2.contains("В Атырау построили новый мост"))
        let mergedRu = try String(contentsOf: h.out.appendingPathComponent("merged-ru.atom"), encoding: .utf8)
        #expect(mergedRu.contains("В Атырау построили новый мост"))
        #expect(await h.scheduler.mergedPublications == 2)
    }

    @Test func jitterDelaysWithinBoundsAndSpreadsSources() async throws {
        let sources = (1...8).map { Self.source("s\($0)") }
        var policy = SchedulePolicy()
        policy.interval = .seconds(600)
        policy.jitter = .seconds(30)
        let h = try SchedulerHarness(sources: sources, policy: policy)
        for source in sources { await h.fetcher.set(source.feedURL, .fixture("serve/feeds/gamma-kk.xml")) }
        await h.run(until: .seconds(3600))
        var firsts: Set<TimeInterval> = []
        for source in sources {
            let times = await h.fetcher.times(of: source.feedURL)
            firsts.insert(h.elapsed(times[0]))
            #expect(h.elapsed(times[0]) <= 30)
            // Jitter is at most min(30 s, a tenth of the interval) and never makes a fetch early.
            #expect(gaps(times).allSatisfy { $0 >= 600 && $0 <= 631 }, "\(gaps(times))")
        }
        #expect(firsts.count >= 6, "sources should not all fire together: \(firsts.sorted())")
    }

    @Test func siteFeedOnItsTimerAndWhenItsFolderChanges() async throws {
        let content = try Fixture.temporaryDirectory("site-content")
        let articles = Fixture.all("site/articles", ext: "md")
        try FileManager.default.copyItem(at: Fixture.url(articles[0]), to: content.appendingPathComponent("first.md"))
        let out = try Fixture.temporaryDirectory("site-out")
        var site = SiteSettings()
        site.entriesPerFeed = 10
        var policy = SchedulePolicy()
        policy.siteInterval = .seconds(300)
        policy.contentPoll = .seconds(10)
        policy.debounce = .seconds(2)
        let job = SiteFeedJob(settings: site, contentFolder: content, outputFolder: out)
        let h = try SchedulerHarness(sources: [], policy: policy, site: job, out: out)

        await h.run(until: .seconds(1))
        let atom = out.appendingPathComponent("site.atom")
        #expect(await h.scheduler.sitePublications == 1)
        let first = try String(contentsOf: atom, encoding: .utf8)
        #expect(first.components(separatedBy: "</entry>").count - 1 == 1)
        let firstModified = try FileManager.default.attributesOfItem(atPath: atom.path)[.modificationDate] as? Date

        // A new article: seen at the next poll, written one debounce later, long before the timer.
        try FileManager.default.copyItem(at: Fixture.url(articles[1]), to: content.appendingPathComponent("second.md"))
        await h.run(until: .seconds(13))
        #expect(await h.scheduler.sitePublications == 2)
        let second = try String(contentsOf: atom, encoding: .utf8)
        #expect(second.components(separatedBy: "</entry>").count - 1 == 2)
        #expect(await h.scheduler.siteAt.map { $0.offset } == .seconds(312))

        // The timer regenerates without changes: the file is left alone.
        let secondModified = try FileManager.default.attributesOfItem(atPath: atom.path)[.modificationDate] as? Date
        await h.run(until: .seconds(320))
        #expect(await h.scheduler.sitePublications == 3)
        #expect(try FileManager.default.attributesOfItem(atPath: atom.path)[.modificationDate] as? Date == secondModified)
        #expect(firstModified != nil)
    }
}
