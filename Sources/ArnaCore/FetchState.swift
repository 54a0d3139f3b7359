import Foundation

/// What arna remembers about fetching one source, between runs.
public struct FetchState: Sendable, Hashable, Codable {
    /// The source's id.
    public var sourceID: String
    /// The URL to fetch now: a permanent redirect (301/308) replaces the configured one.
    public var currentURL: URL?
    /// `ETag` of the last 200 response, sent back as `If-None-Match`.
    public var etag: String?
    /// `Last-Modified` of the last 200 response, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// When a fetch last succeeded (200 or 304).
    public var lastSuccess: Date?
    /// When a fetch was last tried.
    public var lastAttempt: Date?
    /// Failures since the last success; drives the backoff.
    public var consecutiveErrors: Int
    /// The last failure, in words.
    public var lastError: String?
    /// Not to be fetched before this instant.
    public var nextDue: Date?
    /// Why the source is no longer fetched (410 Gone, …); `nil` while active.
    public var disabledReason: String?

    /// Creates the state of a source never fetched.
    public init(
        sourceID: String, currentURL: URL? = nil, etag: String? = nil, lastModified: String? = nil, lastSuccess: Date? = nil,
        lastAttempt: Date? = nil, consecutiveErrors: Int = 0, lastError: String? = nil, nextDue: Date? = nil,
        disabledReason: String? = nil
    ) {
        self.sourceID = sourceID
        self.currentURL = currentURL
        self.etag = etag
        self.lastModified = lastModified
        self.lastSuccess = lastSuccess
        self.lastAttempt = lastAttempt
        self.consecutiveErrors = consecutiveErrors
        self.lastError = lastError
        self.nextDue = nextDue
        self.disabledReason = disabledReason
    }

    /// Whether the source should be fetched at `now`.
    public func isDue(at now: Date) -> Bool {
        disabledReason == nil && (nextDue.map { $0 <= now } ?? true)
    }
}
