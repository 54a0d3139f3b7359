import ArnaTestSupport
import Foundation
import HTMLSanitizer
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
