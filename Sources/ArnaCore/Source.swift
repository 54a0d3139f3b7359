import Foundation

/// One subscription: an outlet's feed and how to treat it.
///
/// Sources live in an OPML file in `feeds/` (one `<outline type="rss">` each, options as
/// attributes); the store keeps their fetch state (``FetchState``) by ``id``.
public struct Source: Sendable, Hashable, Codable, Identifiable {
    /// Stable short id (`tengrinews-kk`), used in article ids: never change it once articles exist.
    public var id: String
    /// Display name of the outlet.
    public var title: String
    /// The feed (http, https or file URL).
    public var feedURL: URL
    /// The outlet's home page.
    public var siteURL: URL?
    /// The language the outlet publishes this feed in, when one.
    public var language: LanguageTag?
    /// A category for grouping (`news`, `culture`).
    public var category: String?
    /// How often to fetch; `nil` lets the scheduler decide from the outlet's own pace.
    public var refreshInterval: Duration?
    /// A disabled source is kept but never fetched.
    public var enabled: Bool
    /// Only items whose title or summary contains one of these words are kept (case-insensitive).
    public var includeKeywords: [String]
    /// Items whose title or summary contains one of these words are dropped.
    public var excludeKeywords: [String]
    /// Fetch each new item's page and keep the extracted body when the feed's is shorter.
    public var fullText: Bool
    /// The extraction rule for this source's article pages (a name in `feeds/extraction-rules.yaml`);
    /// `nil` picks the rule by the page's host.
    public var extractionRule: String?
    /// A folder of saved article pages read instead of fetching them (`NAME.html` for a page whose
    /// URL's last path component is `NAME`): for offline demos, tests and local mirrors.
    public var pagesFolder: URL?
    /// For a site without a feed: `feedURL` is a listing page and this XPath or CSS selector picks
    /// its article links, which become the source's items (OPML `arna:links`).
    public var linkSelector: String?

    /// Creates a source.
    public init(
        id: String, title: String, feedURL: URL, siteURL: URL? = nil, language: LanguageTag? = nil, category: String? = nil,
        refreshInterval: Duration? = nil, enabled: Bool = true, includeKeywords: [String] = [], excludeKeywords: [String] = [],
        fullText: Bool = false, extractionRule: String? = nil, pagesFolder: URL? = nil, linkSelector: String? = nil
    ) {
        self.id = id
        self.title = title
        self.feedURL = feedURL
        self.siteURL = siteURL
        self.language = language
        self.category = category
        self.refreshInterval = refreshInterval
        self.enabled = enabled
        self.includeKeywords = includeKeywords
        self.excludeKeywords = excludeKeywords
        self.fullText = fullText
        self.extractionRule = extractionRule
        self.pagesFolder = pagesFolder
        self.linkSelector = linkSelector
    }

    /// The outlet this source's articles belong to.
    public var outlet: Outlet {
        Outlet(id: id, name: title, siteURL: siteURL, feedURL: feedURL, language: language)
    }

    /// Whether an article passes the include/exclude keyword filters.
    public func accepts(_ article: Article) -> Bool {
        let text = (article.title + " " + (article.summary ?? "")).lowercased()
        if excludeKeywords.contains(where: { text.contains($0.lowercased()) }) { return false }
        if includeKeywords.isEmpty { return true }
        return includeKeywords.contains { text.contains($0.lowercased()) }
    }
}
