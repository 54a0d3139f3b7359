import ArnaCore
import ArticleExtractor
import Fetcher
import Foundation
import Store

/// Full articles for thin feeds: fetches each new item's page and keeps the extracted body when
/// the feed's own is shorter.
///
/// Used by ``RefreshRunner`` for sources with `fullText` (OPML `arna:fulltext="true"`), just
/// before the source's articles are saved. Polite by construction: pages go through the same
/// ``HTTPFetching`` fetcher as the feeds (so the per-host limits hold), an item already in the
/// store is never fetched again (its stored body is kept instead, so the thin feed does not
/// overwrite it), and pages are cached by URL for the life of the enricher. A page that cannot be
/// fetched or read leaves the feed's item as it was.
///
/// The page of an item is its link; with ``ArnaCore/Source/pagesFolder`` (OPML `arna:pages`) it
/// is the file `NAME.html` in that folder, `NAME` being the link's last path component.
public struct FullTextEnricher: Sendable {
    /// The extractor (with the outlets' rules) applied to each page.
    public var extractor: ArticleExtractor
    /// How many pages of one source are fetched at once (the fetcher's per-host limit still applies).
    public var concurrency: Int
    private let cache: PageCache

    /// Creates an enricher.
    ///
    /// - Parameters:
    ///   - extractor: The extractor, usually with `feeds/extraction-rules.yaml`; default: the fallback only.
    ///   - concurrency: Pages of one source fetched at once.
    ///   - cacheSize: How many extracted pages are remembered by URL.
    public init(extractor: ArticleExtractor = ArticleExtractor(), concurrency: Int = 4, cacheSize: Int = 2_000) {
        self.extractor = extractor
        self.concurrency = max(1, concurrency)
        self.cache = PageCache(capacity: cacheSize)
    }

    /// Replaces thin items' bodies with the bodies of their pages.
    ///
    /// - Parameters:
    ///   - articles: The source's articles as read from its feed.
    ///   - source: The source (its rule name and pages folder are used).
    ///   - store: Where earlier runs saved the source's articles.
    ///   - fetcher: The fetcher shared with the feeds.
    ///   - now: The fetch time, against which pages' relative dates (`Бүгін, 14:30`) are read.
    /// - Returns: The articles, enriched where a page gave a longer body, and what was done.
    public func enrich(
        _ articles: [Article], of source: Source, store: any ArticleStore, fetcher: any HTTPFetching, now: Date = Date()
    ) async -> FullTextResult {
        var result = FullTextResult(articles: articles)
        let stored = Dictionary(((try? await store.articles(ids: articles.map(\.id))) ?? []).map { ($0.id, $0) }) { first, _ in first }
        var toFetch: [Int] = []
        for (index, article) in articles.enumerated() {
            if let previous = stored[article.id] {
                // Fetched once already: keep what was extracted then, never fetch again.
                if let merged = Self.merged(article, with: previous) { result.articles[index] = merged; result.kept += 1 }
            } else if article.url != nil {
                toFetch.append(index)
            }
        }
        await withTaskGroup(of: (Int, Result<Article, PageFailure>).self) { group in
            var pending = toFetch.makeIterator()
            func next() {
                guard let index = pending.next() else { return }
                let article = articles[index]
                group.addTask { (index, await self.page(for: article, of: source, fetcher: fetcher, now: now)) }
            }
            for _ in 0..<concurrency { next() }
            while let (index, outcome) = await group.next() {
                switch outcome {
                case .success(let page):
                    result.fetched += 1
                    if let merged = Self.merged(articles[index], with: page) { result.articles[index] = merged; result.extracted += 1 }
                case .failure(let failure):
                    result.failures.append(failure.message)
                }
                next()
            }
        }
        return result
    }

    /// The extracted article of an item's page, from the cache or fetched.
    private func page(for article: Article, of source: Source, fetcher: any HTTPFetching, now: Date) async -> Result<Article, PageFailure> {
        guard let url = article.url else { return .failure(PageFailure(message: "no link")) }
        if let cached = await cache.get(url) { return cached }
        let location = Self.location(of: url, in: source)
        let outcome: Result<Article, PageFailure>
        do {
            switch try await fetcher.fetch(FetchRequest(url: location)) {
            case .body(let body):
                let rule: RuleChoice = source.extractionRule.map { .named($0) } ?? .automatic
                do {
                    var extractor = self.extractor
                    extractor.options.reference = now
                    let page = try extractor.extract(body.bytes, url: url, charset: body.charset, rule: rule, outlet: source.outlet)
                    outcome = .success(page.article)
                } catch {
                    outcome = .failure(PageFailure(message: "\(url.absoluteString): \(error.message)"))
                }
            case .notModified, .gone, .rateLimited:
                outcome = .failure(PageFailure(message: "\(url.absoluteString): no page in the answer"))
            }
        } catch {
            // Not cached: a network failure may pass; the item is retried while it is still new.
            return .failure(PageFailure(message: "\(location.absoluteString): \(error)"))
        }
        await cache.set(url, outcome)
        return outcome
    }

    /// Where an item's page is read from: its link, or `NAME.html` in the source's pages folder.
    ///
    /// - Parameters:
    ///   - url: The item's link.
    ///   - source: Its source (``ArnaCore/Source/pagesFolder``).
    /// - Returns: The URL to fetch (a file URL with a pages folder).
    public static func location(of url: URL, in source: Source) -> URL {
        guard let folder = source.pagesFolder else { return url }
        let name = url.lastPathComponent.isEmpty || url.lastPathComponent == "/" ? "index" : url.lastPathComponent
        return folder.appendingPathComponent(name + ".html")
    }

    /// The feed's article with the page's body (and the image, authors and date the feed lacks),
    /// or nil when the page's body is not longer than the feed's.
    ///
    /// - Parameters:
    ///   - article: The item as the feed gives it (its id, link and title are kept).
    ///   - page: The article extracted from its page (or stored by an earlier run).
    /// - Returns: The merged article, or nil when the feed's body is as long or longer.
    public static func merged(_ article: Article, with page: Article) -> Article? {
        guard let body = page.contentHTML, textLength(body) > textLength(article.contentHTML ?? article.summary ?? "") else { return nil }
        var merged = article
        merged.contentHTML = body
        if merged.image == nil { merged.image = page.image }
        if merged.authors.isEmpty { merged.authors = page.authors }
        if merged.published == nil { merged.published = page.published }
        if merged.summary == nil { merged.summary = page.summary }
        return merged
    }

    /// Letters of text in an HTML fragment (tags not counted).
    static func textLength(_ html: String) -> Int {
        var count = 0, inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag, !c.isWhitespace { count += 1 }
        }
        return count
    }
}

/// What ``FullTextEnricher/enrich(_:of:store:fetcher:now:)`` did for one source.
public struct FullTextResult: Sendable {
    /// The source's articles, enriched where a page gave a longer body.
    public var articles: [Article]
    /// Pages fetched (or taken from the cache) and read.
    public var fetched = 0
    /// Articles whose body was replaced by their page's.
    public var extracted = 0
    /// Stored articles whose earlier extracted body was kept.
    public var kept = 0
    /// One line per page that could not be fetched or read.
    public var failures: [String] = []

    /// Creates a result for `articles`, nothing done yet.
    public init(articles: [Article]) { self.articles = articles }
}

struct PageFailure: Error, Sendable {
    var message: String
}

/// Extracted pages by URL, the oldest forgotten first.
actor PageCache {
    private let capacity: Int
    private var entries: [URL: Result<Article, PageFailure>] = [:]
    private var order: [URL] = []

    init(capacity: Int) { self.capacity = max(0, capacity) }

    func get(_ url: URL) -> Result<Article, PageFailure>? { entries[url] }

    func set(_ url: URL, _ value: Result<Article, PageFailure>) {
        guard capacity > 0 else { return }
        if entries.updateValue(value, forKey: url) == nil { order.append(url) }
        while order.count > capacity { entries[order.removeFirst()] = nil }
    }
}
