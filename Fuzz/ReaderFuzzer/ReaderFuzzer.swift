import ArnaCore
import FeedReader
import Foundation
import FuzzDriver

// libFuzzer target for the reader: any bytes must give a feed or a ReadError, never a crash,
// a hang or a memory error, and the contract JSON of a feed must always be produced. Reading
// with and without the CDATA hand-off must give the same feed (error columns aside).
//
//   swift build -c debug --product ReaderFuzzer --scratch-path .build-fuzz \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
//   .build-fuzz/debug/ReaderFuzzer -max_total_time=1200 -max_len=65536 CORPUS_DIR Fixtures/reader/*/
//
// Built normally (without -DFUZZING) it replays the files named on its command line.

func readOne(_ bytes: UnsafeRawBufferPointer) {
    let options = ReadOptions(baseURL: URL(string: "https://example.kz/feed/"), maxBytes: 1 << 20, maxDepth: 64, maxItems: 1_000)
    let reader = FeedReader(options: options)
    let input = [UInt8](bytes)
    let handedOver = try? reader.read(bytes: input, handOverCDATA: true).feed
    let direct = try? reader.read(bytes: input, handOverCDATA: false).feed
    if withoutColumns(handedOver) != withoutColumns(direct) {
        fatalError("the CDATA hand-off changed the feed:\n\(String(describing: handedOver))\nvs\n\(String(describing: direct))")
    }
    if let feed = handedOver {
        _ = feed.contractJSON()
        _ = feed.articles(outlet: .init(id: "fuzz", name: "Fuzz"))
    }
}

/// libxml2 counts columns after a hand-off placeholder differently; lines and all else must agree.
func withoutColumns(_ feed: ParsedFeed?) -> ParsedFeed? {
    guard var feed else { return nil }
    feed.errors = feed.errors.map { $0.replacingOccurrences(of: #", column \d+"#, with: "", options: .regularExpression) }
    return feed
}

@main
enum Fuzz {
    static func main() { FuzzDriver.run(readOne) }
}
