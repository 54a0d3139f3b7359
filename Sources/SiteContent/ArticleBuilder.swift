import ArnaCore
import Foundation

/// Turns the fields of one article file into an `Article`, checking each.
struct ArticleBuilder {
    let settings: SiteSettings
    let slug: String
    let file: String

    func build(_ s: ArticleSource, contentHTML: String?) throws(ContentError) -> Article {
        let title = s.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw fail("'title' is empty") }
        guard !slug.isEmpty, !slug.contains("/") else { throw fail("the file name gives no usable slug") }
        guard let published = LocalDate.parse(s.date) else { throw badDate("date", s.date) }
        var updated: Date?
        if let u = s.updated {
            guard let d = LocalDate.parse(u) else { throw badDate("updated", u) }
            guard d >= published else { throw fail("'updated' (\(u)) is before 'date' (\(s.date))") }
            updated = d
        }
        var language = LanguageTag(rawValue: settings.language)
        if let l = s.language {
            guard let tag = LanguageTag(rawValue: l) else { throw fail("'language' \"\(l)\" is not a language tag (kk, ru, …)") }
            language = tag
        }
        let authors = s.author.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { Person(name: $0) }
        var image: ArticleImage?
        if let src = s.image {
            guard let url = absolute(src) else { throw fail("'image' \"\(src)\" is not a URL") }
            image = ArticleImage(url: url, type: s.imageType ?? Self.imageType(url), length: s.imageLength,
                                 caption: s.imageCaption.flatMap(Self.nonEmpty), credit: s.imageCredit.flatMap(Self.credit))
        }
        var related: [RelatedArticle] = []
        for (i, r) in s.related.enumerated() {
            guard let url = absolute(r.url) else { throw fail("related[\(i)].url \"\(r.url)\" is not a URL") }
            var date: Date?
            if let d = r.date {
                guard let parsed = LocalDate.parse(d) else { throw badDate("related[\(i)].date", d) }
                date = parsed
            }
            related.append(RelatedArticle(url: url, title: r.title, published: date))
        }
        let categories = s.category.map { [Category(term: $0.term, scheme: settings.siteURL.appendingPathComponent("category/").absoluteString, label: $0.label)] } ?? []
        let summary = s.summary.map { HTMLText.escape($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            ?? contentHTML.flatMap(Self.firstParagraph)
        let page = settings.siteURL.appendingPathComponent(settings.articlePath, isDirectory: true).appendingPathComponent(slug)
        return Article(
            id: ArticleID.derive(outlet: settings.outletID, guid: "slug:" + slug, link: nil),
            outlet: settings.outlet, url: page, title: title, summary: summary, contentHTML: contentHTML,
            authors: authors, published: published, updated: updated, categories: categories,
            language: language, image: image, related: related, rights: settings.rights)
    }

    private func fail(_ message: String) -> ContentError { ContentError(file: file, message: message) }

    private func badDate(_ field: String, _ value: String) -> ContentError {
        fail("'\(field)' \"\(value)\" is not a date: write 2020-03-05 14:30 or 05.03.2020 14:30 (Almaty time)")
    }

    private func absolute(_ text: String) -> URL? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty, !t.contains(" "), let url = URL(string: t, relativeTo: settings.siteURL)?.absoluteURL,
              url.scheme != nil, url.host != nil else { return nil }
        return url
    }

    static func nonEmpty(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    /// `Фото: Ерлан ОМАРОВ` gives `Ерлан ОМАРОВ`.
    static func credit(_ line: String) -> String? {
        var t = line.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["Фото:", "Фото :", "Сурет:", "Photo:", "Foto:"] where t.lowercased().hasPrefix(prefix.lowercased()) {
            t = String(t.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        return nonEmpty(t)
    }

    static func imageType(_ url: URL) -> String? {
        switch url.pathExtension.lowercased() {
        case "jpg", "jpeg": return "image/jpeg"
        case "png": return "image/png"
        case "webp": return "image/webp"
        case "gif": return "image/gif"
        case "avif": return "image/avif"
        default: return nil
        }
    }

    static func firstParagraph(_ html: String) -> String? {
        guard let start = html.range(of: "<p>"), let end = html.range(of: "</p>", range: start.upperBound..<html.endIndex) else { return nil }
        return nonEmpty(String(html[start.upperBound..<end.lowerBound]))
    }
}
