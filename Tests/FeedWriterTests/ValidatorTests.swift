import ArnaTestSupport
import FeedWriter
import Foundation
import Testing

@Suite struct ValidatorTests {
    /// Each broken fixture names the problem it must raise: `Expect: LINE: severity: text`
    /// in its first comment (XML) or its `_expect` key (JSON).
    static let broken = Fixture.all("writer/invalid", ext: "atom") + Fixture.all("writer/invalid", ext: "rss")
        + Fixture.all("writer/invalid", ext: "json")

    @Test(arguments: broken)
    func brokenFeedIsCaughtOnItsLine(_ path: String) throws {
        let data = try Fixture.data(path)
        let text = String(decoding: data, as: UTF8.self)
        let expectation: String
        if path.hasSuffix(".json") {
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            expectation = try #require(object?["_expect"] as? String)
        } else {
            let start = try #require(text.range(of: "Expect: "))
            let end = try #require(text.range(of: " -->", range: start.upperBound..<text.endIndex))
            expectation = String(text[start.upperBound..<end.lowerBound])
        }
        let parts = expectation.split(separator: ":", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
        let line = try #require(Int(parts[0]))
        let problems = FeedValidator.validate(data: data)
        #expect(problems.contains { $0.line == line && $0.severity.rawValue == parts[1] && $0.message.contains(parts[2]) },
                "expected \(expectation), got \(problems)")
    }

    @Test func detectsTheFormat() throws {
        let files = FeedGenerator(configuration: SampleSite.configuration()).files(for: SampleSite.articles())
        let formats = files.prefix(3).map { FeedValidator.validateDetectingFormat(data: Data($0.bytes)).format }
        #expect(formats == [.atom, .rss, .json])
        #expect(FeedValidator.validateDetectingFormat(data: Data("<html/>".utf8)).format == .unknown)
    }
}
