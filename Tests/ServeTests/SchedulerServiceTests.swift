import ArnaCore
import Foundation
import Logging
import Scheduler
import ServiceLifecycle
import Testing

@Suite struct SchedulerServiceTests {
    @Test func gracefulShutdownWritesThePendingBurstAndReturns() async throws {
        let a = SchedulerTests.source("alpha-kk"), b = SchedulerTests.source("beta-ru")
        var policy = SchedulePolicy()
        policy.interval = .seconds(20 * 60)
        policy.jitter = .zero
        policy.debounce = .seconds(60)
        let h = try SchedulerHarness(sources: [a, b], policy: policy)
        await h.fetcher.set(a.feedURL, .fixture("serve/feeds/alpha-kk.xml"))
        await h.fetcher.set(b.feedURL, .fixture("serve/feeds/beta-ru.xml"))
        var logger = Logger(label: "test.group")
        logger.logLevel = .critical
        let group = ServiceGroup(services: [h.scheduler], logger: logger)
        let running = Task { try await group.run() }

        // Both sources are fetched at once; the merged feeds wait for the debounce, and the
        // manual clock never gets there.
        let deadline = ContinuousClock.now + .seconds(10)
        while await h.fetcher.requests.count < 2, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(await h.fetcher.requests.count == 2)
        #expect(h.publisher.calls.isEmpty)

        await group.triggerGracefulShutdown()
        try await running.value
        #expect(h.publisher.calls.count == 1, "the pending burst is written on the way out")
        let merged = try String(contentsOf: h.out.appendingPathComponent("merged.atom"), encoding: .utf8)
        #expect(merged.components(separatedBy: "</entry>").count - 1 == 4)
    }
}
