import ArnaTestSupport
import Foundation
import Testing

/// `arna sources` editing a copy of a subscription list, as a user would.
@Suite struct SourcesCommandTests {
    func copyOfDemoList() throws -> URL {
        let folder = try Fixture.temporaryDirectory("sources-cli")
        let list = folder.appendingPathComponent("feeds/list.opml")
        try FileManager.default.createDirectory(at: list.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Written beside a Fixtures link so the list's relative feed paths still resolve.
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Fixtures"), withDestinationURL: Fixture.root)
        try FileManager.default.copyItem(at: Fixture.repository.appendingPathComponent("feeds/demo.opml"), to: list)
        return list
    }

    func sources(_ arguments: [String], list: URL) throws -> ArnaBinary.Result {
        try ArnaBinary.run(["sources"] + arguments + ["--sources", list.path], in: Fixture.repository)
    }

    @Test func addListRemoveAndExportKeepTheListInStep() throws {
        let list = try copyOfDemoList()
        let added = try sources(["add", "https://kaz.tengrinews.kz/news.rss", "--title", "Tengrinews.kz", "--language", "kk"], list: list)
        #expect(added.status == 0, "\(added.stderr)")
        let id = try #require(added.stdout.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        let again = try sources(["add", "https://kaz.tengrinews.kz/news.rss"], list: list)
        #expect(again.stdout.contains("already subscribed as \(id)"))

        let listed = try sources(["list", "--store", list.deletingLastPathComponent().appendingPathComponent("none.sqlite").path], list: list)
        #expect(listed.status == 0)
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.contains { $0.hasPrefix("\(id)\tkk\t") && $0.contains("https://kaz.tengrinews.kz/news.rss") })
        #expect(lines.contains { $0.hasPrefix("zakon-ru\tru\t") && $0.contains("/Fixtures/demo/zakon-ru.xml") })

        #expect(try sources(["remove", "zakon-ru"], list: list).stdout.contains("removed zakon-ru"))
        let unknown = try sources(["remove", "zakon-ru"], list: list)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("zakon-ru"))

        let exported = try sources(["export"], list: list)
        #expect(exported.stdout.hasPrefix("<?xml"))
        #expect(exported.stdout.contains("xmlUrl=\"https://kaz.tengrinews.kz/news.rss\""))
        #expect(!exported.stdout.contains("zakon-ru.xml"))
        // Local feeds stay relative to the list, so the file can move with its fixtures.
        #expect(exported.stdout.contains("xmlUrl=\"../Fixtures/demo/kazinform-kk.xml\""))
    }

    @Test func importAddsOnlyTheFeedsNotAlreadyThere() throws {
        let list = try copyOfDemoList()
        let other = list.deletingLastPathComponent().appendingPathComponent("reader-export.opml")
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0"><head><title>Feedly</title></head><body><outline text="News">
              <outline type="rss" text="Abai.kz" xmlUrl="https://abai.kz/rss"/>
              <outline type="rss" text="ҚазАқпарат" xmlUrl="\(list.deletingLastPathComponent().deletingLastPathComponent().path)/Fixtures/demo/kazinform-kk.xml"/>
            </outline></body></opml>
            """.utf8).write(to: other)
        let result = try sources(["import", other.path], list: list)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 1 of 2 sources"), "\(result.stdout)")
        #expect(try sources(["list"], list: list).stdout.contains("https://abai.kz/rss"))
    }
}
