import Foundation

/// A link from an article to another one: the outlet's "related news" block, or the same
/// story as published by another outlet.
public struct RelatedArticle: Sendable, Hashable, Codable {
    /// The other article's page.
    public var url: URL
    /// Its title, or the other outlet's name.
    public var title: String?
    /// When it was published, when shown.
    public var published: Date?

    /// Creates a related link.
    public init(url: URL, title: String? = nil, published: Date? = nil) {
        self.url = url
        self.title = title
        self.published = published
    }
}
