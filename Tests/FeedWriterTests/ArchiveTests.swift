import ArnaCore
import ArnaTestSupport
import FeedWriter
import Foundation
import Testing

@Suite struct ArchiveTests {
    /// The sample site's articles in publication order.
    let chronological = SampleSite.articles().sorted { ($0.published!, $0.id) < ($1.published!, $1.id) }

    @Test func fullArchivePagesStayByteIdenticalWhenArticlesArrive() throws {
        let config = SampleSite.configuration(pageSize: 5)
        let folder = try Fixture.temporaryDirectory("archives")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = OutputWriter(folder: folder)

        let early = FeedGenerator(configuration: config).files(for: Array(chronological.prefix(13)))
        let firstRun = Dictionary(uniqueKeysWithValues: try writer.write(early).map { ($0.name, $0.outcome) })
        #expect(firstRun["archive-2.atom"] == .written && firstRun["archive-3.atom"] == nil)

        let later = FeedGenerator(configuration: config).files(for: chronological)
        let secondRun = Dictionary(uniqueKeysWithValues: try writer.write(later).map { ($0.name, $0.outcome) })
        #expect(secondRun["archive-1.atom"] == .unchanged)
        #expect(secondRun["archive-2.atom"] == .unchanged)
        #expect(secondRun["archive-3.atom"] == .written)
        #expect(secondRun["site.atom"] == .written)
        for old in early where old.name.hasPrefix("archive-") {
            #expect(later.first { $0.name == old.name }?.bytes == old.bytes)
        }
    }

    @Test func walkingPrevArchiveReachesTheFirstArticle() throws {
        let config = SampleSite.configuration(pageSize: 4)
        let files = FeedGenerator(configuration: config).files(for: chronological)
        let byURL = Dictionary(uniqueKeysWithValues: files.map { (config.url(of: $0.name).absoluteString, $0) })
        var seen = Set<String>()
        var visited = 0
        var next: FeedFile? = files.first { $0.name == "site.atom" }
        var last: FeedFile?
        while let file = next, visited < 100 {
            visited += 1
            last = file
            let doc = XMLReadBack.read(file.bytes)
            let ids = (doc.texts["id"] ?? []).filter { $0.contains(":articles/") }
            seen.formUnion(ids)
            let prev = doc.attributes["link"]?.first { $0["rel"] == "prev-archive" }?["href"]
            next = prev.flatMap { byURL[$0] }
            if let prev { #expect(next != nil, "prev-archive \(prev) names no generated file") }
        }
        let all = Set(chronological.map { config.entryID(for: $0) })
        #expect(seen == all)
        #expect(last?.name == "archive-1.atom")
        let oldest = XMLReadBack.read(last!.bytes).texts["id"] ?? []
        #expect(oldest.contains(config.entryID(for: chronological[0])))
        let text = String(decoding: last!.bytes, as: UTF8.self)
        #expect(text.contains("<fh:archive/>") && text.contains("rel=\"current\""))
    }

    @Test func currentFeedHoldsAtMostNEntriesNewestFirst() throws {
        var config = SampleSite.configuration(pageSize: 3)
        config.entriesPerFeed = 7
        let plan = FeedPlan(articles: chronological, configuration: config)
        #expect(plan.current.count == 7)
        #expect(plan.current == plan.current.sorted(by: FeedPlan.newestFirst))
        #expect(plan.archives.count == chronological.count / 3)
        #expect(plan.archives.allSatisfy { $0.count == 3 })
    }
}
