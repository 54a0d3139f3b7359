import ArnaTestSupport
import FeedWriter
import Foundation
import Testing

@Suite struct OutputWriterTests {
    @Test func writesThenLeavesIdenticalFilesAlone() throws {
        let folder = try Fixture.temporaryDirectory("output")
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = OutputWriter(folder: folder.appendingPathComponent("feeds"))
        let file = FeedFile(name: "site.atom", bytes: Array("<feed>қ</feed>\n".utf8))
        #expect(try writer.write(file) == .written)
        let path = writer.folder.appendingPathComponent("site.atom").path
        let stamp = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(try writer.write(file) == .unchanged)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == stamp)
        let changed = FeedFile(name: "site.atom", bytes: Array("<feed>ә</feed>\n".utf8))
        #expect(try writer.write(changed) == .written)
        #expect(FileManager.default.contents(atPath: path) == Data(changed.bytes))
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: writer.folder.path) == ["site.atom"])
    }
}
