import Foundation

/// Reads the person strings RSS puts in `author` and `managingEditor`.
enum PersonParser {
    /// `editor@outlet.kz (Айгерім Сапарова)`, `Айгерім Сапарова <editor@outlet.kz>`,
    /// `editor@outlet.kz`, or a bare name.
    static func parse(_ text: String) -> FeedPerson {
        let trimmed = text.trimmed
        if let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") {
            let email = String(trimmed[..<open]).trimmed
            let name = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmed
            if email.contains("@") { return FeedPerson(name: name.nilIfEmpty, email: email.nilIfEmpty) }
        }
        if let open = trimmed.firstIndex(of: "<"), trimmed.hasSuffix(">") {
            let name = String(trimmed[..<open]).trimmed
            let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmed
            if email.contains("@") { return FeedPerson(name: name.nilIfEmpty, email: email) }
        }
        if trimmed.contains("@"), !trimmed.contains(" ") { return FeedPerson(email: trimmed) }
        return FeedPerson(name: trimmed.nilIfEmpty)
    }
}
