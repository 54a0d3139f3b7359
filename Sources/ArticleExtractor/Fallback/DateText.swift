import FeedDates
import Foundation

/// Reads a date as pages print it, around FeedDates' parser: bullets, labels and bylines stripped.
struct DateText {
    /// The parser (its zone is used for dates without one).
    let parser: DateParser
    /// When the page was fetched: `Бүгін, 14:30`, `вчера` and days without a year are read against it.
    let reference: Date?

    private func read(_ text: String) -> Date? {
        if let reference { return parser.parse(text, relativeTo: reference) }
        return parser.parse(text)
    }

    /// Labels printed before a date (`Жарияланды:`, `Опубликовано:`), lower-case.
    static let labels = ["жарияланды", "жарияланған уақыты", "опубликовано", "дата публикации", "дата", "күні", "published", "обновлено", "жаңартылды"]

    /// The instant in `text`, trying the whole text, then without bullets, then after a label,
    /// then each part between bullets or pipes.
    ///
    /// - Parameters:
    ///   - text: `• 05.03.2020`, `Жарияланды: 5 наурыз 2020, 14:30`, `Автор • 05.03.2020 • 14:30`.
    ///   - dates: The parser and reference instant.
    /// - Returns: The instant, or nil.
    static func parse(_ text: String, with dates: DateText) -> Date? {
        let collapsed = TextNormalizer.collapse(text)
        guard !collapsed.isEmpty, collapsed.count <= 120, collapsed.contains(where: \.isNumber) else { return nil }
        if let date = dates.read(collapsed) { return date }
        let separators = CharacterSet(charactersIn: "•|·/")
        let spaced = TextNormalizer.collapse(collapsed.unicodeScalars.map { separators.contains($0) && $0 != "/" ? " " : String($0) }.joined())
        if let date = dates.read(spaced.trimmingCharacters(in: CharacterSet(charactersIn: " ,—-–"))) { return date }
        let lower = spaced.lowercased()
        for label in labels where lower.hasPrefix(label) {
            let rest = spaced.dropFirst(label.count).trimmingCharacters(in: CharacterSet(charactersIn: " :,—-–"))
            if let date = dates.read(rest) { return date }
        }
        let parts = collapsed.components(separatedBy: CharacterSet(charactersIn: "•|·")).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.count > 1 {
            // A date and a time in neighbouring parts (`05.03.2020 • 14:30`) first, then each part alone.
            for i in 0..<(parts.count - 1) {
                if let date = dates.read(parts[i] + " " + parts[i + 1]), parts[i].contains(where: \.isNumber), parts[i + 1].contains(where: \.isNumber) { return date }
            }
            for part in parts where part.contains(where: \.isNumber) {
                if let date = dates.read(part) { return date }
            }
        }
        return nil
    }
}
