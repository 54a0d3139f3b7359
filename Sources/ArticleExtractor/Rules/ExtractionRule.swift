import Foundation

/// Where an outlet's article pages keep each part of the article, as XPath or CSS selectors.
///
/// Every selector is optional: a part without one is found by the fallback (metadata, text
/// density). A value starting with `/`, `(` or `./` is XPath 1.0; anything else is a simple CSS
/// selector (type, `.class`, `#id`, `[attr=v]`, descendant and `>` combinators, `,` groups, and
/// `::attr(name)` to take an attribute). Selectors that pick elements give their text; ones that
/// pick attributes (`//meta[@property='og:image']/@content`) give the attribute's value.
public struct ExtractionRule: Sendable, Hashable, Codable {
    /// The rule's name (`egemen`), used by `--rules` and OPML `arna:rules`.
    public var name: String
    /// Hosts the rule applies to; `egemen.kz` also matches `www.egemen.kz`.
    public var hosts: [String]
    /// The headline.
    public var title: String?
    /// The author's name (a leading `Автор:` is removed); every match is one author.
    public var author: String?
    /// The publication date, read by FeedDates (`• 05.03.2020`, `5 наурыз 2020, 14:30`, ISO 8601).
    public var date: String?
    /// The article body: the first match's content is the body.
    public var body: String?
    /// The lead image's URL (an `img` element gives its `src`).
    public var image: String?
    /// The lead image's caption.
    public var caption: String?
    /// The photo credit (`Фото: azattyq.org` gives `azattyq.org`).
    public var credit: String?
    /// Links of the outlet's related-news block, kept as the article's `related` (and out of the body).
    public var related: String?
    /// Blocks removed before anything is read (widgets, share buttons, related news, ads).
    public var drop: [String]
    /// The zone for dates the page prints without one (tz name); default Asia/Almaty.
    public var zone: String?

    /// Creates a rule; every selector is checked when the rule joins an ``ExtractionRuleSet`` or is used.
    ///
    /// - Parameters:
    ///   - name: The rule's name.
    ///   - hosts: Hosts it applies to (subdomains included).
    ///   - title: Selector of the headline.
    ///   - author: Selector of the author's name(s).
    ///   - date: Selector of the publication date (text or a `datetime`/`content` attribute).
    ///   - body: Selector of the body container.
    ///   - image: Selector of the lead picture (`img`, or an attribute holding its URL).
    ///   - caption: Selector of the picture's caption.
    ///   - credit: Selector of the photo credit.
    ///   - related: Selector of the related-news links.
    ///   - drop: Selectors of blocks removed first.
    ///   - zone: tz name for zone-less dates.
    public init(
        name: String, hosts: [String] = [], title: String? = nil, author: String? = nil, date: String? = nil,
        body: String? = nil, image: String? = nil, caption: String? = nil, credit: String? = nil,
        related: String? = nil, drop: [String] = [], zone: String? = nil
    ) {
        self.name = name
        self.hosts = hosts
        self.title = title
        self.author = author
        self.date = date
        self.body = body
        self.image = image
        self.caption = caption
        self.credit = credit
        self.related = related
        self.drop = drop
        self.zone = zone
    }

    /// Whether the rule applies to `host` (exactly, or as a subdomain of one of ``hosts``).
    ///
    /// - Parameter host: A URL's host.
    /// - Returns: True when one of the rule's hosts is `host` or a parent domain of it.
    public func matches(host: String) -> Bool {
        let host = host.lowercased()
        return hosts.contains { candidate in
            let c = candidate.lowercased()
            return host == c || host.hasSuffix("." + c)
        }
    }

    /// The rule with every selector translated to XPath and checked, ready to run.
    func compiled() throws(ExtractionError) -> CompiledRule {
        func one(_ field: String, _ value: String?) throws(ExtractionError) -> String? {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let xpath: String
            do {
                xpath = try CSSSelector.xpath(for: value)
            } catch {
                throw ExtractionError(.invalidRule, "rule '\(name)', \(field): \(error.message)")
            }
            guard HTMLDocument.isValidXPath(xpath) else {
                throw ExtractionError(.invalidRule, "rule '\(name)', \(field): '\(value)' is not valid XPath")
            }
            return xpath
        }
        var drops: [String] = []
        for value in drop {
            if let xpath = try one("drop", value) { drops.append(xpath) }
        }
        if let zone, TimeZone(identifier: zone) == nil {
            throw ExtractionError(.invalidRule, "rule '\(name)', zone: unknown time zone '\(zone)'")
        }
        return CompiledRule(
            name: name, title: try one("title", title), author: try one("author", author), date: try one("date", date),
            body: try one("body", body), image: try one("image", image), caption: try one("caption", caption),
            credit: try one("credit", credit), related: try one("related", related), drop: drops,
            zone: zone.flatMap(TimeZone.init(identifier:)))
    }
}

/// A rule as XPath only, checked.
struct CompiledRule {
    var name: String
    var title: String?
    var author: String?
    var date: String?
    var body: String?
    var image: String?
    var caption: String?
    var credit: String?
    var related: String?
    var drop: [String]
    var zone: TimeZone?
}
