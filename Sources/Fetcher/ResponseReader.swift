import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Turns one `HTTPClientResponse` into a ``Step``, reading the body under the size limit.
enum ResponseReader {
    /// The redirect statuses followed by hand.
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// Interprets the status and headers, reading the body only for a 2xx.
    static func step(for response: HTTPClientResponse, url: URL, limit: Int) async throws -> Step {
        let status = Int(response.status.code)
        let headers = response.headers
        let retryAfter = HeaderValues.retryAfter(headers.first(name: "Retry-After"), now: Date())
        let hints = FetchHints(
            maxAge: HeaderValues.maxAge(cacheControl: headers.first(name: "Cache-Control")),
            retryAfter: retryAfter,
            expires: headers.first(name: "Expires").flatMap(HeaderValues.httpDate)
        )
        switch status {
        case 200..<300:
            let bytes = try await readBody(response.body, headers: headers, url: url, limit: limit)
            let type = HeaderValues.contentType(headers.first(name: "Content-Type"))
            return .outcome(
                .body(
                    FetchedBody(
                        bytes: bytes, charset: type.charset, contentType: type.mediaType, finalURL: url,
                        etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"), hints: hints)))
        case 304:
            await drain(response.body)
            return .outcome(.notModified(hints))
        case _ where redirectStatuses.contains(status):
            await drain(response.body)
            guard let location = headers.first(name: "Location"), !location.isEmpty else {
                throw FetchError(kind: .badRedirect, url: url, message: "\(status) without Location")
            }
            return .redirect(status: status, location: location)
        case 410:
            await drain(response.body)
            return .outcome(.gone(reason: "HTTP 410 \(response.status.reasonPhrase): the server says this feed is gone for good"))
        case 429:
            await drain(response.body)
            return .outcome(.rateLimited(retryAfter: retryAfter, status: status))
        case 503 where retryAfter != nil:
            await drain(response.body)
            return .outcome(.rateLimited(retryAfter: retryAfter, status: status))
        default:
            await drain(response.body)
            throw FetchError(kind: .httpStatus(status), url: url, message: "HTTP \(status) \(response.status.reasonPhrase)")
        }
    }

    /// Reads the whole body, failing as soon as it passes `limit` bytes.
    static func readBody(_ body: HTTPClientResponse.Body, headers: HTTPHeaders, url: URL, limit: Int) async throws -> [UInt8] {
        let declared = headers.first(name: "Content-Length").flatMap { Int($0) }
        if let declared, declared > limit {
            throw FetchError(kind: .tooLarge, url: url, message: "Content-Length \(declared) is over the limit of \(limit) bytes")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(declared ?? 64 * 1024, limit))
        for try await chunk in body {
            guard bytes.count + chunk.readableBytes <= limit else {
                throw FetchError(kind: .tooLarge, url: url, message: "body is over the limit of \(limit) bytes")
            }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }

    /// Reads and drops a small body (a redirect's or an error page's) so the connection can be reused;
    /// a larger one is abandoned, which closes the connection.
    static func drain(_ body: HTTPClientResponse.Body, upTo limit: Int = 64 * 1024) async {
        var seen = 0
        do {
            for try await chunk in body {
                seen += chunk.readableBytes
                if seen > limit { return }
            }
        } catch {}
    }
}
