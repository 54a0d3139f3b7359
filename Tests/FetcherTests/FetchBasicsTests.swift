import ArnaCore
import ArnaTestSupport
import Fetcher
import Foundation
import Testing

@Suite("HTTP fetching: bodies, validators, headers, compression")
struct FetchBasicsTests {
    @Test("a 200 hands back the bytes, validators, type, charset and cache hints")
    func plainFetch() async throws {
        try await withServer { server, fetcher in
            let url = server.url("/feed.xml")
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: url)))
            #expect(body.bytes == (try fixtureFeed()))
            #expect(body.etag == LoopbackServer.etag)
            #expect(body.lastModified == LoopbackServer.lastModified)
            #expect(body.contentType == "application/rss+xml")
            #expect(body.charset == "utf-8")
            #expect(body.finalURL == url)
            #expect(body.permanentRedirect == nil)
            #expect(body.hints.maxAge == .seconds(300))
            #expect(body.hints.expires == Date(timeIntervalSince1970: 4_096_250_880))  // 2099-10-21 07:28:00 UTC
        }
    }

    @Test("every request names arna and its version, asks for gzip/deflate, and sends no validators it does not have")
    func requestHeaders() async throws {
        try await withServer { server, fetcher in
            _ = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml")))
            let seen = try #require(server.requests.first)
            #expect(seen.headers["user-agent"] == "arna/\(ArnaVersion.current) (+\(ArnaVersion.homepage))")
            #expect(seen.headers["accept-encoding"] == "gzip, deflate")
            #expect(seen.headers["if-none-match"] == nil)
            #expect(seen.headers["if-modified-since"] == nil)
        }
    }

    @Test("a matching ETag gets a 304: .notModified, no bytes")
    func notModifiedByETag() async throws {
        try await withServer { server, fetcher in
            let outcome = try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml"), etag: LoopbackServer.etag))
            guard case .notModified(let hints) = outcome else {
                Issue.record("expected .notModified, got \(outcome)")
                return
            }
            #expect(hints.maxAge == .seconds(300))
            #expect(server.requests.first?.headers["if-none-match"] == LoopbackServer.etag)
        }
    }

    @Test("a matching Last-Modified gets a 304 too")
    func notModifiedByDate() async throws {
        try await withServer { server, fetcher in
            let request = FetchRequest(url: server.url("/feed.xml"), lastModified: LoopbackServer.lastModified)
            let outcome = try await fetcher.fetch(request)
            guard case .notModified = outcome else {
                Issue.record("expected .notModified, got \(outcome)")
                return
            }
            #expect(server.requests.first?.headers["if-modified-since"] == LoopbackServer.lastModified)
        }
    }

    @Test("a stale ETag gets the full body and the new validators")
    func staleETag() async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/feed.xml"), etag: "\"v0\"")))
            #expect(body.bytes == (try fixtureFeed()))
            #expect(body.etag == LoopbackServer.etag)
        }
    }

    @Test("the charset of Content-Type is handed back as sent")
    func charset() async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/charset.xml"))))
            #expect(body.charset == "windows-1251")
            #expect(body.contentType == "text/xml")
            #expect(body.bytes == [UInt8](try Fixture.data("fetch/feed-1251.xml")))
        }
    }

    @Test("gzip and deflate bodies come back decompressed", arguments: ["/gzip.xml", "/deflate.xml"])
    func compressed(path: String) async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url(path))))
            #expect(body.bytes == (try fixtureFeed()))
        }
    }

    @Test("a gzip bomb (32 KB that inflate to 32 MiB) is refused by the default 20 MB limit")
    func gzipBomb() async throws {
        try await withServer { server, fetcher in
            let error = await fetchError(fetcher, server.url("/bomb.xml"))
            #expect(error?.kind == .tooLarge)
        }
    }

    @Test("a 1 MiB body over a 64 KiB limit fails, chunked or with Content-Length", arguments: ["/big.xml", "/big-declared.xml"])
    func bodyLimit(path: String) async throws {
        try await withServer(policy: FetchPolicy(maxBodyBytes: 64 * 1024)) { server, fetcher in
            let error = await fetchError(fetcher, server.url(path))
            #expect(error?.kind == .tooLarge)
            #expect(error?.url == server.url(path))
        }
    }

    @Test("the same 1 MiB body passes under the default limit")
    func bodyUnderLimit() async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/big.xml"))))
            #expect(body.bytes.count == 1024 * 1024)
        }
    }

    @Test("the gzip bomb is also refused under a small limit")
    func gzipBombSmallLimit() async throws {
        try await withServer(policy: FetchPolicy(maxBodyBytes: 64 * 1024)) { server, fetcher in
            #expect(await fetchError(fetcher, server.url("/bomb.xml"))?.kind == .tooLarge)
        }
    }
}
