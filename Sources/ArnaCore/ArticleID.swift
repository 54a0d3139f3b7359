import Foundation

/// The stable identity of an article.
///
/// Derived from the outlet and the item's own id (RSS `guid`, Atom `id`, RDF `rdf:about`),
/// or its canonical link when the item has none, so re-fetching or editing an item never
/// makes a second article. The raw value is `OUTLET/HEX`, where HEX is a 128-bit hash of the key.
public struct ArticleID: Sendable, Hashable, Codable, Comparable, CustomStringConvertible, RawRepresentable {
    /// The id as stored and written (`tengrinews/3f9a…`).
    public let rawValue: String

    /// Wraps an id that was derived before (read back from a store or a file).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Derives the id of an item of `outlet` from the item's guid, or from its link.
    ///
    /// - Parameters:
    ///   - outlet: The outlet's id.
    ///   - guid: The item's own id, when it gives one (trimmed; empty counts as none).
    ///   - link: The item's link, used when there is no guid; canonicalized first, so
    ///     `utm_*` parameters or `http` vs `https` do not change the id.
    ///   - fallback: Used when the item has neither (e.g. title plus date).
    public static func derive(outlet: String, guid: String?, link: URL?, fallback: String = "") -> ArticleID {
        let key: String
        if let guid = guid?.trimmingCharacters(in: .whitespacesAndNewlines), !guid.isEmpty {
            key = "guid:" + guid
        } else if let link {
            key = "link:" + CanonicalURL.string(for: link)
        } else {
            key = "text:" + fallback
        }
        return ArticleID(rawValue: outlet + "/" + StableHash.hex128(key))
    }

    public var description: String { rawValue }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
