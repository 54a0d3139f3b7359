import Foundation

/// The knobs of a refresh, with the defaults a cron job every few minutes wants.
public struct RefreshSettings: Sendable {
    /// How often a source without its own interval is fetched. Default 30 minutes.
    public var defaultInterval: Duration = .seconds(30 * 60)
    /// Sources fetched at once (the fetcher also limits requests per host). Default 16.
    public var concurrentSources = 16
    /// Articles older than this leave the store. Default 30 days.
    public var retention: TimeInterval = 30 * 86_400
    /// Entries in each merged feed. Default 100.
    public var mergedEntries = 100
    /// How far apart two outlets' headlines may be and still be one story. Default 48 hours.
    public var sameStoryWindow: TimeInterval = 48 * 3600
    /// Zone of dates without one.
    public var zone = TimeZone(identifier: "Asia/Almaty")!
    /// Feeds larger than this are refused. Default 20 MB.
    public var maxFeedBytes = 20 * 1024 * 1024

    /// Creates settings with the defaults.
    public init() {}
}
