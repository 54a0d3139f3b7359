import Foundation

/// Paths to the files under `Fixtures/`, found from this source file so tests run from any folder.
public enum Fixture {
    /// The repository's `Fixtures/` folder.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ArnaTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("Fixtures", isDirectory: true)

    /// The repository's top folder.
    public static var repository: URL { root.deletingLastPathComponent() }

    /// The URL of one fixture file, e.g. `Fixture.url("reader/rss20/basic.xml")`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The bytes of one fixture file.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// Every file in a fixture folder whose name ends in `.ext`, sorted, as paths relative to `Fixtures/`.
    public static func all(_ folder: String, ext: String) -> [String] {
        let dir = root.appendingPathComponent(folder, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { folder + "/" + $0 }
    }

    /// A fresh empty folder under the system's temporary directory.
    public static func temporaryDirectory(_ label: String = "arna") throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
