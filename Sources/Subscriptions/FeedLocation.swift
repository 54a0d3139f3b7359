import Foundation

/// Turns `xmlUrl` values into URLs and back: web URLs as they are, local files relative to the list.
///
/// A list can point at files next to it (`../Fixtures/demo/tengrinews-kk.xml` or
/// `file:demo.xml`), so a demo or test list works on any machine and offline.
enum FeedLocation {
    /// The URL an attribute value names, relative values resolved against `folder`.
    static func resolve(_ value: String, against folder: URL) -> URL? {
        let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return nil }
        let lower = value.lowercased()
        if lower.hasPrefix("file://") {
            guard let url = URL(string: value), url.isFileURL else { return nil }
            return fileURL(url.path)
        }
        if lower.hasPrefix("file:") {
            let rest = String(value.dropFirst(5)).removingPercentEncoding ?? String(value.dropFirst(5))
            return fileURL(rest.hasPrefix("/") ? rest : folder.path + "/" + rest)
        }
        if let url = URL(string: value), let scheme = url.scheme, scheme.count > 1, url.host != nil || scheme != "http" && scheme != "https" {
            return url
        }
        if value.hasPrefix("/") { return fileURL(value) }
        // A relative path (no scheme): a file beside the list.
        let path = value.removingPercentEncoding ?? value
        return fileURL(folder.path + "/" + path)
    }

    /// A file URL with `.` and `..` segments removed, so the same file always gives an equal URL.
    static func fileURL(_ path: String) -> URL {
        URL(fileURLWithPath: normalize(path))
    }

    /// What to write for `url` in a list stored in `folder`: a relative path for local files.
    static func attributeValue(for url: URL, in folder: URL) -> String {
        guard url.isFileURL else { return url.absoluteString }
        let target = normalize(url.path).split(separator: "/").map(String.init)
        let base = normalize(folder.path).split(separator: "/").map(String.init)
        var common = 0
        while common < target.count, common < base.count, target[common] == base[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        let relative = (up + target[common...]).joined(separator: "/")
        return relative.isEmpty ? "." : relative
    }

    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
