import ArnaCore
import Foundation
import GRDB

/// The default ``ArticleStore``: one SQLite file, through GRDB.
///
/// A file-backed store is a `DatabasePool` in WAL mode, so readers never wait for the fetch
/// job's writes and a process killed at any instant leaves the last committed state: every
/// ``save(state:articles:)`` is one transaction. The schema is created and upgraded by named,
/// append-only migrations when the store is opened. Dates are kept to the millisecond.
public final class SQLiteArticleStore: ArticleStore {
    private let writer: any DatabaseWriter
    private let path: String
    private let now: @Sendable () -> Date

    /// Opens (creating if needed) the database file at `path` and brings its schema up to date.
    ///
    /// - Parameters:
    ///   - path: The SQLite file; its folder must exist.
    ///   - clock: Tells the time recorded as an article's first-seen and last-changed instants;
    ///     tests pass a fixed one.
    /// - Throws: ``StoreError`` of kind ``StoreError/Kind/cannotOpen`` or ``StoreError/Kind/migration``.
    public init(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.path = path
        self.now = clock
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration)
        } catch {
            throw StoreError(kind: .cannotOpen, path: path, operation: "open", detail: Self.message(error))
        }
        try migrate()
    }

    private init(memoryWith clock: @escaping @Sendable () -> Date) throws {
        path = ":memory:"
        now = clock
        do {
            writer = try DatabaseQueue(configuration: Self.configuration)
        } catch {
            throw StoreError(kind: .cannotOpen, path: path, operation: "open", detail: Self.message(error))
        }
        try migrate()
    }

    /// A store that lives in memory only, for tests and one-off runs (`arna parse`).
    /// - Parameter clock: Tells the time recorded as first-seen and last-changed instants.
    /// - Throws: ``StoreError`` when SQLite cannot create the database.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }) throws -> SQLiteArticleStore {
        try SQLiteArticleStore(memoryWith: clock)
    }

    private static var configuration: Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.label = "arna.store"
        return config
    }

    private func migrate() throws {
        do {
            try StoreMigrations.migrator.migrate(writer)
        } catch {
            throw StoreError(kind: .migration, path: path, operation: "migrate", detail: Self.message(error))
        }
    }

    /// The names of the migrations applied to this database, in order (`["v1"]`), for diagnostics.
    /// - Throws: ``StoreError`` when the database cannot be read.
    public func appliedMigrations() async throws -> [String] {
        try await read("migrations") { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    // MARK: - Fetch state

    /// See ``ArticleStore/fetchState(for:)``.
    public func fetchState(for sourceID: String) async throws -> FetchState? {
        try await read("fetchState", sourceID: sourceID) { db in
            try SourceStateRecord.fetchOne(db, key: sourceID)?.fetchState
        }
    }

    /// See ``ArticleStore/allFetchStates()``.
    public func allFetchStates() async throws -> [FetchState] {
        try await read("allFetchStates") { db in
            try SourceStateRecord.order(Column("source_id")).fetchAll(db).map(\.fetchState)
        }
    }

    /// See ``ArticleStore/saveState(_:)``.
    public func saveState(_ state: FetchState) async throws {
        try await write("saveState", sourceID: state.sourceID) { db in
            try SourceStateRecord(state).upsert(db)
        }
    }

    // MARK: - Articles

    /// See ``ArticleStore/save(state:articles:)``.
    public func save(state: FetchState, articles: [Article]) async throws -> SaveCounts {
        let sourceID = state.sourceID
        if let stray = articles.first(where: { $0.outlet.id != sourceID }) {
            throw StoreError(
                kind: .invalidArticle, path: path, operation: "save", sourceID: sourceID,
                detail: "article \(stray.id) belongs to outlet \"\(stray.outlet.id)\", not to this source")
        }
        // Hash outside the transaction: it is the costly part and needs no database.
        let hashed: [(Article, String)]
        do {
            hashed = try articles.map { ($0, try ArticleRecord.contentHash(of: $0)) }
        } catch {
            throw StoreError(kind: .invalidArticle, path: path, operation: "save", sourceID: sourceID, detail: Self.message(error))
        }
        let now = self.now()
        return try await write("save", sourceID: sourceID) { db in
            try SourceStateRecord(state).upsert(db)
            var known: [String: (hash: String, firstSeen: Date)] = [:]
            let ids = Array(Set(hashed.map(\.0.id.rawValue)))
            for start in stride(from: 0, to: ids.count, by: 500) {
                let chunk = Array(ids[start..<min(start + 500, ids.count)])
                let rows = try Row.fetchAll(
                    db, sql: "SELECT id, content_hash, first_seen FROM article WHERE id IN (\(databaseQuestionMarks(count: chunk.count)))",
                    arguments: StatementArguments(chunk))
                for row in rows { known[row["id"]] = (row["content_hash"], row["first_seen"]) }
            }
            var counts = SaveCounts()
            for (article, hash) in hashed {
                let id = article.id.rawValue
                if let existing = known[id] {
                    if existing.hash == hash { counts.unchanged += 1; continue }
                    try ArticleRecord(article, sourceID: sourceID, hash: hash, firstSeen: existing.firstSeen, now: now).update(db)
                    counts.updated += 1
                    known[id] = (hash, existing.firstSeen)
                } else {
                    try ArticleRecord(article, sourceID: sourceID, hash: hash, firstSeen: now, now: now).insert(db)
                    counts.new += 1
                    known[id] = (hash, now)
                }
            }
            return counts
        }
    }

    /// See ``ArticleStore/articles(newerThan:limit:)``.
    public func articles(newerThan: Date?, limit: Int?) async throws -> [Article] {
        let records = try await read("articles") { db in
            var request = ArticleRecord.order(Column("sort_date").desc, Column("id"))
            if let newerThan { request = request.filter(Column("sort_date") > newerThan) }
            if let limit { request = request.limit(max(0, limit)) }
            return try request.fetchAll(db)
        }
        return try records.map { record in
            do {
                return try record.article()
            } catch {
                throw StoreError(
                    kind: .corruptRow, path: path, operation: "articles", sourceID: record.sourceID,
                    detail: "article \(record.id): \(Self.message(error))")
            }
        }
    }

    /// See ``ArticleStore/articles(ids:)``.
    public func articles(ids: [ArticleID]) async throws -> [Article] {
        let keys = Array(Set(ids.map(\.rawValue)))
        let records = try await read("articles(ids:)") { db in
            var found: [ArticleRecord] = []
            for start in stride(from: 0, to: keys.count, by: 500) {
                let chunk = Array(keys[start..<min(start + 500, keys.count)])
                found += try ArticleRecord.filter(chunk.contains(Column("id"))).fetchAll(db)
            }
            return found
        }
        return try records.map { record in
            do {
                return try record.article()
            } catch {
                throw StoreError(
                    kind: .corruptRow, path: path, operation: "articles(ids:)", sourceID: record.sourceID,
                    detail: "article \(record.id): \(Self.message(error))")
            }
        }
    }

    /// See ``ArticleStore/articleCounts()``.
    public func articleCounts() async throws -> [String: Int] {
        try await read("articleCounts") { db in
            let rows = try Row.fetchAll(db, sql: "SELECT source_id, COUNT(*) AS n FROM article GROUP BY source_id")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["source_id"] as String, $0["n"] as Int) })
        }
    }

    /// See ``ArticleStore/deleteArticles(olderThan:)``.
    public func deleteArticles(olderThan date: Date) async throws -> Int {
        try await write("deleteArticles") { db in
            try ArticleRecord.filter(Column("sort_date") < date).deleteAll(db)
        }
    }

    // MARK: - Access with errors in context

    private func read<T: Sendable>(
        _ operation: String, sourceID: String? = nil, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        do {
            return try await writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(kind: .database, path: path, operation: operation, sourceID: sourceID, detail: Self.message(error))
        }
    }

    private func write<T: Sendable>(
        _ operation: String, sourceID: String? = nil, _ body: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        do {
            return try await writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(kind: .database, path: path, operation: operation, sourceID: sourceID, detail: Self.message(error))
        }
    }

    private static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return "\(error.message ?? error.resultCode.description) (\(error.resultCode))"
        }
        return String(describing: error)
    }
}
