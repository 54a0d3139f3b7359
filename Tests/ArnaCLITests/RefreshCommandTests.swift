import ArnaTestSupport
import Foundation
import Refresh
import Testing

/// `arna refresh` as cron runs it: the demo subscriptions, a fresh store and output folder.
@Suite struct RefreshCommandTests {
    static let mergedFiles = ["merged", "merged-kk", "merged-ru"].flatMap { name in ["atom", "rss", "json"].map { "\(name).\($0)" } }

    func refresh(_ extra: [String], sources: String = Fixture.repository.appendingPathComponent("feeds/demo.opml").path, folder: URL) throws -> ArnaBinary.Result {
        try ArnaBinary.run(["refresh", "--once", "--sources", sources, "--store", folder.appendingPathComponent("arna.sqlite").path,
                            "--out", folder.appendingPathComponent("out").path] + extra, in: Fixture.repository)
    }

    @Test func demoRunWritesValidMergedFeedsThenRewritesNothing() throws {
        let folder = try Fixture.temporaryDirectory("refresh-cli")
        let first = try refresh([], folder: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("refresh: 5 sources, 5 read (30 new, 0 updated)"), "\(first.stdout)")
        #expect(first.stdout.contains("wrote 9 files"))
        let out = folder.appendingPathComponent("out")
        for name in Self.mergedFiles {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let validation = try ArnaBinary.run(["validate"] + Self.mergedFiles.map { out.appendingPathComponent($0).path })
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
        // 30 items, two of them another outlet's telling of the same story.
        let merged = try String(contentsOf: out.appendingPathComponent("merged.atom"), encoding: .utf8)
        #expect(merged.components(separatedBy: "</entry>").count - 1 == 28)
        #expect(merged.contains("<source>"))

        let modified = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("merged.atom").path)[.modificationDate] as? Date
        // Nothing is due yet: nothing is fetched.
        let second = try refresh([], folder: folder)
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 read (0 new, 0 updated), 0 not modified, 5 skipped, 0 failed; wrote 0 files"), "\(second.stdout)")
        // Forced: everything is read again, nothing is new, no file is rewritten.
        let forced = try refresh(["--all"], folder: folder)
        #expect(forced.status == 0)
        #expect(forced.stdout.contains("5 read (0 new, 0 updated)"), "\(forced.stdout)")
        #expect(forced.stdout.contains("wrote 0 files"))
        let after = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("merged.atom").path)[.modificationDate] as? Date
        #expect(after == modified)
    }

    @Test func aFailingSourceExitsOneAndTheOthersAreStillWritten() throws {
        let folder = try Fixture.temporaryDirectory("refresh-cli-fail")
        let opml = folder.appendingPathComponent("list.opml")
        let demo = Fixture.url("demo/kazinform-kk.xml").path
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>t</title></head><body>
              <outline type="rss" text="ҚазАқпарат" xmlUrl="\(demo)" language="kk"/>
              <outline type="rss" text="Missing" xmlUrl="\(folder.path)/missing.xml" language="ru"/>
            </body></opml>
            """.utf8).write(to: opml)
        let result = try refresh([], sources: opml.path, folder: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("1 failed"), "\(result.stdout)")
        #expect(result.stdout.contains("missing.xml"), "the failing source's line names what failed: \(result.stdout)")
        let merged = try String(contentsOf: folder.appendingPathComponent("out/merged.atom"), encoding: .utf8)
        #expect(merged.contains("ҚазАқпарат"))
    }

    @Test func aSecondRunWhileOneHoldsTheLockSaysSoAndExitsZero() throws {
        let folder = try Fixture.temporaryDirectory("refresh-cli-lock")
        let held = try #require(try RunLock(path: folder.appendingPathComponent("arna.sqlite.lock").path))
        let result = try refresh([], folder: folder)
        withExtendedLifetime(held) {}
        #expect(result.status == 0)
        #expect(result.stdout.contains("another refresh is running"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aMissingSubscriptionListIsAConfigurationError() throws {
        let folder = try Fixture.temporaryDirectory("refresh-cli-config")
        let result = try refresh([], sources: folder.appendingPathComponent("none.opml").path, folder: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("none.opml"))
    }
}
