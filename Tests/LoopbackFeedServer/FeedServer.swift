import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 and an ephemeral port that serves feeds from memory,
/// for tests and benchmarks of the whole refresh. Routes can change while it runs, so a test
/// can edit a feed between two refreshes. Responses are gzipped when the client accepts it.
public final class FeedServer: Sendable {
    /// What a path answers.
    public enum Route: Sendable {
        /// A feed with its validators; `304` when `If-None-Match` or `If-Modified-Since` matches.
        case feed([UInt8], etag: String? = nil, lastModified: String? = nil, contentType: String = "application/rss+xml; charset=utf-8",
                  headers: [(String, String)] = [])
        /// A redirect with `Location: location` (relative or absolute).
        case redirect(status: Int, location: String)
        /// A bare status with headers and a short body.
        case status(Int, headers: [(String, String)] = [], body: String = "")
        /// Holds the connection and never answers.
        case hang
    }

    /// The loopback address it listens on.
    public let host: String
    /// The port it listens on.
    public let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let state: NIOLockedValueBox<State>

    struct State {
        var routes: [String: Route] = [:]
        var requests: [String: Int] = [:]
    }

    private init(host: String, port: Int, group: MultiThreadedEventLoopGroup, channel: any Channel, state: NIOLockedValueBox<State>) {
        self.host = host
        self.port = port
        self.group = group
        self.channel = channel
        self.state = state
    }

    /// Starts a server on a loopback address and a free port.
    ///
    /// - Parameters:
    ///   - host: A 127.x.y.z address; several servers on several addresses look like several hosts.
    ///   - threads: Event loop threads (more for benchmarks).
    public static func start(host: String = "127.0.0.1", threads: Int = 1) async throws -> FeedServer {
        precondition(host.hasPrefix("127."), "the feed server listens on loopback only")
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let state = NIOLockedValueBox(State())
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                do {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(HTTPResponseCompressor())
                    try channel.pipeline.syncOperations.addHandler(FeedServerHandler(state: state))
                    return channel.eventLoop.makeSucceededVoidFuture()
                } catch {
                    return channel.eventLoop.makeFailedFuture(error)
                }
            }
        do {
            let channel = try await bootstrap.bind(host: host, port: 0).get()
            guard let port = channel.localAddress?.port else { throw ChannelError.unknownLocalAddress }
            return FeedServer(host: host, port: port, group: group, channel: channel, state: state)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// Sets what `path` answers.
    public func set(_ path: String, _ route: Route) {
        state.withLockedValue { $0.routes[path] = route }
    }

    /// The URL of `path` on this server.
    public func url(_ path: String) -> URL {
        URL(string: "http://\(host):\(port)\(path)")!
    }

    /// How many requests `path` has received.
    public func requests(to path: String) -> Int {
        state.withLockedValue { $0.requests[path, default: 0] }
    }

    /// All requests received.
    public var totalRequests: Int {
        state.withLockedValue { $0.requests.values.reduce(0, +) }
    }

    /// Closes the listening socket and every connection.
    public func stop() async throws {
        try? await channel.close()
        try await group.shutdownGracefully()
    }

    /// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) for `Last-Modified` values.
    public static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
