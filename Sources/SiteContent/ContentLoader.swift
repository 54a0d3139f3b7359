import ArnaCore
import Foundation
import Ink
import Yams

/// Loads the site's own articles from its content folder.
///
/// Each article is one file: Markdown with YAML front matter (`NAME.md`) or JSON (`NAME.json`),
/// with the fields of `ArticleSource`. The file name without extension is the article's slug:
/// it gives the page URL and the article id, so editing the text, title or dates never changes
/// the id. Markdown becomes HTML through Ink.
///
/// ```swift
/// let loader = ContentLoader(settings: settings)
/// let result = loader.loadFolder(folderURL)
/// for problem in result.problems { print(problem) }
/// ```
public struct ContentLoader: Sendable {
    /// The site's settings: its URL, outlet id and language.
    public var settings: SiteSettings

    /// Creates a loader for the site `settings` describe.
    public init(settings: SiteSettings) { self.settings = settings }

    /// The file extensions read as articles.
    public static let extensions: Set<String> = ["md", "markdown", "json"]

    /// Loads every article file in `folder`, in file-name order.
    ///
    /// A bad file becomes a `ContentError` in `problems`; the other files still load.
    /// - Parameter folder: The content folder.
    /// - Returns: The articles and the problems found.
    public func loadFolder(_ folder: URL) -> ContentLoadResult {
        var result = ContentLoadResult()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            result.problems.append(ContentError(file: folder.path, message: "content folder cannot be read: \(error.localizedDescription)"))
            return result
        }
        var seen: [String: String] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            guard Self.extensions.contains(url.pathExtension.lowercased()) else { continue }
            let slug = url.deletingPathExtension().lastPathComponent
            if let other = seen[slug] {
                result.problems.append(ContentError(file: url.path, message: "slug '\(slug)' is already used by \(other); rename one of them"))
                continue
            }
            seen[slug] = name
            do {
                result.articles.append(try loadFile(url))
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }

    /// Loads one article file (`.md`/`.markdown` or `.json`).
    ///
    /// - Parameter url: The file.
    /// - Returns: The article.
    /// - Throws: `ContentError` naming the file and what is wrong.
    public func loadFile(_ url: URL) throws(ContentError) -> Article {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ContentError(file: url.path, message: "cannot be read: \(error.localizedDescription)")
        }
        let slug = url.deletingPathExtension().lastPathComponent
        if url.pathExtension.lowercased() == "json" {
            return try article(json: data, slug: slug, file: url.path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContentError(file: url.path, message: "is not UTF-8 text")
        }
        return try article(markdown: text, slug: slug, file: url.path)
    }

    /// Builds an article from Markdown text with YAML front matter.
    ///
    /// - Parameters:
    ///   - markdown: The file's text, starting with a `---` line.
    ///   - slug: The article's slug (its file name without extension).
    ///   - file: The name used in error messages.
    /// - Returns: The article.
    /// - Throws: `ContentError` when the front matter is missing or malformed, or a field is invalid.
    public func article(markdown: String, slug: String, file: String) throws(ContentError) -> Article {
        let (yaml, body) = try FrontMatter.split(markdown, file: file)
        let source: ArticleSource
        do {
            source = try YAMLDecoder().decode(ArticleSource.self, from: yaml)
        } catch {
            throw ContentError(file: file, message: "front matter: " + ContentError.describe(error))
        }
        let html = MarkdownParser().html(from: body)
        return try ArticleBuilder(settings: settings, slug: slug, file: file).build(source, contentHTML: html)
    }

    /// Builds an article from a JSON file with the fields of `ArticleSource`.
    ///
    /// - Parameters:
    ///   - json: The file's bytes.
    ///   - slug: The article's slug (its file name without extension).
    ///   - file: The name used in error messages.
    /// - Returns: The article.
    /// - Throws: `ContentError` when the JSON is malformed or a field is invalid.
    public func article(json: Data, slug: String, file: String) throws(ContentError) -> Article {
        let source: ArticleSource
        do {
            source = try JSONDecoder().decode(ArticleSource.self, from: json)
        } catch {
            throw ContentError(file: file, message: ContentError.describe(error))
        }
        let html = source.contentHTML ?? source.body.map { MarkdownParser().html(from: $0) }
        return try ArticleBuilder(settings: settings, slug: slug, file: file).build(source, contentHTML: html)
    }
}

/// What loading a content folder gave: the articles, and the files that could not be used.
public struct ContentLoadResult: Sendable {
    /// The articles, in file-name order.
    public var articles: [Article] = []
    /// One entry per bad file.
    public var problems: [ContentError] = []

    /// An empty result.
    public init() {}
}
