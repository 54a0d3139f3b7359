import CompressNIO
import Foundation
import NIOCore

/// One version of one file of the output folder, as served: its bytes, a gzipped copy,
/// its strong `ETag` (a hash of the bytes) and its `Last-Modified`.
public struct FeedFileVersion: Sendable {
    /// The file's name in the output folder.
    public let name: String
    /// The bytes.
    public let bytes: ByteBuffer
    /// The same bytes gzipped, when that is smaller.
    public let gzipped: ByteBuffer?
    /// The strong entity tag of the identity bytes, quoted (`"0123…"`).
    public let etag: String
    /// The file's modification time.
    public let lastModified: Date
    /// Its media type, from the extension.
    public let contentType: String

    /// Reads `url` and prepares it for serving.
    ///
    /// - Parameters:
    ///   - url: The file.
    ///   - name: Its name as served.
    ///   - lastModified: Its modification time.
    /// - Throws: When the file cannot be read.
    init(url: URL, name: String, lastModified: Date) throws {
        let data = try Data(contentsOf: url)
        self.name = name
        self.bytes = ByteBuffer(bytes: data)
        self.lastModified = lastModified
        self.contentType = MediaTypes.contentType(forFileNamed: name)
        self.etag = "\"" + Self.hash(data) + "\""
        var source = ByteBuffer(bytes: data)
        if data.count > 256, let compressed = try? source.compress(with: .gzip()), compressed.readableBytes < data.count {
            self.gzipped = compressed
        } else {
            self.gzipped = nil
        }
    }

    /// The entity tag of the gzipped representation (a different representation, so a different tag).
    public var gzipETag: String { String(etag.dropLast()) + "-gz\"" }

    /// Two FNV-1a 64-bit hashes of the bytes, as 32 hex digits.
    static func hash(_ data: Data) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01b3
        for byte in data {
            a = (a ^ UInt64(byte)) &* prime
            b = (b ^ UInt64(byte ^ 0x5c)) &* prime
        }
        return hex(a) + hex(b) + String(data.count, radix: 16)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Media types of the files arna writes.
public enum MediaTypes {
    /// The `Content-Type` for a file name: Atom, RSS, JSON Feed, OPML, HTML, or bytes.
    public static func contentType(forFileNamed name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "atom": return "application/atom+xml; charset=utf-8"
        case "rss": return "application/rss+xml; charset=utf-8"
        case "json": return "application/feed+json; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "opml": return "text/x-opml; charset=utf-8"
        case "html", "htm": return "text/html; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
