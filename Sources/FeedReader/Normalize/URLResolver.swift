import Foundation

/// Makes the URLs feeds write absolute: against `xml:base`, then the document's own URL.
enum URLResolver {
    /// The absolute URL `text` names, or `nil` when it names none.
    ///
    /// White space around the URL is trimmed; characters URLs may not hold (spaces,
    /// Cyrillic in paths, which Kazakh outlets use) are percent-encoded first.
    static func resolve(_ text: String?, against base: URL?) -> URL? {
        guard let text else { return nil }
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return nil }
        if trimmed.hasASCIIPrefix("https://") || trimmed.hasASCIIPrefix("http://") {
            return URL(string: trimmed) ?? URL(string: percentEncoded(trimmed))
        }
        guard let relative = URL(string: trimmed, relativeTo: base) ?? URL(string: percentEncoded(trimmed), relativeTo: base) else {
            return nil
        }
        let absolute = relative.absoluteURL
        // A relative reference with no base to resolve it against stays unusable.
        return absolute.scheme == nil ? nil : absolute
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.insert(charactersIn: "#%")
        return set
    }()

    private static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
