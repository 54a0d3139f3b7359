import ArnaCore
import ArnaTestSupport
import Foundation
import Store
import Testing

@Suite("SQLite article store")
struct SQLiteArticleStoreTests {
    let clock = TestClock(StoreTestData.now)

    func makeStore() throws -> SQLiteArticleStore {
        let clock = self.clock
        return try SQLiteArticleStore.inMemory { clock.now }
    }

    @Test func insertThenSameArticlesAreUnchanged() async throws {
        let store = try makeStore()
        let feed = StoreTestData.tengrinewsFeed()
        let state = StoreTestData.state("tengrinews-kk")
        #expect(try await store.save(state: state, articles: feed) == SaveCounts(new: 3))
        #expect(try await store.save(state: state, articles: feed) == SaveCounts(unchanged: 3))
        #expect(try await store.articleCounts() == ["tengrinews-kk": 3])
    }

    @Test func storedArticlesReadBackEqual() async throws {
        let store = try makeStore()
        let feed = StoreTestData.tengrinewsFeed()
        _ = try await store.save(state: StoreTestData.state("tengrinews-kk"), articles: feed)
        let stored = try await store.articles(newerThan: nil, limit: nil)
        #expect(stored == feed, "every field, lists and nested values included, survives the round trip")
    }

    @Test func editedTitleUpdatesTheSameRow() async throws {
        let store = try makeStore()
        var feed = StoreTestData.tengrinewsFeed()
        let state = StoreTestData.state("tengrinews-kk")
        _ = try await store.save(state: state, articles: feed)
        clock.advance(by: 600)
        feed[1].title = "Астанада жаңа көпір салтанатты түрде ашылды"
        #expect(try await store.save(state: state, articles: feed) == SaveCounts(updated: 1, unchanged: 2))
        let stored = try await store.articles(newerThan: nil, limit: nil)
        #expect(stored.count == 3)
        #expect(stored.filter { $0.id == feed[1].id }.map(\.title) == ["Астанада жаңа көпір салтанатты түрде ашылды"])
        #expect(try await store.articleCounts() == ["tengrinews-kk": 3])
    }

    @Test func anEditKeepsWhenTheArticleWasFirstSeen() async throws {
        let store = try makeStore()
        let t = StoreTestData.tengrinews
        var undated = StoreTestData.article(t, guid: "undated", title: "Күні жоқ", hoursAgo: nil)
        _ = try await store.save(state: FetchState(sourceID: t.id), articles: [undated])
        clock.advance(by: 3600)
        undated.summary = "<p>Түзетілді.</p>"
        #expect(try await store.save(state: FetchState(sourceID: t.id), articles: [undated]) == SaveCounts(updated: 1))
        // An undated article sorts by when it was first seen: still an hour ago, not now.
        #expect(try await store.articles(newerThan: StoreTestData.now + 1800, limit: nil).isEmpty)
        #expect(try await store.articles(newerThan: nil, limit: nil).map(\.summary) == ["<p>Түзетілді.</p>"])
    }

    @Test func fetchStateRoundTripIncludingNils() async throws {
        let store = try makeStore()
        let full = FetchState(
            sourceID: "zakon-ru", currentURL: URL(string: "https://www.zakon.kz/rss.xml"), etag: "W/\"x\"",
            lastModified: "Tue, 24 Nov 2026 12:00:00 GMT", lastSuccess: StoreTestData.now - 3600,
            lastAttempt: StoreTestData.now, consecutiveErrors: 3, lastError: "HTTP 503 Service Unavailable",
            nextDue: StoreTestData.now + 1800, disabledReason: "410 Gone")
        let bare = FetchState(sourceID: "egemen-kk")
        try await store.saveState(full)
        try await store.saveState(bare)
        #expect(try await store.fetchState(for: "zakon-ru") == full)
        #expect(try await store.fetchState(for: "egemen-kk") == bare)
        #expect(try await store.fetchState(for: "nobody") == nil)
        #expect(try await store.allFetchStates() == [bare, full], "ordered by source id")

        var recovered = full
        recovered.consecutiveErrors = 0
        recovered.lastError = nil
        recovered.disabledReason = nil
        try await store.saveState(recovered)
        #expect(try await store.fetchState(for: "zakon-ru") == recovered)
        #expect(try await store.allFetchStates().count == 2)
    }

    @Test func savingStateAloneKeepsTheSourcesArticles() async throws {
        let store = try makeStore()
        _ = try await store.save(state: StoreTestData.state("tengrinews-kk"), articles: StoreTestData.tengrinewsFeed())
        var notModified = StoreTestData.state("tengrinews-kk")
        notModified.lastAttempt = StoreTestData.now + 900
        try await store.saveState(notModified)
        #expect(try await store.articleCounts() == ["tengrinews-kk": 3])
        #expect(try await store.fetchState(for: "tengrinews-kk") == notModified)
    }

    @Test func retentionDeletesOnlyOldArticles() async throws {
        let store = try makeStore()
        let outlet = StoreTestData.tengrinews
        let feed = [
            StoreTestData.article(outlet, guid: "new", title: "Жаңа", hoursAgo: 2),
            StoreTestData.article(outlet, guid: "edge", title: "Шекарада", hoursAgo: 24 * 30 - 1),
            StoreTestData.article(outlet, guid: "old", title: "Ескі", hoursAgo: 24 * 31),
            StoreTestData.article(outlet, guid: "older", title: "Өте ескі", hoursAgo: 24 * 90),
            // No published date: aged by `updated`.
            StoreTestData.article(outlet, guid: "updated-only", title: "Тек жаңартылған", hoursAgo: nil, updatedHoursAgo: 24 * 40),
        ]
        _ = try await store.save(state: StoreTestData.state(outlet.id), articles: feed)
        let deleted = try await store.deleteArticles(olderThan: StoreTestData.now - 30 * 86_400)
        #expect(deleted == 3)
        #expect(try await store.articles(newerThan: nil, limit: nil).map(\.title) == ["Жаңа", "Шекарада"])
    }

    @Test func newestFirstWithLimitAndCutoff() async throws {
        let store = try makeStore()
        let t = StoreTestData.tengrinews, z = StoreTestData.zakon
        _ = try await store.save(state: StoreTestData.state(t.id), articles: [
            StoreTestData.article(t, guid: "t1", title: "t1", hoursAgo: 5),
            StoreTestData.article(t, guid: "t2", title: "t2", hoursAgo: 1),
            StoreTestData.article(t, guid: "t3", title: "t3 (no date)", hoursAgo: nil),  // first seen now
        ])
        _ = try await store.save(state: FetchState(sourceID: z.id), articles: [
            StoreTestData.article(z, guid: "z1", title: "z1", hoursAgo: 3),
            StoreTestData.article(z, guid: "z2", title: "z2", hoursAgo: nil, updatedHoursAgo: 2),
        ])
        let all = try await store.articles(newerThan: nil, limit: nil)
        #expect(all.map(\.title) == ["t3 (no date)", "t2", "z2", "z1", "t1"])
        #expect(try await store.articles(newerThan: nil, limit: 2).map(\.title) == ["t3 (no date)", "t2"])
        let recent = try await store.articles(newerThan: StoreTestData.now - 2.5 * 3600, limit: nil)
        #expect(recent.map(\.title) == ["t3 (no date)", "t2", "z2"])
        #expect(try await store.articleCounts() == ["tengrinews-kk": 3, "zakon-ru": 2])
    }

    @Test func equalDatesAreOrderedByID() async throws {
        let store = try makeStore()
        let t = StoreTestData.tengrinews
        let feed = (1...4).map { StoreTestData.article(t, guid: "same-\($0)", title: "\($0)", hoursAgo: 3) }
        _ = try await store.save(state: FetchState(sourceID: t.id), articles: feed)
        let ids = try await store.articles(newerThan: nil, limit: nil).map(\.id)
        #expect(ids == feed.map(\.id).sorted())
    }

    @Test func aFailedSaveRollsBackTheWholeTransaction() async throws {
        let store = try makeStore()
        let t = StoreTestData.tengrinews
        let before = StoreTestData.state(t.id)
        _ = try await store.save(state: before, articles: [StoreTestData.tengrinewsFeed()[0]])
        var after = before
        after.etag = "\"new\""
        var feed = StoreTestData.tengrinewsFeed()
        // The schema refuses an empty id (CHECK), after two good inserts in the same transaction.
        feed.append(Article(id: ArticleID(rawValue: ""), outlet: t, title: "No id"))
        let error = await #expect(throws: StoreError.self) { try await store.save(state: after, articles: feed) }
        #expect(error?.kind == .database)
        #expect(error?.operation == "save")
        #expect(try await store.articleCounts() == ["tengrinews-kk": 1])
        #expect(try await store.fetchState(for: t.id) == before, "the new state is not kept either")
    }

    @Test func articleOfAnotherOutletIsRejectedAndNothingIsSaved() async throws {
        let store = try makeStore()
        var feed = StoreTestData.tengrinewsFeed()
        feed.append(StoreTestData.article(StoreTestData.zakon, guid: "z", title: "z", hoursAgo: 1))
        let error = await #expect(throws: StoreError.self) {
            try await store.save(state: StoreTestData.state("tengrinews-kk"), articles: feed)
        }
        #expect(error?.kind == .invalidArticle)
        #expect(error?.sourceID == "tengrinews-kk")
        #expect(try await store.articleCounts().isEmpty)
        #expect(try await store.fetchState(for: "tengrinews-kk") == nil)
    }
}

@Suite("SQLite store on disk")
struct SQLiteFileStoreTests {
    @Test func reopenedStoreKeepsDataAndMigratesOnce() async throws {
        let folder = try Fixture.temporaryDirectory("arna-store")
        let path = folder.appendingPathComponent("arna.sqlite").path
        let feed = StoreTestData.tengrinewsFeed()
        let state = StoreTestData.state("tengrinews-kk")
        do {
            let store = try SQLiteArticleStore(path: path) { StoreTestData.now }
            #expect(try await store.appliedMigrations() == ["v1"])
            #expect(try await store.save(state: state, articles: feed) == SaveCounts(new: 3))
        }
        let reopened = try SQLiteArticleStore(path: path) { StoreTestData.now + 3600 }
        #expect(try await reopened.appliedMigrations() == ["v1"])
        #expect(try await reopened.fetchState(for: "tengrinews-kk") == state)
        #expect(try await reopened.articles(newerThan: nil, limit: nil) == feed)
        #expect(try await reopened.save(state: state, articles: feed) == SaveCounts(unchanged: 3))
        #expect(FileManager.default.fileExists(atPath: path + "-wal"), "a file store runs in WAL mode")
    }

    @Test func missingFolderCannotOpen() throws {
        let path = "/nonexistent-arna-folder/arna.sqlite"
        let error = try #require(throws: StoreError.self) { try SQLiteArticleStore(path: path) }
        #expect(error.kind == .cannotOpen)
        #expect(error.description.hasPrefix(path))
    }

    @Test func aFileThatIsNotSQLiteCannotOpen() throws {
        let folder = try Fixture.temporaryDirectory("arna-store")
        let url = folder.appendingPathComponent("notes.sqlite")
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: url)
        let error = try #require(throws: StoreError.self) { try SQLiteArticleStore(path: url.path) }
        #expect(error.kind == .cannotOpen || error.kind == .migration)
    }
}
