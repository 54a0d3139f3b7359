import ArnaCore
import Foundation

/// The outlets arna follows, as kept in an OPML 2.0 file (`feeds/kazakh-outlets.opml`).
///
/// Each `<outline type="rss">` is one ``Source``; arna's per-source options are attributes in
/// its own namespace (`arna:id`, `arna:interval`, `arna:enabled`, `arna:include`,
/// `arna:exclude`, `arna:fulltext`) beside the standard `language` and `category`, so any
/// feed reader can import the same file. Plain spellings (`id`, `interval`, …) are accepted
/// too, and a folder outline's `text` is the category of the feeds inside it.
public struct SubscriptionList: Sendable, Hashable {
    /// The list's name (OPML `<head><title>`).
    public var title: String?
    /// The subscriptions, in file order.
    public var sources: [Source]

    /// Creates a list.
    public init(title: String? = nil, sources: [Source] = []) {
        self.title = title
        self.sources = sources
    }

    /// Reads an OPML file.
    ///
    /// Relative and `file:` feed URLs are resolved against the file's folder.
    /// - Parameter url: The OPML file.
    /// - Returns: The list, sources in file order; outlines without `xmlUrl` are skipped.
    /// - Throws: ``SubscriptionError`` naming the file and line: unreadable file, XML that is
    ///   not well-formed, a root other than `<opml>`, or an attribute arna cannot use.
    public static func load(from url: URL) throws(SubscriptionError) -> SubscriptionList {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SubscriptionError(kind: .unreadable, file: url, detail: "cannot read the file (\(error.localizedDescription))")
        }
        return try parse(data, file: url)
    }

    /// Reads OPML bytes as if they were the file at `file` (which names errors and anchors relative URLs).
    ///
    /// - Throws: ``SubscriptionError`` as ``load(from:)`` does.
    public static func parse(_ data: Data, file: URL) throws(SubscriptionError) -> SubscriptionList {
        try OPMLReader.read(data, file: file)
    }

    /// The OPML 2.0 text of the list, local feed files written relative to `folder`.
    ///
    /// The same list always gives the same bytes: fixed attribute order, no dates, options
    /// written only when they differ from the defaults.
    public func opml(relativeTo folder: URL) -> String {
        OPMLWriter.render(self, folder: folder)
    }

    /// Writes the list as OPML 2.0, replacing the file atomically.
    ///
    /// The text goes to a temporary file in the same folder, is flushed, then renamed over
    /// `url`, so a reader (or a crash) never sees half a list.
    /// - Parameter url: Where to write; its folder must exist.
    /// - Throws: ``SubscriptionError`` of kind ``SubscriptionError/Kind/unwritable``.
    public func write(to url: URL) throws(SubscriptionError) {
        let text = opml(relativeTo: url.deletingLastPathComponent())
        try AtomicFile.replace(url, with: Data(text.utf8))
    }

    /// The source with this id, if any.
    public func source(id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// The source reading this feed, if any (URLs compared in canonical form).
    public func source(feedURL: URL) -> Source? {
        let key = Self.feedKey(feedURL)
        return sources.first { Self.feedKey($0.feedURL) == key }
    }

    /// Adds a subscription, unless one already reads the same feed.
    ///
    /// An id already taken gets a `-2`, `-3`, … suffix, so ids stay unique.
    /// - Parameter source: The subscription to add.
    /// - Returns: The source as it is now in the list: the added one (id perhaps changed), or
    ///   the existing one with the same feed URL.
    @discardableResult
    public mutating func add(_ source: Source) -> Source {
        if let existing = self.source(feedURL: source.feedURL) { return existing }
        var added = source
        let ids = Set(sources.map(\.id))
        if ids.contains(added.id) {
            var n = 2
            while ids.contains("\(source.id)-\(n)") { n += 1 }
            added.id = "\(source.id)-\(n)"
        }
        sources.append(added)
        return added
    }

    /// Adds a subscription to a feed URL, deriving its id with ``ArnaCore/Source/makeID(for:title:avoiding:)``.
    ///
    /// - Returns: The new source, or the existing one when the feed is already in the list.
    @discardableResult
    public mutating func add(feedURL: URL, title: String? = nil, language: LanguageTag? = nil) -> Source {
        if let existing = source(feedURL: feedURL) { return existing }
        let id = Source.makeID(for: feedURL, title: title, avoiding: Set(sources.map(\.id)))
        return add(Source(id: id, title: title ?? feedURL.host ?? id, feedURL: feedURL, language: language))
    }

    /// Removes the source with this id.
    /// - Returns: The removed source, or `nil` when there was none.
    @discardableResult
    public mutating func remove(id: String) -> Source? {
        guard let index = sources.firstIndex(where: { $0.id == id }) else { return nil }
        return sources.remove(at: index)
    }

    /// Merges another list in (an OPML export of another reader): feeds already present are kept
    /// as they are, new ones are appended in the other list's order with unique ids.
    /// - Returns: The sources that were added.
    @discardableResult
    public mutating func `import`(from other: SubscriptionList) -> [Source] {
        var added: [Source] = []
        for source in other.sources where self.source(feedURL: source.feedURL) == nil {
            added.append(add(source))
        }
        return added
    }

    /// Two feed URLs name the same feed when their canonical forms match (`http`/`https`, `www.`, `utm_*`).
    static func feedKey(_ url: URL) -> String {
        url.isFileURL ? "file:" + FeedLocation.normalize(url.path) : CanonicalURL.string(for: url)
    }
}
