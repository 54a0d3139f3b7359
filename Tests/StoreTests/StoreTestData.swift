import ArnaCore
import Foundation

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// Articles and states shaped like what the reader produces for the demo outlets.
enum StoreTestData {
    /// 2026-11-25 06:00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_586_400)

    static let tengrinews = Outlet(
        id: "tengrinews-kk", name: "Tengrinews.kz (қазақша)", siteURL: URL(string: "https://kaz.tengrinews.kz"),
        feedURL: URL(string: "https://kaz.tengrinews.kz/news.rss"), language: .kazakh)
    static let zakon = Outlet(id: "zakon-ru", name: "Zakon.kz", siteURL: URL(string: "https://www.zakon.kz"), language: .russian)

    static func article(
        _ outlet: Outlet, guid: String, title: String, hoursAgo: Double?, updatedHoursAgo: Double? = nil
    ) -> Article {
        let link = URL(string: "https://kaz.tengrinews.kz/kazakhstan_news/\(guid)/?utm_source=rss")!
        return Article(
            id: .derive(outlet: outlet.id, guid: guid, link: link), outlet: outlet, url: link, title: title,
            summary: "<p>\(title).</p>", contentHTML: "<p>\(title). Толығырақ мәтін.</p>",
            authors: [Person(name: "Айгерім Сапарова", email: "a@example.kz")],
            published: hoursAgo.map { now - $0 * 3600 }, updated: updatedHoursAgo.map { now - $0 * 3600 },
            categories: [Category(term: "Қоғам", scheme: "https://kaz.tengrinews.kz/")], language: outlet.language,
            image: ArticleImage(url: URL(string: "https://static.tengrinews.kz/\(guid).jpeg")!, type: "image/jpeg", caption: "Көпір", credit: "Tengrinews"),
            enclosures: [Enclosure(url: URL(string: "https://static.tengrinews.kz/\(guid).mp3")!, type: "audio/mpeg", length: 1024)],
            related: [RelatedArticle(url: URL(string: "https://www.inform.kz/kz/x_a1")!, title: "ҚазАқпарат", published: now - 7200)],
            comments: URL(string: "https://kaz.tengrinews.kz/\(guid)/#comments"), rights: "© Tengrinews.kz")
    }

    static func tengrinewsFeed() -> [Article] {
        [
            article(tengrinews, guid: "581204", title: "Алматыда қар жауып, жолдар тайғақ болды", hoursAgo: 1),
            article(tengrinews, guid: "581150", title: "Астанада жаңа көпір ашылды", hoursAgo: 20),
            article(tengrinews, guid: "581102", title: "Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды", hoursAgo: 39),
        ]
    }

    static func state(_ sourceID: String) -> FetchState {
        FetchState(
            sourceID: sourceID, currentURL: URL(string: "https://kaz.tengrinews.kz/news.rss"), etag: "\"5f1-abc\"",
            lastModified: "Wed, 25 Nov 2026 04:05:00 GMT", lastSuccess: now, lastAttempt: now, consecutiveErrors: 0,
            nextDue: now + 900)
    }
}
