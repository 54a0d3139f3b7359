import Foundation

/// An author or contributor.
public struct Person: Sendable, Hashable, Codable {
    /// The name as the outlet writes it (`Айгерім САПАРОВА`).
    public var name: String?
    /// E-mail address, when given.
    public var email: String?
    /// A page about the person.
    public var uri: URL?

    /// Creates a person; at least one field should be set.
    public init(name: String? = nil, email: String? = nil, uri: URL? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }
}
