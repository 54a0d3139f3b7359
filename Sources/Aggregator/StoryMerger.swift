import ArnaCore
import Foundation

/// Builds the merged river of several outlets: newest first, each story once.
///
/// Two articles are the same story when their canonical URLs match (tracking parameters,
/// scheme and `www.` ignored), or when different outlets published near-identical headlines
/// within ``window`` of each other (see ``TitleSimilarity``). The story keeps the article
/// published first and links the others as related, titled with their outlet's name.
public struct StoryMerger: Sendable {
    /// How far apart two outlets' headlines may be in time and still be one story.
    public var window: TimeInterval
    /// Compares each headline with every story in the window (no index): the reference the
    /// tests check the index against.
    var exhaustive = false

    /// Creates a merger.
    public init(window: TimeInterval = 48 * 3600) {
        self.window = window
    }

    /// The merged river of `articles`, newest first.
    ///
    /// - Parameter articles: Articles of any outlets, in any order.
    /// - Returns: One article per story, each the first-published version with the others in `related`.
    public func merge(_ articles: [Article]) -> [Article] {
        // Oldest first, so each story's first-published version is met first.
        let ordered = articles.sorted { lhs, rhs in
            let l = lhs.published ?? lhs.updated ?? .distantFuture, r = rhs.published ?? rhs.updated ?? .distantFuture
            return l == r ? lhs.id < rhs.id : l < r
        }
        let headlines = ordered.map { TitleSimilarity.Headline($0.title) }
        var index = StoryIndex(batch: headlines)
        var stories: [Story] = []
        var byURL: [String: Int] = [:]
        var seenIDs: Set<ArticleID> = []
        for (position, (article, words)) in zip(ordered, headlines).enumerated() where seenIDs.insert(article.id).inserted {
            let canonical = article.url.map(CanonicalURL.string(for:))
            if let canonical, let found = byURL[canonical] {
                stories[found].add(article)
                continue
            }
            let date = article.published ?? article.updated
            if let found = matchingStory(for: article, words: words, position: position, date: date, in: stories, candidates: index) {
                stories[found].add(article)
                if let canonical { byURL[canonical] = found }
                continue
            }
            stories.append(Story(first: article, words: words, date: date, profile: index.profiles[position]))
            index.add(story: stories.count - 1, position: position)
            if let canonical { byURL[canonical] = stories.count - 1 }
        }
        return stories.map(\.merged).sorted { lhs, rhs in
            let l = lhs.published ?? lhs.updated ?? .distantPast, r = rhs.published ?? rhs.updated ?? .distantPast
            return l == r ? lhs.id < rhs.id : l > r
        }
    }

    private func matchingStory(for article: Article, words: TitleSimilarity.Headline, position: Int, date: Date?, in stories: [Story],
                               candidates: StoryIndex) -> Int? {
        guard let date, words.words.count >= 2 else { return nil }
        // Stories were created oldest first, so their dates ascend: the window starts at `lowest`.
        var low = 0, high = stories.count
        while low < high {
            let middle = (low + high) / 2
            if let storyDate = stories[middle].date, date.timeIntervalSince(storyDate) > window { low = middle + 1 } else { high = middle }
        }
        let lowest = low
        // Newest story first; the index leaves out only stories whose headlines cannot match.
        for index in exhaustive ? Array(stories.indices.reversed()) : candidates.candidates(for: position, from: lowest) {
            // Fields are read in place: copying a Story (an Article and more) costs more than the checks.
            guard let storyDate = stories[index].date else { continue }
            if date.timeIntervalSince(storyDate) > window { break }
            guard exhaustive || KeyProfile.mayMatch(candidates.profiles[position], stories[index].profile) else { continue }
            guard !stories[index].outlets.contains(article.outlet.id) else { continue }
            if TitleSimilarity.sameStory(words, stories[index].words) { return index }
        }
        return nil
    }
}

/// One story while merging: its first article and the other outlets' versions.
struct Story {
    var first: Article
    var words: TitleSimilarity.Headline
    var date: Date?
    /// The headline's keys, for the quick check before comparing words.
    var profile: KeyProfile
    var others: [Article] = []
    var outlets: Set<String>

    init(first: Article, words: TitleSimilarity.Headline, date: Date?, profile: KeyProfile) {
        self.first = first
        self.words = words
        self.date = date
        self.profile = profile
        self.outlets = [first.outlet.id]
    }

    mutating func add(_ article: Article) {
        others.append(article)
        outlets.insert(article.outlet.id)
    }

    var merged: Article {
        var article = first
        for other in others {
            guard let url = other.url, url != first.url, !article.related.contains(where: { $0.url == url }) else { continue }
            article.related.append(RelatedArticle(url: url, title: other.outlet.name, published: other.published))
        }
        return article
    }
}
