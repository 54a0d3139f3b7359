import ArnaCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Prometheus
import Store

/// `arna serve`'s HTTP side: the output folder under `/feeds/`, the index at `/`, `/healthz`, `/metrics`.
public struct FeedServer: Sendable {
    /// The output folder.
    public let folder: FeedFolder
    /// Fetch states and article counts for the index page.
    public let store: any ArticleStore
    /// The outlets, as listed on the index page.
    public let sources: [Source]
    /// The index page's title.
    public let title: String
    /// `Cache-Control` lifetimes.
    public let cache: CachePolicy
    /// Where `/metrics` reads from; `nil` serves an empty page.
    public let registry: PrometheusCollectorRegistry?

    /// Creates a server description; nothing listens until the application runs.
    public init(folder: URL, store: any ArticleStore, sources: [Source], title: String, cache: CachePolicy = CachePolicy(),
                registry: PrometheusCollectorRegistry? = nil) {
        self.folder = FeedFolder(url: folder)
        self.store = store
        self.sources = sources
        self.title = title
        self.cache = cache
        self.registry = registry
    }

    /// The routes.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let responder = FeedResponder(folder: folder, cache: cache)
        router.get("/feeds/{name}") { request, context -> Response in
            responder.response(name: context.parameters.get("name") ?? "", headers: request.headers, head: false)
        }
        router.head("/feeds/{name}") { request, context -> Response in
            responder.response(name: context.parameters.get("name") ?? "", headers: request.headers, head: true)
        }
        router.get("/") { _, _ -> Response in try await self.index() }
        router.head("/") { _, _ -> Response in try await self.index().createHeadResponse() }
        router.get("/healthz") { _, _ -> Response in await self.health() }
        router.head("/healthz") { _, _ -> Response in await self.health().createHeadResponse() }
        router.get("/metrics") { _, _ -> Response in
            let bytes = self.registry?.emitToBuffer() ?? []
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        return router
    }

    /// The index page.
    func index() async throws -> Response {
        var states: [String: FetchState] = [:]
        for state in try await store.allFetchStates() { states[state.sourceID] = state }
        let page = IndexPage(title: title, sources: sources, states: states, counts: try await store.articleCounts(), feeds: folder.names())
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: page.render())))
    }

    /// `ok` when the store answers, 503 otherwise.
    func health() async -> Response {
        let ok = (try? await store.articleCounts()) != nil
        return Response(status: ok ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: ok ? "ok\n" : "store unavailable\n")))
    }

    /// The Hummingbird application, a `Service` for a `ServiceGroup`.
    ///
    /// - Parameters:
    ///   - host: The address to bind (`127.0.0.1`, `0.0.0.0`, `::`).
    ///   - port: The port; `0` picks a free one.
    ///   - logger: The server's logger.
    ///   - onListening: Called once with the host and the bound port.
    /// - Returns: The application.
    public func application(host: String, port: Int, logger: Logger,
                            onListening: @escaping @Sendable (String, Int) async -> Void) -> Application<RouterResponder<BasicRequestContext>> {
        Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "arna"),
            onServerRunning: { channel in await onListening(host, channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
