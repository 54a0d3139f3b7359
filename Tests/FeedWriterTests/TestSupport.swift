import ArnaCore
import ArnaTestSupport
import FeedWriter
import Foundation
import SiteContent
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The sample site's settings and articles, as `arna generate` sees them.
enum SampleSite {
    static let settings: SiteSettings = try! SiteSettings.load(from: Fixture.repository.appendingPathComponent("feeds/site.yaml"))

    static func articles() -> [Article] {
        ContentLoader(settings: settings).loadFolder(Fixture.url("site/articles")).articles
    }

    static func configuration(pageSize: Int? = nil) -> FeedConfiguration {
        let s = settings
        return FeedConfiguration(
            idBase: s.idBase, title: s.title, subtitle: s.subtitle, siteURL: s.siteURL, feedsURL: s.resolvedFeedsURL,
            author: Person(name: s.authorName, email: s.authorEmail), language: LanguageTag(rawValue: s.language),
            icon: s.icon, logo: s.logo, rights: s.rights, outletID: s.outletID,
            entriesPerFeed: s.entriesPerFeed, archivePageSize: pageSize ?? s.archivePageSize)
    }
}

/// The configuration of the golden test: fixed here so the golden file only changes with the writer.
let basicConfiguration = FeedConfiguration(
    idBase: "tag:arna.kz,2020:", title: "Арна & <достар>", subtitle: "Жаңалықтар", siteURL: URL(string: "https://arna.kz/")!,
    author: Person(name: "Арна редакциясы", email: "editor@arna.kz"), language: .kazakh,
    icon: URL(string: "https://arna.kz/icon.png"), logo: URL(string: "https://arna.kz/logo.png"),
    rights: "© Арна", outletID: "arna", entriesPerFeed: 50, archivePageSize: 20)

func decodeArticles(_ path: String) throws -> [Article] {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode([Article].self, from: Fixture.data(path))
}

/// Collects the text of elements (by qualified name) and attributes, to read written XML back.
final class XMLReadBack: NSObject, XMLParserDelegate {
    var texts: [String: [String]] = [:]
    var attributes: [String: [[String: String]]] = [:]
    private var stack: [(String, String)] = []
    var failed = false

    static func read(_ bytes: [UInt8]) -> XMLReadBack {
        let r = XMLReadBack()
        let p = XMLParser(data: Data(bytes))
        p.delegate = r
        r.failed = !p.parse()
        return r
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        stack.append((elementName, ""))
        attributes[elementName, default: []].append(attributeDict)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { stack[stack.count - 1].1 += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let (name, text) = stack.removeLast()
        texts[name, default: []].append(text)
    }
}
