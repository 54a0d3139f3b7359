import ArnaTestSupport
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 and an ephemeral port, serving feed files the test
/// chooses (`/NAME` → bytes) and can change mid-test; counts requests per path.
final class FixtureFeedServer: Sendable {
    let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let files: NIOLockedValueBox<[String: [UInt8]]>
    private let hits: NIOLockedValueBox<[String: Int]>

    private init(port: Int, group: MultiThreadedEventLoopGroup, channel: any Channel,
                 files: NIOLockedValueBox<[String: [UInt8]]>, hits: NIOLockedValueBox<[String: Int]>) {
        self.port = port
        self.group = group
        self.channel = channel
        self.files = files
        self.hits = hits
    }

    /// Starts serving `files` (path → fixture path under `Fixtures/`).
    static func start(serving fixtures: [String: String]) async throws -> FixtureFeedServer {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        var initial: [String: [UInt8]] = [:]
        for (path, fixture) in fixtures { initial[path] = [UInt8](try Fixture.data(fixture)) }
        let files = NIOLockedValueBox(initial)
        let hits = NIOLockedValueBox<[String: Int]>([:])
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                do {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(FixtureHandler(files: files, hits: hits))
                    return channel.eventLoop.makeSucceededVoidFuture()
                } catch {
                    return channel.eventLoop.makeFailedFuture(error)
                }
            }
        let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        guard let port = channel.localAddress?.port else { throw ChannelError.unknownLocalAddress }
        return FixtureFeedServer(port: port, group: group, channel: channel, files: files, hits: hits)
    }

    /// `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    /// Serves another fixture at `path` from now on.
    func replace(_ path: String, with fixture: String) throws {
        let bytes = [UInt8](try Fixture.data(fixture))
        files.withLockedValue { $0[path] = bytes }
    }

    /// How many requests `path` received.
    func hits(_ path: String) -> Int { hits.withLockedValue { $0[path] ?? 0 } }

    /// Closes the socket and the event loop.
    func stop() async throws {
        try? await channel.close()
        try await group.shutdownGracefully()
    }
}

private final class FixtureHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let files: NIOLockedValueBox<[String: [UInt8]]>
    let hits: NIOLockedValueBox<[String: Int]>
    private var path = ""

    init(files: NIOLockedValueBox<[String: [UInt8]]>, hits: NIOLockedValueBox<[String: Int]>) {
        self.files = files
        self.hits = hits
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            path = head.uri
            hits.withLockedValue { $0[head.uri, default: 0] += 1 }
        case .body:
            break
        case .end:
            let bytes = files.withLockedValue { $0[path] }
            var headers = HTTPHeaders()
            let status: HTTPResponseStatus = bytes == nil ? .notFound : .ok
            let body = bytes ?? Array("not found".utf8)
            headers.add(name: "Content-Type", value: bytes == nil ? "text/plain" : "application/xml")
            headers.add(name: "Content-Length", value: "\(body.count)")
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
