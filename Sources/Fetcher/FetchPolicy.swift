import ArnaCore

/// The limits a fetcher keeps to, so that arna is a good citizen and a bad server can't hurt it.
public struct FetchPolicy: Sendable, Hashable {
    /// How long to wait for a TCP (and TLS) connection.
    public var connectTimeout: Duration
    /// How long one fetch may take from its first byte sent to its last byte read, redirects included.
    ///
    /// Time spent waiting for a concurrency slot is not counted.
    public var totalTimeout: Duration
    /// The largest body accepted, counted after decompression (a gzip bomb is refused).
    public var maxBodyBytes: Int
    /// How many redirects one fetch follows before failing with ``FetchError/Kind/tooManyRedirects``.
    public var maxRedirects: Int
    /// How many requests may be in flight to one host at once.
    public var perHostConcurrency: Int
    /// How many requests may be in flight at once in all.
    public var totalConcurrency: Int
    /// The `User-Agent` header sent with every request.
    public var userAgent: String

    /// The `User-Agent` arna sends by default: `arna/<version> (+<homepage>)`.
    public static let defaultUserAgent = "arna/\(ArnaVersion.current) (+\(ArnaVersion.homepage))"

    /// Creates a policy; the defaults suit fetching a few hundred feeds.
    ///
    /// - Parameters:
    ///   - connectTimeout: Connection time-out (10 s).
    ///   - totalTimeout: Whole-fetch time-out (30 s).
    ///   - maxBodyBytes: Body limit after decompression (20 MB).
    ///   - maxRedirects: Redirects followed (5).
    ///   - perHostConcurrency: Requests in flight per host (2).
    ///   - totalConcurrency: Requests in flight in all (16).
    ///   - userAgent: The `User-Agent` header.
    public init(
        connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(30), maxBodyBytes: Int = 20_000_000,
        maxRedirects: Int = 5, perHostConcurrency: Int = 2, totalConcurrency: Int = 16,
        userAgent: String = FetchPolicy.defaultUserAgent
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.perHostConcurrency = max(1, perHostConcurrency)
        self.totalConcurrency = max(1, totalConcurrency)
        self.userAgent = userAgent
    }
}
