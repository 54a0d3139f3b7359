import Foundation

/// The output folder as the server sees it: safe names only, one cached version per file.
///
/// A file is read (and gzipped) once per version; a version is known by the file's inode,
/// size and modification time, which change when the writer renames a new file over it.
/// Only plain names directly inside the folder are served: no `/`, no `..`, no hidden files,
/// and a symbolic link is followed only when it stays inside the folder.
public final class FeedFolder: @unchecked Sendable {
    /// The folder.
    public let url: URL
    private let lock = NSLock()
    private var cache: [String: (key: String, version: FeedFileVersion)] = [:]

    /// Serves the files of `url`.
    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// The folder with its symbolic links resolved, taken afresh (it may be created after start).
    private var root: URL { url.resolvingSymlinksInPath() }

    /// Whether `name` may be served: letters, digits, `.`, `_`, `-`, not starting with a dot.
    public static func isSafeName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != ".", name.utf8.count <= 200 else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "_" || scalar == "-")
        }
    }

    /// The current version of the file `name`, or `nil` when it is absent or may not be served.
    public func version(of name: String) -> FeedFileVersion? {
        guard Self.isSafeName(name) else { return nil }
        let root = self.root
        let resolved = root.appendingPathComponent(name).resolvingSymlinksInPath()
        guard resolved.deletingLastPathComponent().path == root.path,
              let attributes = try? FileManager.default.attributesOfItem(atPath: resolved.path),
              attributes[.type] as? FileAttributeType == .typeRegular
        else { return nil }
        let modified = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
        let key = "\(attributes[.systemFileNumber] ?? 0)/\(attributes[.size] ?? 0)/\(modified.timeIntervalSince1970)"
        lock.lock()
        if let cached = cache[name], cached.key == key {
            lock.unlock()
            return cached.version
        }
        lock.unlock()
        guard let version = try? FeedFileVersion(url: resolved, name: name, lastModified: modified) else { return nil }
        lock.lock()
        cache[name] = (key, version)
        lock.unlock()
        return version
    }

    /// The names of the files that may be served, sorted.
    public func names() -> [String] {
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        let all = (try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: keys)) ?? []
        return all.compactMap { file -> String? in
            let name = file.lastPathComponent
            guard Self.isSafeName(name), let values = try? file.resourceValues(forKeys: Set(keys)) else { return nil }
            if values.isSymbolicLink == true { return version(of: name) != nil ? name : nil }
            return values.isRegularFile == true ? name : nil
        }.sorted()
    }
}
