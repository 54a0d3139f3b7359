import ArnaTestSupport
import Foundation
import Testing

/// `arna serve` end to end: the built binary against a loopback server of fixture feeds.
@Suite(.serialized) struct ServeCommandTests {
    struct Setup {
        let feeds: FixtureFeedServer
        let dir: URL
        let arguments: [String]
    }

    static func setup() async throws -> Setup {
        let feeds = try await FixtureFeedServer.start(serving: [
            "/alpha-kk.xml": "serve/feeds/alpha-kk.xml",
            "/beta-ru.xml": "serve/feeds/beta-ru.xml",
            "/gamma-kk.xml": "serve/feeds/gamma-kk.xml",
        ])
        let dir = try Fixture.temporaryDirectory("serve")
        let opml = try String(contentsOf: Fixture.url("serve/sources.opml"), encoding: .utf8).replacingOccurrences(of: "{{BASE}}", with: feeds.base)
        try opml.write(to: dir.appendingPathComponent("sources.opml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: Fixture.url("serve/site.yaml"), to: dir.appendingPathComponent("site.yaml"))
        let arguments = ["--settings", "site.yaml", "--sources", "sources.opml", "--store", "state/arna.sqlite", "--out", "out",
                         "--content", Fixture.url("site/articles").path, "--port", "0"]
        return Setup(feeds: feeds, dir: dir, arguments: arguments)
    }

    @Test func subscribeRevalidateFollowAChangeAndStopOnSIGTERM() async throws {
        let s = try await Self.setup()
        defer { Task { try? await s.feeds.stop() } }
        let serve = try ServeProcess(s.arguments, in: s.dir)
        let port = try await serve.waitForPort()
        #expect(serve.stdout.contains("listening on http://127.0.0.1:\(port)"))

        // A reader subscribes: the merged feed, with every outlet's items.
        let feed = try await poll("merged.atom with 5 entries", timeout: .seconds(30)) { () -> RawHTTP.Response? in
            let r = try RawHTTP.request(port: port, path: "/feeds/merged.atom")
            return r.status == 200 && r.text.components(separatedBy: "</entry>").count - 1 == 5 ? r : nil
        }
        #expect(feed.headers["content-type"] == "application/atom+xml; charset=utf-8")
        #expect(feed.headers["cache-control"] == "public, max-age=1")
        #expect(feed.headers["vary"] == "Accept-Encoding")
        #expect(feed.headers["content-length"] == "\(feed.body.count)")
        let etag = try #require(feed.headers["etag"])
        #expect(etag.hasPrefix("\"") && etag.hasSuffix("\"") && !etag.hasPrefix("W/"))
        let lastModified = try #require(feed.headers["last-modified"])
        #expect(lastModified.hasSuffix(" GMT"))

        // It asks again with its validators: 304, no body.
        let revalidated = try RawHTTP.request(port: port, path: "/feeds/merged.atom", headers: ["If-None-Match": etag])
        #expect(revalidated.status == 304)
        #expect(revalidated.body.isEmpty)
        #expect(revalidated.headers["etag"] == etag)
        let bySince = try RawHTTP.request(port: port, path: "/feeds/merged.atom", headers: ["If-Modified-Since": lastModified])
        #expect(bySince.status == 304)
        let otherTag = try RawHTTP.request(port: port, path: "/feeds/merged.atom", headers: ["If-None-Match": "\"something-else\""])
        #expect(otherTag.status == 200)

        // gzip when accepted, smaller, its own tag; HEAD gives the headers of GET.
        let gzipped = try RawHTTP.request(port: port, path: "/feeds/merged.atom", headers: ["Accept-Encoding": "gzip, deflate"])
        #expect(gzipped.status == 200)
        #expect(gzipped.headers["content-encoding"] == "gzip")
        #expect(Array(gzipped.body.prefix(2)) == [0x1f, 0x8b])
        #expect(gzipped.body.count < feed.body.count)
        #expect(gzipped.headers["etag"] != etag)
        let gzipRevalidated = try RawHTTP.request(port: port, path: "/feeds/merged.atom",
                                                  headers: ["Accept-Encoding": "gzip", "If-None-Match": gzipped.headers["etag"] ?? ""])
        #expect(gzipRevalidated.status == 304)
        let noGzip = try RawHTTP.request(port: port, path: "/feeds/merged.atom", headers: ["Accept-Encoding": "gzip;q=0, identity"])
        #expect(noGzip.headers["content-encoding"] == nil)
        let head = try RawHTTP.request("HEAD", port: port, path: "/feeds/merged.atom")
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == "\(feed.body.count)")
        #expect(head.headers["etag"] == etag)

        // Every kind of output, with its media type; the site's own feed too.
        for (name, type) in [("merged.rss", "application/rss+xml; charset=utf-8"), ("merged-kk.json", "application/feed+json; charset=utf-8"),
                             ("merged-ru.atom", "application/atom+xml; charset=utf-8"), ("site.atom", "application/atom+xml; charset=utf-8"),
                             ("site.rss", "application/rss+xml; charset=utf-8"), ("archive-1.atom", "application/atom+xml; charset=utf-8")] {
            // Polled: the files of one publication appear one after the other.
            let r = try await poll(name, timeout: .seconds(10)) { () -> RawHTTP.Response? in
                let r = try RawHTTP.request(port: port, path: "/feeds/\(name)")
                return r.status == 200 ? r : nil
            }
            #expect(r.headers["content-type"] == type, "\(name)")
        }
        // merged-kk.atom is written a moment after merged.atom, in the same publication.
        let kk = try await poll("the Kazakh view", timeout: .seconds(10)) { () -> String? in
            let text = try RawHTTP.request(port: port, path: "/feeds/merged-kk.atom").text
            return text.contains("Алматыда жаңа саябақ ашылды") ? text : nil
        }
        #expect(!kk.contains("В Павлодаре открыли каток"))

        // Nothing outside the output folder, nothing hidden.
        for path in ["/feeds/..%2Fsite.yaml", "/feeds/%2E%2E%2Fsources.opml", "/feeds/../site.yaml", "/feeds/.merged.atom.tmp",
                     "/feeds/", "/feeds/nope.atom", "/site.yaml", "/state/arna.sqlite"] {
            let r = try RawHTTP.request(port: port, path: path)
            #expect(r.status == 404, "\(path): \(r.status)")
            #expect(!r.text.contains("listen_host") && !r.text.contains("<opml"), "\(path)")
        }

        // A source publishes; the merged feed follows, with a new ETag.
        try s.feeds.replace("/beta-ru.xml", with: "serve/feeds/beta-ru-v2.xml")
        let changed = try await poll("the new item in merged.atom", timeout: .seconds(30)) { () -> RawHTTP.Response? in
            let r = try RawHTTP.request(port: port, path: "/feeds/merged.atom", headers: ["If-None-Match": etag])
            return r.status == 200 && r.text.contains("В Атырау построили новый мост") ? r : nil
        }
        #expect(changed.headers["etag"] != etag)
        #expect(changed.text.components(separatedBy: "</entry>").count - 1 == 6)
        #expect(s.feeds.hits("/beta-ru.xml") >= 2)
        // The outlet asked for ttl 60: fetched once, however many 1 s rounds went by.
        #expect(s.feeds.hits("/alpha-kk.xml") == 1)

        // The index page: every outlet, feed links, autodiscovery.
        let index = try RawHTTP.request(port: port, path: "/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        for id in ["alpha-kk", "beta-ru", "gamma-kk"] { #expect(index.text.contains("<tr id=\"\(id)\">"), "\(id)") }
        #expect(index.text.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
        #expect(index.text.contains("href=\"/feeds/merged.atom\"") && index.text.contains("href=\"/feeds/site.atom\""))
        #expect(index.text.contains("href=\"/feeds/archive-1.atom\""))
        #expect(index.text.contains("<tr id=\"beta-ru\"><td><a href=\"https://beta.kz/\">Beta</a> <code>beta-ru</code></td>"))
        #expect(index.text.contains("<td class=\"ok\">жұмыс істеп тұр / работает</td><td>3</td></tr>"))
        #expect(index.text.contains("Басылымдар / Издания"))

        let health = try RawHTTP.request(port: port, path: "/healthz")
        #expect(health.status == 200 && health.text == "ok\n")

        let metrics = try RawHTTP.request(port: port, path: "/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true)
        for needle in ["arna_fetches_total{source=\"beta-ru\",outcome=\"read\"}", "arna_fetch_failures_total{source=\"alpha-kk\"} 0",
                       "arna_fetch_duration_seconds_count{source=\"gamma-kk\"}", "arna_articles{source=\"beta-ru\"} 3",
                       "arna_last_refresh_timestamp_seconds{source=\"alpha-kk\"}", "arna_publications_total{feed=\"merged\"}"] {
            #expect(metrics.text.contains(needle), "\(needle)")
        }

        // SIGTERM: a clean exit, promptly.
        let stopped = try await serve.stop(signal: SIGTERM)
        #expect(stopped.status == 0, "stderr: \(serve.stderr)")
        #expect(stopped.took < .seconds(5))
        #expect(serve.stdout.contains("arna serve: stopped"))
    }

    @Test func sigintStopsCleanlyAndARestartServesWhatWasCommitted() async throws {
        let s = try await Self.setup()
        defer { Task { try? await s.feeds.stop() } }
        let first = try ServeProcess(s.arguments, in: s.dir)
        let port = try await first.waitForPort()
        let feed = try await poll("merged.atom", timeout: .seconds(30)) { () -> RawHTTP.Response? in
            let r = try RawHTTP.request(port: port, path: "/feeds/merged.atom")
            return r.status == 200 && r.text.components(separatedBy: "</entry>").count - 1 == 5 ? r : nil
        }
        // Killed outright: nothing to clean up with.
        let killed = try await first.stop(signal: SIGKILL)
        #expect(killed.status != 0)

        // The restart (environment instead of flags for the port) serves the same bytes at once,
        // before any source answers: the feed server is down.
        try await s.feeds.stop()
        var arguments = s.arguments
        arguments.removeLast(2)  // --port 0
        let second = try ServeProcess(arguments, in: s.dir, environment: ["ARNA_PORT": "0"])
        let port2 = try await second.waitForPort()
        let again = try RawHTTP.request(port: port2, path: "/feeds/merged.atom", headers: ["If-None-Match": feed.headers["etag"] ?? ""])
        #expect(again.status == 304)
        let index = try RawHTTP.request(port: port2, path: "/")
        #expect(index.text.contains("<tr id=\"beta-ru\">") && index.text.contains("</td><td>2</td></tr>"))
        let stopped = try await second.stop(signal: SIGINT)
        #expect(stopped.status == 0, "stderr: \(second.stderr)")
    }

    @Test func servesTheDemoOfflineFromAFreshCheckout() async throws {
        // The repository's own settings and demo list (file feeds), as a new user would run it,
        // with the store and the output in a temporary folder and the start-up jitter off.
        let dir = try Fixture.temporaryDirectory("serve-demo")
        let serve = try ServeProcess(["--sources", "feeds/demo.opml", "--store", dir.appendingPathComponent("arna.sqlite").path,
                                      "--out", dir.appendingPathComponent("feeds").path],
                                     in: Fixture.repository, environment: ["ARNA_PORT": "0", "ARNA_JITTER": "0s", "ARNA_DEBOUNCE": "100ms"])
        let port = try await serve.waitForPort()
        let outlets = ["tengrinews-kk", "kazinform-kk", "zakon-ru", "informburo-ru", "egemen-kk"]
        let merged = try await poll("every demo outlet in merged.atom", timeout: .seconds(30)) { () -> String? in
            let text = try RawHTTP.request(port: port, path: "/feeds/merged.atom").text
            return outlets.allSatisfy { text.contains("articles/\($0)/") } ? text : nil
        }
        #expect(merged.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        let site = try RawHTTP.request(port: port, path: "/feeds/site.atom")
        #expect(site.status == 200 && site.text.contains("<feed"))
        let index = try RawHTTP.request(port: port, path: "/").text
        for id in outlets { #expect(index.contains("<tr id=\"\(id)\">"), "\(id)") }
        #expect(index.contains("href=\"/feeds/site.atom\""))
        let stopped = try await serve.stop()
        #expect(stopped.status == 0, "stderr: \(serve.stderr)")
    }

    @Test func helpDocumentsEveryFlagAndBadSettingsExitTwo() async throws {
        let help = Process()
        help.executableURL = ServeProcess.binary
        help.arguments = ["serve", "--help"]
        let pipe = Pipe()
        help.standardOutput = pipe
        try help.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        help.waitUntilExit()
        for flag in ["--sources", "--store", "--out", "--settings", "--content", "--host", "--port", "--refresh-interval",
                     "ARNA_PORT", "listening on http://HOST:PORT"] {
            #expect(text.contains(flag), "\(flag)")
        }

        let dir = try Fixture.temporaryDirectory("serve-bad")
        let bad = try ServeProcess(["--settings", "none.yaml", "--sources", Fixture.url("serve/sources.opml").path, "--store", "s.sqlite", "--out", "out"],
                                   in: dir, environment: ["ARNA_PORT": "http"])
        _ = try await poll("exit", timeout: .seconds(30)) { bad.process.isRunning ? nil : true }
        bad.process.waitUntilExit()
        #expect(bad.process.terminationStatus == 2)
        #expect(bad.stderr.contains("ARNA_PORT: \"http\" is not a port number"))
    }
}
