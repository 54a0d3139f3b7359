import Foundation
import ArnaCore
import Yams

/// The site's own settings, as written in `feeds/site.yaml`.
///
/// Everything the generator needs to know about the site: its name, where it lives, how its
/// feed and entry ids are minted, and where content and output go. Every field has a default,
/// so an empty or missing file still gives a usable configuration.
///
/// ```yaml
/// title: Арна
/// site_url: https://arna.kz/
/// id_base: "tag:arna.kz,2020:"
/// content_folder: Fixtures/site/articles
/// ```
public struct SiteSettings: Sendable, Hashable, Codable {
    /// The feed's title (`Арна — жаңалықтар`).
    public var title: String
    /// A one-line description of the site.
    public var subtitle: String?
    /// The site's home page; article links and the feeds' URLs are made from it.
    public var siteURL: URL
    /// Where the generated feeds are served from (defaults to `siteURL` + `feeds/`).
    public var feedsURL: URL?
    /// The tag URI prefix every feed and entry id starts with (`tag:arna.kz,2020:`).
    public var idBase: String
    /// The short id of the site as an outlet (`arna`); part of every article id.
    public var outletID: String
    /// The feed-level author's name.
    public var authorName: String
    /// The feed-level author's e-mail, when published.
    public var authorEmail: String?
    /// The site's language (`kk`).
    public var language: String
    /// A small square icon.
    public var icon: URL?
    /// A wide logo.
    public var logo: URL?
    /// The copyright statement.
    public var rights: String?
    /// The folder of article files (relative paths are taken from the current directory).
    public var contentFolder: String
    /// The folder the feeds are written to.
    public var outputFolder: String
    /// The path under `siteURL` where article pages live (`news` gives `https://arna.kz/news/SLUG`).
    public var articlePath: String
    /// How many entries the current feed carries.
    public var entriesPerFeed: Int
    /// How many entries each archive document holds (RFC 5005).
    public var archivePageSize: Int
    /// The SQLite file the aggregator keeps articles and fetch state in.
    public var storePath: String
    /// The subscription list (OPML) the aggregator reads.
    public var sources: String
    /// How many entries each merged feed carries.
    public var mergedEntries: Int
    /// Days an article stays in the store.
    public var retentionDays: Int

    enum CodingKeys: String, CodingKey {
        case title, subtitle, language, icon, logo, rights
        case siteURL = "site_url"
        case feedsURL = "feeds_url"
        case idBase = "id_base"
        case outletID = "outlet_id"
        case authorName = "author_name"
        case authorEmail = "author_email"
        case contentFolder = "content_folder"
        case outputFolder = "output_folder"
        case articlePath = "article_path"
        case entriesPerFeed = "entries_per_feed"
        case archivePageSize = "archive_page_size"
        case storePath = "store_path"
        case sources
        case mergedEntries = "merged_entries"
        case retentionDays = "retention_days"
    }

    /// Settings with every field at its default (the `arna.kz` sample site).
    public init() {
        title = "Арна"
        subtitle = nil
        siteURL = URL(string: "https://arna.kz/")!
        feedsURL = nil
        idBase = "tag:arna.kz,2020:"
        outletID = "arna"
        authorName = "Арна"
        authorEmail = nil
        language = "kk"
        icon = nil
        logo = nil
        rights = nil
        contentFolder = "Fixtures/site/articles"
        outputFolder = "out/feeds"
        articlePath = "news"
        entriesPerFeed = 50
        archivePageSize = 20
        storePath = ".arna/arna.sqlite"
        sources = "feeds/kazakh-outlets.opml"
        mergedEntries = 100
        retentionDays = 30
    }

    /// Decodes settings, taking the default for every absent key.
    public init(from decoder: any Decoder) throws {
        let d = SiteSettings()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? d.title
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        siteURL = try c.decodeIfPresent(URL.self, forKey: .siteURL) ?? d.siteURL
        feedsURL = try c.decodeIfPresent(URL.self, forKey: .feedsURL)
        idBase = try c.decodeIfPresent(String.self, forKey: .idBase) ?? d.idBase
        outletID = try c.decodeIfPresent(String.self, forKey: .outletID) ?? d.outletID
        authorName = try c.decodeIfPresent(String.self, forKey: .authorName) ?? d.authorName
        authorEmail = try c.decodeIfPresent(String.self, forKey: .authorEmail)
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? d.language
        icon = try c.decodeIfPresent(URL.self, forKey: .icon)
        logo = try c.decodeIfPresent(URL.self, forKey: .logo)
        rights = try c.decodeIfPresent(String.self, forKey: .rights)
        contentFolder = try c.decodeIfPresent(String.self, forKey: .contentFolder) ?? d.contentFolder
        outputFolder = try c.decodeIfPresent(String.self, forKey: .outputFolder) ?? d.outputFolder
        articlePath = try c.decodeIfPresent(String.self, forKey: .articlePath) ?? d.articlePath
        entriesPerFeed = try c.decodeIfPresent(Int.self, forKey: .entriesPerFeed) ?? d.entriesPerFeed
        archivePageSize = try c.decodeIfPresent(Int.self, forKey: .archivePageSize) ?? d.archivePageSize
        storePath = try c.decodeIfPresent(String.self, forKey: .storePath) ?? d.storePath
        sources = try c.decodeIfPresent(String.self, forKey: .sources) ?? d.sources
        mergedEntries = try c.decodeIfPresent(Int.self, forKey: .mergedEntries) ?? d.mergedEntries
        retentionDays = try c.decodeIfPresent(Int.self, forKey: .retentionDays) ?? d.retentionDays
    }

    /// Reads settings from YAML text; an empty document gives the defaults.
    ///
    /// - Parameters:
    ///   - yaml: The text of `site.yaml`.
    ///   - file: The name used in error messages.
    /// - Returns: The settings, defaults filled in.
    /// - Throws: `ContentError` when the YAML is malformed or a value has the wrong type.
    public static func decode(yaml: String, file: String = "site.yaml") throws(ContentError) -> SiteSettings {
        if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return SiteSettings() }
        do {
            return try YAMLDecoder().decode(SiteSettings.self, from: yaml)
        } catch {
            throw ContentError(file: file, message: ContentError.describe(error))
        }
    }

    /// Reads the settings file; a missing file gives the defaults.
    ///
    /// - Parameter url: Where `site.yaml` is.
    /// - Returns: The settings.
    /// - Throws: `ContentError` naming the file when it cannot be read or decoded.
    public static func load(from url: URL) throws(ContentError) -> SiteSettings {
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteSettings() }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ContentError(file: url.path, message: "cannot be read as UTF-8 text: \(error.localizedDescription)")
        }
        return try decode(yaml: text, file: url.path)
    }

    /// The URL the feeds are served from: `feedsURL`, or `siteURL` + `feeds/`.
    public var resolvedFeedsURL: URL {
        feedsURL ?? siteURL.appendingPathComponent("feeds", isDirectory: true)
    }

    /// The content folder as a file URL, relative paths resolved against `base`.
    public func contentFolderURL(relativeTo base: URL) -> URL { Self.resolve(contentFolder, base) }

    /// The output folder as a file URL, relative paths resolved against `base`.
    public func outputFolderURL(relativeTo base: URL) -> URL { Self.resolve(outputFolder, base) }

    private static func resolve(_ path: String, _ base: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path, isDirectory: true)
            : base.appendingPathComponent(path, isDirectory: true)
    }

    /// The site as an outlet, the owner of every article loaded from its content folder.
    public var outlet: Outlet {
        Outlet(id: outletID, name: title, siteURL: siteURL,
               feedURL: resolvedFeedsURL.appendingPathComponent("site.atom"),
               language: LanguageTag(rawValue: language))
    }
}
