import Foundation
import HTTPTypes
import Hummingbird

/// How long clients may reuse each kind of file (`Cache-Control: max-age`), in seconds.
public struct CachePolicy: Sendable, Hashable {
    /// Merged feeds: about the refresh interval.
    public var merged: Int
    /// The site's current feeds: about the site's regeneration interval.
    public var site: Int
    /// RFC 5005 archive pages, which do not change once full.
    public var archive: Int

    /// Creates a policy.
    public init(merged: Int = 600, site: Int = 300, archive: Int = 3600) {
        self.merged = merged
        self.site = site
        self.archive = archive
    }

    /// The max-age for a file name.
    public func maxAge(forFileNamed name: String) -> Int {
        if name.contains("archive") { return archive }
        if name.hasPrefix("merged") { return merged }
        return site
    }
}

/// Answers `GET`/`HEAD /feeds/NAME`: the bytes (gzipped when accepted), validators, and 304s.
public struct FeedResponder: Sendable {
    /// The output folder.
    public let folder: FeedFolder
    /// The `Cache-Control` lifetimes.
    public let cache: CachePolicy

    /// Creates a responder.
    public init(folder: FeedFolder, cache: CachePolicy) {
        self.folder = folder
        self.cache = cache
    }

    /// The response for the file `name` given the request's headers.
    ///
    /// - Parameters:
    ///   - name: The file name (the last path segment).
    ///   - headers: The request headers (`If-None-Match`, `If-Modified-Since`, `Accept-Encoding`).
    ///   - head: Whether this is a `HEAD` (headers only, same `Content-Length`).
    /// - Returns: 200 with the bytes, 304 when the client's copy is current, 404 otherwise.
    public func response(name: String, headers: HTTPFields, head: Bool) -> Response {
        guard let version = folder.version(of: name) else {
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: .init(string: "not found\n")))
        }
        let gzip = version.gzipped != nil && Self.acceptsGzip(headers[values: .acceptEncoding])
        var fields: HTTPFields = [
            .contentType: version.contentType,
            .eTag: gzip ? version.gzipETag : version.etag,
            .lastModified: HTTPDate.format(version.lastModified),
            .cacheControl: "public, max-age=\(cache.maxAge(forFileNamed: name))",
            .vary: "Accept-Encoding",
        ]
        if Self.isNotModified(version, headers: headers) {
            fields[.contentType] = nil
            return Response(status: .notModified, headers: fields)
        }
        if gzip { fields[.contentEncoding] = "gzip" }
        let body = gzip ? version.gzipped! : version.bytes
        let response = Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: body))
        return head ? response.createHeadResponse() : response
    }

    /// Whether the client's copy is current: `If-None-Match` names this version (either
    /// encoding's tag, or `*`), or, without `If-None-Match`, `If-Modified-Since` is not older
    /// than the file.
    static func isNotModified(_ version: FeedFileVersion, headers: HTTPFields) -> Bool {
        let tags = headers[values: .ifNoneMatch].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if !tags.isEmpty {
            return tags.contains { tag in
                let bare = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
                return bare == "*" || bare == version.etag || bare == version.gzipETag
            }
        }
        if let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
            return version.lastModified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
        }
        return false
    }

    /// Whether `Accept-Encoding` allows gzip (present, and not with `q=0`).
    static func acceptsGzip(_ values: [String]) -> Bool {
        for value in values {
            for item in value.split(separator: ",") {
                let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard let coding = parts.first, coding == "gzip" || coding == "x-gzip" || coding == "*" else { continue }
                let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
                if q > 0 { return true }
            }
        }
        return false
    }
}
