import Foundation

/// Why a document could not be read at all.
///
/// A document that was read, even partly, is never an error: its faults are in
/// ``ParsedFeed/errors``. This is for documents with nothing to show, or refused by a limit.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for code that reacts to it.
    public enum Kind: Sendable, Hashable {
        /// The document was empty or white space only.
        case empty
        /// Larger than ``ReadOptions/maxBytes``.
        case tooLarge
        /// Nested deeper than ``ReadOptions/maxDepth``.
        case tooDeep
        /// Its entity declarations would expand past ``ReadOptions/maxEntityExpansion``.
        case entityExpansion
        /// An HTML page, not a feed; ``ReadError/advertisedFeeds`` lists the feeds it links to.
        case htmlPage
        /// XML or JSON, but no feed format arna knows.
        case notAFeed
        /// Not even the start of a document could be read.
        case unreadable
    }

    /// What went wrong.
    public let kind: Kind
    /// One line a user can act on.
    public let message: String
    /// For ``Kind/htmlPage``: the feeds the page advertises (`<link rel="alternate">`), absolute.
    public let advertisedFeeds: [URL]

    init(_ kind: Kind, _ message: String, advertisedFeeds: [URL] = []) {
        self.kind = kind
        self.message = message
        self.advertisedFeeds = advertisedFeeds
    }

    public var description: String { message }
}
