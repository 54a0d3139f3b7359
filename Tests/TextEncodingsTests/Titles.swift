import ArnaTestSupport
import Foundation
@testable import TextEncodings

/// The exact title texts the fixture generator (Fixtures/encodings/make_fixtures.py) writes.
enum Titles {
    static let kazakh = [
        "Қазақстан Ұлттық банкі: әлеуметтік төлемдер өседі",
        "Үкімет жаңа бағдарлама қабылдады: ғалымдар һәм мұғалімдер қолдады",
    ]
    static let russian = [
        "Правительство утвердило бюджет: учёные объяснили рост цен",
        "Ещё одна новость из Алматы",
    ]
    static let russian1251 = russian + ["Курс тенге — «стабильный», сообщает Нацбанк"]
    static let latin = [
        "Café in Zürich: crème brûlée for a naïve résumé",
        "Señor Müller’s “smörgåsbord” — voilà",
    ]
    static let japanese = ["カザフスタン国立銀行：社会給付が増加", "アルマトイからのニュース"]

    /// The item titles of a decoded feed (`<item><title>`) or page (`<h1>`), in order.
    static func of(_ doc: DecodedDocument, kind: DocumentKind = .xml) -> [String] {
        let text = doc.string
        let (open, close) = kind == .xml ? ("<title>", "</title>") : ("<h1>", "</h1>")
        var titles: [String] = []
        var rest = text[...]
        if kind == .xml, let firstItem = rest.range(of: "<item>") { rest = rest[firstItem.lowerBound...] }
        while let start = rest.range(of: open), let end = rest.range(of: close, range: start.upperBound..<rest.endIndex) {
            titles.append(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return titles
    }

    /// Decodes one fixture file.
    static func decode(_ name: String, transport: String? = nil, kind: DocumentKind = .xml) throws -> DecodedDocument {
        let bytes = [UInt8](try Fixture.data("encodings/" + name))
        return DocumentDecoder.decode(bytes, transportCharset: transport, kind: kind)
    }
}
