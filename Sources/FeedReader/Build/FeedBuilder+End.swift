import FeedDates
import HTMLSanitizer
import Foundation

extension FeedBuilder {
    /// Puts an element's text where it belongs, once the element ends.
    func end(_ frame: inout Frame) {
        switch frame.role {
        case .item: endItem(frame); return
        case .source: item?.source = source; source = nil; return
        case .person: endPerson(frame); return
        case .image:
            if let done = image, done.url != nil || done.title != nil || done.link != nil { feed.image = feed.image ?? done }
            image = nil
            return
        case .root, .skip: return
        case .none: break
        }
        guard frame.markup != .ignore else { return }
        switch frame.ns {
        case .none, .rss090, .rss10: endRSS(frame)
        case .atom10, .atom03: endAtom(frame)
        case .dc, .dcterms: endDublinCore(frame)
        case .content, .yandex, .turbo:
            if (frame.ns == .content && frame.name == "encoded") || (frame.ns == .yandex && frame.name == "full-text")
                || (frame.ns == .turbo && frame.name == "content"),
               let html = html(of: frame) {
                item?.content.append(FeedContent(value: html, type: .html, language: lang(of: frame)))
            }
        case .media: endMedia(frame)
        case .itunes: endITunes(frame)
        case .sy:
            // RSS 1.0 syndication module: how often the channel is updated (channel level only).
            guard !inItem, let text = value(of: frame) else { break }
            if frame.name == "updatePeriod" { feed.updatePeriod = text.lowercased() }
            if frame.name == "updateFrequency" { feed.updateFrequency = Int(text) }
        case .rdf, .xhtml, .xml, .other: break
        }
    }

    // MARK: RSS

    private func endRSS(_ frame: Frame) {
        if image != nil {
            switch frame.name {
            case "url": image?.url = URLResolver.resolve(value(of: frame), against: base(of: frame))
            case "title": image?.title = plain(value(of: frame))
            case "link": image?.link = URLResolver.resolve(value(of: frame), against: base(of: frame))
            case "width": image?.width = value(of: frame).flatMap { Int($0) }
            case "height": image?.height = value(of: frame).flatMap { Int($0) }
            default: break
            }
            return
        }
        guard let text = value(of: frame) else { return }
        if inItem {
            switch frame.name {
            case "title": if item?.title == nil { item?.title = plain(text) }
            case "link": if item?.link == nil { item?.link = URLResolver.resolve(text, against: base(of: frame)) }
            case "description":
                if item?.summary == nil { item?.summary = html(of: frame); item?.summaryType = .html }
            case "guid":
                if item?.id == nil { item?.id = text }
                let permaLink = frame.attribute("ispermalink")?.lowercased() ?? frame.attribute("isPermaLink")?.lowercased()
                if permaLink != "false", item?.link == nil, text.hasASCIIPrefix("http") {
                    item?.link = URLResolver.resolve(text, against: base(of: frame))
                }
            case "pubdate": if item?.published == nil { item?.published = date(text, frame) }
            case "author": item?.authors.append(PersonParser.parse(text))
            case "category": item?.categories.append(FeedCategory(term: text, scheme: frame.attribute("domain")?.nilIfEmpty))
            case "comments": item?.comments = URLResolver.resolve(text, against: base(of: frame))
            case "source":
                item?.source = FeedSource(title: plain(text), url: URLResolver.resolve(frame.attribute("url"), against: base(of: frame)))
            default: break
            }
            return
        }
        switch frame.name {
        case "title": if feed.title == nil { feed.title = plain(text) }
        case "link": if feed.link == nil { feed.link = URLResolver.resolve(text, against: base(of: frame)) }
        case "description": if feed.subtitle == nil { feed.subtitle = html(of: frame); feed.subtitleType = .html }
        case "language": if feed.language == nil { feed.language = text }
        case "copyright": if feed.rights == nil { feed.rights = plain(text) }
        case "managingeditor": feed.authors.append(PersonParser.parse(text))
        case "pubdate": if feed.published == nil { feed.published = date(text, frame) }
        case "lastbuilddate": if feed.updated == nil { feed.updated = date(text, frame) }
        case "generator": if feed.generator == nil { feed.generator = FeedGenerator(name: text) }
        case "category": feed.categories.append(FeedCategory(term: text, scheme: frame.attribute("domain")?.nilIfEmpty))
        case "ttl": feed.ttl = Int(text)
        default: break
        }
    }

    // MARK: Atom

    private func endAtom(_ frame: Frame) {
        if person != nil {
            switch frame.name {
            case "name": person?.name = value(of: frame)
            case "email": person?.email = value(of: frame)
            case "uri", "url": person?.uri = URLResolver.resolve(value(of: frame), against: base(of: frame))
            default: break
            }
            return
        }
        if source != nil {
            switch frame.name {
            case "title": source?.title = textConstruct(frame).value
            case "id": source?.id = value(of: frame)
            case "updated", "modified": source?.updated = value(of: frame).flatMap { date($0, frame) }
            default: break
            }
            return
        }
        switch frame.name {
        case "title":
            let (text, type) = textConstruct(frame)
            if inItem { if item?.title == nil { item?.title = text; item?.titleType = type } }
            else if feed.title == nil { feed.title = text; feed.titleType = type }
        case "subtitle", "tagline", "info":
            guard !inItem, frame.name != "info" else { return }
            let (text, type) = textConstruct(frame)
            if feed.subtitle == nil { feed.subtitle = text; feed.subtitleType = type }
        case "rights", "copyright":
            let (text, type) = textConstruct(frame)
            if inItem { if item?.rights == nil { item?.rights = text; item?.rightsType = type } }
            else if feed.rights == nil { feed.rights = text; feed.rightsType = type }
        case "summary":
            let (text, type) = textConstruct(frame)
            if inItem, item?.summary == nil, let text { item?.summary = text; item?.summaryType = type }
        case "content":
            let (text, type) = textConstruct(frame)
            if let text { item?.content.append(FeedContent(value: text, type: type, language: lang(of: frame))) }
        case "id":
            let id = value(of: frame)
            if inItem { if item?.id == nil { item?.id = id } } else if feed.id == nil { feed.id = id }
        case "updated", "modified":
            guard let text = value(of: frame) else { return }
            if inItem { if item?.updated == nil { item?.updated = date(text, frame) } }
            else if feed.updated == nil { feed.updated = date(text, frame) }
        case "published", "issued":
            guard let text = value(of: frame) else { return }
            if inItem { if item?.published == nil { item?.published = date(text, frame) } }
        case "generator":
            guard !inItem else { return }
            feed.generator = FeedGenerator(
                name: value(of: frame), uri: URLResolver.resolve(frame.attribute("uri") ?? frame.attribute("url"), against: base(of: frame)),
                version: frame.attribute("version")?.nilIfEmpty)
        case "icon": if !inItem { feed.icon = URLResolver.resolve(value(of: frame), against: base(of: frame)) }
        case "logo":
            if !inItem, let url = URLResolver.resolve(value(of: frame), against: base(of: frame)) {
                if feed.image == nil { feed.image = FeedImage(url: url) }
            }
        case "category":
            if let term = value(of: frame) {
                if inItem { item?.categories.append(FeedCategory(term: term)) } else { feed.categories.append(FeedCategory(term: term)) }
            }
        default: break
        }
    }

    /// The value and type of an Atom text construct.
    private func textConstruct(_ frame: Frame) -> (value: String?, type: TextType) {
        if frame.textType != .text, !frame.base64 { return (html(of: frame), frame.textType) }
        guard var text = value(of: frame) else { return (nil, frame.textType) }
        if frame.base64 {
            guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters), let decoded = String(data: data, encoding: .utf8) else {
                errors.append("<\(frame.name)> is marked base64 but is not valid base64 UTF-8")
                return (nil, frame.textType)
            }
            text = decoded
        }
        switch frame.textType {
        case .text: return (text, .text)
        case .html, .xhtml: return (sanitize(text, frame), frame.textType)
        }
    }

    // MARK: Modules

    private func endDublinCore(_ frame: Frame) {
        guard let text = value(of: frame) else { return }
        switch (frame.ns, frame.name) {
        case (.dc, "creator"), (.dc, "author"):
            if inItem { item?.authors.append(FeedPerson(name: text)) } else { feed.authors.append(FeedPerson(name: text)) }
        case (.dc, "contributor"):
            if inItem { item?.contributors.append(FeedPerson(name: text)) } else { feed.contributors.append(FeedPerson(name: text)) }
        case (.dc, "date"):
            if inItem { if item?.published == nil { item?.published = date(text, frame) } }
            else if feed.updated == nil { feed.updated = date(text, frame) }
        case (.dc, "subject"):
            if inItem { item?.categories.append(FeedCategory(term: text)) } else { feed.categories.append(FeedCategory(term: text)) }
        case (.dc, "language"):
            if inItem { item?.language = text } else if feed.language == nil { feed.language = text }
        case (.dc, "rights"):
            if inItem { if item?.rights == nil { item?.rights = text } } else if feed.rights == nil { feed.rights = text }
        case (.dc, "title"):
            if inItem { if item?.title == nil { item?.title = plain(text) } } else if feed.title == nil { feed.title = plain(text) }
        case (.dc, "description"):
            if inItem, item?.summary == nil { item?.summary = sanitize(text, frame); item?.summaryType = .html }
        case (.dcterms, "modified"):
            if inItem { if item?.updated == nil { item?.updated = date(text, frame) } } else if feed.updated == nil { feed.updated = date(text, frame) }
        case (.dcterms, "issued"), (.dcterms, "created"):
            if inItem, item?.published == nil { item?.published = date(text, frame) }
        default: break
        }
    }

    private func endMedia(_ frame: Frame) {
        guard inItem, let text = value(of: frame) else { return }
        switch frame.name {
        case "description": if item?.imageCaption == nil { item?.imageCaption = plain(text) }
        case "credit": if item?.imageCredit == nil { item?.imageCredit = plain(text) }
        case "category": item?.categories.append(FeedCategory(term: text, scheme: frame.attribute("scheme")?.nilIfEmpty))
        default: break
        }
    }

    private func endITunes(_ frame: Frame) {
        guard let text = value(of: frame) else { return }
        switch frame.name {
        case "author":
            if inItem { item?.authors.append(FeedPerson(name: text)) } else { feed.authors.append(FeedPerson(name: text)) }
        case "summary", "subtitle":
            if inItem {
                if item?.summary == nil { item?.summary = text; item?.summaryType = .text }
            } else if feed.subtitle == nil {
                feed.subtitle = text
            }
        default: break
        }
    }

    // MARK: Containers

    private func endItem(_ frame: Frame) {
        guard var done = item.take() else { return }
        inItem = false
        if done.language == nil { done.language = lang(of: frame) }
        if items.count >= options.maxItems {
            skippedItems += 1
            return
        }
        items.append(done)
    }

    private func endPerson(_ frame: Frame) {
        guard let done = person else { return }
        person = nil
        guard done.name != nil || done.email != nil || done.uri != nil, source == nil else { return }
        let contributor = frame.name == "contributor"
        if inItem {
            if contributor { item?.contributors.append(done) } else { item?.authors.append(done) }
        } else {
            if contributor { feed.contributors.append(done) } else { feed.authors.append(done) }
        }
    }

    // MARK: Values

    func date(_ text: String, _ frame: Frame) -> Date? {
        if let date = dates.parse(text) { return date }
        errors.append("unreadable date '\(text)' in <\(frame.name)> (left empty)")
        return nil
    }

    func sanitize(_ html: String, _ frame: Frame) -> String {
        var html = html
        return html.withUTF8 { sanitizer.sanitize(validUTF8: $0, base: preparedBase(of: frame)) }
    }

    func plain(_ text: String?) -> String? {
        guard let text else { return nil }
        let result = sanitizer.plainText(fromHTML: text)
        return result.isEmpty ? nil : result
    }
}
