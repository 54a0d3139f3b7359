@testable import Aggregator
import ArnaCore
import Foundation
import Testing

/// The candidate index must never change what the merge gives: checked against comparing every
/// headline with every story, on batches of inflected Kazakh and Russian headlines.
@Suite struct StoryIndexTests {
    static let stems = [
        "Астана", "Алматы", "Шымкент", "көпір", "мектеп", "аурухана", "жол", "бензин", "нан", "баға", "мост", "школа",
        "больница", "дорога", "цена", "Токаев", "парламент", "заң", "закон", "снег", "қар", "су", "вода", "ауыл",
    ]
    static let endings = ["", "да", "ға", "ның", "ы", "а", "е", "ов", "ті"]
    static let verbs = ["ашылды", "открыли", "өсті", "выросла", "басталды", "началась", "болды"]

    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    static func batch(seed: UInt64, count: Int) -> [Article] {
        var random = Random(state: seed)
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        return (0..<count).map { i in
            let words = (0..<Int.random(in: 2...5, using: &random)).map { _ in
                stems.randomElement(using: &random)! + endings.randomElement(using: &random)!
            } + (Bool.random(using: &random) ? [verbs.randomElement(using: &random)!] : [])
            let outlet = Outlet(id: "o\(Int.random(in: 0..<4, using: &random))", name: "Outlet")
            return Article(id: ArticleID(rawValue: "a\(i)"), outlet: outlet, url: URL(string: "https://x.kz/\(i)"),
                           title: words.joined(separator: " "), published: start.addingTimeInterval(Double(Int.random(in: 0..<400_000, using: &random))))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64]) func indexedMergeEqualsExhaustiveMerge(seed: UInt64) {
        let articles = Self.batch(seed: seed, count: 300)
        let indexed = StoryMerger().merge(articles)
        var reference = StoryMerger()
        reference.exhaustive = true
        let expected = reference.merge(articles)
        #expect(indexed.map(\.id) == expected.map(\.id))
        #expect(indexed.map { $0.related.map(\.url) } == expected.map { $0.related.map(\.url) })
        // The batches do contain merged stories, so the comparison says something.
        #expect(expected.count < articles.count)
    }
}
