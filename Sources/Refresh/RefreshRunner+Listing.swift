import ArnaCore
import ArticleExtractor
import Fetcher
import Foundation
import Store

extension RefreshRunner {
    /// Refreshes a source that is a listing page plus a link selector (``ArnaCore/Source/linkSelector``):
    /// the page's article links become the items, then (with `fullText`, the default for such
    /// sources) each new item's page gives its body, as for a thin feed.
    func refreshListing(
        _ source: Source, body: FetchedBody, selector: String, state: FetchState, clock: Date,
        report: (SourceReport.Outcome) -> SourceReport
    ) async throws -> SourceReport {
        var state = state
        let links: [RelatedArticle]
        do {
            links = try ListingReader.links(
                in: body.bytes, url: body.finalURL, charset: body.charset, selector: selector,
                options: ExtractionOptions(maxBytes: settings.maxFeedBytes, zone: settings.zone, reference: clock))
        } catch {
            fail(&state, at: clock, message: "listing page: \(error.message)", atLeast: nil)
            try await store.saveState(state)
            return report(.failed("listing page: \(error.message)"))
        }
        if let moved = body.permanentRedirect { state.currentURL = moved }
        state.etag = body.etag
        state.lastModified = body.lastModified
        succeed(&state, at: clock, source: source, minimum: body.hints.maxAge)
        var articles = links.map { link in
            Article(id: ArticleID.derive(outlet: source.id, guid: nil, link: link.url), outlet: source.outlet, url: link.url,
                    title: link.title ?? link.url.absoluteString, published: link.published, language: source.language)
        }.filter(source.accepts)
        if source.fullText { articles = await fullText.enrich(articles, of: source, store: store, fetcher: fetcher, now: clock).articles }
        let counts = try await store.save(state: state, articles: articles)
        return report(.read(new: counts.new, updated: counts.updated, unchanged: counts.unchanged, bozo: false))
    }
}
