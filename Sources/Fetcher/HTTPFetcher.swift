import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// The real fetcher: one `HTTPClient`, the policy's limits, and manual redirects.
///
/// Use one per process (or per run) and call ``shutdown()`` when done: the client owns
/// connections that must be closed before the process exits.
///
/// What it does for every request: sends `User-Agent` (``FetchPolicy/userAgent``),
/// `Accept-Encoding: gzip, deflate` and the conditional headers; follows at most
/// ``FetchPolicy/maxRedirects`` redirects itself (only to http/https), noting whether the chain
/// was permanent; bounds the whole fetch by ``FetchPolicy/totalTimeout`` and the body by
/// ``FetchPolicy/maxBodyBytes`` (after decompression, while streaming); and keeps to
/// ``FetchPolicy/perHostConcurrency`` and ``FetchPolicy/totalConcurrency``.
/// `file:` URLs and scheme-less paths are read from disk under the same size limit.
public final class HTTPFetcher: HTTPFetching, Sendable {
    /// The limits this fetcher keeps to.
    public let policy: FetchPolicy
    private let client: HTTPClient
    private let permits: HostPermits

    /// Creates a fetcher with its own HTTP client.
    ///
    /// - Parameters:
    ///   - policy: Time-outs, limits, concurrency and `User-Agent`.
    ///   - eventLoopGroup: The NIO event loops to run on; `nil` uses the process-wide singleton.
    public init(policy: FetchPolicy = FetchPolicy(), eventLoopGroup: (any EventLoopGroup)? = nil) {
        self.policy = policy
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: TimeAmount(policy.connectTimeout), read: TimeAmount(policy.totalTimeout)),
            decompression: .enabled(limit: .size(policy.maxBodyBytes))
        )
        // The pool may open more connections than the policy allows in flight: the host permits are
        // the one limit (and the one the tests prove), so the pool must never be the tighter one.
        configuration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: max(8, policy.perHostConcurrency))
        self.client = HTTPClient(eventLoopGroup: eventLoopGroup ?? HTTPClient.defaultEventLoopGroup, configuration: configuration)
        self.permits = HostPermits(perHost: policy.perHostConcurrency, total: policy.totalConcurrency)
    }

    /// Closes every connection; call once, after the last fetch has returned.
    ///
    /// - Throws: The client's error if it was already shut down.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Creates a fetcher, runs `body` with it, and shuts it down whatever `body` did.
    ///
    /// - Parameters:
    ///   - policy: The fetcher's policy.
    ///   - body: The work to do with the fetcher.
    /// - Returns: What `body` returned.
    /// - Throws: What `body` threw, or the shutdown error.
    public static func withFetcher<Result: Sendable>(
        policy: FetchPolicy = FetchPolicy(), _ body: (HTTPFetcher) async throws -> Result
    ) async throws -> Result {
        let fetcher = HTTPFetcher(policy: policy)
        let result: Swift.Result<Result, any Error>
        do { result = .success(try await body(fetcher)) } catch { result = .failure(error) }
        try await fetcher.shutdown()
        return try result.get()
    }

    /// Fetches one URL: see ``HTTPFetching/fetch(_:)``.
    ///
    /// - Parameter request: The URL and the validators from the last 200.
    /// - Returns: The body, 304, 410 or a rate limit.
    /// - Throws: ``FetchError`` for time-outs, limits, bad redirects, other statuses and network errors.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchOutcome {
        switch request.url.scheme?.lowercased() {
        case nil, "file":
            return try LocalFile.read(request.url, limit: policy.maxBodyBytes)
        case "http", "https":
            return try await fetchHTTP(request)
        case let scheme?:
            throw FetchError(kind: .invalidURL, url: request.url, message: "unsupported scheme \(scheme)")
        }
    }

    private func fetchHTTP(_ request: FetchRequest) async throws(FetchError) -> FetchOutcome {
        var current = request.url
        var permanent: URL?
        var chainIsPermanent = true
        var redirects = 0
        var deadline: ContinuousClock.Instant?
        while true {
            guard let host = current.host?.lowercased(), !host.isEmpty else {
                throw FetchError(kind: .invalidURL, url: current, message: "no host")
            }
            do {
                try await permits.acquire(host: host)
            } catch {
                throw FetchError(kind: .cancelled, url: current, message: "cancelled while waiting for a connection slot")
            }
            // The clock starts with the first request sent, not while queued behind other fetches.
            let until = deadline ?? ContinuousClock.now.advanced(by: policy.totalTimeout)
            deadline = until
            let step = await exchange(url: current, request: request, deadline: until)
            await permits.release(host: host)
            switch try step.get() {
            case .outcome(.body(var body)):
                body.finalURL = current
                body.permanentRedirect = permanent
                return .body(body)
            case .outcome(let outcome):
                return outcome
            case .redirect(let status, let location):
                redirects += 1
                guard redirects <= policy.maxRedirects else {
                    throw FetchError(
                        kind: .tooManyRedirects, url: current,
                        message: "more than \(policy.maxRedirects) redirects (\(status) to \(location))")
                }
                guard let target = URL(string: location, relativeTo: current)?.absoluteURL,
                    let scheme = target.scheme?.lowercased(), scheme == "http" || scheme == "https",
                    target.host?.isEmpty == false
                else {
                    throw FetchError(kind: .badRedirect, url: current, message: "\(status) to unusable Location \(location)")
                }
                if chainIsPermanent, status == 301 || status == 308 {
                    permanent = target
                } else {
                    chainIsPermanent = false
                }
                current = target
            }
        }
    }

    /// One request and its response, bounded by `deadline`.
    private func exchange(url: URL, request: FetchRequest, deadline: ContinuousClock.Instant) async -> Result<Step, FetchError> {
        var outgoing = HTTPClientRequest(url: url.absoluteString)
        outgoing.method = .GET
        outgoing.headers.add(name: "User-Agent", value: policy.userAgent)
        outgoing.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        outgoing.headers.add(
            name: "Accept",
            value: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
                + "text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
        if let etag = request.etag { outgoing.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = request.lastModified { outgoing.headers.add(name: "If-Modified-Since", value: lastModified) }
        let prepared = outgoing
        let client = self.client
        let limit = policy.maxBodyBytes
        let totalTimeout = policy.totalTimeout
        let timeoutError = FetchError(kind: .timeout, url: url, message: "no complete response within \(totalTimeout)")
        do {
            let step = try await Deadline.run(until: deadline, timeoutError: timeoutError) {
                let remaining = ContinuousClock.now.duration(to: deadline)
                let response = try await client.execute(prepared, deadline: .now() + TimeAmount(remaining))
                return try await ResponseReader.step(for: response, url: url, limit: limit)
            }
            return .success(step)
        } catch {
            return .failure(FetchErrorMapping.map(error, url: url))
        }
    }
}

/// What one response tells the redirect loop.
enum Step: Sendable {
    /// A final answer.
    case outcome(FetchOutcome)
    /// A 301/302/303/307/308 with its raw `Location`.
    case redirect(status: Int, location: String)
}
