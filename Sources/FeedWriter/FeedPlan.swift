import ArnaCore
import Foundation

/// Which articles go into the current feed and which into each RFC 5005 archive page.
///
/// Archive pages are cut from all articles in publication order (oldest first, ties broken by
/// id), `archivePageSize` at a time, full pages only: page 1 holds the oldest. A new article
/// is published later than every article before it, so it only ever lands after the last full
/// page; full pages keep their entries and therefore their bytes. The current feed carries
/// every article not yet on a full page, topped up with the most recently updated others until
/// it has `entriesPerFeed` (RFC 5005 allows an entry in both; readers prefer the newer
/// document). Walking `prev-archive` from the current feed reaches every article.
public struct FeedPlan: Sendable {
    /// The current feed's entries, newest first.
    public var current: [Article]
    /// The archive pages, oldest first (`archives[0]` is `archive-1.atom`); each newest first.
    public var archives: [[Article]]

    /// Plans the documents for `articles` under `configuration`.
    ///
    /// - Parameters:
    ///   - articles: Every article of the feed, in any order; duplicates by id keep the last.
    ///   - configuration: Gives the entry count and the page size.
    public init(articles: [Article], configuration: FeedConfiguration) {
        var byID: [ArticleID: Article] = [:]
        for a in articles { byID[a.id] = a }
        let chronological = byID.values.sorted(by: FeedPlan.publishedOrder)
        let size = configuration.pageSize
        let fullPages = chronological.count / size
        archives = (0..<fullPages).map { page in
            Array(chronological[(page * size)..<((page + 1) * size)]).sorted(by: FeedPlan.newestFirst)
        }
        var chosen = Array(chronological[(fullPages * size)...])
        var ids = Set(chosen.map(\.id))
        for a in chronological.sorted(by: FeedPlan.newestFirst) where chosen.count < configuration.entriesPerFeed {
            if ids.insert(a.id).inserted { chosen.append(a) }
        }
        current = chosen.sorted(by: FeedPlan.newestFirst)
    }

    /// The date an entry is filed under for archiving: first publication.
    static func filingDate(_ a: Article) -> Date { a.published ?? a.updated ?? .distantPast }

    /// The date an entry shows as `updated`: its last change, else its publication.
    static func updatedDate(_ a: Article) -> Date { a.latestDate ?? Date(timeIntervalSince1970: 0) }

    /// Oldest publication first, ties by id.
    static func publishedOrder(_ a: Article, _ b: Article) -> Bool {
        let da = filingDate(a), db = filingDate(b)
        return da != db ? da < db : a.id < b.id
    }

    /// Most recently updated first, ties by id: the order of entries in every document.
    public static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        let da = updatedDate(a), db = updatedDate(b)
        return da != db ? da > db : a.id < b.id
    }

    /// The newest `updated` among `articles` (the document's own `updated`); the Unix epoch
    /// for an empty document, never the current time.
    static func newest(_ articles: [Article]) -> Date {
        articles.map(updatedDate).max() ?? Date(timeIntervalSince1970: 0)
    }
}
