import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// The per-connection handler of ``LoopbackServer``: answers each request by its path.
final class LoopbackHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let authority: String
    private let files: ServedFiles
    private let log: NIOLockedValueBox<[RecordedRequest]>
    private let counter: InFlightCounter
    private var head: HTTPRequestHead?

    init(authority: String, files: ServedFiles, log: NIOLockedValueBox<[RecordedRequest]>, counter: InFlightCounter) {
        self.authority = authority
        self.files = files
        self.log = log
        self.counter = counter
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
        case .body:
            break
        case .end:
            guard let head else { return }
            self.head = nil
            var headers: [String: String] = [:]
            for (name, value) in head.headers {
                let key = name.lowercased()
                headers[key] = headers[key].map { $0 + ", " + value } ?? value
            }
            log.withLockedValue { $0.append(RecordedRequest(uri: head.uri, headers: headers)) }
            respond(to: head, headers: headers, context: context)
        }
    }

    private func respond(to head: HTTPRequestHead, headers: [String: String], context: ChannelHandlerContext) {
        let path = String(head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        let rss = "application/rss+xml; charset=utf-8"
        switch path {
        case "/feed.xml":
            let validators = [
                ("ETag", LoopbackServer.etag), ("Last-Modified", LoopbackServer.lastModified),
                ("Cache-Control", "public, max-age=300"), ("Expires", LoopbackServer.expires),
            ]
            if headers["if-none-match"] == LoopbackServer.etag || headers["if-modified-since"] == LoopbackServer.lastModified {
                send(context, .notModified, validators, nil)
            } else {
                send(context, .ok, [("Content-Type", rss)] + validators, files.feed)
            }
        case "/charset.xml":
            send(context, .ok, [("Content-Type", "text/xml; charset=windows-1251")], files.feed1251)
        case "/gzip.xml":
            if headers["accept-encoding"]?.contains("gzip") == true {
                send(context, .ok, [("Content-Type", rss), ("Content-Encoding", "gzip")], files.feedGzip)
            } else {
                send(context, .ok, [("Content-Type", rss)], files.feed)
            }
        case "/deflate.xml":
            send(context, .ok, [("Content-Type", rss), ("Content-Encoding", "deflate")], files.feedDeflate)
        case "/bomb.xml":
            send(context, .ok, [("Content-Type", rss), ("Content-Encoding", "gzip")], files.bomb)
        case "/big.xml":
            sendBig(context, declareLength: false)
        case "/big-declared.xml":
            sendBig(context, declareLength: true)
        case "/dir/sub/moved":
            send(context, .movedPermanently, [("Location", "../../feed.xml")], nil)
        case "/to-ftp":
            send(context, .found, [("Location", "ftp://127.0.0.1/feed.xml")], nil)
        case "/ratelimited":
            send(context, .tooManyRequests, [("Retry-After", "120")], Array("slow down".utf8))
        case "/unavailable":
            send(context, .serviceUnavailable, [("Retry-After", Self.httpDate(Date().addingTimeInterval(120)))], nil)
        case "/unavailable-plain":
            send(context, .serviceUnavailable, [], Array("down".utf8))
        case "/gone":
            send(context, .gone, [], Array("this feed was retired".utf8))
        case "/hang":
            break  // hold the connection and never answer
        case "/trickle":
            let stalled = HTTPResponseHead(version: .http1_1, status: .ok, headers: ["Content-Length": "5000"])
            context.write(wrapOutboundOut(.head(stalled)), promise: nil)
            let start = ByteBuffer(repeating: UInt8(ascii: "x"), count: 100)
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(start))), promise: nil)
        case "/slow":
            counter.enter(on: context.eventLoop).assumeIsolated().whenSuccess {
                self.counter.leave()
                self.send(context, .ok, [("Content-Type", rss)], self.files.feed)
            }
        default:
            if let redirect = Self.redirect(path: path, authority: authority) {
                send(context, HTTPResponseStatus(statusCode: redirect.status), [("Location", redirect.location)], nil)
            } else {
                send(context, .notFound, [], Array("not found".utf8))
            }
        }
    }

    /// `/r/<status>/<rest>` → `/<rest>`; `/abs/<status>/<rest>` → `http://<authority>/<rest>`.
    static func redirect(path: String, authority: String) -> (status: Int, location: String)? {
        guard path.hasPrefix("/") else { return nil }
        let segments = path.dropFirst().split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard segments.count == 3, let status = Int(segments[1]) else { return nil }
        switch segments[0] {
        case "r": return (status, "/" + segments[2])
        case "abs": return (status, "http://\(authority)/" + segments[2])
        default: return nil
        }
    }

    private func send(_ context: ChannelHandlerContext, _ status: HTTPResponseStatus, _ headers: [(String, String)], _ body: [UInt8]?) {
        var fields = HTTPHeaders(headers)
        fields.replaceOrAdd(name: "Content-Length", value: String(body?.count ?? 0))
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: fields))), promise: nil)
        if let body, !body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    /// 1 MiB of XML-ish bytes in 16 KiB pieces, chunked unless `declareLength`.
    private func sendBig(_ context: ChannelHandlerContext, declareLength: Bool) {
        let size = 1024 * 1024
        var fields: HTTPHeaders = ["Content-Type": "application/xml"]
        if declareLength { fields.add(name: "Content-Length", value: String(size)) }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: fields))), promise: nil)
        let piece = ByteBuffer(repeating: UInt8(ascii: "a"), count: 16 * 1024)
        for _ in 0..<(size / piece.readableBytes) {
            context.write(wrapOutboundOut(.body(.byteBuffer(piece))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    /// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
