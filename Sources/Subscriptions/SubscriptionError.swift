import Foundation

/// Why a subscription list could not be read or written, with the file and line to look at.
///
/// A broken OPML file stops the run (there is no sensible partial list), so it is thrown, not
/// reported as a diagnostic. An outline without `xmlUrl` is not an error: it is skipped.
public struct SubscriptionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is; compare with the static members (`error.kind == .malformed`).
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case unreadable, malformed, notOPML, invalidAttribute, unwritable
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// The file could not be read (missing, no permission).
        public static let unreadable = Kind(.unreadable)
        /// The file is not well-formed XML.
        public static let malformed = Kind(.malformed)
        /// The file is XML but its root element is not `<opml>`.
        public static let notOPML = Kind(.notOPML)
        /// An outline has an attribute arna cannot use (`arna:interval="soon"`, an unparsable `xmlUrl`).
        public static let invalidAttribute = Kind(.invalidAttribute)
        /// The list could not be written (folder missing, no permission, disk full).
        public static let unwritable = Kind(.unwritable)

        /// The kind's name (`malformed`).
        public var description: String { value.rawValue }
    }

    /// What kind of problem this is.
    public let kind: Kind
    /// The OPML file concerned.
    public let file: URL
    /// The 1-based line of the problem, when known.
    public let line: Int?
    /// The 1-based column of the problem, when known.
    public let column: Int?
    /// What is wrong, in words.
    public let detail: String

    /// Creates an error; used by the loader and writer, and by tests of code that handles these.
    public init(kind: Kind, file: URL, line: Int? = nil, column: Int? = nil, detail: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.detail = detail
    }

    /// `path:line:column: detail`, the way compilers name a place in a file.
    public var description: String {
        var place = file.isFileURL ? file.path : file.absoluteString
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        return "\(place): \(detail)"
    }
}
