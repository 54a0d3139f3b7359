import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// Answers each request of a ``FeedServer`` connection from the server's routes.
final class FeedServerHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let state: NIOLockedValueBox<FeedServer.State>
    private var head: HTTPRequestHead?

    init(state: NIOLockedValueBox<FeedServer.State>) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            self.head = nil
            respond(to: head, context: context)
        }
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = String(head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        let route = state.withLockedValue { state -> FeedServer.Route? in
            state.requests[path, default: 0] += 1
            return state.routes[path]
        }
        switch route {
        case .feed(let bytes, let etag, let lastModified, let contentType, let extra)?:
            var validators: [(String, String)] = []
            if let etag { validators.append(("ETag", etag)) }
            if let lastModified { validators.append(("Last-Modified", lastModified)) }
            let matches = (etag != nil && head.headers["If-None-Match"].first == etag)
                || (etag == nil && lastModified != nil && head.headers["If-Modified-Since"].first == lastModified)
            if matches {
                send(context, head, .notModified, validators + extra, [])
            } else {
                send(context, head, .ok, [("Content-Type", contentType)] + validators + extra, bytes)
            }
        case .redirect(let status, let location)?:
            send(context, head, HTTPResponseStatus(statusCode: status), [("Location", location)], [])
        case .status(let status, let headers, let body)?:
            send(context, head, HTTPResponseStatus(statusCode: status), headers, Array(body.utf8))
        case .hang?:
            break
        case nil:
            send(context, head, .notFound, [], Array("not found".utf8))
        }
    }

    private func send(_ context: ChannelHandlerContext, _ request: HTTPRequestHead, _ status: HTTPResponseStatus, _ headers: [(String, String)], _ body: [UInt8]) {
        var fields = HTTPHeaders(headers)
        fields.replaceOrAdd(name: "Content-Length", value: String(body.count))
        if !request.isKeepAlive { fields.replaceOrAdd(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: fields))), promise: nil)
        if !body.isEmpty, request.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
        }
        let keepAlive = request.isKeepAlive
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            if !keepAlive { context.close(promise: nil) }
        }
    }
}
