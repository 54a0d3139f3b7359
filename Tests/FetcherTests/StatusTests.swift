import Fetcher
import Foundation
import Testing

@Suite("HTTP statuses: 410, 429, 503, other errors, time-outs")
struct StatusTests {
    @Test("429 with Retry-After: 120 is .rateLimited(120 s)")
    func tooManyRequests() async throws {
        try await withServer { server, fetcher in
            let outcome = try await fetcher.fetch(FetchRequest(url: server.url("/ratelimited")))
            guard case .rateLimited(let retryAfter, let status) = outcome else {
                Issue.record("expected .rateLimited, got \(outcome)")
                return
            }
            #expect(status == 429)
            #expect(retryAfter == .seconds(120))
        }
    }

    @Test("503 with an HTTP-date Retry-After two minutes ahead is .rateLimited(about 120 s)")
    func unavailableWithDate() async throws {
        try await withServer { server, fetcher in
            let outcome = try await fetcher.fetch(FetchRequest(url: server.url("/unavailable")))
            guard case .rateLimited(let retryAfter, let status) = outcome else {
                Issue.record("expected .rateLimited, got \(outcome)")
                return
            }
            #expect(status == 503)
            let delay = try #require(retryAfter)
            // The date has one-second resolution and was written a moment before it was read.
            #expect(delay > .seconds(60) && delay <= .seconds(121))
        }
    }

    @Test("503 without Retry-After is an HTTP error")
    func unavailablePlain() async throws {
        try await withServer { server, fetcher in
            #expect(await fetchError(fetcher, server.url("/unavailable-plain"))?.kind == .httpStatus(503))
        }
    }

    @Test("410 is .gone with a reason to keep")
    func gone() async throws {
        try await withServer { server, fetcher in
            let outcome = try await fetcher.fetch(FetchRequest(url: server.url("/gone")))
            guard case .gone(let reason) = outcome else {
                Issue.record("expected .gone, got \(outcome)")
                return
            }
            #expect(reason.contains("410"))
        }
    }

    @Test("404 is FetchError.httpStatus(404), described with status and URL")
    func notFound() async throws {
        try await withServer { server, fetcher in
            let error = try #require(await fetchError(fetcher, server.url("/nothing-here")))
            #expect(error.kind == .httpStatus(404))
            #expect(error.description.contains("404"))
            #expect(error.description.contains(server.url("/nothing-here").absoluteString))
        }
    }

    @Test("a server that accepts and never answers times out within the total time-out")
    func hangingServer() async throws {
        try await withServer(policy: FetchPolicy(totalTimeout: .seconds(1))) { server, fetcher in
            let clock = ContinuousClock()
            let start = clock.now
            let error = await fetchError(fetcher, server.url("/hang"))
            #expect(error?.kind == .timeout)
            #expect(clock.now - start < .seconds(5))
        }
    }

    @Test("a body that stalls half-way times out too (the limit covers the body, not just the head)")
    func stallingBody() async throws {
        try await withServer(policy: FetchPolicy(totalTimeout: .seconds(1))) { server, fetcher in
            let error = await fetchError(fetcher, server.url("/trickle"))
            #expect(error?.kind == .timeout)
        }
    }

    @Test("a refused connection is a network error, once the connect time-out has passed")
    func refused() async throws {
        let server = try await LoopbackServer.start()
        let url = server.url("/feed.xml")
        try await server.stop()
        // AsyncHTTPClient retries refused connections until the connect time-out.
        let fetcher = HTTPFetcher(policy: FetchPolicy(connectTimeout: .seconds(1)))
        let clock = ContinuousClock()
        let start = clock.now
        let error = await fetchError(fetcher, url)
        try await fetcher.shutdown()
        // The pool reports the refusal it saw; if no attempt had finished by the deadline, a time-out.
        #expect(error?.kind == .network || error?.kind == .timeout, "\(String(describing: error))")
        #expect(clock.now - start < .seconds(5))
    }

    @Test("an unsupported scheme is .invalidURL")
    func badScheme() async throws {
        let fetcher = HTTPFetcher()
        let error = await fetchError(fetcher, URL(string: "gopher://127.0.0.1/feed")!)
        try await fetcher.shutdown()
        #expect(error?.kind == .invalidURL)
    }
}
