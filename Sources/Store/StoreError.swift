import Foundation

/// Why the store could not do what was asked, with the database, the operation and the source concerned.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is; compare with the static members (`error.kind == .cannotOpen`).
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Value: String, Sendable, Hashable {
            case cannotOpen, migration, database, invalidArticle, corruptRow
        }
        private let value: Value
        private init(_ value: Value) { self.value = value }

        /// The database file could not be opened or created (missing folder, permissions, not SQLite).
        public static let cannotOpen = Kind(.cannotOpen)
        /// A schema migration failed; the database is left at the last migration that succeeded.
        public static let migration = Kind(.migration)
        /// SQLite refused a read or write (disk full, locked, constraint).
        public static let database = Kind(.database)
        /// An article handed to the store cannot be stored as given (wrong source).
        public static let invalidArticle = Kind(.invalidArticle)
        /// A stored row cannot be turned back into a value (edited by hand, or from a newer arna).
        public static let corruptRow = Kind(.corruptRow)

        /// The kind's name (`cannotOpen`).
        public var description: String { value.rawValue }
    }

    /// What kind of problem this is.
    public let kind: Kind
    /// The database file (`:memory:` for an in-memory store).
    public let path: String
    /// What the store was doing (`save`, `articles`, `migrate v1`).
    public let operation: String
    /// The source concerned, when one.
    public let sourceID: String?
    /// What went wrong, in words (SQLite's message included).
    public let detail: String

    /// Creates an error.
    public init(kind: Kind, path: String, operation: String, sourceID: String? = nil, detail: String) {
        self.kind = kind
        self.path = path
        self.operation = operation
        self.sourceID = sourceID
        self.detail = detail
    }

    /// `store.sqlite: save (source tengrinews-kk): detail`.
    public var description: String {
        var text = "\(path): \(operation)"
        if let sourceID { text += " (source \(sourceID))" }
        return text + ": " + detail
    }
}
