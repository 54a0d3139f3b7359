import Fetcher
import Foundation
import Testing

@Suite("Politeness: per-host and total concurrency")
struct ConcurrencyTests {
    @Test("ten simultaneous fetches to one host: the server never sees more than 2 at once, and does see 2")
    func perHost() async throws {
        try await withServer { server, fetcher in
            let url = server.url("/slow")
            let outcomes = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<10 {
                    group.addTask { try expectBody(try await fetcher.fetch(FetchRequest(url: url))).bytes.count }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(outcomes.count == 10)
            #expect(outcomes.allSatisfy { $0 == (try? fixtureFeed().count) })
            #expect(server.counter.maximum == 2)
        }
    }

    @Test("two loopback hosts, 2 per host, 3 in all: at most 3 in flight across both servers")
    func total() async throws {
        let counter = InFlightCounter(releaseAt: 3)
        let first = try await LoopbackServer.start(host: "127.0.0.1", counter: counter)
        let second = try await LoopbackServer.start(host: "127.0.0.2", counter: counter)
        let fetcher = HTTPFetcher(policy: FetchPolicy(perHostConcurrency: 2, totalConcurrency: 3))
        let urls = Array(repeating: first.url("/slow"), count: 6) + Array(repeating: second.url("/slow"), count: 6)
        let result = await Result { () async throws -> Int in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for url in urls {
                    group.addTask { _ = try expectBody(try await fetcher.fetch(FetchRequest(url: url))) }
                }
                try await group.waitForAll()
            }
            return counter.maximum
        }
        try await fetcher.shutdown()
        try await first.stop()
        try await second.stop()
        let maximum = try result.get()
        #expect(maximum == 3)
    }
}

extension Result where Failure == any Error {
    /// Catches what an async closure throws.
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
