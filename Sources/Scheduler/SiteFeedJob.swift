import ArnaCore
import FeedWriter
import Foundation
import SiteContent

/// Regenerates the site's own feeds (what `arna generate` writes) from its content folder.
///
/// The daemon runs it on its own timer and whenever ``fingerprint()`` of the content folder
/// changes. Files whose bytes would not change are left alone, so their `Last-Modified` stays.
public struct SiteFeedJob: Sendable {
    /// The site settings (title, URLs, ids, entries per feed).
    public var settings: SiteSettings
    /// The folder of the site's article files.
    public var contentFolder: URL
    /// Where the feeds go.
    public var outputFolder: URL

    /// Creates a job.
    public init(settings: SiteSettings, contentFolder: URL, outputFolder: URL) {
        self.settings = settings
        self.contentFolder = contentFolder
        self.outputFolder = outputFolder
    }

    /// Loads every article and writes `site.atom`, `site.rss`, `site.json` and the archives.
    ///
    /// - Returns: Names written, names unchanged, and the articles that could not be read (in words).
    /// - Throws: When a file cannot be written.
    public func generate() throws -> (written: [String], unchanged: [String], problems: [String]) {
        let loaded = ContentLoader(settings: settings).loadFolder(contentFolder)
        let files = FeedGenerator(configuration: settings.feedConfiguration).files(for: loaded.articles)
        var written: [String] = [], unchanged: [String] = []
        for (name, outcome) in try OutputWriter(folder: outputFolder).write(files) {
            if outcome == .written { written.append(name) } else { unchanged.append(name) }
        }
        return (written, unchanged, loaded.problems.map { "\($0)" })
    }

    /// A summary of the content folder's files (path, size, modification time) that changes
    /// whenever a file is added, removed or edited.
    public func fingerprint() -> String {
        let manager = FileManager.default
        guard let walker = manager.enumerator(at: contentFolder, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey])
        else { return "missing" }
        var lines: [String] = []
        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]),
                  values.isRegularFile == true else { continue }
            let modified = values.contentModificationDate?.timeIntervalSince1970 ?? 0
            lines.append("\(url.path)\t\(values.fileSize ?? -1)\t\(modified)")
        }
        return StableHash.hex128(lines.sorted().joined(separator: "\n"))
    }
}
