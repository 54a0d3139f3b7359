import ArnaCore
import Foundation

/// Renders a ``SubscriptionList`` as OPML 2.0 text, byte-stable.
enum OPMLWriter {
    static let namespace = "https://arna.kz/opml"

    static func render(_ list: SubscriptionList, folder: URL) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<opml version=\"2.0\" xmlns:arna=\"\(namespace)\">\n"
        out += "  <head>\n"
        if let title = list.title { out += "    <title>\(escape(title, attribute: false))</title>\n" }
        out += "  </head>\n"
        out += "  <body>\n"
        for source in list.sources {
            out += "    <outline"
            for (name, value) in attributes(of: source, folder: folder) {
                out += " \(name)=\"\(escape(value, attribute: true))\""
            }
            out += "/>\n"
        }
        out += "  </body>\n"
        out += "</opml>\n"
        return out
    }

    /// The outline's attributes in a fixed order; options only when they differ from the defaults.
    static func attributes(of source: Source, folder: URL) -> [(String, String)] {
        var attrs: [(String, String)] = [
            ("type", "rss"), ("text", source.title), ("title", source.title),
            ("xmlUrl", FeedLocation.attributeValue(for: source.feedURL, in: folder)),
        ]
        if let site = source.siteURL { attrs.append(("htmlUrl", FeedLocation.attributeValue(for: site, in: folder))) }
        attrs.append(("arna:id", source.id))
        if let language = source.language { attrs.append(("language", language.rawValue)) }
        if let category = source.category { attrs.append(("category", category)) }
        if let interval = source.refreshInterval {
            let minutes = max(1, Int((interval.components.seconds + 59) / 60))
            attrs.append(("arna:interval", String(minutes)))
        }
        if !source.enabled { attrs.append(("arna:enabled", "false")) }
        if !source.includeKeywords.isEmpty { attrs.append(("arna:include", source.includeKeywords.joined(separator: ","))) }
        if !source.excludeKeywords.isEmpty { attrs.append(("arna:exclude", source.excludeKeywords.joined(separator: ","))) }
        if let links = source.linkSelector { attrs.append(("arna:links", links)) }
        if source.fullText != (source.linkSelector != nil) { attrs.append(("arna:fulltext", source.fullText ? "true" : "false")) }
        if let rule = source.extractionRule { attrs.append(("arna:rules", rule)) }
        if let pages = source.pagesFolder { attrs.append(("arna:pages", FeedLocation.attributeValue(for: pages, in: folder))) }
        return attrs
    }

    /// Escapes markup characters; in attributes also quotes and the white space XML would normalize away.
    /// Characters XML 1.0 forbids (most C0 controls) are dropped.
    static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
