import ArnaCore
import Foundation
import GRDB

/// An `article` row; lists and nested values are JSON text columns.
struct ArticleRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article"

    var id: String
    var sourceID: String
    var outlet: String
    var url: String?
    var canonicalURL: String?
    var title: String
    var summary: String?
    var contentHTML: String?
    var authors: String
    var published: Date?
    var updated: Date?
    var sortDate: Date
    var categories: String
    var language: String?
    var image: String?
    var enclosures: String
    var related: String
    var comments: String?
    var rights: String?
    var firstSeen: Date
    var lastChanged: Date
    var contentHash: String

    enum CodingKeys: String, CodingKey {
        case id, sourceID = "source_id", outlet, url, canonicalURL = "canonical_url", title, summary
        case contentHTML = "content_html", authors, published, updated, sortDate = "sort_date", categories, language
        case image, enclosures, related, comments, rights, firstSeen = "first_seen", lastChanged = "last_changed"
        case contentHash = "content_hash"
    }

    /// The row for `article`, first seen at `firstSeen` and last changed at `now`.
    init(_ article: Article, sourceID: String, hash: String, firstSeen: Date, now: Date) throws {
        id = article.id.rawValue
        self.sourceID = sourceID
        outlet = try JSONColumn.encode(article.outlet)
        url = article.url?.absoluteString
        canonicalURL = article.url.map { CanonicalURL.string(for: $0) }
        title = article.title
        summary = article.summary
        contentHTML = article.contentHTML
        authors = try JSONColumn.encode(article.authors)
        published = article.published
        updated = article.updated
        sortDate = article.published ?? article.updated ?? firstSeen
        categories = try JSONColumn.encode(article.categories)
        language = article.language?.rawValue
        image = try article.image.map { try JSONColumn.encode($0) }
        enclosures = try JSONColumn.encode(article.enclosures)
        related = try JSONColumn.encode(article.related)
        comments = article.comments?.absoluteString
        rights = article.rights
        self.firstSeen = firstSeen
        lastChanged = now
        contentHash = hash
    }

    /// The article this row holds.
    func article() throws -> Article {
        Article(
            id: ArticleID(rawValue: id), outlet: try JSONColumn.decode(Outlet.self, outlet), url: url.flatMap { URL(string: $0) },
            title: title, summary: summary, contentHTML: contentHTML, authors: try JSONColumn.decode([Person].self, authors),
            published: published, updated: updated, categories: try JSONColumn.decode([ArnaCore.Category].self, categories),
            language: language.flatMap { LanguageTag(rawValue: $0) },
            image: try image.map { try JSONColumn.decode(ArticleImage.self, $0) },
            enclosures: try JSONColumn.decode([Enclosure].self, enclosures),
            related: try JSONColumn.decode([RelatedArticle].self, related), comments: comments.flatMap { URL(string: $0) },
            rights: rights)
    }

    /// A hash of everything the article says, to tell an edited item from an identical one.
    static func contentHash(of article: Article) throws -> String {
        StableHash.hex128(try JSONColumn.encode(article))
    }
}

/// JSON text for list and nested columns: sorted keys and numeric dates, so equal values give equal text.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
