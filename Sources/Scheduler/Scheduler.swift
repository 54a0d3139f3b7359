import ArnaCore
import Foundation
import Logging
import Refresh
import Store

/// The daemon's clock: which source is due, when the merged feeds and the site's feed are written.
///
/// Driven by ``tick()`` (do everything due at the clock's now) and ``nextWake`` (when the next
/// thing is due); ``run()`` loops over both on the injected clock, so tests advance a manual
/// clock and call ``tick()`` instead of sleeping. Source refreshes that change the store mark
/// the merged feeds dirty; they are written once, ``SchedulePolicy/debounce`` after the first
/// change of a burst, however many sources changed in it.
public actor Scheduler<C: Clock> where C.Duration == Duration {
    /// The sources, in subscription-list order.
    public let sources: [Source]
    /// Fetches, stores and publishes.
    public let runner: RefreshRunner
    /// The site's own feed, when the daemon writes it.
    public let site: SiteFeedJob?
    /// Intervals, jitter, debounce.
    public let policy: SchedulePolicy
    /// Dates that follow the clock (the runner's `now` should be `dates.now`).
    public let dates: ClockDates<C>
    let logger: Logger
    var random: AnyRandom

    /// Each source's next due instant; absent when it is no longer fetched.
    public private(set) var due: [String: C.Instant] = [:]
    /// When the merged feeds are to be written (a burst is pending), if at all.
    public private(set) var publishAt: C.Instant?
    /// Whether the store changed since the merged feeds were last written.
    var storeChanged = false
    /// When the site's feed is regenerated next.
    public private(set) var siteAt: C.Instant?
    /// When the content folder is looked at next.
    var pollAt: C.Instant?
    var fingerprint: String?
    var started = false
    var recentCache: (at: Date, dates: [String: [Date]])?
    /// How many times the merged feeds were regenerated after a change (or because they were missing).
    public private(set) var mergedPublications = 0
    /// How many times the site's feed was regenerated (its files are rewritten only when their bytes change).
    public private(set) var sitePublications = 0

    /// Creates a scheduler; nothing runs until ``start()``, ``tick()`` or ``run()``.
    ///
    /// - Parameters:
    ///   - sources: The subscription list's sources.
    ///   - runner: The refresh runner; build it with `now: dates.now` so its dates follow the clock.
    ///   - site: The site's feed job, or `nil` to leave the site's feed alone.
    ///   - policy: Intervals, jitter and debounce.
    ///   - dates: The clock and the dates it maps to.
    ///   - random: The jitter's random source (seed it in tests).
    ///   - logger: Where progress goes.
    public init(sources: [Source], runner: RefreshRunner, site: SiteFeedJob?, policy: SchedulePolicy, dates: ClockDates<C>,
                random: any RandomNumberGenerator & Sendable = SystemRandomNumberGenerator(), logger: Logger = Logger(label: "arna.scheduler")) {
        self.sources = sources
        self.runner = runner
        self.site = site
        self.policy = policy
        self.dates = dates
        self.random = AnyRandom(base: random)
        self.logger = logger
    }

    /// The earliest instant something is due: a source, the merged feeds, the site's feed or a folder check.
    public var nextWake: C.Instant? {
        ([publishAt, siteAt, pollAt].compactMap { $0 } + due.values).min()
    }

    /// Reads the stored fetch states and sets every source's first due time; the site's feed
    /// is due at once, the merged feeds one debounce later (each is written only if missing or changed).
    public func start() async {
        guard !started else { return }
        started = true
        let now = dates.clock.now, nowDate = dates.date(of: now)
        var states: [String: FetchState] = [:]
        do {
            for state in try await runner.store.allFetchStates() { states[state.sourceID] = state }
        } catch {
            logger.error("cannot read the fetch states: \(error)")
        }
        for source in sources where source.enabled {
            if let date = policy.firstFetch(state: states[source.id], now: nowDate, random: &random) {
                due[source.id] = dates.instant(of: date)
            }
        }
        // Outputs are checked (and written if missing or stale) once the first burst is over.
        publishAt = now.advanced(by: policy.debounce)
        if site != nil {
            siteAt = now
            pollAt = now.advanced(by: policy.contentPoll)
            fingerprint = site?.fingerprint()
        }
    }

    /// Does everything due at the clock's current instant: the site's feed if its timer fired
    /// or its folder changed, then the due sources (at once, up to the runner's limit), then
    /// the merged feeds if their burst is over.
    ///
    /// - Returns: The reports of the sources refreshed.
    @discardableResult
    public func tick() async -> [SourceReport] {
        await start()
        await siteWork()
        let now = dates.clock.now
        let dueSources = sources.filter { due[$0.id].map { $0 <= now } ?? false }
        var reports: [SourceReport] = []
        if !dueSources.isEmpty {
            reports = await refresh(dueSources)
            await reschedule(reports)
            if reports.contains(where: \.changedStore) {
                storeChanged = true
                if publishAt == nil { publishAt = dates.clock.now.advanced(by: policy.debounce) }
            }
        }
        if let at = publishAt, at <= dates.clock.now { await publishMerged() }
        return reports
    }

    /// Writes the merged feeds now if a burst is pending (used at shutdown, so nothing waits).
    public func flush() async {
        if publishAt != nil { await publishMerged() }
    }

    private func refresh(_ list: [Source]) async -> [SourceReport] {
        let runner = self.runner
        let limit = max(1, runner.settings.concurrentSources)
        return await withTaskGroup(of: SourceReport.self) { group in
            var iterator = list.makeIterator(), running = 0, reports: [SourceReport] = []
            while running < limit, let source = iterator.next() {
                group.addTask { await runner.refresh(source, force: true) }
                running += 1
            }
            while let report = await group.next() {
                reports.append(report)
                if let source = iterator.next() { group.addTask { await runner.refresh(source, force: true) } }
            }
            return reports
        }
    }

    private func reschedule(_ reports: [SourceReport]) async {
        let nowDate = dates.now()
        let recent = await recentDates(at: nowDate)
        for report in reports {
            guard let source = sources.first(where: { $0.id == report.sourceID }) else { continue }
            SchedulerMetrics.record(report, at: nowDate)
            switch report.outcome {
            case .read(let new, let updated, _, _) where new + updated > 0: logger.info("\(report.line)")
            case .failed, .disabled: logger.warning("\(report.line)")
            default: logger.debug("\(report.line)")
            }
            let state = try? await runner.store.fetchState(for: source.id)
            if let next = policy.nextFetch(after: report.outcome, source: source, state: state, recent: recent[source.id] ?? [], now: nowDate, random: &random) {
                due[source.id] = dates.instant(of: next)
            } else {
                due[source.id] = nil
            }
        }
        if let counts = try? await runner.store.articleCounts() { SchedulerMetrics.recordArticles(counts) }
    }

    /// Recent article dates per source, for adaptive intervals; read at most every few minutes.
    private func recentDates(at now: Date) async -> [String: [Date]] {
        guard policy.interval == nil else { return [:] }
        if let cache = recentCache, now.timeIntervalSince(cache.at) < 300, now >= cache.at { return cache.dates }
        var grouped: [String: [Date]] = [:]
        let articles = (try? await runner.store.articles(newerThan: now.addingTimeInterval(-3 * 86_400), limit: 5000)) ?? []
        for article in articles {
            if let date = article.published ?? article.updated { grouped[article.outlet.id, default: []].append(date) }
        }
        recentCache = (now, grouped)
        return grouped
    }

    private func publishMerged() async {
        publishAt = nil
        let changed = storeChanged
        storeChanged = false
        do {
            let result = try await runner.publish(changed: changed)
            if changed || !result.written.isEmpty { mergedPublications += 1 }
            if !result.written.isEmpty { SchedulerMetrics.recordPublication("merged") }
            logger.info("merged feeds: wrote \(result.written.count), \(result.unchanged.count) unchanged, \(result.expired) expired")
        } catch {
            logger.error("cannot write the merged feeds: \(error)")
        }
    }

    private func siteWork() async {
        guard let site else { return }
        let now = dates.clock.now
        if let at = pollAt, at <= now {
            pollAt = now.advanced(by: policy.contentPoll)
            let current = site.fingerprint()
            if current != fingerprint {
                fingerprint = current
                let soon = now.advanced(by: policy.debounce)
                siteAt = siteAt.map { min($0, soon) } ?? soon
            }
        }
        guard let at = siteAt, at <= now else { return }
        siteAt = now.advanced(by: policy.siteInterval)
        do {
            let result = try site.generate()
            sitePublications += 1
            for problem in result.problems { logger.warning("\(problem)") }
            if !result.written.isEmpty {
                SchedulerMetrics.recordPublication("site")
                logger.info("site feed: wrote \(result.written.joined(separator: ", "))")
            }
            // Retention runs on the same timer; the merged feeds are rewritten only if articles expired.
            let housekeeping = try await runner.publish(changed: false)
            if !housekeeping.written.isEmpty { SchedulerMetrics.recordPublication("merged") }
        } catch {
            logger.error("cannot write the site's feed: \(error)")
        }
    }
}

/// A type-erased random source the actor can pass `inout` to generic code.
struct AnyRandom: RandomNumberGenerator, Sendable {
    var base: any RandomNumberGenerator & Sendable
    mutating func next() -> UInt64 { base.next() }
}
