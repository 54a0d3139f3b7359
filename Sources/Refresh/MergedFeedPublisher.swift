import Aggregator
import ArnaCore
import FeedWriter
import Foundation

/// Writes the merged river as `merged.atom|.rss|.json` and the per-language views
/// `merged-kk.*` and `merged-ru.*`, each replaced atomically and only when its bytes change.
///
/// Merged feeds carry no RFC 5005 archives: retention removes old articles, so their pages
/// could not stay unchanged once full, which archives promise. Entries from outlets other
/// than the site carry `atom:source` (the writer adds it) and their other versions as
/// `link rel="related"`.
public struct MergedFeedPublisher: FeedPublishing {
    /// The site's feed configuration; title, base name and entries are set per view.
    public var base: FeedConfiguration
    /// Where the files go.
    public var folder: URL

    /// Creates a publisher.
    public init(base: FeedConfiguration, folder: URL) {
        self.base = base
        self.folder = folder
    }

    /// The views written: base name, language filter, title suffix.
    static let views: [(name: String, language: LanguageTag?, title: String)] = [
        ("merged", nil, "барлық жаңалықтар / все новости"),
        ("merged-kk", .kazakh, "қазақша жаңалықтар"),
        ("merged-ru", .russian, "новости на русском"),
    ]

    public func publish(river: [Article], updatedAt: Date) throws -> (written: [String], unchanged: [String]) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let writer = OutputWriter(folder: folder)
        var written: [String] = [], unchanged: [String] = []
        for view in Self.views {
            let configuration = configuration(for: view)
            let entries = view.language.map { river.inLanguage($0) } ?? river
            let files = [
                FeedFile(name: configuration.atomFileName, bytes: AtomWriter(configuration: configuration).render(entries)),
                FeedFile(name: configuration.rssFileName, bytes: RSSWriter(configuration: configuration).render(entries)),
                FeedFile(name: configuration.jsonFileName, bytes: JSONFeedWriter(configuration: configuration).render(entries)),
            ]
            for (name, outcome) in try writer.write(files) {
                if outcome == .unchanged { unchanged.append(name) } else { written.append(name) }
            }
        }
        return (written, unchanged)
    }

    public func outputsExist() -> Bool {
        Self.views.allSatisfy { view in
            let configuration = configuration(for: view)
            return [configuration.atomFileName, configuration.rssFileName, configuration.jsonFileName].allSatisfy {
                FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
            }
        }
    }

    private func configuration(for view: (name: String, language: LanguageTag?, title: String)) -> FeedConfiguration {
        var configuration = base
        configuration.baseName = view.name
        configuration.title = base.title + " — " + view.title
        configuration.subtitle = "Қазақстан басылымдарының біріктірілген таспасы: әр жаңалық бір рет / Kazakh outlets merged, each story once"
        configuration.language = view.language
        configuration.entriesPerFeed = max(base.entriesPerFeed, 1)
        return configuration
    }
}
