import Foundation

/// White space and label handling for text read from pages.
enum TextNormalizer {
    /// Collapses runs of white space (no-break spaces included) to one space and trims.
    static func collapse(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Labels that introduce an author's name.
    static let authorLabels = ["авторы", "автор материала", "автор", "author", "мәтін", "текст", "жазған", "avtor", "mátin"]
    /// Labels that introduce a photo credit.
    static let creditLabels = ["фотосурет", "фото", "сурет", "photo", "фотоның авторы", "фото автора", "foto", "fotosýret", "sýret", "suret"]

    /// The text after a leading label (`Автор: Айгерім` → `Айгерім`), or nil when `text` does not start with one.
    static func afterLabel(_ text: String, labels: [String]) -> String? {
        let trimmed = collapse(text)
        let lower = trimmed.lowercased()
        for label in labels.sorted(by: { $0.count > $1.count }) where lower.hasPrefix(label) {
            var rest = trimmed.dropFirst(label.count)
            // A separator must follow: `Фото: …`, `Фото — …`, not `фото жарияланды`.
            let separator = rest.drop(while: { $0 == " " }).first
            guard rest.first == ":" || rest.first == " ", let separator, separator == ":" || separator == "—" || separator == "-" || separator == "–" else { continue }
            while let c = rest.first, c == ":" || c == " " || c == "—" || c == "-" || c == "–" { rest = rest.dropFirst() }
            let value = collapse(String(rest))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Finds a credit anywhere in `text` (`Ұшақ. Фото: azattyq.org` → `azattyq.org`), with the text before it.
    static func splitCredit(_ text: String) -> (caption: String?, credit: String)? {
        let trimmed = collapse(text)
        let lower = trimmed.lowercased()
        for label in creditLabels.sorted(by: { $0.count > $1.count }) {
            var searchStart = lower.startIndex
            while let range = lower.range(of: label, range: searchStart..<lower.endIndex) {
                searchStart = range.upperBound
                // A whole word: at the start or after a space or punctuation.
                if range.lowerBound != lower.startIndex {
                    let before = lower[lower.index(before: range.lowerBound)]
                    guard before == " " || before == "(" || before == "." || before == "|" || before == "/" else { continue }
                }
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let start = trimmed.index(trimmed.startIndex, offsetBy: offset)
                guard let credit = afterLabel(String(trimmed[start...]), labels: creditLabels) else { continue }
                let caption = collapse(String(trimmed[..<start])).trimmingCharacters(in: CharacterSet(charactersIn: " |/(-–—,"))
                let cleanCredit = credit.trimmingCharacters(in: CharacterSet(charactersIn: " )"))
                return (caption.isEmpty ? nil : caption, cleanCredit)
            }
        }
        return nil
    }
}
