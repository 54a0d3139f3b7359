import ArnaCore
import ArnaTestSupport
import ArticleExtractor
import FeedWriter
import Fetcher
import Foundation
import Refresh
import Store
import Testing

/// A thin feed with `fullText`: new items' pages are fetched once, through the runner's fetcher,
/// and their bodies stored; stored items are not fetched again and keep their full bodies.
@Suite struct FullTextEnricherTests {
    static let pages = [
        "402315-senat-byudzhet-kodeksine-tuzetulerdi-maqulday", "402290-abay-murazhayyna-sirek-qolzhazba-tapsyryldy",
        "402244-auyl-sharuashylygy-onimderinin-eksporty-osti", "402198-zhas-galymdarga-arnalgan-granttar-konkursy-zhariyalandy",
        "402150-qostanayda-astyq-qoymalary-toldy", "402121-ulttyq-teatrda-qyz-zhibek-operasynyn-zhana-qoyylymy",
    ]
    let source = Source(id: "egemen-kk", title: "Egemen Qazaqstan", feedURL: URL(string: "https://egemen.kz/rss")!, language: .kazakh, fullText: true)

    func runner(store: SQLiteArticleStore, fetcher: FakeFetcher) throws -> RefreshRunner {
        let configuration = FeedConfiguration(idBase: "tag:arna.kz,2020:", title: "Арна", siteURL: URL(string: "https://arna.kz/")!,
                                              author: Person(name: "Арна"), outletID: "arna", entriesPerFeed: 100)
        var runner = RefreshRunner(store: store, fetcher: fetcher,
                                   publisher: MergedFeedPublisher(base: configuration, folder: try Fixture.temporaryDirectory("fulltext")),
                                   now: { Date(timeIntervalSince1970: 1_795_608_000) })
        let rules = try ExtractionRuleSet.load(from: Fixture.repository.appendingPathComponent("feeds/extraction-rules.yaml"))
        runner.fullText = FullTextEnricher(extractor: ArticleExtractor(rules: rules))
        return runner
    }

    func pageURL(_ name: String) -> URL { URL(string: "https://egemen.kz/article/\(name)")! }

    @Test func newItemsGetTheirPagesBodyOnceAndKeepItOnTheNextRun() async throws {
        let store = try SQLiteArticleStore.inMemory()
        let fetcher = FakeFetcher()
        await fetcher.set(source.feedURL, .file(Fixture.url("demo/egemen-kk.xml").path, etag: nil))
        for name in Self.pages.dropLast() {
            await fetcher.set(pageURL(name), .file(Fixture.url("demo/pages/\(name).html").path, etag: nil))
        }
        await fetcher.set(pageURL(Self.pages.last!), .failure("connection reset"))
        let runner = try runner(store: store, fetcher: fetcher)

        let first = try await runner.refresh([source], all: true)
        #expect(first.sources.map(\.outcome) == [.read(new: 6, updated: 0, unchanged: 0, bozo: false)])
        let requested = await fetcher.requests.map(\.url)
        #expect(requested.filter { $0.host == "egemen.kz" && $0.path.hasPrefix("/article/") }.count == 6, "each new item's page once")

        let stored = Dictionary(uniqueKeysWithValues: try await store.articles(newerThan: nil, limit: nil).map { ($0.url!.lastPathComponent, $0) })
        let senat = try #require(stored[Self.pages[0]])
        #expect(senat.contentHTML?.contains("Сенат депутаттары жалпы отырыста") == true)
        #expect(senat.contentHTML?.contains("Соңғы жаңалықтар") == false)
        #expect(senat.contentHTML?.components(separatedBy: "<p>").count == 5)
        #expect(senat.authors.compactMap(\.name) == ["Нұрлан ҚАЛИҰЛЫ"])
        #expect(senat.image?.url.absoluteString == "https://egemen.kz/uploads/2026/11/senat.jpg")
        #expect(senat.image?.credit == "Сенаттың баспасөз қызметі")
        #expect(senat.summary == "Түзетулер жергілікті бюджеттердің дербестігін арттырады.", "the feed's own fields stay")
        // The page that failed leaves the feed's item as it was.
        let opera = try #require(stored[Self.pages[5]])
        #expect(opera.contentHTML == nil)
        #expect(opera.summary == "Премьера желтоқсанның басында өтеді.")

        // Second run: the thin feed again. Nothing is fetched but the feed; stored bodies are kept.
        let before = await fetcher.requests.count
        let second = try await runner.refresh([source], all: true)
        #expect(second.sources.map(\.outcome) == [.read(new: 0, updated: 0, unchanged: 6, bozo: false)])
        #expect(await fetcher.requests.count == before + 1)
        let again = try await store.articles(ids: [senat.id])
        #expect(again.first?.contentHTML == senat.contentHTML)
    }

    @Test func aSourceWithoutFullTextFetchesNoPage() async throws {
        let store = try SQLiteArticleStore.inMemory()
        let fetcher = FakeFetcher()
        var thin = source
        thin.fullText = false
        await fetcher.set(thin.feedURL, .file(Fixture.url("demo/egemen-kk.xml").path, etag: nil))
        _ = try await runner(store: store, fetcher: fetcher).refresh([thin], all: true)
        #expect(await fetcher.requests.map(\.url) == [thin.feedURL])
        #expect(try await store.articles(newerThan: nil, limit: nil).allSatisfy { $0.contentHTML == nil })
    }

    @Test func aPagesFolderMapsTheLinkToAFile() {
        var offline = source
        offline.pagesFolder = URL(fileURLWithPath: "/srv/pages", isDirectory: true)
        #expect(FullTextEnricher.location(of: pageURL("1-a"), in: offline).path == "/srv/pages/1-a.html")
        #expect(FullTextEnricher.location(of: pageURL("1-a"), in: source) == pageURL("1-a"))
    }

    @Test func thePageBodyReplacesOnlyAShorterFeedBody() {
        let outlet = source.outlet
        let feed = Article(id: ArticleID(rawValue: "x/1"), outlet: outlet, title: "T", summary: "Бір сөйлем.")
        let page = Article(id: ArticleID(rawValue: "y/1"), outlet: outlet, title: "T", contentHTML: "<p>Бір сөйлем. Тағы бір ұзын сөйлем.</p>",
                           authors: [Person(name: "А. Б.")])
        let merged = FullTextEnricher.merged(feed, with: page)
        #expect(merged?.contentHTML == page.contentHTML)
        #expect(merged?.id == feed.id)
        #expect(merged?.authors == page.authors)
        var long = feed
        long.contentHTML = "<p>" + String(repeating: "ұзын мәтін ", count: 20) + "</p>"
        #expect(FullTextEnricher.merged(long, with: page) == nil)
    }
}

/// A site without a feed: a listing page plus a link selector is refreshed like a feed.
@Suite struct ListingSourceTests {
    @Test func aListingPageBecomesAFeedOfFullArticles() async throws {
        let store = try SQLiteArticleStore.inMemory()
        let fetcher = FakeFetcher()
        let pages = Fixture.url("demo/pages")
        let source = Source(id: "egemen-news", title: "Egemen Qazaqstan", feedURL: URL(string: "https://egemen.kz/news")!, language: .kazakh,
                            fullText: true, pagesFolder: pages, linkSelector: ".news-feed h3 a")
        await fetcher.set(source.feedURL, .file(Fixture.url("extract/listings/egemen-news.html").path, etag: "\"l1\""))
        for name in FullTextEnricherTests.pages {
            let file = pages.appendingPathComponent(name + ".html")
            await fetcher.set(file, .file(file.path, etag: nil))
        }
        let runner = try FullTextEnricherTests().runner(store: store, fetcher: fetcher)
        let first = try await runner.refresh([source], all: true)
        #expect(first.sources.map(\.outcome) == [.read(new: 6, updated: 0, unchanged: 0, bozo: false)])
        let stored = try await store.articles(newerThan: nil, limit: nil)
        let exports = try #require(stored.first { $0.url?.lastPathComponent == "402244-auyl-sharuashylygy-onimderinin-eksporty-osti" })
        #expect(exports.title == "Ауыл шаруашылығы өнімдерінің экспорты өсті")
        #expect(exports.published.map { ISO8601DateFormatter().string(from: $0) } == "2026-11-24T04:20:00Z")
        #expect(exports.contentHTML?.contains("Министрлік жыл соңына дейін экспорттың 5 миллиард доллардан асатынын болжайды.") == true)
        #expect(exports.authors.compactMap(\.name) == ["Дәурен БЕКЕТОВ"])
        #expect(exports.language == .kazakh)
        #expect(try await store.fetchState(for: source.id)?.etag == "\"l1\"")

        // The listing again, with its validator: a 304, and no page fetched again.
        let before = await fetcher.requests.count
        let second = try await runner.refresh([source], all: true)
        #expect(second.sources.map(\.outcome) == [.notModified])
        #expect(await fetcher.requests.count == before + 1)
    }

    @Test func aListingWhoseSelectorMatchesNothingFailsTheSource() async throws {
        let store = try SQLiteArticleStore.inMemory()
        let fetcher = FakeFetcher()
        let source = Source(id: "egemen-news", title: "Egemen", feedURL: URL(string: "https://egemen.kz/news")!, linkSelector: ".gone a")
        await fetcher.set(source.feedURL, .file(Fixture.url("extract/listings/egemen-news.html").path, etag: nil))
        let report = try await FullTextEnricherTests().runner(store: store, fetcher: fetcher).refresh([source], all: true)
        #expect(report.failures == 1)
        #expect(try await store.fetchState(for: source.id)?.lastError?.contains(".gone a") == true)
    }
}
