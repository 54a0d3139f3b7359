import Foundation

/// What the reader understood of one feed document: the `arna parse --json` contract
/// (`shared/contracts/parse-json.md`), as Swift values.
///
/// Every URL is absolute, every date is an instant, every html value is sanitized.
/// Recoverable faults are values here (`bozo`, `errors`), not thrown errors.
public struct ParsedFeed: Sendable, Hashable {
    /// The format the document was read as.
    public var format: FeedFormat
    /// The lower-case name of the charset used to decode the bytes (`utf-8`, `windows-1251`).
    public var encoding: String
    /// Whether the document was broken and read anyway.
    public var bozo: Bool { !errors.isEmpty }
    /// What was wrong with the document, one line each.
    public var errors: [String]
    /// Feed-level metadata.
    public var feed: FeedMetadata
    /// The items, in document order.
    public var items: [FeedItem]

    public init(format: FeedFormat, encoding: String, errors: [String] = [], feed: FeedMetadata = FeedMetadata(), items: [FeedItem] = []) {
        self.format = format
        self.encoding = encoding
        self.errors = errors
        self.feed = feed
        self.items = items
    }
}

/// The feed formats arna reads.
public enum FeedFormat: String, Sendable, Hashable, CaseIterable {
    case rss20, rss10, rss094, rss093, rss092, rss091, rss090, atom10, atom03, json11, json10
}

/// The kind of a text value: plain text, HTML markup, or XHTML markup (Atom text constructs).
public enum TextType: String, Sendable, Hashable {
    case text, html, xhtml
}

/// A link with its relation (Atom `link`, `atom:link` in RSS).
public struct FeedLink: Sendable, Hashable {
    public var href: URL
    public var rel: String
    public var type: String?
    public var title: String?
    public var hreflang: String?
    public var length: Int64?

    public init(href: URL, rel: String = "alternate", type: String? = nil, title: String? = nil, hreflang: String? = nil, length: Int64? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.hreflang = hreflang
        self.length = length
    }
}

/// A person construct: `name`, `email`, `uri`, any of which may be absent.
public struct FeedPerson: Sendable, Hashable {
    public var name: String?
    public var email: String?
    public var uri: URL?

    public init(name: String? = nil, email: String? = nil, uri: URL? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }
}

/// A category with its scheme (RSS `domain`) and label.
public struct FeedCategory: Sendable, Hashable {
    public var term: String
    public var scheme: String?
    public var label: String?

    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}

/// The software that made the feed.
public struct FeedGenerator: Sendable, Hashable {
    public var name: String?
    public var uri: URL?
    public var version: String?

    public init(name: String? = nil, uri: URL? = nil, version: String? = nil) {
        self.name = name
        self.uri = uri
        self.version = version
    }
}

/// The feed's picture (RSS `image`, Atom `logo`, `itunes:image`).
public struct FeedImage: Sendable, Hashable {
    public var url: URL?
    public var title: String?
    public var link: URL?
    public var width: Int?
    public var height: Int?

    public init(url: URL? = nil, title: String? = nil, link: URL? = nil, width: Int? = nil, height: Int? = nil) {
        self.url = url
        self.title = title
        self.link = link
        self.width = width
        self.height = height
    }
}

/// A body of content with its type and language (Atom `content`, `content:encoded`).
public struct FeedContent: Sendable, Hashable {
    public var value: String
    public var type: TextType
    public var language: String?

    public init(value: String, type: TextType, language: String? = nil) {
        self.value = value
        self.type = type
        self.language = language
    }
}

/// A media file attached to an item.
public struct FeedEnclosure: Sendable, Hashable {
    public var url: URL
    public var type: String?
    public var length: Int64?

    public init(url: URL, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}

/// Where an item was first published (Atom `source`, RSS `source`).
public struct FeedSource: Sendable, Hashable {
    public var title: String?
    public var link: URL?
    public var id: String?
    public var url: URL?
    public var updated: Date?

    public init(title: String? = nil, link: URL? = nil, id: String? = nil, url: URL? = nil, updated: Date? = nil) {
        self.title = title
        self.link = link
        self.id = id
        self.url = url
        self.updated = updated
    }
}

/// Feed-level metadata.
public struct FeedMetadata: Sendable, Hashable {
    public var title: String?
    public var titleType: TextType = .text
    public var subtitle: String?
    public var subtitleType: TextType = .text
    public var id: String?
    public var link: URL?
    public var links: [FeedLink] = []
    public var language: String?
    public var updated: Date?
    public var published: Date?
    public var authors: [FeedPerson] = []
    public var contributors: [FeedPerson] = []
    public var categories: [FeedCategory] = []
    public var rights: String?
    public var rightsType: TextType = .text
    public var generator: FeedGenerator?
    public var icon: URL?
    public var image: FeedImage?
    /// RSS `ttl`, in minutes.
    public var ttl: Int?
    /// `sy:updatePeriod` (`hourly`, `daily`, `weekly`, `monthly`, `yearly`), lower-cased.
    public var updatePeriod: String?
    /// `sy:updateFrequency`: updates per period (1 when absent).
    public var updateFrequency: Int?

    /// The shortest refresh interval the feed asks for, from `ttl` or the syndication module
    /// (`updatePeriod` / `updateFrequency`), whichever is longer; `nil` when it says neither.
    ///
    /// A refresh scheduler should not fetch the feed more often than this.
    public var requestedInterval: Duration? {
        let ttlInterval = ttl.flatMap { $0 > 0 ? Duration.seconds($0 * 60) : nil }
        let period: Int? = switch updatePeriod {
        case "hourly": 3600
        case "daily": 86_400
        case "weekly": 7 * 86_400
        case "monthly": 30 * 86_400
        case "yearly": 365 * 86_400
        default: nil
        }
        let frequency = max(updateFrequency ?? 1, 1)
        let syInterval = period.map { Duration.seconds($0 / frequency) }
        return [ttlInterval, syInterval].compactMap { $0 }.max()
    }

    public init() {}
}

/// One item (RSS `item`, Atom `entry`, JSON Feed item).
public struct FeedItem: Sendable, Hashable {
    public var id: String?
    public var title: String?
    public var titleType: TextType = .text
    public var link: URL?
    public var links: [FeedLink] = []
    public var summary: String?
    public var summaryType: TextType = .text
    public var content: [FeedContent] = []
    public var published: Date?
    public var updated: Date?
    public var authors: [FeedPerson] = []
    public var contributors: [FeedPerson] = []
    public var categories: [FeedCategory] = []
    public var enclosures: [FeedEnclosure] = []
    public var comments: URL?
    public var rights: String?
    public var rightsType: TextType = .text
    public var language: String?
    /// The lead picture: `media:thumbnail`, an image `media:content`, or an image enclosure.
    public var image: URL?
    public var source: FeedSource?
    /// What the lead picture shows (`media:description`). Not in the JSON contract; the article model uses it.
    public var imageCaption: String?
    /// Who took the lead picture (`media:credit`). Not in the JSON contract; the article model uses it.
    public var imageCredit: String?

    public init() {}
}
