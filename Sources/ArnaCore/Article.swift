import Foundation

/// One news item from any outlet, in the shape every stage of arna shares.
///
/// The reader maps each feed item onto an `Article`; the store keeps it; the aggregator
/// merges articles of several outlets; the writer renders them as Atom, RSS or JSON Feed.
/// HTML fields (`summary` when `summaryIsHTML`, `contentHTML`) are already sanitized and
/// carry absolute URLs.
public struct Article: Sendable, Hashable, Codable, Identifiable {
    /// Stable identity: the same item read again, even edited, keeps this id.
    public let id: ArticleID
    /// The outlet that published the article.
    public var outlet: Outlet
    /// The article's page (its canonical link).
    public var url: URL?
    /// Plain-text title (markup stripped, entities decoded, white space collapsed).
    public var title: String
    /// A short summary or lead, as sanitized HTML.
    public var summary: String?
    /// The full body as sanitized HTML, when the feed carries it.
    public var contentHTML: String?
    /// Authors, in the order the feed names them.
    public var authors: [Person]
    /// When the article was first published.
    public var published: Date?
    /// When the article was last changed; `nil` when the feed gives only one date.
    public var updated: Date?
    /// Categories or tags.
    public var categories: [Category]
    /// The article's language (`kk`, `ru`, …), from the item, the feed, or its text.
    public var language: LanguageTag?
    /// The lead picture, with its caption and credit when known.
    public var image: ArticleImage?
    /// Attached media (audio, video, pictures).
    public var enclosures: [Enclosure]
    /// Links to related articles: the outlet's "related news", or the same story elsewhere.
    public var related: [RelatedArticle]
    /// Where the feed's comments page is, when it names one.
    public var comments: URL?
    /// Copyright statement, plain text.
    public var rights: String?

    /// Creates an article; every list defaults to empty.
    public init(
        id: ArticleID,
        outlet: Outlet,
        url: URL? = nil,
        title: String,
        summary: String? = nil,
        contentHTML: String? = nil,
        authors: [Person] = [],
        published: Date? = nil,
        updated: Date? = nil,
        categories: [Category] = [],
        language: LanguageTag? = nil,
        image: ArticleImage? = nil,
        enclosures: [Enclosure] = [],
        related: [RelatedArticle] = [],
        comments: URL? = nil,
        rights: String? = nil
    ) {
        self.id = id
        self.outlet = outlet
        self.url = url
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.authors = authors
        self.published = published
        self.updated = updated
        self.categories = categories
        self.language = language
        self.image = image
        self.enclosures = enclosures
        self.related = related
        self.comments = comments
        self.rights = rights
    }

    /// The date to sort by: `updated` when newer, else `published`.
    public var latestDate: Date? {
        switch (published, updated) {
        case let (p?, u?): return max(p, u)
        case let (p?, nil): return p
        case let (nil, u?): return u
        case (nil, nil): return nil
        }
    }
}
