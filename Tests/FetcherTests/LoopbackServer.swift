import ArnaTestSupport
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// Counts `/slow` requests in flight (possibly across several servers), remembers the most seen
/// at once, and holds each request until `releaseAt` are in flight together.
///
/// Holding makes the concurrency tests independent of timing: with a working limit of `n` and
/// `releaseAt: n`, every batch reaches exactly `n` before it is answered. Once `n` are there the
/// batch is still held for `grace`, so that with a broken limit the requests fired at the same
/// moment pile up and show as a maximum above `n`. A request that can't be joined by enough others
/// (the last of a run) is answered after `patience` anyway.
final class InFlightCounter: Sendable {
    private struct State {
        var current = 0
        var maximum = 0
        var nextID = 0
        var releasePending = false
        var waiting: [(id: Int, promise: EventLoopPromise<Void>)] = []
    }

    private let box = NIOLockedValueBox(State())
    private let releaseAt: Int
    private let grace: TimeAmount
    private let patience: TimeAmount

    init(releaseAt: Int = 2, grace: TimeAmount = .milliseconds(30), patience: TimeAmount = .milliseconds(500)) {
        self.releaseAt = releaseAt
        self.grace = grace
        self.patience = patience
    }

    /// The most requests that were in flight at once.
    var maximum: Int { box.withLockedValue { $0.maximum } }

    /// Counts a request in; the future completes when it may be answered.
    func enter(on eventLoop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        let (id, scheduleRelease) = box.withLockedValue { state -> (Int, Bool) in
            state.current += 1
            state.maximum = max(state.maximum, state.current)
            let id = state.nextID
            state.nextID += 1
            state.waiting.append((id, promise))
            guard state.current >= releaseAt, !state.releasePending else { return (id, false) }
            state.releasePending = true
            return (id, true)
        }
        if scheduleRelease {
            eventLoop.scheduleTask(in: grace) { self.releaseAll() }
        }
        eventLoop.scheduleTask(in: patience) { self.release(id) }
        return promise.futureResult
    }

    /// Counts an answered request out.
    func leave() {
        box.withLockedValue { $0.current -= 1 }
    }

    private func releaseAll() {
        let promises = box.withLockedValue { state -> [EventLoopPromise<Void>] in
            state.releasePending = false
            defer { state.waiting = [] }
            return state.waiting.map(\.promise)
        }
        promises.forEach { $0.succeed() }
    }

    private func release(_ id: Int) {
        let promise = box.withLockedValue { state -> EventLoopPromise<Void>? in
            guard let index = state.waiting.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiting.remove(at: index).promise
        }
        promise?.succeed()
    }
}

/// One request as the server received it.
struct RecordedRequest: Sendable {
    /// The path with its query.
    var uri: String
    /// Header names lowercased; repeated headers joined with ", ".
    var headers: [String: String]
}

/// A real HTTP/1.1 server on a loopback address and an ephemeral port, serving
/// `Fixtures/fetch/` and scripted behaviours by path. Loopback only, by construction.
///
/// Paths:
/// - `/feed.xml`: the fixture with `ETag: "v1"`, `Last-Modified`, `Cache-Control: max-age=300`, `Expires`;
///   304 when `If-None-Match` or `If-Modified-Since` matches.
/// - `/charset.xml`: `feed-1251.xml` as `text/xml; charset=windows-1251`.
/// - `/gzip.xml`, `/deflate.xml`: the fixture compressed (gzip only when asked for), `/bomb.xml`: 32 MiB of zeros gzipped.
/// - `/big.xml` (chunked) and `/big-declared.xml` (`Content-Length`): 1 MiB.
/// - `/r/<status>/<rest>`: redirect with `Location: /<rest>`; `/abs/<status>/<rest>`: the same with an absolute URL;
///   `/dir/sub/moved`: 301 to `../../feed.xml`; `/to-ftp`: 302 to an ftp URL.
/// - `/ratelimited`: 429 `Retry-After: 120`; `/unavailable`: 503 with an HTTP-date two minutes ahead;
///   `/unavailable-plain`: 503; `/gone`: 410; anything else: 404.
/// - `/hang`: never answers; `/trickle`: sends the head and 100 body bytes, then nothing.
/// - `/slow`: the fixture, answered when the ``InFlightCounter`` lets it go.
final class LoopbackServer: Sendable {
    /// The fixture feed's validators.
    static let etag = "\"v1\""
    static let lastModified = "Mon, 03 Mar 2025 10:00:00 GMT"
    static let expires = "Wed, 21 Oct 2099 07:28:00 GMT"

    let host: String
    let port: Int
    let counter: InFlightCounter
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let log: NIOLockedValueBox<[RecordedRequest]>

    private init(
        host: String, port: Int, counter: InFlightCounter, group: MultiThreadedEventLoopGroup, channel: any Channel,
        log: NIOLockedValueBox<[RecordedRequest]>
    ) {
        self.host = host
        self.port = port
        self.counter = counter
        self.group = group
        self.channel = channel
        self.log = log
    }

    /// Starts a server on `host` (a 127.x.y.z address) and an ephemeral port.
    static func start(host: String = "127.0.0.1", counter: InFlightCounter = InFlightCounter()) async throws -> LoopbackServer {
        precondition(host.hasPrefix("127."), "the test server listens on loopback only")
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let log = NIOLockedValueBox<[RecordedRequest]>([])
        let files = try ServedFiles()
        let hostBox = NIOLockedValueBox("")
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                do {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    let authority = hostBox.withLockedValue { $0 }
                    try channel.pipeline.syncOperations.addHandler(
                        LoopbackHandler(authority: authority, files: files, log: log, counter: counter))
                    return channel.eventLoop.makeSucceededVoidFuture()
                } catch {
                    return channel.eventLoop.makeFailedFuture(error)
                }
            }
        do {
            let channel = try await bootstrap.bind(host: host, port: 0).get()
            guard let port = channel.localAddress?.port else { throw ChannelError.unknownLocalAddress }
            hostBox.withLockedValue { $0 = "\(host):\(port)" }
            return LoopbackServer(host: host, port: port, counter: counter, group: group, channel: channel, log: log)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// The URL of `path` on this server.
    func url(_ path: String) -> URL {
        URL(string: "http://\(host):\(port)\(path)")!
    }

    /// Every request received so far.
    var requests: [RecordedRequest] { log.withLockedValue { $0 } }

    /// Closes the listening socket and every connection (held ones included).
    func stop() async throws {
        try? await channel.close()
        try await group.shutdownGracefully()
    }
}

/// The fixture bytes, read once per server.
struct ServedFiles: Sendable {
    let feed: [UInt8]
    let feedGzip: [UInt8]
    let feedDeflate: [UInt8]
    let feed1251: [UInt8]
    let bomb: [UInt8]

    init() throws {
        feed = [UInt8](try Fixture.data("fetch/feed.xml"))
        feedGzip = [UInt8](try Fixture.data("fetch/feed.xml.gz"))
        feedDeflate = [UInt8](try Fixture.data("fetch/feed.xml.zz"))
        feed1251 = [UInt8](try Fixture.data("fetch/feed-1251.xml"))
        bomb = [UInt8](try Fixture.data("fetch/bomb.gz"))
    }
}
