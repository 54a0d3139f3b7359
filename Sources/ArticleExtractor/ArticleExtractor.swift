import ArnaCore
import FeedDates
import Foundation
import HTMLSanitizer
import TextEncodings

/// Turns an outlet's article page into an ``ArnaCore/Article``: title, authors, date, body,
/// lead image with caption and credit, and the related-news links.
///
/// With a rule (``ExtractionRule``, by name or by the page's host) each part is read with the
/// rule's XPath/CSS, and parts the rule does not name are found by the fallback; without one,
/// the fallback reads everything: JSON-LD `NewsArticle`, OpenGraph and `article:*` meta tags,
/// `<time datetime>`, byline patterns (`Автор: …`, `Фото: …`), and the main text block by text
/// density after menus, footers, widgets and related-news lists are removed. The body is
/// sanitized by ``HTMLSanitizer`` with absolute URLs.
///
/// ```swift
/// let extractor = ArticleExtractor(rules: try .load(from: rulesFile))
/// let page = try extractor.extract(bytes, url: URL(string: "https://egemen.kz/article/1")!)
/// print(page.article.title, page.article.published as Any)
/// ```
public struct ArticleExtractor: Sendable {
    /// The rules chosen from by ``RuleChoice/automatic`` and ``RuleChoice/named(_:)``.
    public var rules: ExtractionRuleSet
    /// Limits and the default zone.
    public var options: ExtractionOptions

    /// Creates an extractor.
    ///
    /// - Parameters:
    ///   - rules: Rules per outlet; empty means the fallback only.
    ///   - options: Size limit and zone.
    public init(rules: ExtractionRuleSet = .empty, options: ExtractionOptions = ExtractionOptions()) {
        self.rules = rules
        self.options = options
    }

    /// Extracts the article from a page's bytes.
    ///
    /// - Parameters:
    ///   - bytes: The page as fetched (any charset: the BOM, `charset`, `<meta charset>` or sniffing decide).
    ///   - url: The page's URL: the base for relative links, the host for rule choice, the article's link.
    ///   - charset: The transport charset (HTTP `Content-Type`), if known.
    ///   - rule: Which rule to use; by default the one whose host matches `url`.
    ///   - outlet: The outlet to file the article under; by default one named after the page's site.
    /// - Returns: The article and how it was found.
    /// - Throws: ``ExtractionError``: `.tooLarge`, `.unreadable`, `.unknownRule`, `.invalidRule`, or
    ///   `.noArticle` when neither a title nor a body was found.
    public func extract(
        _ bytes: [UInt8], url: URL, charset: String? = nil, rule: RuleChoice = .automatic, outlet: Outlet? = nil
    ) throws(ExtractionError) -> ExtractedPage {
        guard bytes.count <= options.maxBytes else {
            throw ExtractionError(.tooLarge, "the page is \(bytes.count) bytes, more than the limit of \(options.maxBytes)")
        }
        let chosen: ExtractionRule?
        switch rule {
        case .automatic: chosen = rules.rule(for: url)
        case .none: chosen = nil
        case .named(let name):
            guard let named = rules.rule(named: name) else {
                let known = rules.rules.map(\.name).joined(separator: ", ")
                throw ExtractionError(.unknownRule, "no rule named '\(name)'" + (known.isEmpty ? "" : " (known: \(known))"))
            }
            chosen = named
        case .given(let given): chosen = given
        }
        let compiled = try chosen?.compiled()
        let decoded = DocumentDecoder.decode(bytes, transportCharset: charset, kind: .html)
        guard let document = HTMLDocument(utf8: decoded.utf8, url: url) else {
            throw ExtractionError(.unreadable, "the page holds no HTML document")
        }
        let zone = compiled?.zone ?? options.zone
        var page = PageReader(doc: document, url: url, rule: compiled, dates: DateText(parser: DateParser(zone: zone), reference: options.reference), sanitizer: HTMLSanitizer())
        var result = try page.read(outlet: outlet)
        result.encoding = decoded.encoding
        result.diagnostics = decoded.diagnostics + result.diagnostics
        if document.errorCount > 0 { result.diagnostics.append("libxml2 recovered from \(document.errorCount) markup errors") }
        return result
    }
}

/// Which extraction rule to apply to a page.
public enum RuleChoice: Sendable, Hashable {
    /// The rule whose host matches the page's URL, else the fallback alone.
    case automatic
    /// The rule of this name (an error when the set has none).
    case named(String)
    /// This rule, whether in the set or not (for checking a rule being written).
    case given(ExtractionRule)
    /// No rule: the fallback alone.
    case none
}

/// Limits for ``ArticleExtractor``.
public struct ExtractionOptions: Sendable, Hashable {
    /// Pages larger than this many bytes are refused (default 5 MiB).
    public var maxBytes: Int
    /// The zone for dates printed without one (default Asia/Almaty, with its tz history).
    public var zone: TimeZone
    /// When the page was fetched: relative dates (`Бүгін, 14:30`, `Вчера, 09:10`) and days without a
    /// year (`5 наурыз`) are read against it; `nil` refuses them.
    public var reference: Date?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - maxBytes: The largest page read.
    ///   - zone: The outlet's zone for zone-less dates.
    ///   - reference: The fetch time, for relative dates; `nil` refuses them.
    public init(maxBytes: Int = 5 * 1024 * 1024, zone: TimeZone = TimeZone(identifier: "Asia/Almaty")!, reference: Date? = nil) {
        self.maxBytes = maxBytes
        self.zone = zone
        self.reference = reference
    }
}

/// An extracted article and how it was found.
public struct ExtractedPage: Sendable, Hashable {
    /// The article in the shared model (body sanitized, URLs absolute).
    public var article: Article
    /// The rule applied, or nil for the fallback alone.
    public var rule: String?
    /// Which parts came from the fallback although a rule was applied (`title`, `date`, …).
    public var fallbackParts: [String]
    /// The charset the page was read in.
    public var encoding: String
    /// What had to be guessed or repaired, one line each.
    public var diagnostics: [String]

    /// Creates a result.
    public init(article: Article, rule: String?, fallbackParts: [String] = [], encoding: String = "utf-8", diagnostics: [String] = []) {
        self.article = article
        self.rule = rule
        self.fallbackParts = fallbackParts
        self.encoding = encoding
        self.diagnostics = diagnostics
    }
}
