import ArnaTestSupport
import Foundation
@testable import HTMLSanitizer
import Testing

/// One row of `Fixtures/sanitizer/plaintext.json`.
struct PlainTextCase: Decodable, CustomTestStringConvertible, Sendable {
    let note: String
    let input: String
    let expected: String

    var testDescription: String { note }

    static func all() throws -> [PlainTextCase] {
        try JSONDecoder().decode([PlainTextCase].self, from: Fixture.data("sanitizer/plaintext.json"))
    }
}

@Suite struct PlainTextTests {
    /// Titles found already plain are returned as they are; that must be what collapsing gives.
    @Test func textFoundPlainIsWhatCollapsingGives() {
        let pieces = ["Қазақстан", " ", "  ", "\t", "\n", "\u{A0}", "a&b", "<", "x", "\u{7}", "1\u{A0}500", "—", ".", "\r"]
        var state: UInt64 = 1048
        var plainSeen = 0
        for _ in 0..<5000 {
            var title = ""
            for _ in 0..<(Int(state % 7) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                title += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            var copy = title
            let plain = copy.withUTF8 { HTMLSanitizer.isPlainAlready($0) }
            guard plain else { continue }
            plainSeen += 1
            #expect(WhitespaceCollapser.collapse(Array(title.utf8)) == title, "\(Array(title.unicodeScalars))")
        }
        #expect(plainSeen > 300)
    }

    @Test(arguments: try PlainTextCase.all())
    func plainText(_ testCase: PlainTextCase) {
        #expect(HTMLSanitizer().plainText(fromHTML: testCase.input) == testCase.expected)
    }

    @Test func titleFromFixtureKeepsKazakhLettersByteExact() throws {
        let html = try SanitizerFixture(path: "sanitizer/kazakh_russian_text.html").input()
        let text = HTMLSanitizer().plainText(fromHTML: html)
        #expect(text.hasPrefix("«Қазақстан» — Ұлттық құрылтай Әділет, ғылым"))
        #expect(Array(text.utf8).starts(with: Array("«Қазақстан»".utf8)))
        #expect(!text.contains("<") && !text.contains("\n"))
    }
}
