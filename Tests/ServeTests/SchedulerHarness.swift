import ArnaCore
import ArnaTestSupport
import FeedWriter
import Fetcher
import Foundation
import Logging
import NIOConcurrencyHelpers
import Refresh
import Scheduler
import Store
import Testing

/// The merged-feed publisher, counting its calls and when (by the test's clock) they happened.
final class CountingPublisher: FeedPublishing {
    let inner: MergedFeedPublisher
    let now: @Sendable () -> Date
    private let log = NIOLockedValueBox<[Date]>([])

    init(inner: MergedFeedPublisher, now: @escaping @Sendable () -> Date) {
        self.inner = inner
        self.now = now
    }

    var calls: [Date] { log.withLockedValue { $0 } }

    func publish(river: [Article], updatedAt: Date) throws -> (written: [String], unchanged: [String]) {
        log.withLockedValue { $0.append(now()) }
        return try inner.publish(river: river, updatedAt: updatedAt)
    }

    func outputsExist() -> Bool { inner.outputsExist() }
}
/// A scheduler over a real in-memory store, a real merged-feed publisher and a scripted
/// fetcher, on a manual clock starting at 2026-11-25T16:00:00Z.
struct SchedulerHarness {
    static let origin = Date(timeIntervalSince1970: 1_795_608_000)
    let clock = ManualClock()
    let dates: ClockDates<ManualClock>
    let store: SQLiteArticleStore
    let fetcher: ScriptedFetcher
    let publisher: CountingPublisher
    let out: URL
    let scheduler: Scheduler<ManualClock>

    init(sources: [Source], policy: SchedulePolicy, site: SiteFeedJob? = nil, out: URL? = nil, seed: UInt64 = 7) throws {
        dates = ClockDates(clock: clock, origin: Self.origin)
        let dates = self.dates
        store = try SQLiteArticleStore.inMemory(clock: { dates.now() })
        fetcher = ScriptedFetcher(now: { dates.now() })
        let out = try out ?? Fixture.temporaryDirectory("scheduler")
        self.out = out
        let configuration = FeedConfiguration(idBase: "tag:arna.kz,2020:", title: "Арна", siteURL: URL(string: "https://arna.kz/")!,
                                              author: Person(name: "Арна"), outletID: "arna", entriesPerFeed: 100)
        publisher = CountingPublisher(inner: MergedFeedPublisher(base: configuration, folder: out), now: { dates.now() })
        var settings = RefreshSettings()
        settings.defaultInterval = policy.runnerInterval
        settings.retention = 36_500 * 86_400
        let runner = RefreshRunner(store: store, fetcher: fetcher, publisher: publisher, settings: settings, now: { dates.now() })
        var logger = Logger(label: "test.scheduler")
        logger.logLevel = .critical
        scheduler = Scheduler(sources: sources, runner: runner, site: site, policy: policy, dates: dates, random: SplitMix(seed: seed), logger: logger)
    }

    /// Seconds since the origin.
    func elapsed(_ date: Date) -> TimeInterval { date.timeIntervalSince(Self.origin) }

    /// Ticks, then jumps the clock to the next wake, until the clock would pass `end` (from the origin).
    func run(until end: Duration) async {
        let limit = ManualClock.Instant(offset: end)
        await scheduler.tick()
        var ticks = 0
        while let wake = await scheduler.nextWake, wake <= limit {
            ticks += 1
            // A scheduler that never lets time pass (something due again at once) is a bug, not a hang.
            guard ticks < 20_000 else {
                Issue.record("the scheduler kept waking at \(wake.offset) without the clock moving on")
                return
            }
            clock.advance(to: wake)
            await scheduler.tick()
        }
        clock.advance(to: limit)
    }
}

/// The gaps between consecutive dates, in seconds.
func gaps(_ dates: [Date]) -> [TimeInterval] {
    zip(dates.dropFirst(), dates).map { $0.timeIntervalSince($1) }
}
