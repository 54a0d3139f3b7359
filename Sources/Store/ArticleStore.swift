import ArnaCore
import Foundation

/// Where arna keeps articles and what it remembers about fetching each source, between runs.
///
/// The fetch job writes one source at a time (``save(state:articles:)`` in one transaction);
/// the aggregator and writers read ``articles(newerThan:limit:)``; a retention pass calls
/// ``deleteArticles(olderThan:)``. ``SQLiteArticleStore`` is the default implementation.
public protocol ArticleStore: Sendable {
    /// The fetch state of one source, or `nil` when it was never saved.
    /// - Throws: ``StoreError`` when the database cannot be read.
    func fetchState(for sourceID: String) async throws -> FetchState?

    /// The fetch states of every source ever saved, ordered by source id.
    /// - Throws: ``StoreError`` when the database cannot be read.
    func allFetchStates() async throws -> [FetchState]

    /// Saves a source's new fetch state and the articles of its feed, in one transaction.
    ///
    /// An article not stored yet is inserted; one stored with different content (the outlet
    /// edited it) is updated in place, keeping its first-seen time; an identical one is left
    /// untouched. An item the outlet edits never becomes a second article.
    /// - Parameters:
    ///   - state: The source's state after this fetch.
    ///   - articles: The feed's articles; each one's `outlet.id` must be `state.sourceID`.
    /// - Returns: How many articles were new, updated and unchanged.
    /// - Throws: ``StoreError``; on error nothing of this call is kept.
    func save(state: FetchState, articles: [Article]) async throws -> SaveCounts

    /// Saves a source's fetch state alone (a 304, an error, a disabled source).
    /// - Throws: ``StoreError`` when the database cannot be written.
    func saveState(_ state: FetchState) async throws

    /// Stored articles, newest first.
    ///
    /// Ordered by `published`, else `updated`, else when arna first saw the article, newest
    /// first; equal dates by article id.
    /// - Parameters:
    ///   - newerThan: Only articles whose date is after this instant; `nil` for all.
    ///   - limit: At most this many; `nil` for all.
    /// - Throws: ``StoreError`` when the database cannot be read or a row cannot be decoded.
    func articles(newerThan: Date?, limit: Int?) async throws -> [Article]

    /// The stored articles among `ids` (in no particular order); ids not stored are left out.
    ///
    /// The full-text step uses it to fetch only new items' pages and to keep bodies it extracted before.
    /// - Parameter ids: Article ids.
    /// - Throws: ``StoreError`` when the database cannot be read or a row cannot be decoded.
    func articles(ids: [ArticleID]) async throws -> [Article]

    /// How many articles are stored per source id (sources without articles are absent).
    /// - Throws: ``StoreError`` when the database cannot be read.
    func articleCounts() async throws -> [String: Int]

    /// Deletes the articles whose date (as ordered by ``articles(newerThan:limit:)``) is before `date`.
    /// - Returns: How many articles were deleted.
    /// - Throws: ``StoreError`` when the database cannot be written.
    func deleteArticles(olderThan date: Date) async throws -> Int
}

extension ArticleStore {
    /// The stored articles among `ids`, by reading every article: a default for stores without an index.
    public func articles(ids: [ArticleID]) async throws -> [Article] {
        let wanted = Set(ids)
        return try await articles(newerThan: nil, limit: nil).filter { wanted.contains($0.id) }
    }
}

/// What ``ArticleStore/save(state:articles:)`` did with a feed's articles.
public struct SaveCounts: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Articles stored for the first time.
    public var new: Int
    /// Articles already stored whose content changed (an edit by the outlet).
    public var updated: Int
    /// Articles already stored exactly as read.
    public var unchanged: Int

    /// Creates counts.
    public init(new: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
    }

    /// `3 new, 1 updated, 20 unchanged`.
    public var description: String { "\(new) new, \(updated) updated, \(unchanged) unchanged" }
}
