import Aggregator
import Foundation
import Testing

@Suite struct TitleSimilarityTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        let same: Bool
        let a: String
        let b: String
        var testDescription: String { "\(same ? "same" : "different"): \(a) | \(b)" }
    }

    static let pairs: [Pair] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/aggregator/title-pairs.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 3 else { return nil }
            return Pair(same: parts[0] == "same", a: parts[1], b: parts[2])
        }
    }()

    @Test func fixtureHasBothKinds() {
        #expect(Self.pairs.filter(\.same).count >= 8)
        #expect(Self.pairs.filter { !$0.same }.count >= 8)
    }

    @Test(arguments: pairs)
    func tellsSameStoryFromDifferentOnes(_ pair: Pair) {
        #expect(TitleSimilarity.sameStory(pair.a, pair.b) == pair.same)
        #expect(TitleSimilarity.sameStory(pair.b, pair.a) == pair.same, "the verdict must not depend on the order")
    }
}
