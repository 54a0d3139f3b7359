import FeedReader
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Reader benchmark: arna's FeedReader against libxml2's bare SAX2 push parser (callbacks that
// only count) over the same bytes, in the same run, so the ratio holds on a noisy machine.
//
//   swift run -c release ReaderBenchmark            # throughput, 20,000 items, RSS and Atom
//   swift run -c release ReaderBenchmark memory     # peak memory at 1k / 10k / 100k items

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

func throughput() {
    let count = 20_000
    let runs = 5
    print("items: \(count), best of \(runs) runs each, release build")
    print("feed   size MB   SAX2 floor MB/s   arna MB/s   arna items/s   ratio (arna/floor time)")
    for (name, bytes) in [("rss", FeedGenerator.rss(items: count)), ("atom", FeedGenerator.atom(items: count))] {
        let mb = Double(bytes.count) / 1e6
        var parsedItems = 0
        // Alternate the two so both see the same machine load.
        var floorTimes: [Double] = [], arnaTimes: [Double] = []
        for _ in 0..<runs {
            floorTimes.append(seconds { _ = SAXBaseline.parse(bytes) })
            arnaTimes.append(seconds {
                let feed = try! FeedReader(options: ReadOptions(baseURL: URL(string: "https://egemen.kz/rss"), maxBytes: 200 << 20)).read(bytes: bytes)
                parsedItems = feed.items.count
            })
        }
        let floor = floorTimes.min()!, arna = arnaTimes.min()!
        precondition(parsedItems == count, "read \(parsedItems) items, expected \(count)")
        print(String(format: "%-6@ %7.1f   %15.0f   %9.0f   %12.0f   %.2fx", name as NSString, mb, mb / floor, mb / arna, Double(count) / arna, arna / floor))
    }
}

func memory(items: Int, mode: String) {
    let bytes = FeedGenerator.rss(items: items)
    let before = peakRSSKiB()
    var kept = 0
    if mode == "floor" {
        kept = SAXBaseline.parse(bytes)
    } else {
        let feed = try! FeedReader(options: ReadOptions(maxBytes: 1 << 30)).read(bytes: bytes)
        kept = feed.items.count
    }
    let after = peakRSSKiB()
    print("\(mode) items=\(items) input_mb=\(String(format: "%.1f", Double(bytes.count) / 1e6)) peak_before_kib=\(before) peak_after_kib=\(after) growth_kib=\(after - before) kept=\(kept)")
}

let arguments = CommandLine.arguments
if arguments.count >= 4, arguments[1] == "memory-one" {
    memory(items: Int(arguments[2])!, mode: arguments[3])
} else if arguments.count >= 2, arguments[1] == "memory" {
    // One process per measurement: peak RSS never goes down within a process.
    for items in [1_000, 10_000, 100_000] {
        for mode in ["floor", "arna"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = ["memory-one", String(items), mode]
            try! process.run()
            process.waitUntilExit()
        }
    }
} else {
    throughput()
}
