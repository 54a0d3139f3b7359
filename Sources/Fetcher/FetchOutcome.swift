import Foundation

/// What one fetch produced, when it did not fail.
///
/// Only a 200 carries bytes; the other cases tell the caller how to update the source's
/// ``ArnaCore/FetchState`` without parsing anything.
public enum FetchOutcome: Sendable {
    /// A 2xx response (or a local file): the bytes and what the server said about them.
    case body(FetchedBody)
    /// A 304 to a conditional request: nothing changed, nothing to parse.
    case notModified(FetchHints)
    /// A 410: the feed is gone for good; the caller disables the source and keeps `reason`.
    case gone(reason: String)
    /// A 429, or a 503 with `Retry-After`: the server asks us to come back later.
    ///
    /// `retryAfter` is `nil` when a 429 named no delay (or one that could not be read).
    case rateLimited(retryAfter: Duration?, status: Int)
}

/// The bytes of a successful fetch and the metadata that goes with them.
public struct FetchedBody: Sendable {
    /// The body, already decompressed (gzip/deflate), at most ``FetchPolicy/maxBodyBytes`` long.
    public var bytes: [UInt8]
    /// The `charset` parameter of `Content-Type` (`windows-1251`), unquoted, as the server spelled it.
    public var charset: String?
    /// The media type of `Content-Type` without parameters, lowercased (`application/rss+xml`).
    public var contentType: String?
    /// The URL the bytes came from, after every redirect.
    public var finalURL: URL
    /// Where the feed has moved for good: set when the chain began with 301/308 redirects only.
    ///
    /// The caller stores it as the source's current URL. A 302/307 (or a permanent redirect that
    /// follows a temporary one) never sets it, because the original URL stays the one to ask.
    public var permanentRedirect: URL?
    /// The `ETag` to send back as `If-None-Match` next time.
    public var etag: String?
    /// The `Last-Modified` to send back as `If-Modified-Since` next time.
    public var lastModified: String?
    /// Cache lifetime hints from the response headers.
    public var hints: FetchHints

    /// Creates a fetched body.
    ///
    /// - Parameters:
    ///   - bytes: The decompressed body.
    ///   - charset: The `Content-Type` charset parameter.
    ///   - contentType: The media type without parameters.
    ///   - finalURL: The URL after redirects.
    ///   - permanentRedirect: The new permanent URL, when a 301/308 moved the feed.
    ///   - etag: The response's `ETag`.
    ///   - lastModified: The response's `Last-Modified`.
    ///   - hints: Cache lifetime hints.
    public init(
        bytes: [UInt8], charset: String? = nil, contentType: String? = nil, finalURL: URL, permanentRedirect: URL? = nil,
        etag: String? = nil, lastModified: String? = nil, hints: FetchHints = FetchHints()
    ) {
        self.bytes = bytes
        self.charset = charset
        self.contentType = contentType
        self.finalURL = finalURL
        self.permanentRedirect = permanentRedirect
        self.etag = etag
        self.lastModified = lastModified
        self.hints = hints
    }
}

/// What a response said about when to ask again.
///
/// The scheduler may fetch less often than these ask, never more often.
public struct FetchHints: Sendable, Hashable {
    /// `Cache-Control: max-age` (or `s-maxage`), when given.
    public var maxAge: Duration?
    /// `Retry-After`, as a delay from the moment the response was read.
    public var retryAfter: Duration?
    /// `Expires`, when it is a valid HTTP-date.
    public var expires: Date?

    /// Creates hints.
    ///
    /// - Parameters:
    ///   - maxAge: The `Cache-Control` max-age.
    ///   - retryAfter: The `Retry-After` delay.
    ///   - expires: The `Expires` instant.
    public init(maxAge: Duration? = nil, retryAfter: Duration? = nil, expires: Date? = nil) {
        self.maxAge = maxAge
        self.retryAfter = retryAfter
        self.expires = expires
    }
}
