import Foundation

/// The checks of the RSS 2.0 specification over an element tree.
enum RSSRules {
    static func validate(_ rss: XMLNode) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func error(_ n: XMLNode, _ m: String) { problems.append(ValidationProblem(line: n.line, severity: .error, message: m)) }
        func warn(_ n: XMLNode, _ m: String) { problems.append(ValidationProblem(line: n.line, severity: .warning, message: m)) }
        func one(_ p: XMLNode, _ name: String) -> XMLNode? { p.children(name, "").first }

        if rss.attribute("version") != "2.0" { warn(rss, "rss version is \"\(rss.attribute("version") ?? "")\", not 2.0") }
        let channels = rss.children("channel", "")
        guard let channel = channels.first else { error(rss, "rss has no channel"); return problems }
        if channels.count > 1 { error(channels[1], "rss has more than one channel") }
        for name in ["title", "link", "description"] {
            if one(channel, name) == nil { error(channel, "channel has no \(name) (required by RSS 2.0)") }
        }
        if let link = one(channel, "link"), !SyntaxChecks.isAbsoluteIRI(link.trimmedText) {
            error(link, "channel link \"\(link.trimmedText)\" is not an absolute URL")
        }
        for name in ["pubDate", "lastBuildDate"] {
            if let d = one(channel, name), !SyntaxChecks.isRFC822(d.trimmedText) {
                error(d, "\(name) \"\(d.trimmedText)\" is not an RFC 822 date (like Thu, 05 Mar 2020 08:30:00 +0000)")
            }
        }
        var guids: [String: Int] = [:]
        for item in channel.children("item", "") {
            if one(item, "title") == nil && one(item, "description") == nil {
                error(item, "item has neither title nor description (RSS 2.0 needs one)")
            }
            if let link = one(item, "link"), !SyntaxChecks.isAbsoluteIRI(link.trimmedText) {
                error(link, "item link \"\(link.trimmedText)\" is not an absolute URL")
            }
            if let d = one(item, "pubDate"), !SyntaxChecks.isRFC822(d.trimmedText) {
                error(d, "pubDate \"\(d.trimmedText)\" is not an RFC 822 date (like Thu, 05 Mar 2020 08:30:00 +0000)")
            }
            if let g = one(item, "guid") {
                let value = g.trimmedText
                if value.isEmpty { error(g, "guid is empty") }
                if g.attribute("isPermaLink") != "false" && !SyntaxChecks.isAbsoluteIRI(value) {
                    error(g, "guid \"\(value)\" is a permalink (isPermaLink is not \"false\") but not a URL")
                }
                if let first = guids[value] { error(g, "guid \"\(value)\" repeats the item on line \(first)") }
                else { guids[value] = g.line }
            } else {
                warn(item, "item has no guid; readers will guess its identity from the link or title")
            }
            for e in item.children("enclosure", "") {
                for attr in ["url", "length", "type"] where e.attribute(attr) == nil {
                    error(e, "enclosure has no \(attr) attribute (RSS 2.0 requires url, length and type)")
                }
                if let len = e.attribute("length"), Int64(len) == nil { error(e, "enclosure length \"\(len)\" is not a number") }
                if let url = e.attribute("url"), !SyntaxChecks.isAbsoluteIRI(url) { error(e, "enclosure url \"\(url)\" is not an absolute URL") }
            }
            if let s = one(item, "source"), s.attribute("url") == nil { error(s, "source has no url attribute") }
        }
        return problems
    }
}
