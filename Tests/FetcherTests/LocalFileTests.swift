import ArnaTestSupport
import Fetcher
import Foundation
import Testing

@Suite("file: URLs and plain paths")
struct LocalFileTests {
    @Test("a file: URL is read whole, with no validators")
    func fileURL() async throws {
        let fetcher = HTTPFetcher()
        let url = Fixture.url("fetch/feed.xml")
        let outcome = await Result { try await fetcher.fetch(FetchRequest(url: url)) }
        try await fetcher.shutdown()
        let body = try expectBody(try outcome.get())
        #expect(body.bytes == (try fixtureFeed()))
        #expect(body.etag == nil)
        #expect(body.lastModified == nil)
        #expect(body.finalURL == url)
    }

    @Test("a plain path, absolute or relative, becomes a file: request")
    func plainPath() async throws {
        let absolute = try #require(FetchRequest(location: Fixture.url("fetch/feed.xml").path))
        #expect(absolute.url.isFileURL)
        let relative = try #require(FetchRequest(location: "feeds/local.xml"))
        #expect(relative.url.isFileURL)
        #expect(relative.url.path.hasSuffix("/feeds/local.xml"))
        let web = try #require(FetchRequest(location: "https://example.kz/rss"))
        #expect(web.url.scheme == "https")
        #expect(FetchRequest(location: "  ") == nil)

        let fetcher = HTTPFetcher()
        let outcome = await Result { try await fetcher.fetch(absolute) }
        try await fetcher.shutdown()
        #expect(try expectBody(try outcome.get()).bytes == (try fixtureFeed()))
    }

    @Test("a missing file is .fileNotFound, a folder .fileUnreadable")
    func missing() async throws {
        let fetcher = HTTPFetcher()
        let missing = await fetchError(fetcher, Fixture.url("fetch/no-such-feed.xml"))
        let folder = await fetchError(fetcher, Fixture.url("fetch"))
        try await fetcher.shutdown()
        #expect(missing?.kind == .fileNotFound)
        #expect(folder?.kind == .fileUnreadable)
    }

    @Test("the size limit applies to files too")
    func tooLarge() async throws {
        let fetcher = HTTPFetcher(policy: FetchPolicy(maxBodyBytes: 100))
        let error = await fetchError(fetcher, Fixture.url("fetch/feed.xml"))
        try await fetcher.shutdown()
        #expect(error?.kind == .tooLarge)
    }
}
