import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents all at once: temporary file in the same folder, flush, rename.
enum AtomicFile {
    static func replace(_ url: URL, with data: Data) throws(SubscriptionError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw SubscriptionError(kind: .unwritable, file: url, detail: "cannot write \(temporary.lastPathComponent) (\(error.localizedDescription))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw SubscriptionError(kind: .unwritable, file: url, detail: "cannot replace the file (\(reason))")
        }
    }
}
