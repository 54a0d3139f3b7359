import ArnaCore
import Fetcher
import Foundation

/// A fetcher that answers from a script, per URL, and records what it was asked.
actor FakeFetcher: HTTPFetching {
    enum Answer: Sendable {
        case file(String, etag: String?)
        case notModified
        case gone
        case rateLimited(Duration)
        case failure(String)
    }

    private var answers: [URL: Answer] = [:]
    private(set) var requests: [FetchRequest] = []

    func set(_ url: URL, _ answer: Answer) { answers[url] = answer }

    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchOutcome {
        requests.append(request)
        switch answers[request.url] {
        case .file(let path, let etag)?:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw FetchError(kind: .fileNotFound, url: request.url, message: "no fixture \(path)")
            }
            if let etag, request.etag == etag { return .notModified(FetchHints()) }
            return .body(FetchedBody(bytes: [UInt8](data), charset: nil, contentType: "application/rss+xml", finalURL: request.url,
                                     permanentRedirect: nil, etag: etag, lastModified: nil, hints: FetchHints()))
        case .notModified?: return .notModified(FetchHints())
        case .gone?: return .gone(reason: "HTTP 410 Gone")
        case .rateLimited(let after)?: return .rateLimited(retryAfter: after, status: 429)
        case .failure(let message)?: throw FetchError(kind: .network, url: request.url, message: message)
        case nil: throw FetchError(kind: .network, url: request.url, message: "nothing scripted")
        }
    }
}
