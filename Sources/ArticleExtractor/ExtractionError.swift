import Foundation

/// Why a page could not be turned into an article, or a rules file could not be read.
public struct ExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is.
    public enum Kind: Sendable, Hashable {
        /// The page is larger than the extractor's limit.
        case tooLarge
        /// libxml2 built no document (empty or unreadable page).
        case unreadable
        /// Neither the rule nor the fallback found an article body or title.
        case noArticle
        /// A rule (or rules file) is malformed: bad YAML, an unknown field, invalid XPath or CSS.
        case invalidRule
        /// The named rule is not in the rules file.
        case unknownRule
    }

    /// What kind of problem this is.
    public var kind: Kind
    /// A sentence a user can act on (names the rule, field or limit).
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: The kind of problem.
    ///   - message: What went wrong, for a person.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
