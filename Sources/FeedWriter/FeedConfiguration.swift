import ArnaCore
import Foundation

/// What the writers need to know about the feed being written: its identity, its links and
/// its owner, and how many entries go where.
///
/// Every value comes from settings, never from the clock, so the same configuration and the
/// same articles always give the same bytes.
public struct FeedConfiguration: Sendable, Hashable {
    /// The tag URI prefix of the feed's and the entries' ids (`tag:arna.kz,2020:`).
    public var idBase: String
    /// The feed's title.
    public var title: String
    /// A one-line description.
    public var subtitle: String?
    /// The site's home page (the feed's `alternate` link).
    public var siteURL: URL
    /// The folder URL the feed files are served from; self and archive links are made from it.
    public var feedsURL: URL
    /// The feed-level author.
    public var author: Person
    /// The feed's language (`kk`).
    public var language: LanguageTag?
    /// A small square icon.
    public var icon: URL?
    /// A wide logo.
    public var logo: URL?
    /// The copyright statement.
    public var rights: String?
    /// The site's own outlet id: entries from any other outlet carry an `atom:source`.
    public var outletID: String
    /// The most entries the current feed carries (default 50).
    public var entriesPerFeed: Int
    /// How many entries each archive document holds (RFC 5005; at most `entriesPerFeed`).
    public var archivePageSize: Int
    /// The file name stem: `site` gives `site.atom`, `site.rss`, `site.json`.
    public var baseName: String

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - idBase: Tag URI prefix, ending in `:` (`tag:arna.kz,2020:`).
    ///   - title: The feed title.
    ///   - siteURL: The site's home page.
    ///   - feedsURL: Where the feed files are served; defaults to `siteURL` + `feeds/`.
    ///   - author: The feed-level author.
    ///   - outletID: The site's own outlet id.
    public init(
        idBase: String, title: String, subtitle: String? = nil, siteURL: URL, feedsURL: URL? = nil,
        author: Person, language: LanguageTag? = nil, icon: URL? = nil, logo: URL? = nil,
        rights: String? = nil, outletID: String, entriesPerFeed: Int = 50, archivePageSize: Int = 20,
        baseName: String = "site"
    ) {
        self.idBase = idBase
        self.title = title
        self.subtitle = subtitle
        self.siteURL = siteURL
        self.feedsURL = feedsURL ?? siteURL.appendingPathComponent("feeds", isDirectory: true)
        self.author = author
        self.language = language
        self.icon = icon
        self.logo = logo
        self.rights = rights
        self.outletID = outletID
        self.entriesPerFeed = entriesPerFeed
        self.archivePageSize = archivePageSize
        self.baseName = baseName
    }

    /// The feed's id: the same for the current feed and its archives.
    public var feedID: String { idBase + "feeds/" + baseName }

    /// The id of an article's entry: `idBase` + `articles/` + the article id, which the article
    /// keeps however it is edited.
    public func entryID(for article: Article) -> String { idBase + "articles/" + article.id.rawValue }

    /// The tag id of an outlet (for `atom:source`).
    public func outletTagID(_ outlet: Outlet) -> String { idBase + "outlets/" + outlet.id }

    /// The file name of the Atom feed (`site.atom`).
    public var atomFileName: String { baseName + ".atom" }
    /// The file name of the RSS feed (`site.rss`).
    public var rssFileName: String { baseName + ".rss" }
    /// The file name of the JSON Feed (`site.json`).
    public var jsonFileName: String { baseName + ".json" }
    /// The file name of archive page `page` (1 is the oldest): `archive-1.atom`, or `BASE-archive-1.atom`.
    public func archiveFileName(_ page: Int) -> String {
        (baseName == "site" ? "" : baseName + "-") + "archive-\(page).atom"
    }

    /// The public URL of a feed file.
    public func url(of fileName: String) -> URL { feedsURL.appendingPathComponent(fileName) }

    /// Entries per archive page, kept between 1 and `entriesPerFeed`.
    var pageSize: Int { max(1, min(archivePageSize, max(1, entriesPerFeed))) }
}
