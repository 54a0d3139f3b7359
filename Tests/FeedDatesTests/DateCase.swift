import ArnaTestSupport
import Foundation
import Testing

/// One row of Fixtures/dates/cases.tsv: a text, the RFC 3339 UTC string it must give (nil: must not
/// be read), and the zone for zone-less times.
struct DateCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String?
    let zone: String
    let line: Int

    var testDescription: String { "line \(line): \(input)" }

    /// Every row of the fixture, comments and blank lines skipped.
    static func all() -> [DateCase] {
        guard let data = try? Fixture.data("dates/cases.tsv"), let text = String(data: data, encoding: .utf8) else {
            return []
        }
        var cases: [DateCase] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if raw.isEmpty || raw.hasPrefix("#") { continue }
            let columns = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            precondition(columns.count == 2 || columns.count == 3, "cases.tsv line \(index + 1): need 2 or 3 columns")
            cases.append(DateCase(
                input: columns[0],
                expected: columns[1] == "null" ? nil : columns[1],
                zone: columns.count == 3 ? columns[2] : "Asia/Almaty",
                line: index + 1
            ))
        }
        return cases
    }
}
