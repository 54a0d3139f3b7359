import Foundation

/// One fetch to make: a URL plus the validators remembered from the last 200 response.
public struct FetchRequest: Sendable, Hashable {
    /// What to fetch: an `http`/`https`/`file` URL, or a URL made from a plain local path.
    public var url: URL
    /// The `ETag` of the last 200 response, sent as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last 200 response, sent as `If-Modified-Since`.
    public var lastModified: String?

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - url: The URL to fetch.
    ///   - etag: The stored `ETag`, if any.
    ///   - lastModified: The stored `Last-Modified`, if any.
    public init(url: URL, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }
}

extension FetchRequest {
    /// Creates a request from what a person typed: an http(s)/file URL, or a local path.
    ///
    /// `feeds/local.xml` and `/srv/feed.xml` become `file:` URLs (relative paths against the
    /// current directory); anything with an http, https or file scheme is parsed as a URL.
    ///
    /// - Parameters:
    ///   - location: A URL or a path.
    ///   - etag: The stored `ETag`, if any.
    ///   - lastModified: The stored `Last-Modified`, if any.
    /// - Returns: `nil` when `location` is empty or an unparsable URL.
    public init?(location: String, etag: String? = nil, lastModified: String? = nil) {
        let trimmed = location.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let lower = trimmed.lowercased()
        let url: URL?
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("file:") {
            url = URL(string: trimmed)
        } else {
            url = URL(fileURLWithPath: trimmed)
        }
        guard let url else { return nil }
        self.init(url: url, etag: etag, lastModified: lastModified)
    }
}
