/// The namespaces the reader understands, by URI. Elements of any other namespace are
/// `.other` and ignored (their text never leaks into their parent).
enum XMLNamespace: UInt8 {
    case none, rss090, rss10, rdf, atom10, atom03, dc, dcterms, content, media, itunes, yandex, turbo, sy, xhtml, xml, other

    init(uri: String) {
        switch uri {
        case "http://my.netscape.com/rdf/simple/0.9/": self = .rss090
        case "http://purl.org/rss/1.0/": self = .rss10
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
        case "http://www.w3.org/2005/Atom": self = .atom10
        case "http://purl.org/atom/ns#": self = .atom03
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/": self = .dc
        case "http://purl.org/dc/terms/": self = .dcterms
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
        case "http://www.itunes.com/dtds/podcast-1.0.dtd", "http://www.itunes.com/DTDs/Podcast-1.0.dtd": self = .itunes
        case "http://news.yandex.ru", "http://news.yandex.ru/": self = .yandex
        case "http://turbo.yandex.ru", "http://turbo.yandex.ru/": self = .turbo
        case "http://purl.org/rss/1.0/modules/syndication/": self = .sy
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        case "http://www.w3.org/XML/1998/namespace": self = .xml
        default: self = .other
        }
    }

    /// The namespace a prefix conventionally means, for feeds that use a prefix without declaring it.
    init?(conventionalPrefix prefix: String) {
        switch prefix {
        case "dc": self = .dc
        case "dcterms": self = .dcterms
        case "content": self = .content
        case "media": self = .media
        case "itunes": self = .itunes
        case "yandex": self = .yandex
        case "turbo": self = .turbo
        case "sy": self = .sy
        case "atom", "atom10": self = .atom10
        case "rdf": self = .rdf
        case "xml": self = .xml
        default: return nil
        }
    }

    /// RSS elements: no namespace, or the RSS 0.90/1.0 namespaces.
    var isRSS: Bool { self == .none || self == .rss090 || self == .rss10 }
    /// Atom 1.0 or 0.3.
    var isAtom: Bool { self == .atom10 || self == .atom03 }
}
