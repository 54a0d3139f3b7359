import FeedReader
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Reader benchmark: arna's FeedReader against libxml2's bare SAX2 push parser (callbacks that
// only count) over the same bytes, in the same run, so the ratio holds on a noisy machine.
//
//   swift run -c release ReaderBenchmark [runs]     # throughput, 20,000 items, RSS and Atom (9 runs)
//   swift run -c release ReaderBenchmark memory     # peak memory at 1k / 10k / 100k items
//   perf record -g .build/release/ReaderBenchmark profile rss   # arna ten times, for a profiler
//   valgrind --tool=callgrind .build/release/ReaderBenchmark profile rss 2000 1   # fewer items, once

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Best of `runs`: the least disturbed measurement.
func best(_ runs: Int, _ body: () -> Void) -> Double {
    (0..<runs).map { _ in seconds(body) }.min()!
}

func peakRSSKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

/// Throughput of arna and the floor over the same generated feeds, in alternating runs.
///
/// Two ratios, since the machine is shared: the ratio of the two best times, and the median of
/// the ratios of each floor run and the arna run right after it (a burst of load from elsewhere
/// slows one pair, not the median). The arna time includes freeing what it read.
func throughput(runs: Int) {
    let count = 20_000
    print("items: \(count), \(runs) alternating runs each, release build")
    print("feed   size MB   SAX2 floor MB/s   arna MB/s   arna items/s   ratio of bests   median pair ratio")
    for (name, bytes) in [("rss", FeedGenerator.rss(items: count)), ("atom", FeedGenerator.atom(items: count))] {
        let mb = Double(bytes.count) / 1e6
        var parsedItems = 0
        var floorTimes: [Double] = [], arnaTimes: [Double] = []
        for _ in 0..<runs {
            floorTimes.append(seconds { _ = SAXBaseline.parse(bytes) })
            arnaTimes.append(seconds {
                let feed = try! FeedReader(options: ReadOptions(baseURL: URL(string: "https://egemen.kz/rss"), maxBytes: 200 << 20)).read(bytes: bytes)
                parsedItems = feed.items.count
            })
        }
        let floor = floorTimes.min()!, arna = arnaTimes.min()!
        let pairRatios = zip(arnaTimes, floorTimes).map { $0 / $1 }.sorted()
        let median = pairRatios[pairRatios.count / 2]
        precondition(parsedItems == count, "read \(parsedItems) items, expected \(count)")
        print(String(format: "%-6@ %7.1f   %15.0f   %9.0f   %12.0f   %13.2fx   %16.2fx", name as NSString, mb, mb / floor, mb / arna,
                     Double(count) / arna, arna / floor, median))
    }
}

/// Bytes held by the strings of the items kept: what "apart from the items kept" excludes.
func keptBytes(_ feed: ParsedFeed) -> Int {
    feed.items.reduce(0) { total, item in
        total + [item.id, item.title, item.summary, item.link?.absoluteString, item.image?.absoluteString].compactMap { $0?.utf8.count }.reduce(0, +)
            + item.content.reduce(0) { $0 + $1.value.utf8.count } + item.authors.reduce(0) { $0 + ($1.name?.utf8.count ?? 0) }
            + item.categories.reduce(0) { $0 + $1.term.utf8.count } + item.enclosures.reduce(0) { $0 + $1.url.absoluteString.utf8.count }
    }
}

/// One measurement in a fresh process: load the file, then parse, and report how far the
/// peak resident size grew past "input loaded".
func memory(file: String, mode: String) {
    // Read straight into the array: a Data copy on the way would raise the baseline peak.
    let fd = open(file, O_RDONLY)
    let size = Int(lseek(fd, 0, SEEK_END))
    lseek(fd, 0, SEEK_SET)
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        var done = 0
        while done < size { done += read(fd, buffer.baseAddress! + done, size - done) }
        count = size
    }
    close(fd)
    let before = peakRSSKiB()
    var kept = 0, items = 0
    if mode == "floor" {
        items = SAXBaseline.parse(bytes)
    } else if mode == "arna-keep-none" {
        // Every item is read, sanitized and built, then dropped: what streaming itself costs.
        let feed = try! FeedReader(options: ReadOptions(maxBytes: 1 << 30, maxItems: 0)).read(bytes: bytes)
        items = feed.items.count
    } else {
        let feed = try! FeedReader(options: ReadOptions(maxBytes: 1 << 30, maxItems: .max)).read(bytes: bytes)
        items = feed.items.count
        kept = keptBytes(feed)
    }
    let growth = peakRSSKiB() - before
    print(String(format: "%-14@ input %6.1f MB  items %6d  peak growth %7.1f MB  of which items kept %7.1f MB  other %6.1f MB",
                 mode as NSString, Double(bytes.count) / 1e6, items, Double(growth) / 1024, Double(kept) / 1e6 / 1.048576, Double(growth) / 1024 - Double(kept) / 1e6 / 1.048576))
}

/// arna over one generated feed, `repeats` times (after the floor once): what a profiler should look at.
func profile(_ format: String, items count: Int, repeats: Int) {
    let bytes = format == "atom" ? FeedGenerator.atom(items: count) : FeedGenerator.rss(items: count)
    let reader = FeedReader(options: ReadOptions(baseURL: URL(string: "https://egemen.kz/rss"), maxBytes: 200 << 20))
    // The floor once, so an instruction count (callgrind's inclusive cost of SAXBaseline.parse
    // against FeedReader.read) gives the ratio without the machine's noise.
    _ = SAXBaseline.parse(bytes)
    var items = 0
    for _ in 0..<repeats { items += try! reader.read(bytes: bytes).items.count }
    print("read \(items) items")
}

let arguments = CommandLine.arguments
if arguments.count >= 3, arguments[1] == "profile" {
    profile(arguments[2], items: arguments.count > 3 ? Int(arguments[3])! : 20_000, repeats: arguments.count > 4 ? Int(arguments[4])! : 10)
} else if arguments.count >= 4, arguments[1] == "memory-one" {
    memory(file: arguments[2], mode: arguments[3])
} else if arguments.count >= 4, arguments[1] == "generate" {
    FileManager.default.createFile(atPath: arguments[3], contents: Data(FeedGenerator.rss(items: Int(arguments[2])!)))
} else if arguments.count >= 2, arguments[1] == "memory" {
    // One process per measurement: peak RSS never goes down within a process. The feeds are
    // generated by child processes too: Linux carries a process's peak RSS across exec, so a
    // parent that had built a 360 MB feed would hand its peak to every measurement it started.
    func runSelf(_ arguments: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = arguments
        try! process.run()
        process.waitUntilExit()
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arna-bench")
    try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for items in [1_000, 10_000, 100_000] {
        let file = folder.appendingPathComponent("rss-\(items).xml").path
        if !FileManager.default.fileExists(atPath: file) { runSelf(["generate", String(items), file]) }
        for mode in ["floor", "arna-keep-none", "arna"] { runSelf(["memory-one", file, mode]) }
    }
} else {
    throughput(runs: arguments.count >= 2 ? Int(arguments[1]) ?? 9 : 9)
}
