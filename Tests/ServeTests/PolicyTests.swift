import ArnaCore
import Foundation
import Refresh
import Scheduler
import Server
import Testing

@Suite struct PolicyTests {
    let now = Date(timeIntervalSince1970: 1_795_608_000)
    let bounds = Duration.seconds(600)...Duration.seconds(86_400)

    func hoursAgo(_ hours: [Double]) -> [Date] { hours.map { now.addingTimeInterval(-$0 * 3600) } }

    @Test func adaptiveIntervalFollowsThePublishingRateWithinBounds() {
        // Hourly, newest just now: an hour.
        #expect(PublishingRate.interval(dates: hoursAgo([0, 1, 2, 3, 4]), now: now, bounds: bounds) == .seconds(3600))
        // Every two minutes: the 10-minute floor.
        #expect(PublishingRate.interval(dates: hoursAgo([0, 1.0 / 30, 2.0 / 30]), now: now, bounds: bounds) == .seconds(600))
        // Twice in 14 days: the 24-hour ceiling.
        #expect(PublishingRate.interval(dates: hoursAgo([1, 300]), now: now, bounds: bounds) == .seconds(86_400))
        // Hourly until ten hours ago, then silent: half the silence (5 h).
        #expect(PublishingRate.interval(dates: hoursAgo([10, 11, 12, 13]), now: now, bounds: bounds) == .seconds(5 * 3600))
        // Too little to tell.
        #expect(PublishingRate.interval(dates: hoursAgo([1]), now: now, bounds: bounds) == nil)
        #expect(PublishingRate.interval(dates: hoursAgo([400, 500]), now: now, bounds: bounds) == nil)
    }

    @Test func nextFetchNeverBeforeTheOutletsFloor() {
        var random = SystemRandomNumberGenerator()
        var policy = SchedulePolicy()
        policy.jitter = .seconds(30)
        let source = Source(id: "a", title: "A", feedURL: URL(string: "https://a.kz/rss")!)
        let report = SourceReport.Outcome.read(new: 1, updated: 0, unchanged: 0, bozo: false)
        let recent = hoursAgo([0, 0.5, 1, 1.5])  // every 30 minutes
        // The floor (ttl 2 h) wins over the adaptive 30 min; jitter only adds.
        let ttl = FetchState(sourceID: "a", nextDue: now.addingTimeInterval(7200))
        for _ in 0..<50 {
            let next = policy.nextFetch(after: report, source: source, state: ttl, recent: recent, now: now, random: &random)!
            #expect(next.timeIntervalSince(now) >= 7200 && next.timeIntervalSince(now) <= 7230)
        }
        // Without a floor beyond now: the adaptive 30 minutes plus at most 30 s.
        let plain = FetchState(sourceID: "a", nextDue: now.addingTimeInterval(600))
        let next = policy.nextFetch(after: report, source: source, state: plain, recent: recent, now: now, random: &random)!
        #expect(next.timeIntervalSince(now) >= 1800 && next.timeIntervalSince(now) <= 1830)
        // A failure keeps the runner's backoff; a disabled source is never due.
        let failed = SourceReport.Outcome.failed("x")
        let backoff = FetchState(sourceID: "a", consecutiveErrors: 3, nextDue: now.addingTimeInterval(200))
        #expect(policy.nextFetch(after: failed, source: source, state: backoff, recent: recent, now: now, random: &random) == now.addingTimeInterval(200))
        let gone = FetchState(sourceID: "a", disabledReason: "410 Gone")
        #expect(policy.nextFetch(after: report, source: source, state: gone, recent: recent, now: now, random: &random) == nil)
    }

    @Test func settingsFromYAMLThenEnvironment() throws {
        let yaml = """
            title: x
            listen_host: 0.0.0.0
            listen_port: 9090
            refresh_interval: 15m
            debounce: 2s
            jitter: 500ms
            """
        var settings = try ServeSettings.decode(yaml: yaml)
        #expect(settings.host == "0.0.0.0" && settings.port == 9090)
        #expect(settings.policy.interval == .seconds(900))
        #expect(settings.policy.debounce == .seconds(2) && settings.policy.jitter == .milliseconds(500))
        #expect(settings.policy.minimumInterval == .seconds(600))
        try settings.apply(environment: ["ARNA_PORT": "0", "ARNA_REFRESH_INTERVAL": "adaptive", "ARNA_MAX_INTERVAL": "12h", "HOME": "/root"])
        #expect(settings.port == 0 && settings.policy.interval == nil && settings.policy.maximumInterval == .seconds(43_200))
        #expect(throws: ServeSettingsError.self) { try ServeSettings.decode(yaml: "listen_port: 70000") }
        #expect(throws: ServeSettingsError.self) { try settings.apply(environment: ["ARNA_DEBOUNCE": "soon"]) }
        #expect(DurationText.parse("1h") == .seconds(3600) && DurationText.parse("90") == .seconds(90) && DurationText.parse("-1s") == nil)
        #expect(DurationText.format(.seconds(1800)) == "30m")
    }
}
