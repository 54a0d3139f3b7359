import Foundation

/// One generated file: its name in the output folder and its bytes.
public struct FeedFile: Sendable, Hashable {
    /// The file name (`site.atom`, `archive-1.atom`).
    public var name: String
    /// The document's bytes.
    public var bytes: [UInt8]

    /// Creates a file.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
