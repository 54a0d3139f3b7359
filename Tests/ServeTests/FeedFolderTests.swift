import ArnaTestSupport
import Foundation
import Server
import Testing

@Suite struct FeedFolderTests {
    @Test func onlyPlainFilesInsideTheFolderAreServed() throws {
        let root = try Fixture.temporaryDirectory("feedfolder")
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try Data("<feed/>".utf8).write(to: out.appendingPathComponent("site.atom"))
        try Data("tmp".utf8).write(to: out.appendingPathComponent(".site.atom.1234.tmp"))
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("escape.txt"), withDestinationURL: root.appendingPathComponent("secret.txt"))
        try FileManager.default.createDirectory(at: out.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let folder = FeedFolder(url: out)
        #expect(folder.version(of: "site.atom")?.contentType == "application/atom+xml; charset=utf-8")
        for name in ["../secret.txt", "..", ".", "", "escape.txt", ".site.atom.1234.tmp", "sub", "sub/x", "site.atom%00", "%2e%2e"] {
            #expect(folder.version(of: name) == nil, "\(name)")
        }
        #expect(folder.names() == ["site.atom"])
    }

    @Test func aNewVersionGetsANewETagAndTheSameBytesTheSameOne() throws {
        let out = try Fixture.temporaryDirectory("feedfolder")
        let file = out.appendingPathComponent("merged.json")
        try Data(#"{"version":"https://jsonfeed.org/version/1.1","items":[]}"#.utf8).write(to: file)
        let folder = FeedFolder(url: out)
        let first = try #require(folder.version(of: "merged.json"))
        #expect(first.contentType == "application/feed+json; charset=utf-8")
        try Data(#"{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1"}]}"#.utf8).write(to: file)
        let second = try #require(folder.version(of: "merged.json"))
        #expect(second.etag != first.etag)
        let other = FeedFolder(url: out)
        #expect(other.version(of: "merged.json")?.etag == second.etag)
    }
}
