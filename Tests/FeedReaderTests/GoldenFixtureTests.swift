import ArnaTestSupport
import FeedReader
import Foundation
import Testing

/// Every `Fixtures/reader/<folder>/NAME.golden.json` against what the reader makes of `NAME.xml`
/// (or `NAME.json`), exactly as `arna parse --json` prints it. See `Fixtures/reader/README.md`
/// for the conventions (`_base`, `_zone`, `_charset`, limits, `_fails`, `_errorsContain`).
@Suite struct GoldenFixtureTests {
    static let folders = [
        "rss090", "rss091", "rss092", "rss093", "rss094", "rss20", "rss10", "atom03", "atom10", "jsonfeed", "namespaces",
        "broken", "encodings", "dates", "hostile", "html", "cdata",
    ]
    static let goldens: [String] = folders.flatMap { Fixture.all("reader/\($0)", ext: "golden.json") }

    @Test func thereAreGoldens() {
        #expect(Self.goldens.count >= 10, "fixture goldens under Fixtures/reader/")
    }

    @Test(arguments: goldens)
    func readsAsGolden(_ goldenPath: String) throws {
        let golden = try #require(try JSONSerialization.jsonObject(with: Fixture.data(goldenPath)) as? [String: Any])
        let input = try Self.input(for: goldenPath)
        let reader = FeedReader(options: Self.options(golden))
        let bytes = try Fixture.data(input)

        if golden["_fails"] as? Bool == true {
            do {
                let feed = try reader.read(bytes)
                Issue.record("expected \(input) to be refused, but it was read: \(feed.items.count) items, errors \(feed.errors)")
            } catch {
                for needle in golden["_messageContains"] as? [String] ?? [] {
                    #expect(error.message.lowercased().contains(needle.lowercased()), "message '\(error.message)' should contain '\(needle)'")
                }
            }
            return
        }

        let feed = try reader.read(bytes)
        var actual = try #require(try JSONSerialization.jsonObject(with: Data(feed.contractJSON().utf8)) as? [String: Any])
        var expected = golden.filter { !$0.key.hasPrefix("_") }
        if expected["errors"] as? String == "*" {
            #expect(!feed.errors.isEmpty, "\(input) should report errors")
            expected["errors"] = nil
            actual["errors"] = nil
        }
        for needle in golden["_errorsContain"] as? [String] ?? [] {
            #expect(feed.errors.contains { $0.lowercased().contains(needle.lowercased()) }, "errors \(feed.errors) should mention '\(needle)'")
        }
        let differences = JSONDiff.differences(expected: expected, actual: actual)
        #expect(differences.isEmpty, Comment(rawValue: "\(input):\n" + differences.prefix(15).joined(separator: "\n")))
    }

    static func input(for goldenPath: String) throws -> String {
        let stem = String(goldenPath.dropLast(".golden.json".count))
        for ext in ["xml", "json", "rss", "atom", "rdf", "html", "txt"] {
            let candidate = stem + "." + ext
            if FileManager.default.fileExists(atPath: Fixture.url(candidate).path) { return candidate }
        }
        throw FixtureError.noInput(goldenPath)
    }

    static func options(_ golden: [String: Any]) -> ReadOptions {
        var options = ReadOptions(baseURL: URL(string: golden["_base"] as? String ?? "https://example.kz/feed/"))
        if let zone = golden["_zone"] as? String, let tz = TimeZone(identifier: zone) { options.zone = tz }
        options.charset = golden["_charset"] as? String
        if let value = golden["_maxBytes"] as? Int { options.maxBytes = value }
        if let value = golden["_maxDepth"] as? Int { options.maxDepth = value }
        if let value = golden["_maxItems"] as? Int { options.maxItems = value }
        return options
    }

    enum FixtureError: Error { case noInput(String) }
}
