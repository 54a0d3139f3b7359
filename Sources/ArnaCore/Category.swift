import Foundation

/// A category or tag of an article.
public struct Category: Sendable, Hashable, Codable {
    /// The term itself (`Саясат`).
    public var term: String
    /// The vocabulary the term belongs to (RSS `domain`, Atom `scheme`).
    public var scheme: String?
    /// A human label, when different from the term.
    public var label: String?

    /// Creates a category.
    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}
