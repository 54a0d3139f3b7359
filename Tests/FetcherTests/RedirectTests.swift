import Fetcher
import Foundation
import Testing

@Suite("Redirects, followed by hand")
struct RedirectTests {
    @Test("301 and 308 move the feed for good: permanentRedirect is the new URL", arguments: [301, 308])
    func permanent(status: Int) async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/r/\(status)/feed.xml"))))
            #expect(body.finalURL == server.url("/feed.xml"))
            #expect(body.permanentRedirect == server.url("/feed.xml"))
            #expect(body.bytes == (try fixtureFeed()))
        }
    }

    @Test("302, 303 and 307 are temporary: finalURL moves, permanentRedirect stays nil", arguments: [302, 303, 307])
    func temporary(status: Int) async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/r/\(status)/feed.xml"))))
            #expect(body.finalURL == server.url("/feed.xml"))
            #expect(body.permanentRedirect == nil)
        }
    }

    @Test("301 then 302: the stored URL becomes the 301's target, not the temporary one's")
    func permanentThenTemporary() async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/r/301/r/302/feed.xml"))))
            #expect(body.finalURL == server.url("/feed.xml"))
            #expect(body.permanentRedirect == server.url("/r/302/feed.xml"))
        }
    }

    @Test("302 then 301: the original URL stays the one to ask")
    func temporaryThenPermanent() async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/r/302/r/301/feed.xml"))))
            #expect(body.finalURL == server.url("/feed.xml"))
            #expect(body.permanentRedirect == nil)
        }
    }

    @Test("an absolute Location is followed")
    func absoluteLocation() async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/abs/308/feed.xml"))))
            #expect(body.permanentRedirect == server.url("/feed.xml"))
        }
    }

    @Test("a relative Location (../../feed.xml) is resolved against the redirecting URL")
    func relativeLocation() async throws {
        try await withServer { server, fetcher in
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url("/dir/sub/moved"))))
            #expect(body.finalURL == server.url("/feed.xml"))
            #expect(body.bytes == (try fixtureFeed()))
        }
    }

    @Test("five redirects are followed; a sixth is one too many")
    func redirectLimit() async throws {
        try await withServer { server, fetcher in
            let five = String(repeating: "/r/302", count: 5) + "/feed.xml"
            let body = try expectBody(try await fetcher.fetch(FetchRequest(url: server.url(five))))
            #expect(body.finalURL == server.url("/feed.xml"))

            let six = String(repeating: "/r/302", count: 6) + "/feed.xml"
            let error = await fetchError(fetcher, server.url(six))
            #expect(error?.kind == .tooManyRedirects)
            // The sixth redirect was never followed: the server saw 5 + 6 requests in all.
            #expect(server.requests.count == 6 + 6)
        }
    }

    @Test("a redirect to a non-http(s) URL is refused")
    func nonHTTPTarget() async throws {
        try await withServer { server, fetcher in
            #expect(await fetchError(fetcher, server.url("/to-ftp"))?.kind == .badRedirect)
        }
    }

    @Test("validators travel with the redirect: a 301 to an unchanged feed still gives 304")
    func conditionalAfterRedirect() async throws {
        try await withServer { server, fetcher in
            let request = FetchRequest(url: server.url("/r/301/feed.xml"), etag: LoopbackServer.etag)
            let outcome = try await fetcher.fetch(request)
            guard case .notModified = outcome else {
                Issue.record("expected .notModified, got \(outcome)")
                return
            }
        }
    }
}
