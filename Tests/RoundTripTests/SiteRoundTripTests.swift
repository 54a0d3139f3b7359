import ArnaCore
import ArnaTestSupport
import FeedReader
import FeedWriter
import Foundation
import SiteContent
import Testing

/// The site's feeds, written by FeedWriter, read back by FeedReader: a feed reader must get
/// every article with its title, author, dates, content and image.
@Suite struct SiteRoundTripTests {
    struct Site {
        let articles: [Article]
        let files: [String: [UInt8]]
        let configuration: FeedConfiguration
    }

    static func site() throws -> Site {
        var settings = try SiteSettings.load(from: Fixture.repository.appendingPathComponent("feeds/site.yaml"))
        settings.entriesPerFeed = 1000  // every article in the current feed, to compare them all
        let loaded = ContentLoader(settings: settings).loadFolder(Fixture.url("site/articles"))
        #expect(loaded.problems.isEmpty)
        let configuration = FeedConfiguration(
            idBase: settings.idBase, title: settings.title, subtitle: settings.subtitle, siteURL: settings.siteURL,
            feedsURL: settings.resolvedFeedsURL, author: Person(name: settings.authorName, email: settings.authorEmail),
            language: LanguageTag(rawValue: settings.language), icon: settings.icon, logo: settings.logo, rights: settings.rights,
            outletID: settings.outletID, entriesPerFeed: settings.entriesPerFeed, archivePageSize: 1000)
        let files = FeedGenerator(configuration: configuration).files(for: loaded.articles)
        return Site(articles: loaded.articles, files: Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) }), configuration: configuration)
    }

    @Test(arguments: ["site.atom", "site.rss", "site.json"])
    func everyArticleComesBack(_ file: String) throws {
        let site = try Self.site()
        let bytes = try #require(site.files[file])
        let feed = try FeedReader(options: ReadOptions(baseURL: site.configuration.url(of: file))).read(bytes: bytes)
        #expect(!feed.bozo, "\(feed.errors)")
        #expect(feed.items.count == site.articles.count)
        let read = Dictionary(feed.items.compactMap { item in item.link.map { ($0, item) } }, uniquingKeysWith: { a, _ in a })
        for article in site.articles {
            let url = try #require(article.url)
            let item = try #require(read[url], "\(file): no item links to \(url)")
            #expect(item.title == article.title)
            #expect(item.published == article.published)
            #expect(item.authors.first?.name == article.authors.first?.name)
            #expect(item.image == article.image?.url, "\(file) \(url)")
            let content = item.content.first?.value
            #expect(content == article.contentHTML, "\(file) \(url): content differs")
            // RSS has no term/label split: the writer puts the label in <category>.
            if file != "site.json", let category = article.categories.first {
                #expect(item.categories.contains { $0.term == category.term || $0.term == category.label })
            }
        }
    }

    @Test func atomIDsAndImageCreditsSurvive() throws {
        let site = try Self.site()
        let feed = try FeedReader().read(bytes: try #require(site.files["site.atom"]))
        let ids = Set(feed.items.compactMap(\.id))
        #expect(ids.count == site.articles.count)
        #expect(ids.allSatisfy { $0.hasPrefix("tag:arna.kz,2020:") })
        let withCredit = site.articles.filter { $0.image?.credit != nil }
        #expect(!withCredit.isEmpty)
        let creditsRead = Set(feed.items.compactMap(\.imageCredit))
        for article in withCredit { #expect(creditsRead.contains(article.image!.credit!) || creditsRead.contains("Фото: " + article.image!.credit!)) }
    }
}
