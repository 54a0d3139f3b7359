import Aggregator
import ArnaCore
import FeedWriter
import Fetcher
import Foundation
import LoopbackFeedServer
import Refresh
import Store
#if canImport(Glibc)
import Glibc
#endif

// Refresh benchmark: 1,000 sources of 50 items on loopback servers (16 addresses, so the
// per-host limit applies as with real outlets). Measured in the same run, with the same
// servers and the same HTTPFetcher: the bare fetches alone (the baseline), then the first
// refresh (fetch, read, store 50,000 articles, merge, write), then the second (all 304).
//
//   swift run -c release RefreshBenchmark [sources] [items]

let arguments = CommandLine.arguments.dropFirst().compactMap(Int.init)
let sourceCount = arguments.first ?? 1000
let itemCount = arguments.dropFirst().first ?? 50
let hostCount = 16

func peakRSSMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func currentRSSMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
    return kb / 1024
}

func time(_ body: () async throws -> Void) async rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try await clock.measure { try await body() }
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

let now = Date()
var servers: [FeedServer] = []
for host in 1...hostCount { servers.append(try await FeedServer.start(host: "127.0.0.\(host)")) }
var built: [Source] = []
var totalBytes = 0
for index in 0..<sourceCount {
    let server = servers[index % hostCount]
    let bytes = BenchmarkFeeds.rss(source: index, items: itemCount, now: now)
    totalBytes += bytes.count
    server.set("/feed/\(index).xml", .feed(bytes, etag: "\"\(index)-v1\""))
    built.append(Source(id: "outlet-\(index)", title: "Outlet \(index)", feedURL: server.url("/feed/\(index).xml"),
                          language: index % 3 == 0 ? .russian : .kazakh))
}
let sources = built
print(String(format: "%d sources × %d items on %d loopback hosts, %.1f MB of feeds", sourceCount, itemCount, hostCount, Double(totalBytes) / 1e6))

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arna-refresh-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let fetcher = HTTPFetcher()

// Baseline: the same fetches through the same client, 16 at a time as refresh does, bodies dropped.
func bareFetches(_ sources: [Source], conditional: Bool) async throws -> Int {
    try await withThrowingTaskGroup(of: Int.self) { group in
        var iterator = sources.enumerated().makeIterator()
        var bytes = 0
        func add(_ next: (offset: Int, element: Source)) {
            group.addTask {
                let request = FetchRequest(url: next.element.feedURL, etag: conditional ? "\"\(next.offset)-v1\"" : nil)
                if case .body(let body) = try await fetcher.fetch(request) { return body.bytes.count }
                return 0
            }
        }
        for _ in 0..<16 { if let next = iterator.next() { add(next) } }
        while let count = try await group.next() {
            bytes += count
            if let next = iterator.next() { add(next) }
        }
        return bytes
    }
}

let rssStart = currentRSSMB()
var fetched = 0
let bare = try await time { fetched = try await bareFetches(sources, conditional: false) }
let bare304 = try await time { _ = try await bareFetches(sources, conditional: true) }
precondition(fetched == totalBytes, "the baseline fetched \(fetched) of \(totalBytes) bytes")
let peakAfterBaseline = peakRSSMB()

let store = try SQLiteArticleStore(path: folder.appendingPathComponent("arna.sqlite").path)
let configuration = FeedConfiguration(idBase: "tag:arna.kz,2020:", title: "Арна", siteURL: URL(string: "https://arna.kz/")!,
                                      author: Person(name: "Арна"), outletID: "arna", entriesPerFeed: 100)
let runner = RefreshRunner(store: store, fetcher: fetcher,
                           publisher: MergedFeedPublisher(base: configuration, folder: folder.appendingPathComponent("out")))
var first: RefreshReport?
let firstSeconds = try await time { first = try await runner.refresh(sources, all: true) }
let peakAfterFirst = peakRSSMB()
var second: RefreshReport?
let secondSeconds = try await time { second = try await runner.refresh(sources, all: true) }
let peakAfterSecond = peakRSSMB()
// Where the first refresh's time goes after the fetches: the publication's three steps.
var stored: [Article] = []
let loadSeconds = try await time { stored = try await store.articles(newerThan: nil, limit: nil) }
var river: [Article] = []
let mergeSeconds = await time { river = StoryMerger().merge(stored) }
let writeSeconds = try await time {
    _ = try MergedFeedPublisher(base: configuration, folder: folder.appendingPathComponent("out-again"))
        .publish(river: Array(river.prefix(100)), updatedAt: now)
}
try await fetcher.shutdown()
for server in servers { try await server.stop() }

print(first!.summary)
print(second!.summary)
print(String(format: "bare fetches (200):       %7.2f s", bare))
print(String(format: "bare fetches (304):       %7.2f s", bare304))
print(String(format: "first refresh:            %7.2f s  = %5.2fx the bare 200 fetches  (%.0f articles/s)",
             firstSeconds, firstSeconds / bare, Double(sourceCount * itemCount) / firstSeconds))
print(String(format: "second refresh (all 304): %7.2f s  = %5.2fx the bare 304 fetches", secondSeconds, secondSeconds / bare304))
print(String(format: "  of which: loading %d articles %.2f s, merging them %.2f s (%d stories), writing 9 files %.2f s",
             stored.count, loadSeconds, mergeSeconds, river.count, writeSeconds))
print(String(format: "memory: %.0f MB resident with the feeds served; peak %.0f MB after the baseline, %.0f MB after the first refresh, %.0f MB after the second",
             rssStart, peakAfterBaseline, peakAfterFirst, peakAfterSecond))
