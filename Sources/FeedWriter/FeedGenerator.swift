import ArnaCore
import Foundation

/// Renders every file of the site's feed: the current Atom feed, its RFC 5005 archive pages,
/// and the same current entries as RSS 2.0 and JSON Feed 1.1.
///
/// ```swift
/// let files = FeedGenerator(configuration: config).files(for: articles)
/// let report = try OutputWriter(folder: outURL).write(files)
/// ```
public struct FeedGenerator: Sendable {
    /// The feed being written.
    public var configuration: FeedConfiguration

    /// Creates a generator for the feed `configuration` describes.
    public init(configuration: FeedConfiguration) { self.configuration = configuration }

    /// All files for `articles`, in a fixed order: Atom, RSS, JSON, then archives oldest first.
    ///
    /// - Parameter articles: Every article of the feed, in any order.
    /// - Returns: The files; the same articles always give the same bytes.
    public func files(for articles: [Article]) -> [FeedFile] {
        let plan = FeedPlan(articles: articles, configuration: configuration)
        let atom = AtomWriter(configuration: configuration)
        var files = [
            FeedFile(name: configuration.atomFileName,
                     bytes: atom.render(plan.current, as: .current(newestArchive: plan.archives.isEmpty ? nil : plan.archives.count))),
            FeedFile(name: configuration.rssFileName, bytes: RSSWriter(configuration: configuration).render(plan.current)),
            FeedFile(name: configuration.jsonFileName, bytes: JSONFeedWriter(configuration: configuration).render(plan.current)),
        ]
        for (i, page) in plan.archives.enumerated() {
            files.append(FeedFile(name: configuration.archiveFileName(i + 1), bytes: atom.render(page, as: .archive(page: i + 1))))
        }
        return files
    }
}
