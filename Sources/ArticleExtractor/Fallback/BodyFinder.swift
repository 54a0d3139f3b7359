import Foundation

/// Finds the article's main text block by text density and paragraph structure.
///
/// Each paragraph-like element (a `p`, or a `div` with text of its own) of at least 25 letters
/// scores 1 + its commas + one point per 100 letters (at most 3); the score goes to its parent
/// in full and to its grandparent in half. A container's score is then cut by its link density
/// and nudged by its class (`article`, `content`, `text`… up; `comment`, `meta`… down). The best
/// container is the body. Run after ``Boilerplate/clean(in:)``, so menus and lists are gone.
struct BodyFinder {
    let doc: HTMLDocument

    static let positiveWords = ["article", "body", "content", "entry", "text", "post", "story", "news", "full", "material", "detail", "single", "main"]
    static let negativeWords = ["comment", "meta", "footer", "footnote", "caption", "author", "date", "info", "lead-image", "photo"]

    /// The best container, or nil when the page has no paragraph of text.
    func find() -> DOMNode? {
        var scores: [DOMNode: Double] = [:]
        let paragraphs = doc.nodes("//p | //div[text()[normalize-space()]] | //td[text()[normalize-space()]] | //pre")
        for paragraph in paragraphs {
            let text = paragraph.name == "p" || paragraph.name == "pre" ? paragraph.text : paragraph.ownText
            guard text.count >= 25, let parent = paragraph.parent else { continue }
            let commas = text.filter { $0 == "," || $0 == "،" }.count
            var points = 1 + Double(commas) + min(Double(text.count / 100), 3)
            // A paragraph in one of several same-class wrappers is a list item (a comment, a card), not article text.
            if paragraph.name == "p", Self.isRepeatedItem(parent) { points *= 0.25 }
            if paragraph.name == "p" || paragraph.name == "pre" {
                scores[parent, default: 0] += points
                if let grandparent = parent.parent { scores[grandparent, default: 0] += points / 2 }
            } else {
                // A div of text lines (`<br>` between them) is a body by itself.
                scores[paragraph, default: 0] += points + Double(text.count / 200)
                scores[parent, default: 0] += points / 2
            }
        }
        var best: (node: DOMNode, score: Double)?
        for (node, score) in scores where node.name != "html" {
            let adjusted = (score + Self.classWeight(node)) * (1 - node.linkDensity)
            if best == nil || adjusted > best!.score { best = (node, adjusted) }
        }
        return best?.node
    }

    /// Whether `node` has at least two siblings of the same tag and class (comments, cards, list entries).
    static func isRepeatedItem(_ node: DOMNode) -> Bool {
        guard let parent = node.parent, let cls = node.attribute("class"), !cls.isEmpty else { return false }
        let name = node.name
        return parent.elementChildren.filter { $0.name == name && $0.attribute("class") == cls }.count >= 3
    }

    /// +25 for an article-like class or id, −25 for a meta-like one (whole words only).
    static func classWeight(_ node: DOMNode) -> Double {
        let words = Set(node.classAndID.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init))
        var weight = 0.0
        if node.name == "article" || node.attribute("itemprop") == "articleBody" { weight += 25 }
        if words.contains(where: { positiveWords.contains($0) }) { weight += 25 }
        if words.contains(where: { negativeWords.contains($0) }) { weight -= 25 }
        return weight
    }
}
