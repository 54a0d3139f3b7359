import Foundation
import Yams

/// The extraction rules of every outlet, read from a YAML file in `feeds/` (`feeds/extraction-rules.yaml`).
///
/// The file maps rule names to rules:
///
/// ```yaml
/// rules:
///   egemen:
///     hosts: [egemen.kz]
///     title: h1.article-title
///     author: .article-author
///     date: //div[@class='article-meta']/span[@class='date']
///     body: div.article-text
///     image: meta[property="og:image"]::attr(content)
///     credit: figure.lead figcaption .credit
///     related: .related-news a
///     drop: [.share, .banner]
/// ```
///
/// Unknown fields are refused (a misspelt `autor:` would otherwise silently do nothing), and
/// every selector is checked when the file is read.
public struct ExtractionRuleSet: Sendable, Hashable {
    /// The rules, sorted by name.
    public private(set) var rules: [ExtractionRule]

    /// A set with no rules: everything goes to the fallback.
    public static let empty = ExtractionRuleSet(uncheckedRules: [])

    private init(uncheckedRules: [ExtractionRule]) { self.rules = uncheckedRules }

    /// Creates a set from rules, checking each selector.
    ///
    /// - Parameter rules: The rules; names must be unique.
    /// - Throws: ``ExtractionError`` (`.invalidRule`) naming the rule and field at fault.
    public init(rules: [ExtractionRule]) throws(ExtractionError) {
        var seen: Set<String> = []
        for rule in rules {
            guard seen.insert(rule.name).inserted else { throw ExtractionError(.invalidRule, "rule '\(rule.name)' is defined twice") }
            _ = try rule.compiled()
        }
        self.rules = rules.sorted { $0.name < $1.name }
    }

    /// Reads a rules file.
    ///
    /// - Parameter url: The YAML file.
    /// - Returns: The checked rules.
    /// - Throws: ``ExtractionError`` (`.invalidRule`) when the file cannot be read, is not the
    ///   format above, or holds a bad selector.
    public static func load(from url: URL) throws(ExtractionError) -> ExtractionRuleSet {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ExtractionError(.invalidRule, "cannot read \(url.path): \(error.localizedDescription)")
        }
        return try parse(yaml: text, file: url.lastPathComponent)
    }

    /// Reads rules from YAML text (the file format above).
    ///
    /// - Parameters:
    ///   - yaml: The document.
    ///   - file: A name for messages.
    /// - Returns: The checked rules.
    /// - Throws: ``ExtractionError`` (`.invalidRule`).
    public static func parse(yaml: String, file: String = "rules") throws(ExtractionError) -> ExtractionRuleSet {
        let document: RulesDocument
        do {
            document = try YAMLDecoder().decode(RulesDocument.self, from: yaml)
        } catch {
            throw ExtractionError(.invalidRule, "\(file): \(Self.describe(error))")
        }
        let rules = (document.rules ?? [:]).map { name, body in
            ExtractionRule(
                name: name, hosts: body.hosts ?? [], title: body.title, author: body.author, date: body.date, body: body.body,
                image: body.image, caption: body.caption, credit: body.credit, related: body.related, drop: body.drop ?? [],
                zone: body.zone)
        }
        do {
            return try ExtractionRuleSet(rules: rules)
        } catch {
            throw ExtractionError(.invalidRule, "\(file): \(error.message)")
        }
    }

    /// The rule with this name.
    ///
    /// - Parameter name: A rule name.
    /// - Returns: The rule, or nil.
    public func rule(named name: String) -> ExtractionRule? {
        rules.first { $0.name == name }
    }

    /// The rule for a page, by its host; the most specific host wins (`kaz.tengrinews.kz` over `tengrinews.kz`).
    ///
    /// - Parameter url: The page's URL.
    /// - Returns: The rule, or nil when none names the host.
    public func rule(for url: URL?) -> ExtractionRule? {
        guard let host = url?.host?.lowercased() else { return nil }
        return rules
            .filter { $0.matches(host: host) }
            .max { longestHost($0, host) < longestHost($1, host) }
    }

    private func longestHost(_ rule: ExtractionRule, _ host: String) -> Int {
        rule.hosts.filter { ExtractionRule(name: "", hosts: [$0]).matches(host: host) }.map(\.count).max() ?? 0
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.keyNotFound(let key, _) = error { return "missing field '\(key.stringValue)'" }
        if case DecodingError.typeMismatch(_, let context) = error {
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        }
        if case DecodingError.dataCorrupted(let context) = error {
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        }
        return "\(error)"
    }
}

/// The YAML file's shape.
private struct RulesDocument: Decodable {
    var rules: [String: RuleBody]?
}

/// One rule as written; unknown keys are refused.
private struct RuleBody: Decodable {
    var hosts: [String]?
    var title: String?
    var author: String?
    var date: String?
    var body: String?
    var image: String?
    var caption: String?
    var credit: String?
    var related: String?
    var drop: [String]?
    var zone: String?

    private enum Keys: String, CodingKey, CaseIterable {
        case hosts, title, author, date, body, image, caption, credit, related, drop, zone
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let all = try decoder.container(keyedBy: AnyKey.self)
        for key in all.allKeys where Keys(rawValue: key.stringValue) == nil {
            let known = Keys.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorrupted(.init(codingPath: all.codingPath + [key], debugDescription: "unknown field '\(key.stringValue)' (known: \(known))"))
        }
        let c = try decoder.container(keyedBy: Keys.self)
        hosts = try c.decodeIfPresent([String].self, forKey: .hosts)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        author = try c.decodeIfPresent(String.self, forKey: .author)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        image = try c.decodeIfPresent(String.self, forKey: .image)
        caption = try c.decodeIfPresent(String.self, forKey: .caption)
        credit = try c.decodeIfPresent(String.self, forKey: .credit)
        related = try c.decodeIfPresent(String.self, forKey: .related)
        drop = try c.decodeIfPresent([String].self, forKey: .drop)
        zone = try c.decodeIfPresent(String.self, forKey: .zone)
    }
}
