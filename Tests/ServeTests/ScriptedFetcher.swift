import ArnaCore
import ArnaTestSupport
import Fetcher
import Foundation

/// A fetcher that answers from a script per URL and records when (by the test's clock) each
/// URL was asked for.
actor ScriptedFetcher: HTTPFetching {
    enum Answer: Sendable {
        /// A fixture file under `Fixtures/`, with the response's `Cache-Control: max-age`.
        case fixture(String, maxAge: Duration? = nil)
        /// A 429 with `Retry-After`.
        case rateLimited(Duration)
        /// A network failure.
        case failure
    }

    private var answers: [URL: Answer] = [:]
    private(set) var requests: [(url: URL, at: Date)] = []
    private let now: @Sendable () -> Date

    init(now: @escaping @Sendable () -> Date) { self.now = now }

    func set(_ url: URL, _ answer: Answer) { answers[url] = answer }

    /// When `url` was fetched, in order.
    func times(of url: URL) -> [Date] { requests.filter { $0.url == url }.map(\.at) }

    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchOutcome {
        requests.append((request.url, now()))
        switch answers[request.url] {
        case .fixture(let path, let maxAge)?:
            guard let data = try? Fixture.data(path) else { throw FetchError(kind: .fileNotFound, url: request.url, message: path) }
            return .body(FetchedBody(bytes: [UInt8](data), finalURL: request.url, hints: FetchHints(maxAge: maxAge)))
        case .rateLimited(let after)?:
            return .rateLimited(retryAfter: after, status: 429)
        case .failure?, nil:
            throw FetchError(kind: .network, url: request.url, message: "connection refused (scripted)")
        }
    }
}
