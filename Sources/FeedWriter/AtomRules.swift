import Foundation

/// The checks of RFC 4287 (and RFC 5005's archive links) over an element tree.
final class AtomRules {
    static let atomNS = "http://www.w3.org/2005/Atom"
    static let xhtmlNS = "http://www.w3.org/1999/xhtml"
    static let historyNS = "http://purl.org/syndication/history/1.0"
    /// Registered link relations (IANA), plus RFC 5005's.
    static let relations: Set<String> = [
        "alternate", "related", "self", "enclosure", "via", "first", "last", "previous", "next", "prev",
        "prev-archive", "next-archive", "current", "replies", "license", "edit", "edit-media", "hub",
        "payment", "search", "service", "up", "canonical", "author", "icon", "preview", "archives",
    ]

    let root: XMLNode
    private(set) var problems: [ValidationProblem] = []

    init(root: XMLNode) { self.root = root }

    func validate() -> [ValidationProblem] {
        if root.name == "entry" {
            entry(root, feedHasAuthor: false)
            return problems
        }
        let feed = root
        once(feed, "id", required: true).map(id)
        once(feed, "title", required: true).map(textConstruct)
        once(feed, "updated", required: true).map(date)
        once(feed, "subtitle", required: false).map(textConstruct)
        once(feed, "rights", required: false).map(textConstruct)
        once(feed, "icon", required: false).map { iri($0, $0.trimmedText, what: "icon") }
        once(feed, "logo", required: false).map { iri($0, $0.trimmedText, what: "logo") }
        if let g = once(feed, "generator", required: false), let uri = g.attribute("uri") { iri(g, uri, what: "generator uri") }
        links(feed)
        let authors = feed.children("author", Self.atomNS)
        authors.forEach(person)
        feed.children("contributor", Self.atomNS).forEach(person)
        feed.children("category", Self.atomNS).forEach(category)
        let entries = feed.children("entry", Self.atomNS)
        if feed.child("archive", Self.historyNS) != nil,
           !feed.children("link", Self.atomNS).contains(where: { $0.attribute("rel") == "current" }) {
            warn(feed, "archive document (fh:archive) has no link rel=\"current\" to the subscription feed (RFC 5005)")
        }
        var seen: [String: (line: Int, updated: String)] = [:]
        for e in entries {
            entry(e, feedHasAuthor: !authors.isEmpty)
            guard let idNode = e.child("id", Self.atomNS) else { continue }
            let entryID = idNode.trimmedText
            let updated = e.child("updated", Self.atomNS)?.trimmedText ?? ""
            if let first = seen[entryID] {
                if first.updated == updated {
                    error(idNode, "entry id \"\(entryID)\" repeats the entry on line \(first.line) with the same updated date")
                } else {
                    warn(idNode, "entry id \"\(entryID)\" also appears on line \(first.line): readers keep only one version")
                }
            } else {
                seen[entryID] = (idNode.line, updated)
            }
        }
        return problems
    }

    private func entry(_ e: XMLNode, feedHasAuthor: Bool) {
        once(e, "id", required: true).map(id)
        once(e, "title", required: true).map(textConstruct)
        once(e, "updated", required: true).map(date)
        once(e, "published", required: false).map(date)
        once(e, "rights", required: false).map(textConstruct)
        let summary = once(e, "summary", required: false)
        summary.map(textConstruct)
        let content = once(e, "content", required: false)
        let hasAlternate = links(e)
        let authors = e.children("author", Self.atomNS)
        authors.forEach(person)
        e.children("contributor", Self.atomNS).forEach(person)
        e.children("category", Self.atomNS).forEach(category)
        let source = once(e, "source", required: false)
        let sourceHasAuthor = source?.child("author", Self.atomNS) != nil
        if let source {
            source.children("author", Self.atomNS).forEach(person)
            source.child("id", Self.atomNS).map(id)
            source.child("updated", Self.atomNS).map(date)
            source.child("title", Self.atomNS).map(textConstruct)
            _ = links(source)
        }
        if authors.isEmpty && !feedHasAuthor && !sourceHasAuthor {
            error(e, "entry has no author, and neither has the feed (RFC 4287 §4.1.1)")
        }
        if let content {
            contentElement(content, summaryPresent: summary != nil)
        } else if !hasAlternate {
            error(e, "entry has neither content nor a link rel=\"alternate\" (RFC 4287 §4.1.2)")
        }
    }

    private func contentElement(_ c: XMLNode, summaryPresent: Bool) {
        let type = c.attribute("type") ?? "text"
        if let src = c.attribute("src") {
            iri(c, src, what: "content src")
            if !c.trimmedText.isEmpty || !c.children.isEmpty { error(c, "content with src must be empty (RFC 4287 §4.1.3.2)") }
            if !summaryPresent { error(c, "entry with out-of-line content (src) needs a summary (RFC 4287 §4.1.1.1)") }
            return
        }
        switch type {
        case "text", "html": if !c.children.isEmpty { error(c, "content type=\"\(type)\" must not contain child elements; escape the markup") }
        case "xhtml": xhtmlDiv(c)
        default:
            if !type.contains("/") { error(c, "content type \"\(type)\" is neither text, html, xhtml nor a MIME type") }
        }
    }

    /// Checks links; returns whether there is an alternate link.
    @discardableResult
    private func links(_ parent: XMLNode) -> Bool {
        var alternates: [String: Int] = [:]
        for l in parent.children("link", Self.atomNS) {
            guard let href = l.attribute("href") else { error(l, "link has no href"); continue }
            if !parent.hasBase && !l.hasBase { iri(l, href, what: "link href") }
            let rel = l.attribute("rel") ?? "alternate"
            if !Self.relations.contains(rel) && !SyntaxChecks.isAbsoluteIRI(rel) {
                error(l, "link rel=\"\(rel)\" is neither a registered relation nor an IRI")
            }
            if rel == "alternate" {
                let key = (l.attribute("type") ?? "") + "|" + (l.attribute("hreflang") ?? "")
                if let first = alternates[key] {
                    error(l, "second link rel=\"alternate\" with the same type and hreflang (first on line \(first))")
                } else {
                    alternates[key] = l.line
                }
            }
            if let len = l.attribute("length"), Int64(len) == nil { error(l, "link length \"\(len)\" is not a number of bytes") }
        }
        return !alternates.isEmpty
    }

    private func textConstruct(_ t: XMLNode) {
        let type = t.attribute("type") ?? "text"
        switch type {
        case "text", "html":
            if !t.children.isEmpty { error(t, "\(t.name) type=\"\(type)\" must not contain child elements") }
        case "xhtml": xhtmlDiv(t)
        default: error(t, "\(t.name) type=\"\(type)\" must be text, html or xhtml")
        }
    }

    private func xhtmlDiv(_ t: XMLNode) {
        if t.children.count != 1 || t.children[0].name != "div" || t.children[0].namespace != Self.xhtmlNS {
            error(t, "\(t.name) type=\"xhtml\" must hold exactly one xhtml:div element")
        }
    }

    private func person(_ p: XMLNode) {
        once(p, "name", required: true)
        if let uri = once(p, "uri", required: false) { iri(uri, uri.trimmedText, what: "\(p.name) uri") }
        if let email = once(p, "email", required: false), !email.trimmedText.contains("@") {
            error(email, "email \"\(email.trimmedText)\" is not an e-mail address")
        }
    }

    private func category(_ c: XMLNode) {
        if (c.attribute("term") ?? "").isEmpty { error(c, "category has no term") }
        if let scheme = c.attribute("scheme") { iri(c, scheme, what: "category scheme") }
    }

    private func id(_ n: XMLNode) {
        let v = n.trimmedText
        if v.isEmpty { error(n, "\(n.parent?.name ?? "") id is empty") }
        else if !SyntaxChecks.isAbsoluteIRI(v) { error(n, "id \"\(v)\" is not an absolute IRI") }
        else if v != n.text { warn(n, "id has white space around it; readers may compare ids byte for byte") }
    }

    private func date(_ n: XMLNode) {
        if !SyntaxChecks.isRFC3339(n.trimmedText) {
            error(n, "\(n.name) \"\(n.trimmedText)\" is not an RFC 3339 date-time (like 2020-03-05T08:30:00Z)")
        }
    }

    private func iri(_ n: XMLNode, _ value: String, what: String) {
        if !SyntaxChecks.isAbsoluteIRI(value.trimmingCharacters(in: .whitespaces)) {
            error(n, "\(what) \"\(value)\" is not an absolute IRI (relative IRIs need xml:base)")
        }
    }

    /// The single child `name`; reports it missing (when required) or repeated.
    @discardableResult
    private func once(_ parent: XMLNode, _ name: String, required: Bool) -> XMLNode? {
        let found = parent.children(name, Self.atomNS)
        if found.isEmpty, required { error(parent, "\(parent.name) has no \(name) (required by RFC 4287)") }
        if found.count > 1 { error(found[1], "\(parent.name) has more than one \(name) (first on line \(found[0].line))") }
        return found.first
    }

    private func error(_ n: XMLNode, _ message: String) {
        problems.append(ValidationProblem(line: n.line, severity: .error, message: message))
    }

    private func warn(_ n: XMLNode, _ message: String) {
        problems.append(ValidationProblem(line: n.line, severity: .warning, message: message))
    }
}
