import ArnaTestSupport
import Foundation
import NIOConcurrencyHelpers

/// `arna serve` started as a user would (the built binary), its output collected as it comes.
final class ServeProcess: Sendable {
    let process: Process
    private let out = NIOLockedValueBox(Data())
    private let err = NIOLockedValueBox(Data())

    /// The `arna` built beside the test bundle (`.build/debug/arna`).
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("arna").path), dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("arna")
    }

    /// Starts `arna serve ARGUMENTS` in `directory`, with `environment` added to this process's.
    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        let out = self.out, err = self.err
        outPipe.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            out.withLockedValue { $0.append(chunk) }
        }
        errPipe.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            err.withLockedValue { $0.append(chunk) }
        }
        try process.run()
    }

    var stdout: String { out.withLockedValue { String(decoding: $0, as: UTF8.self) } }
    var stderr: String { err.withLockedValue { String(decoding: $0, as: UTF8.self) } }

    /// Waits for `listening on http://HOST:PORT` and returns the port.
    func waitForPort(timeout: Duration = .seconds(60)) async throws -> Int {
        let port = try await poll("the `listening on` line", timeout: timeout) { () -> Int? in
            guard let line = self.stdout.split(separator: "\n").first(where: { $0.hasPrefix("listening on http://") }) else { return nil }
            return line.split(separator: ":").last.flatMap { Int($0) }
        }
        return port
    }

    /// Sends `signal` and waits for the exit; returns the status and how long it took.
    func stop(signal: Int32 = SIGTERM, timeout: Duration = .seconds(15)) async throws -> (status: Int32, took: Duration) {
        let started = ContinuousClock.now
        kill(process.processIdentifier, signal)
        _ = try await poll("exit after signal \(signal)", timeout: timeout) { self.process.isRunning ? nil : true }
        process.waitUntilExit()
        return (process.terminationStatus, ContinuousClock.now - started)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

struct PollTimeout: Error, CustomStringConvertible {
    var description: String
}

/// Polls `check` every 50 ms until it returns a value or `timeout` passes (for waiting on a
/// real process; the scheduler's own time logic is tested with a manual clock).
func poll<T>(_ what: String, timeout: Duration, _ check: () throws -> T?) async throws -> T {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if let value = try check() { return value }
        try await Task.sleep(for: .milliseconds(50))
    }
    if let value = try check() { return value }
    throw PollTimeout(description: "timed out waiting for \(what)")
}
