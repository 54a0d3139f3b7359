import Foundation

// The part every libFuzzer target shares. SwiftPM links an executable's `main` to its @main, so
// a fuzz build (-DFUZZING, -sanitize=fuzzer) keeps that main and hands control to libFuzzer's
// driver; a normal build replays the files named on the command line instead.

/// The target's work for one input, set once by ``FuzzDriver/run(_:)`` before any input arrives.
nonisolated(unsafe) private var oneInput: (UnsafeRawBufferPointer) -> Void = { _ in }

/// libFuzzer's own entry point refers to this symbol; the driver is given the same work.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    oneInput(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif

/// Runs a fuzz target: under libFuzzer with -DFUZZING, else over the files given as arguments.
public enum FuzzDriver {
    /// Hands `body` every input and never returns.
    ///
    /// - Parameter body: Checks one input; it crashes (fatalError) when an invariant breaks.
    public static func run(_ body: @escaping (UnsafeRawBufferPointer) -> Void) -> Never {
        oneInput = body
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(1)
            }
            data.withUnsafeBytes(body)
        }
        exit(0)
        #endif
    }
}
