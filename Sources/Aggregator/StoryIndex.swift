/// Finds the stories a headline could match without comparing it to every story in the window.
///
/// Two words only ever match (``TitleSimilarity/sameWord(_:_:)``) when they share their first
/// three letters, so each word is indexed by that key. ``TitleSimilarity/sameStory(_:_:)-(Headline,Headline)``
/// needs at least 70 % of the shorter headline's weight matched, so any set of its words weighing
/// more than 30 % contains a matched word (prefix filtering). Each headline's *prefix* is its
/// rarest words (by key frequency over the whole batch, a fixed order) until they weigh more
/// than 30 %. A true match therefore shares a key between the prefix of the shorter headline and
/// any word of the longer one, and the index probes both ways. The filter only ever drops pairs
/// that cannot match: the merge gives exactly what comparing against every story gives.
struct StoryIndex {
    /// How many headlines of the batch use each key: rare keys first in each prefix.
    private let frequency: [Substring: Int]
    /// Story indices by the keys of all their words.
    private var byAnyKey: [Substring: [Int]] = [:]
    /// Story indices by the keys of their prefix words.
    private var byPrefixKey: [Substring: [Int]] = [:]

    /// Counts the keys of a whole batch of headlines.
    init(batch: [TitleSimilarity.Headline]) {
        var frequency: [Substring: Int] = [:]
        for headline in batch {
            for key in Set(headline.words.map(Self.key)) { frequency[key, default: 0] += 1 }
        }
        self.frequency = frequency
    }

    /// The first three letters of a word: all its possible matches share them.
    static func key(_ word: String) -> Substring {
        word.prefix(3)
    }

    /// The keys of the rarest words of `headline` that together weigh more than 30 % of it.
    func prefixKeys(_ headline: TitleSimilarity.Headline) -> [Substring] {
        let total = headline.weights.reduce(0, +)
        let order = headline.words.indices.sorted { lhs, rhs in
            let l = Self.key(headline.words[lhs]), r = Self.key(headline.words[rhs])
            let fl = frequency[l, default: 0], fr = frequency[r, default: 0]
            return fl != fr ? fl < fr : l < r
        }
        var keys: [Substring] = [], weight = 0.0
        for index in order {
            keys.append(Self.key(headline.words[index]))
            weight += headline.weights[index]
            if weight > 0.3 * total { break }
        }
        return keys
    }

    /// Adds story `story` with its headline.
    mutating func add(story: Int, headline: TitleSimilarity.Headline) {
        for key in Set(headline.words.map(Self.key)) { byAnyKey[key, default: []].append(story) }
        for key in Set(prefixKeys(headline)) { byPrefixKey[key, default: []].append(story) }
    }

    /// The stories from `lowest` on that could tell the same story as `headline`, newest
    /// (highest index) first.
    ///
    /// Stories are added in date order, so `lowest` (the oldest story inside the time window)
    /// bounds the work to the window however long the batch is.
    func candidates(for headline: TitleSimilarity.Headline, from lowest: Int) -> [Int] {
        var found = Set<Int>()
        func collect(_ postings: [Int]?) {
            guard let postings else { return }
            // Postings are ascending: skip to the window with a binary search.
            var low = 0, high = postings.count
            while low < high {
                let middle = (low + high) / 2
                if postings[middle] < lowest { low = middle + 1 } else { high = middle }
            }
            found.formUnion(postings[low...])
        }
        for key in Set(prefixKeys(headline)) { collect(byAnyKey[key]) }
        for key in Set(headline.words.map(Self.key)) { collect(byPrefixKey[key]) }
        return found.sorted(by: >)
    }
}
