import ArnaCore
import Foundation

extension Source {
    /// Derives a short stable id for a new subscription (`tengrinews-kaz`, `inform-kz`).
    ///
    /// The id ends up in every article id of the source, so it is derived once, when the
    /// subscription is added, and then kept in the OPML file (`arna:id`). It is made of the
    /// feed's host without `www.` and without its top-level domain (`tengrinews`), a sub-domain
    /// (`kaz.tengrinews.kz` gives `tengrinews-kaz`) and a language segment of the path
    /// (`inform.kz/kz/rss` gives `inform-kz`). A local file gives its name without extension;
    /// the title, transliterated to Latin, is used only when the URL gives nothing.
    ///
    /// - Parameters:
    ///   - url: The feed's URL.
    ///   - title: The outlet's name, used when the URL names nothing usable.
    ///   - existing: Ids already taken; a taken id gets `-2`, `-3`, … appended.
    /// - Returns: Lower-case ASCII letters, digits and single hyphens; never empty.
    public static func makeID(for url: URL, title: String?, avoiding existing: Set<String> = []) -> String {
        let base = SourceID.base(for: url, title: title)
        guard existing.contains(base) else { return base }
        var n = 2
        while existing.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}

/// The rules behind ``Source/makeID(for:title:avoiding:)``.
enum SourceID {
    /// Second-level labels that are not the outlet's name (`bbc.co.uk`, `akorda.gov.kz`).
    static let genericLabels: Set<String> = ["com", "org", "net", "gov", "edu", "co", "ac", "info", "media"]
    /// Sub-domains that say nothing about the outlet.
    static let noiseLabels: Set<String> = ["www", "m", "rss", "feed", "feeds", "api", "static", "cdn"]
    /// Path segments that tell the language edition.
    static let languageSegments: Set<String> = ["kz", "kk", "kaz", "qaz", "ru", "rus", "en", "eng", "qq", "latin", "lat"]

    static func base(for url: URL, title: String?) -> String {
        var parts: [String] = []
        if url.isFileURL {
            parts.append(url.deletingPathExtension().lastPathComponent)
        } else if let host = url.host?.lowercased(), !host.isEmpty {
            var labels = host.split(separator: ".").map(String.init).filter { !$0.isEmpty }
            if labels.count > 1 { labels.removeLast() }
            if labels.count > 1, genericLabels.contains(labels.last!) { labels.removeLast() }
            let name = labels.removeLast()
            parts.append(name)
            parts.append(contentsOf: labels.filter { !noiseLabels.contains($0) })
            let segments = url.pathComponents.map { $0.lowercased() }
            if let language = segments.first(where: { languageSegments.contains($0) }) { parts.append(language) }
        }
        let joined = sanitize(parts.joined(separator: "-"))
        if !joined.isEmpty { return joined }
        let fromTitle = sanitize(transliterate(title ?? ""))
        return fromTitle.isEmpty ? "source" : fromTitle
    }

    /// Lower-case ASCII letters and digits, every other run of characters one hyphen.
    static func sanitize(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }

    /// Cyrillic (Russian and Kazakh letters) to Latin, roughly as the 2021 Kazakh Latin alphabet without diacritics.
    static func transliterate(_ text: String) -> String {
        let table: [Character: String] = [
            "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
            "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "n",
            "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f",
            "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
            "ю": "yu", "я": "ya",
        ]
        return String(text.lowercased().flatMap { table[$0] ?? String($0) })
    }
}
