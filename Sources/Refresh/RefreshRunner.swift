import Aggregator
import ArnaCore
import FeedReader
import Fetcher
import Foundation
import Store

/// One refresh of every due source: fetch → read → store, then the merged feeds.
///
/// Used by `arna refresh` (cron) and by the daemon's scheduler. One failing source never
/// stops the others: its failure is recorded (with exponential backoff) and reported. Each
/// source's articles and new fetch state are saved in one transaction, so a run killed at
/// any instant leaves a consistent store; outputs are replaced atomically by the publisher.
public struct RefreshRunner: Sendable {
    public var store: any ArticleStore
    public var fetcher: any HTTPFetching
    public var publisher: any FeedPublishing
    public var settings: RefreshSettings
    /// The current instant; injected so tests drive time.
    public var now: @Sendable () -> Date
    /// Fetches new items' pages for sources with `fullText`; set one with the outlets' rules.
    public var fullText = FullTextEnricher()

    /// Creates a runner.
    public init(store: any ArticleStore, fetcher: any HTTPFetching, publisher: any FeedPublishing, settings: RefreshSettings = RefreshSettings(),
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.fetcher = fetcher
        self.publisher = publisher
        self.settings = settings
        self.now = now
    }

    /// Refreshes `sources`.
    ///
    /// - Parameters:
    ///   - sources: The subscription list.
    ///   - all: Fetch every enabled source, due or not.
    ///   - progress: Called once per source as it finishes, from any task.
    /// - Returns: What happened; outputs are regenerated when the store changed or an output is missing.
    public func refresh(_ sources: [Source], all: Bool = false, progress: @escaping @Sendable (SourceReport) -> Void = { _ in }) async throws -> RefreshReport {
        var reports: [String: SourceReport] = [:]
        try await withThrowingTaskGroup(of: SourceReport.self) { group in
            var iterator = sources.makeIterator()
            var running = 0
            while running < settings.concurrentSources, let source = iterator.next() {
                group.addTask { await self.refresh(source, force: all) }
                running += 1
            }
            while let report = try await group.next() {
                reports[report.sourceID] = report
                progress(report)
                if let source = iterator.next() { group.addTask { await self.refresh(source, force: all) } }
            }
        }
        let ordered = sources.compactMap { reports[$0.id] }
        let published = try await publish(changed: ordered.contains(where: \.changedStore))
        return RefreshReport(sources: ordered, written: published.written, unchanged: published.unchanged, expired: published.expired)
    }

    /// Applies retention, then rewrites the merged feeds when something changed.
    ///
    /// The daemon calls this once per burst of source refreshes (and now and then for
    /// retention alone); ``refresh(_:all:progress:)`` calls it after its pass.
    ///
    /// - Parameter changed: Whether the store changed since the last publication.
    /// - Returns: Files written, files left as they were, and articles removed by retention;
    ///   nothing is written unless `changed`, an article expired, or an output is missing.
    /// - Throws: Store errors, and the publisher's write errors.
    public func publish(changed: Bool) async throws -> (written: [String], unchanged: [String], expired: Int) {
        let clock = now()
        let expired = try await store.deleteArticles(olderThan: clock.addingTimeInterval(-settings.retention))
        var written: [String] = [], unchanged: [String] = []
        if changed || expired > 0 || !publisher.outputsExist() {
            let articles = try await store.articles(newerThan: clock.addingTimeInterval(-settings.retention), limit: nil)
            let river = Array(StoryMerger(window: settings.sameStoryWindow).merge(articles).prefix(settings.mergedEntries))
            (written, unchanged) = try publisher.publish(river: river, updatedAt: clock)
        }
        return (written, unchanged, expired)
    }

    /// Refreshes one source; never throws: failures become the report.
    ///
    /// The daemon's scheduler calls this per source when it is due, then reads the saved
    /// ``FetchState/nextDue`` as the earliest next fetch the outlet allows.
    ///
    /// - Parameters:
    ///   - source: The source.
    ///   - force: Fetch even when the stored state says it is not due yet.
    /// - Returns: What happened; the new fetch state is in the store.
    public func refresh(_ source: Source, force: Bool) async -> SourceReport {
        let started = ContinuousClock.now
        let clock = now()
        func report(_ outcome: SourceReport.Outcome) -> SourceReport {
            SourceReport(sourceID: source.id, title: source.title, outcome: outcome, duration: ContinuousClock.now - started)
        }
        guard source.enabled else { return report(.skipped("disabled in the subscription list")) }
        var state: FetchState
        do {
            state = try await store.fetchState(for: source.id) ?? FetchState(sourceID: source.id)
        } catch {
            return report(.failed("store: \(error)"))
        }
        if let reason = state.disabledReason { return report(.skipped("disabled: \(reason)")) }
        if !force, !state.isDue(at: clock) { return report(.skipped("not due until \(state.nextDue.map(ISO8601DateFormatter().string(from:)) ?? "?")")) }

        state.lastAttempt = clock
        let url = state.currentURL ?? source.feedURL
        do {
            let outcome = try await fetcher.fetch(FetchRequest(url: url, etag: state.etag, lastModified: state.lastModified))
            switch outcome {
            case .notModified(let hints):
                succeed(&state, at: clock, source: source, minimum: hints.maxAge)
                try await store.saveState(state)
                return report(.notModified)
            case .gone(let reason):
                state.disabledReason = "410 Gone: \(reason)"
                state.lastError = state.disabledReason
                try await store.saveState(state)
                return report(.disabled(state.disabledReason!))
            case .rateLimited(let retryAfter, let status):
                fail(&state, at: clock, message: "HTTP \(status), retry after \(retryAfter.map { "\($0)" } ?? "a backoff")", atLeast: retryAfter)
                try await store.saveState(state)
                return report(.failed(state.lastError!))
            case .body(let body):
                if let selector = source.linkSelector {
                    return try await refreshListing(source, body: body, selector: selector, state: state, clock: clock, report: report)
                }
                let options = ReadOptions(baseURL: body.finalURL, zone: settings.zone, charset: body.charset, maxBytes: settings.maxFeedBytes)
                let feed: ParsedFeed
                do {
                    feed = try FeedReader(options: options).read(bytes: body.bytes)
                } catch {
                    fail(&state, at: clock, message: error.message, atLeast: nil)
                    try await store.saveState(state)
                    return report(.failed(error.message))
                }
                if let moved = body.permanentRedirect { state.currentURL = moved }
                state.etag = body.etag
                state.lastModified = body.lastModified
                // Never sooner than the outlet asks: ttl, sy:updatePeriod/updateFrequency, Cache-Control max-age.
                succeed(&state, at: clock, source: source, minimum: [feed.feed.requestedInterval, body.hints.maxAge].compactMap { $0 }.max())
                var articles = feed.articles(outlet: source.outlet).filter(source.accepts)
                if source.fullText { articles = await fullText.enrich(articles, of: source, store: store, fetcher: fetcher, now: clock).articles }
                let counts = try await store.save(state: state, articles: articles)
                return report(.read(new: counts.new, updated: counts.updated, unchanged: counts.unchanged, bozo: feed.bozo))
            }
        } catch {
            fail(&state, at: clock, message: "\(error)", atLeast: nil)
            try? await store.saveState(state)
            return report(.failed("\(error)"))
        }
    }

    func succeed(_ state: inout FetchState, at clock: Date, source: Source, minimum: Duration?) {
        state.lastSuccess = clock
        state.consecutiveErrors = 0
        state.lastError = nil
        var interval = source.refreshInterval ?? settings.defaultInterval
        if let minimum, minimum > interval { interval = min(minimum, .seconds(86_400)) }
        state.nextDue = clock.addingTimeInterval(interval.seconds)
    }

    func fail(_ state: inout FetchState, at clock: Date, message: String, atLeast: Duration?) {
        state.consecutiveErrors += 1
        state.lastError = message
        var generator = SystemRandomNumberGenerator()
        var delay = Backoff.delay(afterFailures: state.consecutiveErrors, jitter: &generator)
        if let atLeast, atLeast > delay { delay = atLeast }
        state.nextDue = clock.addingTimeInterval(delay.seconds)
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var seconds: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
