import Foundation

/// How the reader reads one document: where it came from, which zone its local times are in,
/// and the limits that keep a hostile document from costing too much.
public struct ReadOptions: Sendable {
    /// The document's own URL; relative URLs resolve against it (after any `xml:base`).
    public var baseURL: URL?
    /// The zone of dates written without one. Default: Asia/Almaty, with its real history
    /// (+06:00 until 2024-03-01, +05:00 since), from the system tz database.
    public var zone: TimeZone
    /// The charset the transport declared (HTTP `Content-Type`), or `--charset` for a file.
    /// It outranks the XML declaration (RFC 7303).
    public var charset: String?
    /// Documents larger than this many bytes are refused. Default 20 MB.
    public var maxBytes: Int
    /// Elements nested deeper than this are refused. Default 200.
    public var maxDepth: Int
    /// Items past this many are skipped (and the feed flagged). Default 50,000.
    public var maxItems: Int
    /// Bytes that entities declared in the document may expand to, in all. Default 1 MB.
    public var maxEntityExpansion: Int

    /// Creates options; every limit has a safe default.
    public init(
        baseURL: URL? = nil,
        zone: TimeZone = ReadOptions.almaty,
        charset: String? = nil,
        maxBytes: Int = 20 * 1024 * 1024,
        maxDepth: Int = 200,
        maxItems: Int = 50_000,
        maxEntityExpansion: Int = 1024 * 1024
    ) {
        self.baseURL = baseURL
        self.zone = zone
        self.charset = charset
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxItems = maxItems
        self.maxEntityExpansion = maxEntityExpansion
    }

    /// Asia/Almaty from the tz database.
    public static let almaty: TimeZone = TimeZone(identifier: "Asia/Almaty") ?? TimeZone(secondsFromGMT: 5 * 3600)!
}
