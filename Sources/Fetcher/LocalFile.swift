import Foundation

/// Reads `file:` URLs and plain paths under the fetcher's size limit.
enum LocalFile {
    /// Reads the file at `url` (a `file:` URL, or a scheme-less URL whose path is the file's).
    ///
    /// - Throws: ``FetchError/Kind/fileNotFound``, ``FetchError/Kind/fileUnreadable`` or ``FetchError/Kind/tooLarge``.
    static func read(_ url: URL, limit: Int) throws(FetchError) -> FetchOutcome {
        let fileURL = url.isFileURL ? url : URL(fileURLWithPath: url.path)
        let path = fileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FetchError(kind: .fileNotFound, url: fileURL, message: "no file at \(path)")
        }
        guard !isDirectory.boolValue else {
            throw FetchError(kind: .fileUnreadable, url: fileURL, message: "\(path) is a folder")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw FetchError(kind: .tooLarge, url: fileURL, message: "file of \(size) bytes is over the limit of \(limit) bytes")
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: fileURL)
            defer { try? handle.close() }
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw FetchError(kind: .fileUnreadable, url: fileURL, message: "\(error)")
        }
        guard data.count <= limit else {
            throw FetchError(kind: .tooLarge, url: fileURL, message: "file is over the limit of \(limit) bytes")
        }
        return .body(FetchedBody(bytes: [UInt8](data), contentType: mediaType(forExtension: fileURL.pathExtension), finalURL: fileURL))
    }

    /// A media type guessed from a feed file's extension, or `nil`.
    static func mediaType(forExtension ext: String) -> String? {
        switch ext.lowercased() {
        case "xml", "rss", "atom", "opml": "application/xml"
        case "json": "application/json"
        default: nil
        }
    }
}
