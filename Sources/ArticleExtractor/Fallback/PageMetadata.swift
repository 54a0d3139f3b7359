import Foundation

/// What a page says about itself in `<head>` and JSON-LD, read before any block is removed.
struct PageMetadata {
    var ogTitle: String?
    var ogImage: String?
    var ogSiteName: String?
    var ogLocale: String?
    var ogURL: String?
    var canonical: String?
    var htmlLang: String?
    var baseHref: String?
    var publishedTime: String?
    var modifiedTime: String?
    var metaAuthor: String?
    var description: String?
    var documentTitle: String?
    var jsonLD = JSONLDArticle()

    /// Reads the head metadata and every `application/ld+json` script.
    static func read(_ doc: HTMLDocument) -> PageMetadata {
        var m = PageMetadata()
        var metas: [String: String] = [:]
        for node in doc.nodes("//meta") {
            guard let content = node.attribute("content").map(TextNormalizer.collapse), !content.isEmpty else { continue }
            for key in [node.attribute("property"), node.attribute("name"), node.attribute("itemprop")].compactMap({ $0?.lowercased() }) where metas[key] == nil {
                metas[key] = content
            }
        }
        m.ogTitle = metas["og:title"] ?? metas["twitter:title"]
        m.ogImage = metas["og:image"] ?? metas["og:image:url"] ?? metas["og:image:secure_url"] ?? metas["twitter:image"] ?? metas["twitter:image:src"]
        m.ogSiteName = metas["og:site_name"]
        m.ogLocale = metas["og:locale"]
        m.ogURL = metas["og:url"]
        m.publishedTime = metas["article:published_time"] ?? metas["datepublished"] ?? metas["pubdate"] ?? metas["publish-date"]
            ?? metas["publish_date"] ?? metas["date"] ?? metas["dc.date"] ?? metas["dc.date.issued"] ?? metas["sailthru.date"]
        m.modifiedTime = metas["article:modified_time"] ?? metas["datemodified"] ?? metas["og:updated_time"]
        if let author = metas["article:author"] ?? metas["author"] ?? metas["dc.creator"] ?? metas["sailthru.author"],
           !author.hasPrefix("http") {
            m.metaAuthor = author
        }
        m.description = metas["og:description"] ?? metas["description"]
        m.canonical = doc.nodes("//link[@rel='canonical'][@href]").first?.attribute("href")
        m.htmlLang = doc.root?.attribute("lang") ?? doc.root?.attribute("xml:lang")
        m.baseHref = doc.nodes("//base[@href]").first?.attribute("href")
        m.documentTitle = doc.nodes("//title").first?.text
        for script in doc.nodes("//script[@type='application/ld+json']") {
            m.jsonLD.merge(json: script.rawText)
        }
        return m
    }
}

/// The fields of a schema.org `NewsArticle` (or `Article`, `ReportageNewsArticle`, `BlogPosting`)
/// found in JSON-LD, `@graph` included.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var image: String?
    var found = false

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "opinionnewsarticle", "backgroundnewsarticle",
    ]

    /// Reads one script's JSON; the first article object found wins.
    mutating func merge(json: String) {
        guard !found, let data = json.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        if let article = Self.findArticle(value) { take(article) }
    }

    private static func findArticle(_ value: Any) -> [String: Any]? {
        if let array = value as? [Any] {
            for element in array { if let found = findArticle(element) { return found } }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        let types: [String]
        if let type = object["@type"] as? String { types = [type] } else { types = object["@type"] as? [String] ?? [] }
        if types.contains(where: { articleTypes.contains($0.lowercased()) }) { return object }
        if let graph = object["@graph"] { return findArticle(graph) }
        if let main = object["mainEntity"] { return findArticle(main) }
        return nil
    }

    private mutating func take(_ object: [String: Any]) {
        found = true
        headline = (object["headline"] as? String) ?? (object["name"] as? String)
        datePublished = object["datePublished"] as? String
        dateModified = object["dateModified"] as? String
        authors = Self.names(object["author"])
        image = Self.url(object["image"])
    }

    private static func names(_ value: Any?) -> [String] {
        if let name = value as? String { return [TextNormalizer.collapse(name)].filter { !$0.isEmpty } }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any] {
            if let type = object["@type"] as? String, type.lowercased() == "organization" { return [] }
            return names(object["name"])
        }
        return []
    }

    private static func url(_ value: Any?) -> String? {
        if let string = value as? String { return string }
        if let array = value as? [Any] { return array.lazy.compactMap { url($0) }.first }
        if let object = value as? [String: Any] { return (object["url"] as? String) ?? (object["contentUrl"] as? String) }
        return nil
    }
}
