import Foundation

/// How often an outlet has published lately, as a fetch interval.
public enum PublishingRate {
    /// The mean gap between the most recent article dates, bounded.
    ///
    /// Uses at most the 20 newest dates of the last 14 days. A quiet spell counts: when half
    /// the time since the newest article is longer than the mean gap, that is used instead, so
    /// an outlet that stopped publishing is fetched less and less often (up to the upper bound).
    ///
    /// - Parameters:
    ///   - dates: Article dates (published or updated), any order.
    ///   - now: The current instant.
    ///   - bounds: The shortest and longest interval.
    /// - Returns: The interval, or `nil` with fewer than two recent dates.
    public static func interval(dates: [Date], now: Date, bounds: ClosedRange<Duration>) -> Duration? {
        let recent = dates.filter { $0 <= now && now.timeIntervalSince($0) <= 14 * 86_400 }
            .sorted(by: >).prefix(20)
        guard recent.count >= 2, let newest = recent.first, let oldest = recent.last else { return nil }
        let meanGap = newest.timeIntervalSince(oldest) / Double(recent.count - 1)
        let silence = now.timeIntervalSince(newest) / 2
        let seconds = max(meanGap, silence)
        let interval = Duration.milliseconds(Int64(seconds * 1000))
        return min(max(interval, bounds.lowerBound), bounds.upperBound)
    }
}
