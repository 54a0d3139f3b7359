import FeedDates
import Foundation

extension ParsedFeed {
    /// The document as `arna parse --json` prints it (`shared/contracts/parse-json.md`): every
    /// key present, `null` or `[]` for what the feed does not give, dates in RFC 3339 UTC.
    public func contractJSON() -> String {
        jsonValue.serialized() + "\n"
    }

    var jsonValue: JSONValue {
        .object([
            ("format", .string(format.rawValue)),
            ("encoding", .string(encoding)),
            ("bozo", .bool(bozo)),
            ("errors", .array(errors.map(JSONValue.string))),
            ("feed", feed.jsonValue),
            ("items", .array(items.map(\.jsonValue))),
        ])
    }
}

extension FeedMetadata {
    var jsonValue: JSONValue {
        .object([
            ("title", JSONValue(title)), ("titleType", .string(titleType.rawValue)),
            ("subtitle", JSONValue(subtitle)), ("subtitleType", .string(subtitleType.rawValue)),
            ("id", JSONValue(id)),
            ("link", json(link)),
            ("links", .array(links.map(\.jsonValue))),
            ("language", JSONValue(language)),
            ("updated", json(updated)),
            ("published", json(published)),
            ("authors", .array(authors.map(\.jsonValue))),
            ("contributors", .array(contributors.map(\.jsonValue))),
            ("categories", .array(categories.map(\.jsonValue))),
            ("rights", JSONValue(rights)), ("rightsType", .string(rightsType.rawValue)),
            ("generator", generator.map(\.jsonValue) ?? .null),
            ("icon", json(icon)),
            ("image", image.map(\.jsonValue) ?? .null),
            ("ttl", ttl.map { .int(Int64($0)) } ?? .null),
        ])
    }
}

extension FeedItem {
    var jsonValue: JSONValue {
        .object([
            ("id", JSONValue(id)),
            ("title", JSONValue(title)), ("titleType", .string(titleType.rawValue)),
            ("link", json(link)),
            ("links", .array(links.map(\.jsonValue))),
            ("summary", JSONValue(summary)), ("summaryType", .string(summaryType.rawValue)),
            ("content", .array(content.map(\.jsonValue))),
            ("published", json(published)),
            ("updated", json(updated)),
            ("authors", .array(authors.map(\.jsonValue))),
            ("contributors", .array(contributors.map(\.jsonValue))),
            ("categories", .array(categories.map(\.jsonValue))),
            ("enclosures", .array(enclosures.map(\.jsonValue))),
            ("comments", json(comments)),
            ("rights", JSONValue(rights)), ("rightsType", .string(rightsType.rawValue)),
            ("language", JSONValue(language)),
            ("image", json(image)),
            ("source", source.map(\.jsonValue) ?? .null),
        ])
    }
}

extension FeedLink {
    var jsonValue: JSONValue {
        .object([
            ("href", .string(href.absoluteString)), ("rel", .string(rel)), ("type", JSONValue(type)),
            ("title", JSONValue(title)), ("hreflang", JSONValue(hreflang)), ("length", length.map(JSONValue.int) ?? .null),
        ])
    }
}

extension FeedPerson {
    var jsonValue: JSONValue {
        .object([("name", JSONValue(name)), ("email", JSONValue(email)), ("uri", json(uri))])
    }
}

extension FeedCategory {
    var jsonValue: JSONValue {
        .object([("term", .string(term)), ("scheme", JSONValue(scheme)), ("label", JSONValue(label))])
    }
}

extension FeedGenerator {
    var jsonValue: JSONValue {
        .object([("name", JSONValue(name)), ("uri", json(uri)), ("version", JSONValue(version))])
    }
}

extension FeedImage {
    var jsonValue: JSONValue {
        .object([
            ("url", json(url)), ("title", JSONValue(title)), ("link", json(link)),
            ("width", width.map { .int(Int64($0)) } ?? .null), ("height", height.map { .int(Int64($0)) } ?? .null),
        ])
    }
}

extension FeedContent {
    var jsonValue: JSONValue {
        .object([("value", .string(value)), ("type", .string(type.rawValue)), ("language", JSONValue(language))])
    }
}

extension FeedEnclosure {
    var jsonValue: JSONValue {
        .object([("url", .string(url.absoluteString)), ("type", JSONValue(type)), ("length", length.map(JSONValue.int) ?? .null)])
    }
}

extension FeedSource {
    var jsonValue: JSONValue {
        .object([("title", JSONValue(title)), ("link", json(link)), ("id", JSONValue(id)), ("url", json(url)), ("updated", json(updated))])
    }
}

private func json(_ url: URL?) -> JSONValue { url.map { .string($0.absoluteString) } ?? .null }
private func json(_ date: Date?) -> JSONValue { date.map { .string(RFC3339.string(from: $0)) } ?? .null }
