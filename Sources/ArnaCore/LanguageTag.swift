import Foundation

/// A BCP 47 language tag, lower-cased (`kk`, `ru`, `kk-latn`, `en-us`).
public struct LanguageTag: Sendable, Hashable, Codable, RawRepresentable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The normalized tag.
    public let rawValue: String

    /// Normalizes a tag as feeds write it (`ru-RU`, `kk_KZ`, ` KZ `); `nil` for an empty one.
    public init?(rawValue: String) {
        let cleaned = rawValue
            .trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "_", with: "-")
            .lowercased()
        guard !cleaned.isEmpty, cleaned.count <= 35,
              cleaned.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return nil }
        // `kz` is the country, not a language; outlets write it meaning Kazakh.
        if cleaned == "kz" || cleaned.hasPrefix("kz-") {
            self.rawValue = "kk" + cleaned.dropFirst(2)
        } else {
            self.rawValue = cleaned
        }
    }

    public init(stringLiteral value: String) {
        self.rawValue = LanguageTag(rawValue: value)?.rawValue ?? value
    }

    /// The primary language subtag (`ru` for `ru-ru`).
    public var primary: String {
        rawValue.split(separator: "-", maxSplits: 1).first.map(String.init) ?? rawValue
    }

    public var description: String { rawValue }

    public static let kazakh: LanguageTag = "kk"
    public static let russian: LanguageTag = "ru"
    public static let english: LanguageTag = "en"

    /// Guesses Kazakh or Russian from the letters of a text, for items whose feed names no language.
    ///
    /// The Kazakh Cyrillic letters ә ғ қ ң ө ұ ү һ (and і, shared with Ukrainian) never occur
    /// in Russian. A Cyrillic text where at least a fifth of the words have one is Kazakh;
    /// otherwise it is Russian.
    /// Latin-script Kazakh is recognized by its own letters (ä ğ ı ñ ö ū ü ş, or the 2017
    /// apostrophe spelling). Returns `nil` when the text is too short or mostly neither.
    public static func guess(from text: String) -> LanguageTag? {
        // Counted per word, not per letter: a Russian text that quotes one Kazakh name
        // (`Қарабұлақ`) has one such word in many, while in Kazakh most words have one.
        var cyrillicWords = 0, kazakhWords = 0, latinWords = 0, kazakhLatinWords = 0
        var cyrillic = false, kazakh = false, latin = false, kazakhLatin = false
        func endWord() {
            if cyrillic { cyrillicWords += 1; if kazakh { kazakhWords += 1 } }
            else if latin { latinWords += 1; if kazakhLatin { kazakhLatinWords += 1 } }
            cyrillic = false; kazakh = false; latin = false; kazakhLatin = false
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x04D9, 0x04D8, 0x0493, 0x0492, 0x049B, 0x049A, 0x04A3, 0x04A2,
                 0x04E9, 0x04E8, 0x04B1, 0x04B0, 0x04AF, 0x04AE, 0x04BB, 0x04BA,
                 0x0456, 0x0406:
                kazakh = true; cyrillic = true
            case 0x0400...0x04FF:
                cyrillic = true
            case 0x00E4, 0x00C4, 0x011F, 0x011E, 0x0131, 0x0130, 0x00F1, 0x00D1,
                 0x00F6, 0x00D6, 0x016B, 0x016A, 0x00FC, 0x00DC, 0x015F, 0x015E, 0x0144, 0x00FD:
                kazakhLatin = true; latin = true
            case 0x41...0x5A, 0x61...0x7A:
                latin = true
            case 0x27, 0x2019, 0x2D:
                break  // apostrophes and hyphens stay inside a word
            default:
                endWord()
            }
        }
        endWord()
        if cyrillicWords >= 3, cyrillicWords >= latinWords {
            return kazakhWords * 5 >= cyrillicWords ? .kazakh : .russian
        }
        if latinWords >= 3, kazakhLatinWords * 5 >= latinWords { return "kk-latn" }
        return nil
    }
}
