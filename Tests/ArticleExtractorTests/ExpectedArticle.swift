import ArnaCore
import ArnaTestSupport
import ArticleExtractor
import Foundation

/// `Fixtures/extract/NAME.expected.json`: what a reader of NAME.html sees as the article.
struct ExpectedArticle: Decodable {
    var description: String
    /// The page's URL (the fixture is read as if fetched from there).
    var url: URL
    /// The rule in feeds/extraction-rules.yaml chosen for the URL's host.
    var rule: String
    /// Whether the fallback alone (no rule) must give the same article.
    var fallback: Bool
    var title: String
    var authors: [String]
    /// The instant in UTC, ISO 8601.
    var published: String
    var image: String?
    var credit: String?
    var caption: String?
    var language: String
    /// How many `<p>` the sanitized body holds.
    var paragraphs: Int
    var bodyContains: [String]
    /// Strings of the surrounding blocks (related news, menus, footers, widgets) that must not be in the body.
    var bodyExcludes: [String]
    /// How many related-news links the rule run finds.
    var related: Int

    static func load(_ name: String) throws -> ExpectedArticle {
        try JSONDecoder().decode(ExpectedArticle.self, from: Fixture.data("extract/\(name).expected.json"))
    }

    /// Every fixture page's base name (`kazinform-kk`).
    static var names: [String] {
        Fixture.all("extract", ext: "html").map { ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".html", with: "") }
    }

    /// The repository's rules file.
    static func rules() throws -> ExtractionRuleSet {
        try ExtractionRuleSet.load(from: Fixture.repository.appendingPathComponent("feeds/extraction-rules.yaml"))
    }

    /// Differences between the extracted article and this expectation, one line each.
    func differences(from article: Article) -> [String] {
        var problems: [String] = []
        func check<T: Equatable>(_ field: String, _ got: T, _ want: T) {
            if got != want { problems.append("\(field): got \(got), expected \(want)") }
        }
        check("title", article.title, title)
        check("authors", article.authors.compactMap(\.name), authors)
        check("published", article.published.map { ISO8601DateFormatter().string(from: $0) }, published)
        check("image", article.image?.url.absoluteString, image)
        check("credit", article.image?.credit, credit)
        check("caption", article.image?.caption, caption)
        check("language", article.language?.rawValue, language)
        let body = article.contentHTML ?? ""
        check("paragraphs", body.components(separatedBy: "<p>").count - 1, paragraphs)
        for text in bodyContains where !body.contains(text) { problems.append("body lacks \"\(text)\"") }
        for text in bodyExcludes where body.contains(text) { problems.append("body holds \"\(text)\"") }
        return problems
    }
}
