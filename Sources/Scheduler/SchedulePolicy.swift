import ArnaCore
import Foundation
import Refresh

/// When the daemon fetches each source next, and how it groups its writes.
///
/// The refresh runner already stores, for each source, the earliest instant the outlet allows
/// (``FetchState/nextDue``: the interval, RSS `ttl`, `Cache-Control: max-age`, `Retry-After`,
/// and the exponential backoff after failures). The policy never fetches sooner than that
/// floor; on top of it, a source without its own interval gets an adaptive one from how often
/// it published lately, and every due time gets a little jitter, so sources do not fire together.
public struct SchedulePolicy: Sendable, Hashable {
    /// The interval of sources without their own; `nil` for the adaptive interval.
    public var interval: Duration?
    /// The shortest adaptive interval. Default 10 minutes.
    public var minimumInterval: Duration = .seconds(600)
    /// The longest adaptive interval. Default 24 hours.
    public var maximumInterval: Duration = .seconds(86_400)
    /// The adaptive interval of a source that has not published twice yet. Default 30 minutes.
    public var fallbackInterval: Duration = .seconds(1800)
    /// The largest random delay added to a due time (at most a tenth of the interval). Default 30 s.
    public var jitter: Duration = .seconds(30)
    /// How long after the first change of a burst the merged feeds are written. Default 5 s.
    public var debounce: Duration = .seconds(5)
    /// How often the site's own feed is regenerated (and retention applied). Default 5 minutes.
    public var siteInterval: Duration = .seconds(300)
    /// How often the content folder is checked for changes. Default 10 s.
    public var contentPoll: Duration = .seconds(10)

    /// The defaults: adaptive intervals from 10 minutes to 24 hours.
    public init() {}

    /// The interval the runner should use as its own floor: the fixed interval, or the adaptive minimum.
    public var runnerInterval: Duration { interval ?? minimumInterval }

    /// The regular interval of `source` when it is fine.
    ///
    /// - Parameters:
    ///   - source: The source (its own `refreshInterval` wins).
    ///   - recent: Dates of its recent articles, any order.
    ///   - now: The current instant.
    /// - Returns: The source's interval, the configured one, or the adaptive one.
    public func baseInterval(for source: Source, recent: [Date], now: Date) -> Duration {
        if let own = source.refreshInterval { return own }
        if let interval { return interval }
        return PublishingRate.interval(dates: recent, now: now, bounds: minimumInterval...maximumInterval) ?? fallbackInterval
    }

    /// When to fetch `source` again after a refresh.
    ///
    /// - Parameters:
    ///   - outcome: What the refresh did.
    ///   - source: The source.
    ///   - state: Its fetch state as the runner saved it (`nil` when never saved).
    ///   - recent: Dates of its recent articles.
    ///   - now: The refresh's instant.
    ///   - random: The jitter's random source.
    /// - Returns: The next due instant, or `nil` when the source is no longer fetched.
    public func nextFetch(after outcome: SourceReport.Outcome, source: Source, state: FetchState?, recent: [Date], now: Date,
                          random: inout some RandomNumberGenerator) -> Date? {
        guard source.enabled, state?.disabledReason == nil else { return nil }
        let floor = max(state?.nextDue ?? now, now)
        switch outcome {
        case .disabled:
            return nil
        case .failed, .skipped:
            // The runner's backoff (already jittered) and Retry-After, or its stored due time.
            return floor
        case .read, .notModified:
            let base = baseInterval(for: source, recent: recent, now: now)
            let regular = now.addingTimeInterval(base.timeInterval)
            return max(floor, regular).addingTimeInterval(jitterDelay(for: base, random: &random).timeInterval)
        }
    }

    /// When to fetch a source first after the daemon starts: its stored due time, spread by jitter.
    ///
    /// - Parameters:
    ///   - state: Its stored fetch state, if any.
    ///   - now: The start instant.
    ///   - random: The jitter's random source.
    /// - Returns: The first due instant, or `nil` for a disabled source.
    public func firstFetch(state: FetchState?, now: Date, random: inout some RandomNumberGenerator) -> Date? {
        if state?.disabledReason != nil { return nil }
        if let due = state?.nextDue, due > now { return due }
        return now.addingTimeInterval(randomDelay(upTo: jitter, random: &random).timeInterval)
    }

    /// A random delay in `0...min(jitter, base / 10)`.
    public func jitterDelay(for base: Duration, random: inout some RandomNumberGenerator) -> Duration {
        randomDelay(upTo: min(jitter, base / 10), random: &random)
    }

    private func randomDelay(upTo limit: Duration, random: inout some RandomNumberGenerator) -> Duration {
        let millis = Int64(limit.timeInterval * 1000)
        guard millis > 0 else { return .zero }
        return .milliseconds(Int64.random(in: 0...millis, using: &random))
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    public var timeInterval: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
