#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// An exclusive lock on a file, so two refreshes (say, a slow cron run and the next one) never
/// overlap. The kernel releases it when the process ends, however it ends.
public final class RunLock {
    private let descriptor: Int32
    /// The lock file.
    public let path: String

    /// Takes the lock, or returns `nil` when another process holds it.
    ///
    /// - Throws: When the lock file cannot be created.
    public init?(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        self.descriptor = fd
        self.path = path
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
