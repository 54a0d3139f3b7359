import ArnaTestSupport
import Foundation
import Testing

/// One `Fixtures/sanitizer/NAME.html` input with its `NAME.expected.html` golden output.
///
/// The input's first line is a `<!-- Description: … -->` comment saying what the case shows; it is
/// not part of the input. The golden file's final newline is not part of the output.
struct SanitizerFixture: CustomTestStringConvertible {
    /// The base URL every fixture is sanitized against.
    static let baseURL = URL(string: "https://www.azattyq.org/a/news/123.html")!

    let path: String

    var testDescription: String { path }

    /// Every input fixture, sorted.
    static var all: [SanitizerFixture] {
        Fixture.all("sanitizer", ext: "html")
            .filter { !$0.hasSuffix(".expected.html") }
            .map(SanitizerFixture.init)
    }

    var expectedPath: String { String(path.dropLast(".html".count)) + ".expected.html" }

    func input() throws -> String {
        let text = String(decoding: try Fixture.data(path), as: UTF8.self)
        guard text.hasPrefix("<!-- Description:"), let newline = text.firstIndex(of: "\n") else { return text }
        return String(text[text.index(after: newline)...])
    }

    func expected() throws -> String {
        var text = String(decoding: try Fixture.data(expectedPath), as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
