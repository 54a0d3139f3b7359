import FeedDates
import Foundation

/// The position of each element in document order, for "the first date after the headline".
struct DocumentOrder {
    private var index: [DOMNode: Int] = [:]

    init(_ doc: HTMLDocument) {
        for (i, node) in doc.nodes("//*").enumerated() { index[node] = i }
    }

    func position(_ node: DOMNode) -> Int { index[node] ?? Int.max }
}

/// The fallback for each part of the article, on a page already cleaned of boilerplate.
struct PartFinder {
    let doc: HTMLDocument
    let meta: PageMetadata
    let dates: DateText
    let base: URL
    let order: DocumentOrder
    let h1: DOMNode?

    /// `og:title`, JSON-LD `headline`, the `h1`, then `<title>`, without a trailing site name.
    func title() -> String? {
        let candidates = [meta.ogTitle, meta.jsonLD.headline, h1?.text, meta.documentTitle]
        guard let found = candidates.lazy.compactMap({ $0.map(TextNormalizer.collapse) }).first(where: { !$0.isEmpty }) else { return nil }
        return Self.withoutSiteName(found, siteName: meta.ogSiteName)
    }

    /// `Тақырып | Kazinform` → `Тақырып` when the site is named after the separator.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces).lowercased()
            let site = siteName?.lowercased() ?? ""
            if !site.isEmpty && (tail == site || site.contains(tail) || tail.contains(site)) || tail.hasSuffix(".kz") || tail.hasSuffix(".com") || tail.hasSuffix(".org") {
                return String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    /// JSON-LD authors, `<meta name="author">`, then a byline on the page.
    func authors(siteName: String?) -> [String] {
        let notSite: (String) -> Bool = { name in siteName.map { $0.lowercased() != name.lowercased() } ?? true }
        let fromLD = meta.jsonLD.authors.flatMap(Self.authorNames).filter(notSite)
        if !fromLD.isEmpty { return fromLD }
        if let names = meta.metaAuthor.map(Self.authorNames), !names.isEmpty, names.allSatisfy(notSite) { return names }
        let marked = doc.nodes("//*[@rel='author' or @itemprop='author' or contains(@class,'author') or contains(@class,'byline')]")
            .filter { $0.text.count <= 120 && !$0.text.isEmpty }
        for node in marked {
            let names = Self.authorNames(node.text)
            if !names.isEmpty, names.allSatisfy(notSite) { return names }
        }
        for node in doc.nodes("//body//*[not(self::script)][text()[normalize-space()]]") where node.text.count <= 120 {
            if let line = TextNormalizer.afterLabel(node.text, labels: TextNormalizer.authorLabels) {
                let names = Self.authorNames(line)
                if !names.isEmpty { return names }
            }
        }
        return []
    }

    /// A name from a byline: the label, a date or a bullet-separated tail cut off.
    static func authorName(_ text: String) -> String? {
        authorNames(text).first
    }

    /// The names in a byline (`Автор: Алия Ахметова, Сергей Ким • 05.03.2020` → two names).
    static func authorNames(_ text: String) -> [String] {
        var line = TextNormalizer.collapse(text)
        if let rest = TextNormalizer.afterLabel(line, labels: TextNormalizer.authorLabels) { line = rest }
        if let cut = line.firstIndex(where: { "•|·\n".contains($0) }) { line = String(line[..<cut]) }
        for joiner in [" и ", " және ", " and ", ";"] { line = line.replacingOccurrences(of: joiner, with: ",") }
        return line.split(separator: ",").compactMap { part -> String? in
            let name = part.trimmingCharacters(in: CharacterSet(charactersIn: " -—–:"))
            guard !name.isEmpty, name.count <= 80, !name.contains(where: \.isNumber) else { return nil }
            return name
        }
    }

    /// JSON-LD `datePublished`, `article:published_time`, `<time datetime>`, then a printed date after the headline.
    func published() -> Date? {
        for text in [meta.jsonLD.datePublished, meta.publishedTime].compactMap({ $0 }) {
            if let date = DateText.parse(text, with: dates) { return date }
        }
        let times = doc.nodes("//time").compactMap { node -> (DOMNode, Date)? in
            guard let date = DateText.parse(node.attribute("datetime") ?? node.text, with: dates) else { return nil }
            return (node, date)
        }
        if let found = firstAfterHeadline(times) { return found }
        let printed = doc.nodes("//body//*[text()[normalize-space()]]").compactMap { node -> (DOMNode, Date)? in
            guard !["script", "style", "a", "h1"].contains(node.name), node.text.count <= 80,
                  let date = DateText.parse(node.text, with: dates) ?? DateText.parse(node.ownText, with: dates) else { return nil }
            return (node, date)
        }
        return firstAfterHeadline(printed)
    }

    /// JSON-LD `dateModified` or `article:modified_time`.
    func updated() -> Date? {
        [meta.jsonLD.dateModified, meta.modifiedTime].compactMap { $0 }.lazy.compactMap { DateText.parse($0, with: dates) }.first
    }

    private func firstAfterHeadline(_ found: [(DOMNode, Date)]) -> Date? {
        guard !found.isEmpty else { return nil }
        if let h1 {
            let start = order.position(h1)
            if let after = found.first(where: { order.position($0.0) > start }) { return after.1 }
        }
        return found.first?.1
    }

    /// `og:image`, JSON-LD `image`, then the first picture in the body.
    func image(in body: DOMNode?) -> URL? {
        for value in [meta.ogImage, meta.jsonLD.image] {
            if let url = URLs.absolute(value, base: base) { return url }
        }
        // The body's first picture, else the first one after the headline (the lead photo above the text).
        var pictures = body.map { doc.nodes(".//img", in: $0) } ?? []
        let start = h1.map(order.position) ?? 0
        pictures += doc.nodes("//body//img").filter { order.position($0) > start }
        for img in pictures {
            if let url = Self.imageSource(img, base: base) { return url }
        }
        return nil
    }

    /// A picture's real address: a lazy loader's `data-src` (or alike) before a placeholder `src`.
    static func imageSource(_ img: DOMNode, base: URL) -> URL? {
        for name in ["data-src", "data-original", "data-lazy-src", "src"] {
            if let url = URLs.absolute(img.attribute(name), base: base) { return url }
        }
        return nil
    }

    /// The lead photo's credit and caption: a `figcaption`, a `credit`/`caption` element, or a short
    /// text with `Фото:`; the one nearest the top of the body wins.
    func creditAndCaption(near body: DOMNode?) -> (credit: String?, caption: String?)? {
        let candidates = doc.nodes(
            "//figcaption | //*[contains(@class,'credit') or contains(@class,'caption') or contains(@class,'copyright') or contains(@class,'photo-author') or contains(@class,'source')] | //body//*[text()[contains(., 'Фото') or contains(., 'фото') or contains(., 'Сурет') or contains(., 'Photo') or contains(., 'Foto') or contains(., 'Sýret')]]"
        ).filter { $0.text.count <= 200 && !$0.text.isEmpty && !["script", "style", "a"].contains($0.name) }
        for node in candidates {
            let text = node.text
            if let split = TextNormalizer.splitCredit(text) {
                return (split.credit, split.caption ?? captionBeside(node))
            }
            let classes = node.classAndID
            if classes.contains("credit") || classes.contains("copyright") || classes.contains("photo-author") {
                return (text, captionBeside(node))
            }
        }
        if let caption = doc.nodes("//figcaption").first(where: { !$0.text.isEmpty }) { return (nil, caption.text) }
        return nil
    }

    /// A caption element next to a credit element (in the same figure).
    private func captionBeside(_ node: DOMNode) -> String? {
        guard let figure = node.ancestors.first(where: { $0.name == "figure" || $0.name == "figcaption" }) else { return nil }
        let texts = doc.nodes(".//*[contains(@class,'caption')]", in: figure).filter { $0 != node && !$0.contains(node) }.map(\.text)
        return texts.first { !$0.isEmpty && TextNormalizer.splitCredit($0) == nil }
    }
}
