import ArnaTestSupport
import Fetcher
import Foundation
import Testing

/// Starts a loopback server and a fetcher, runs `body`, and always shuts both down.
func withServer(
    policy: FetchPolicy = FetchPolicy(), _ body: (LoopbackServer, HTTPFetcher) async throws -> Void
) async throws {
    let server = try await LoopbackServer.start()
    let fetcher = HTTPFetcher(policy: policy)
    let result: Result<Void, any Error>
    do { result = .success(try await body(server, fetcher)) } catch { result = .failure(error) }
    try await fetcher.shutdown()
    try await server.stop()
    try result.get()
}

/// The body of a `.body` outcome, or a recorded failure.
func expectBody(_ outcome: FetchOutcome, sourceLocation: SourceLocation = #_sourceLocation) throws -> FetchedBody {
    guard case .body(let body) = outcome else {
        Issue.record("expected a body, got \(outcome)", sourceLocation: sourceLocation)
        throw CancellationError()
    }
    return body
}

/// The `FetchError` a fetch threw, or `nil` (recorded as a failure) when it did not throw.
func fetchError(_ fetcher: HTTPFetcher, _ url: URL, sourceLocation: SourceLocation = #_sourceLocation) async -> FetchError? {
    do {
        let outcome = try await fetcher.fetch(FetchRequest(url: url))
        Issue.record("expected an error, got \(outcome)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// The fixture feed's bytes.
func fixtureFeed() throws -> [UInt8] {
    [UInt8](try Fixture.data("fetch/feed.xml"))
}
