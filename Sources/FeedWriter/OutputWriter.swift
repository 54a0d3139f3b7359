import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes feed files into one folder atomically, leaving files with identical bytes untouched.
///
/// Each file is written to a temporary file in the same folder, flushed with `fsync`, and
/// renamed over the target, so a reader (or a web server) sees either the old or the new file,
/// never half of one. A target that already holds the same bytes is not touched at all: its
/// modification time, and so its HTTP `Last-Modified`, stays.
public struct OutputWriter: Sendable {
    /// The folder the files go into (created when missing).
    public var folder: URL

    /// Creates a writer for `folder`.
    public init(folder: URL) { self.folder = folder }

    /// What happened to one file.
    public enum Outcome: String, Sendable, Hashable {
        /// New bytes were written.
        case written
        /// The file already had these bytes.
        case unchanged
    }

    /// Writes `files`, each atomically.
    ///
    /// - Parameter files: The files to write.
    /// - Returns: Each file's name and outcome, in the order given.
    /// - Throws: `CocoaError`/`POSIXError` when the folder cannot be created or a file cannot be written.
    public func write(_ files: [FeedFile]) throws -> [(name: String, outcome: Outcome)] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try files.map { ($0.name, try write($0)) }
    }

    /// Writes one file atomically, unless it already has these bytes.
    ///
    /// - Parameter file: The file.
    /// - Returns: `.written` or `.unchanged`.
    /// - Throws: `POSIXError` when writing, syncing or renaming fails.
    public func write(_ file: FeedFile) throws -> Outcome {
        let target = folder.appendingPathComponent(file.name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let existing = FileManager.default.contents(atPath: target.path), existing.elementsEqual(file.bytes) {
            return .unchanged
        }
        let temp = folder.appendingPathComponent(".\(file.name).\(UUID().uuidString).tmp")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var ok = false
        defer { if !ok { unlink(temp.path) } }
        do {
            defer { close(fd) }
            try file.bytes.withUnsafeBytes { buf in
                var offset = 0
                while offset < buf.count {
                    let n = Foundation.write(fd, buf.baseAddress! + offset, buf.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                    }
                    offset += n
                }
            }
            guard fsync(fd) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        guard rename(temp.path, target.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        ok = true
        // Make the rename itself durable.
        let dirFD = open(folder.path, O_RDONLY)
        if dirFD >= 0 { _ = fsync(dirFD); close(dirFD) }
        return .written
    }
}
