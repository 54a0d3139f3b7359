import ArnaCore
import FeedReader
import Foundation
import FuzzDriver

// libFuzzer target for the reader: any bytes must give a feed or a ReadError, never a crash,
// a hang or a memory error, and the contract JSON of a feed must always be produced.
//
//   swift build -c debug --product ReaderFuzzer --scratch-path .build-fuzz \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
//   .build-fuzz/debug/ReaderFuzzer -max_total_time=1200 -max_len=65536 CORPUS_DIR Fixtures/reader/*/
//
// Built normally (without -DFUZZING) it replays the files named on its command line.

func readOne(_ bytes: UnsafeRawBufferPointer) {
    let options = ReadOptions(baseURL: URL(string: "https://example.kz/feed/"), maxBytes: 1 << 20, maxDepth: 64, maxItems: 1_000)
    if let feed = try? FeedReader(options: options).read(bytes: [UInt8](bytes)) {
        _ = feed.contractJSON()
        _ = feed.articles(outlet: .init(id: "fuzz", name: "Fuzz"))
    }
}

@main
enum Fuzz {
    static func main() { FuzzDriver.run(readOne) }
}
