import FeedDates
import Foundation
import HTMLSanitizer

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into the normalized document.
struct JSONFeedReader {
    let options: ReadOptions
    private let dates: DateParser
    private let sanitizer = HTMLSanitizer()

    init(options: ReadOptions) {
        self.options = options
        self.dates = DateParser(zone: options.zone)
    }

    func read(_ utf8: [UInt8]) throws(ReadError) -> ParsedFeed {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed])
        } catch {
            throw ReadError(.unreadable, "the document looks like JSON but is not valid JSON: \(error.localizedDescription)")
        }
        guard let root = object as? [String: Any] else {
            throw ReadError(.notAFeed, "not a feed: the JSON document is not an object")
        }
        let version = (root["version"] as? String) ?? ""
        guard version.contains("jsonfeed.org/version/") else {
            throw ReadError(.notAFeed, "not a feed: the JSON document has no JSON Feed \"version\"")
        }
        var errors: [String] = []
        let format: FeedFormat = version.hasSuffix("/1") ? .json10 : .json11
        let base = URLResolver.resolve(root["feed_url"] as? String, against: options.baseURL) ?? options.baseURL

        var feed = FeedMetadata()
        feed.title = string(root["title"])
        feed.subtitle = string(root["description"])
        if let home = URLResolver.resolve(string(root["home_page_url"]), against: base) {
            feed.link = home
            feed.links.append(FeedLink(href: home, rel: "alternate"))
        }
        if let own = URLResolver.resolve(string(root["feed_url"]), against: options.baseURL) {
            feed.links.append(FeedLink(href: own, rel: "self"))
        }
        feed.language = string(root["language"])
        feed.authors = persons(root, base: base)
        feed.icon = URLResolver.resolve(string(root["favicon"]), against: base)
        if let icon = URLResolver.resolve(string(root["icon"]), against: base) { feed.image = FeedImage(url: icon) }

        var items: [FeedItem] = []
        let rawItems = root["items"] as? [Any] ?? []
        if root["items"] != nil, root["items"] as? [Any] == nil { errors.append("\"items\" is not an array") }
        for (index, raw) in rawItems.enumerated() {
            guard let object = raw as? [String: Any] else {
                errors.append("item \(index + 1) is not an object (skipped)")
                continue
            }
            guard items.count < options.maxItems else {
                errors.append("the feed has more than \(options.maxItems) items; \(rawItems.count - options.maxItems) were skipped (item limit)")
                break
            }
            items.append(item(object, base: base, feedLanguage: feed.language, errors: &errors))
        }
        return ParsedFeed(format: format, encoding: "utf-8", errors: errors, feed: feed, items: items)
    }

    private func item(_ object: [String: Any], base: URL?, feedLanguage: String?, errors: inout [String]) -> FeedItem {
        var item = FeedItem()
        if let id = object["id"] {
            item.id = (id as? String).flatMap { $0.trimmed.nilIfEmpty } ?? (id as? NSNumber).map { "\($0)" }
        }
        if let url = URLResolver.resolve(string(object["url"]), against: base) {
            item.link = url
            item.links.append(FeedLink(href: url, rel: "alternate"))
        }
        if let external = URLResolver.resolve(string(object["external_url"]), against: base) {
            item.links.append(FeedLink(href: external, rel: "related"))
        }
        item.title = string(object["title"]).map { sanitizer.plainText(fromHTML: $0) }.flatMap(\.nilIfEmpty)
        if let html = string(object["content_html"]) {
            item.content.append(FeedContent(value: sanitizer.sanitize(html, baseURL: base), type: .html, language: string(object["language"])))
        }
        if let text = string(object["content_text"]) {
            item.content.append(FeedContent(value: text, type: .text, language: string(object["language"])))
        }
        item.summary = string(object["summary"])
        item.image = URLResolver.resolve(string(object["image"]), against: base)
        for (key, keyPath) in [("date_published", \FeedItem.published), ("date_modified", \FeedItem.updated)] {
            guard let text = string(object[key]) else { continue }
            if let date = dates.parse(text) { item[keyPath: keyPath] = date } else { errors.append("unreadable date '\(text)' in \"\(key)\" (left empty)") }
        }
        item.authors = persons(object, base: base)
        item.categories = (object["tags"] as? [Any] ?? []).compactMap { string($0) }.map { FeedCategory(term: $0) }
        for attachment in object["attachments"] as? [Any] ?? [] {
            guard let attachment = attachment as? [String: Any], let url = URLResolver.resolve(string(attachment["url"]), against: base) else { continue }
            item.enclosures.append(FeedEnclosure(url: url, type: string(attachment["mime_type"]), length: (attachment["size_in_bytes"] as? NSNumber)?.int64Value))
        }
        item.language = string(object["language"])
        return item
    }

    /// `authors` (1.1) or `author` (1.0).
    private func persons(_ object: [String: Any], base: URL?) -> [FeedPerson] {
        var raw = object["authors"] as? [Any] ?? []
        if raw.isEmpty, let single = object["author"] { raw = [single] }
        return raw.compactMap { entry in
            guard let entry = entry as? [String: Any] else { return nil }
            let person = FeedPerson(name: string(entry["name"]), uri: URLResolver.resolve(string(entry["url"]), against: base))
            return person.name == nil && person.uri == nil ? nil : person
        }
    }

    private func string(_ value: Any?) -> String? {
        (value as? String)?.trimmed.nilIfEmpty
    }
}
