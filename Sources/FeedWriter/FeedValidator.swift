import Foundation

/// Checks a feed document against its specification: Atom 1.0 (RFC 4287, with RFC 5005
/// archive links), RSS 2.0, or JSON Feed 1.1.
///
/// The format is detected from the bytes (a JSON object, an `atom:feed`/`atom:entry` root, or
/// an `rss` root). Every problem names the line of the element it is about.
///
/// ```swift
/// for p in FeedValidator.validate(data: bytes) where p.severity == .error { print(p) }
/// ```
public enum FeedValidator {
    /// The formats the validator knows.
    public enum Format: String, Sendable {
        /// Atom 1.0.
        case atom
        /// RSS 2.0.
        case rss
        /// JSON Feed 1.x.
        case json
        /// Anything else.
        case unknown
    }

    /// Checks one document.
    ///
    /// - Parameter data: The document's bytes.
    /// - Returns: The problems found, in document order; empty for a valid feed.
    public static func validate(data: Data) -> [ValidationProblem] {
        validateDetectingFormat(data: data).problems
    }

    /// Checks one document and says which format it took it for.
    ///
    /// - Parameter data: The document's bytes.
    /// - Returns: The detected format and the problems found.
    public static func validateDetectingFormat(data: Data) -> (format: Format, problems: [ValidationProblem]) {
        if let first = data.first(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }),
           first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return (.json, JSONFeedRules.validate(data))
        }
        switch XMLNode.parse(data) {
        case .failed(let problem):
            return (.unknown, [problem])
        case .parsed(let root):
            if root.namespace == AtomRules.atomNS && (root.name == "feed" || root.name == "entry") {
                return (.atom, sorted(AtomRules(root: root).validate()))
            }
            if root.name == "rss" && root.namespace.isEmpty {
                return (.rss, sorted(RSSRules.validate(root)))
            }
            let ns = root.namespace.isEmpty ? "" : " in namespace \(root.namespace)"
            return (.unknown, [ValidationProblem(line: root.line, severity: .error,
                message: "root element <\(root.name)>\(ns) is not an Atom feed, an RSS 2.0 channel or a JSON Feed")])
        }
    }

    private static func sorted(_ problems: [ValidationProblem]) -> [ValidationProblem] {
        problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
