import ArnaCore
import FeedReader
import Foundation

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

#if FUZZING
// SwiftPM links an executable's `main` to the module's @main, so a fuzz build keeps one and
// hands control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// libFuzzer's own entry point refers to this symbol; the driver above is given the same work.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    readOne(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
    }
}
#else
@main
enum Replay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            data.withUnsafeBytes(readOne)
        }
    }
}
#endif
