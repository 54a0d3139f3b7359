import Foundation

extension FeedBuilder {
    /// The root element decides the format.
    func startRoot(_ frame: inout Frame) {
        frame.role = .root
        rootName = frame.name
        switch (frame.ns, frame.name) {
        case (let ns, "rss") where ns.isRSS:
            format = Self.rssFormat(version: frame.attribute("version"))
        case (.rdf, "RDF"), (.rdf, "rdf"):
            format = .rss10  // made rss090 when its channel is in the 0.90 namespace
        case (.atom10, "feed"):
            format = .atom10
        case (.atom03, "feed"):
            format = .atom03
        case (.none, "feed"):
            format = frame.attribute("version") == "0.3" ? .atom03 : .atom10
            errors.append("the feed element has no Atom namespace; read as Atom")
        default:
            halt(ReadError(.notAFeed, "not a feed: the document's root element is <\(frame.name)>, not <rss>, <rdf:RDF> or <feed>"))
            return
        }
        if let lang = lang(of: frame), feed.language == nil { feed.language = lang }
    }

    static func rssFormat(version: String?) -> FeedFormat {
        switch version?.trimmed {
        case "0.91": return .rss091
        case "0.92": return .rss092
        case "0.93": return .rss093
        case "0.94": return .rss094
        case "0.90", "0.9": return .rss090
        default: return .rss20
        }
    }

    /// Decides what an element opens and how its text is kept.
    func start(_ frame: inout Frame) {
        switch frame.ns {
        case .none, .rss090, .rss10:
            startRSS(&frame)
        case .atom10, .atom03:
            startAtom(&frame)
        case .dc, .dcterms, .itunes, .sy:
            if frame.ns == .itunes { startITunes(&frame) } else { frame.markup = .text }
        case .content, .yandex, .turbo:
            frame.markup = .capturable
            frame.textType = .html
        case .media:
            startMedia(&frame)
        case .rdf, .xhtml, .xml, .other:
            break
        }
    }

    private func startRSS(_ frame: inout Frame) {
        if frame.ns == .rss090, frame.name == "channel", format == .rss10 { format = .rss090 }
        switch frame.name {
        case "item":
            beginItem(&frame)
            if let about = frame.attributes.first(where: { $0.ns == .rdf && $0.name == "about" })?.value {
                item?.id = about.trimmed.nilIfEmpty
            }
        case "image" where !inItem && image == nil:
            frame.role = .image
            image = FeedImage()
        case "textinput", "items", "skiphours", "skipdays", "cloud":
            frame.role = .skip
        case "description":
            // Item and channel descriptions alike are HTML (as feedparser reads them).
            frame.markup = image == nil ? .capturable : .text
        case "enclosure":
            if let url = URLResolver.resolve(frame.attribute("url"), against: base(of: frame)) {
                let enclosure = FeedEnclosure(url: url, type: frame.attribute("type")?.nilIfEmpty, length: Self.length(frame.attribute("length")))
                item?.enclosures.append(enclosure)
                if isImageType(enclosure.type), item?.image == nil { item?.image = url }
            }
        case "channel", "rss":
            break
        default:
            frame.markup = .text
        }
    }

    private func startAtom(_ frame: inout Frame) {
        switch frame.name {
        case "entry":
            beginItem(&frame)
        case "author", "contributor":
            frame.role = .person
            person = FeedPerson()
        case "source" where inItem:
            frame.role = .source
            source = FeedSource()
        case "link":
            atomLink(frame)
        case "category":
            if let term = frame.attribute("term")?.trimmed.nilIfEmpty {
                let category = FeedCategory(term: term, scheme: frame.attribute("scheme")?.nilIfEmpty, label: frame.attribute("label")?.nilIfEmpty)
                if inItem { item?.categories.append(category) } else if source == nil { feed.categories.append(category) }
            } else {
                frame.markup = .text  // Atom 0.3 / sloppy feeds write the term as text
            }
        case "title", "subtitle", "tagline", "summary", "content", "rights", "copyright", "info":
            startTextConstruct(&frame)
        default:
            frame.markup = .text
        }
    }

    /// Atom text constructs: the type decides whether the text is kept as text or as markup.
    private func startTextConstruct(_ frame: inout Frame) {
        let type = frame.attribute("type").map(Self.lowercasedIfNeeded)
        let mode = frame.attribute("mode").map(Self.lowercasedIfNeeded)
        switch type {
        case nil, "text", "text/plain":
            frame.textType = .text
            frame.markup = mode == "xml" && type == nil && frame.ns == .atom03 ? .capturable : .text
            if frame.ns == .atom03, type == nil, frame.name == "content" || frame.name == "summary" {
                // Atom 0.3 content without a type is usually escaped HTML in practice.
                frame.textType = mode == "escaped" ? .html : .text
            }
        case "html", "text/html":
            frame.textType = .html
            frame.markup = mode == "xml" ? .capturable : .text
        case "xhtml", "application/xhtml+xml":
            frame.textType = mode == "escaped" ? .html : .xhtml
            frame.markup = mode == "escaped" ? .text : .markup
        default:
            // Another media type (Atom content of type image/png with src, or inline XML).
            frame.textType = .text
            frame.markup = .text
        }
        if mode == "base64" { frame.base64 = true; frame.markup = .text }
    }

    private func startITunes(_ frame: inout Frame) {
        switch frame.name {
        case "image":
            if let url = URLResolver.resolve(frame.attribute("href"), against: base(of: frame)) {
                if inItem {
                    if item?.image == nil { item?.image = url }
                } else if feed.image == nil {
                    feed.image = FeedImage(url: url)
                }
            }
        case "category":
            if let term = frame.attribute("text")?.nilIfEmpty {
                let category = FeedCategory(term: term)
                if inItem { item?.categories.append(category) } else { feed.categories.append(category) }
            }
        default:
            frame.markup = .text
        }
    }

    private func startMedia(_ frame: inout Frame) {
        switch frame.name {
        case "content":
            guard let url = URLResolver.resolve(frame.attribute("url"), against: base(of: frame)) else { break }
            let type = frame.attribute("type")?.nilIfEmpty
            let enclosure = FeedEnclosure(url: url, type: type, length: Self.length(frame.attribute("filesize") ?? frame.attribute("fileSize")))
            item?.enclosures.append(enclosure)
            let isImage = frame.attribute("medium") == "image" || isImageType(type)
            if isImage, inItem, item?.image == nil { item?.image = url }
        case "thumbnail":
            if let url = URLResolver.resolve(frame.attribute("url"), against: base(of: frame)), inItem, item?.image == nil {
                item?.image = url
            }
        case "group":
            break
        case "description", "credit", "category", "title", "keywords":
            frame.markup = .text
        default:
            break
        }
    }

    private func beginItem(_ frame: inout Frame) {
        frame.role = .item
        var fresh = FeedItem()
        fresh.language = lang(of: frame)
        item = fresh
        inItem = true
    }

    /// An Atom `link` (or `atom:link` inside RSS): every one goes to `links`; the first
    /// alternate is the `link`; enclosures are enclosures too.
    private func atomLink(_ frame: Frame) {
        guard let href = URLResolver.resolve(frame.attribute("href") ?? frame.attribute("url"), against: base(of: frame)) else { return }
        let rel = frame.attribute("rel")?.trimmed.nilIfEmpty ?? "alternate"
        let link = FeedLink(
            href: href, rel: rel, type: frame.attribute("type")?.nilIfEmpty, title: frame.attribute("title")?.nilIfEmpty,
            hreflang: frame.attribute("hreflang")?.nilIfEmpty, length: Self.length(frame.attribute("length")))
        if source != nil {
            if rel == "alternate", source?.link == nil { source?.link = href }
            if rel == "self", source?.url == nil { source?.url = href }
            return
        }
        if inItem {
            item?.links.append(link)
            if rel == "alternate", item?.link == nil { item?.link = href }
            if rel == "enclosure" {
                item?.enclosures.append(FeedEnclosure(url: href, type: link.type, length: link.length))
                if isImageType(link.type), item?.image == nil { item?.image = href }
            }
        } else {
            feed.links.append(link)
            // Inside RSS the channel's own <link> is the alternate; atom:link rel=alternate is a fallback.
            if rel == "alternate", feed.link == nil, frame.ns.isAtom, format == .atom10 || format == .atom03 { feed.link = href }
        }
    }

    /// Attribute values are almost always lower case already: skip the copy then.
    static func lowercasedIfNeeded(_ value: String) -> String {
        value.utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || isASCIISpace($0) } ? value.lowercased().trimmed : value
    }

    static func length(_ text: String?) -> Int64? {
        guard let text = text?.trimmed, let value = Int64(text), value >= 0 else { return nil }
        return value
    }
}

extension String {
    /// `nil` for an empty string: the contract never uses "" for "absent".
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

/// Whether a MIME type names a picture (`image/jpeg`, `Image/PNG`).
func isImageType(_ type: String?) -> Bool {
    guard let type else { return false }
    return type.utf8.count >= 6 && FeedBuilder.lowercasedIfNeeded(type).hasASCIIPrefix("image/")
}
