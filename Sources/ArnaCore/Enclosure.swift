import Foundation

/// A media file attached to an article (RSS `enclosure`, Atom `link rel="enclosure"`, Media RSS).
public struct Enclosure: Sendable, Hashable, Codable {
    /// Where the file is.
    public var url: URL
    /// Its MIME type (`image/jpeg`, `audio/mpeg`), when known.
    public var type: String?
    /// Its size in bytes, when known.
    public var length: Int64?

    /// Creates an enclosure.
    public init(url: URL, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }

    /// Whether the MIME type says this is a picture.
    public var isImage: Bool { type?.lowercased().hasPrefix("image/") ?? false }
}
