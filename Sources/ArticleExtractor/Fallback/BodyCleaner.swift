import FeedDates
import Foundation

/// Tidies the chosen body container: the headline, bylines and date lines that sit inside it go.
struct BodyCleaner {
    let doc: HTMLDocument
    let dates: DateText
    let title: String?

    func clean(_ body: DOMNode, base: URL) {
        for heading in doc.nodes(".//h1", in: body) { doc.remove(heading) }
        // Lazy-loaded pictures: the real address replaces the placeholder before sanitizing.
        for img in doc.nodes(".//img[@data-src or @data-original or @data-lazy-src]", in: body) {
            if let url = PartFinder.imageSource(img, base: base) { img.setAttribute("src", url.absoluteString) }
        }
        for node in doc.nodes(".//*", in: body) where body.contains(node) {
            let text = node.text
            guard !text.isEmpty, text.count <= 100, !["img", "figure", "picture", "figcaption", "a", "strong", "b", "em", "i"].contains(node.name),
                  doc.nodes(".//img", in: node).isEmpty else { continue }
            if let title, ["h2", "h3", "div", "p"].contains(node.name), text == title {
                doc.remove(node)
            } else if TextNormalizer.afterLabel(text, labels: TextNormalizer.authorLabels) != nil, !text.contains(". ") {
                doc.remove(node)
            } else if ["div", "span", "p", "time", "ul", "li"].contains(node.name), text.count <= 60, Self.isDateLine(text, dates: dates) {
                doc.remove(node)
            }
        }
    }

    /// A line that is a date (perhaps with a bullet, a label or a view count), not a sentence.
    static func isDateLine(_ text: String, dates: DateText) -> Bool {
        guard DateText.parse(text, with: dates) != nil else { return false }
        let letters = text.filter(\.isLetter).count
        return letters <= 25
    }
}
