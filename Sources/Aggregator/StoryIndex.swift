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
    /// Each headline of the batch as key numbers, by its position in the batch.
    let profiles: [KeyProfile]
    /// Each headline's prefix keys, by its position in the batch.
    private let prefixes: [[Int32]]
    /// Story indices by the keys of all their words (indexed by key number).
    private var byAnyKey: [[Int]]
    /// Story indices by the keys of their prefix words.
    private var byPrefixKey: [[Int]]

    /// Numbers the keys of a whole batch of headlines and orders each headline's words by
    /// how rare their keys are in the batch (a fixed order, as prefix filtering needs).
    init(batch: [TitleSimilarity.Headline]) {
        var ids: [Substring: Int32] = [:]
        let keyed: [[Int32]] = batch.map { headline in
            headline.words.map { word in
                let key = Self.key(word)
                if let id = ids[key] { return id }
                let id = Int32(ids.count)
                ids[key] = id
                return id
            }
        }
        var frequency = [Int](repeating: 0, count: ids.count)
        for keys in keyed {
            for key in Set(keys) { frequency[Int(key)] += 1 }
        }
        var profiles: [KeyProfile] = [], prefixes: [[Int32]] = []
        profiles.reserveCapacity(batch.count)
        prefixes.reserveCapacity(batch.count)
        for (headline, keys) in zip(batch, keyed) {
            let total = headline.weights.reduce(0, +)
            let rarestFirst = keys.indices.sorted { lhs, rhs in
                let fl = frequency[Int(keys[lhs])], fr = frequency[Int(keys[rhs])]
                return fl != fr ? fl < fr : keys[lhs] < keys[rhs]
            }
            var prefix: [Int32] = [], weight = 0.0
            for index in rarestFirst {
                prefix.append(keys[index])
                weight += headline.weights[index]
                if weight > 0.3 * total { break }
            }
            prefixes.append(Array(Set(prefix)))
            let sorted = keys.indices.sorted { keys[$0] < keys[$1] }
            profiles.append(KeyProfile(keys: sorted.map { keys[$0] }, weights: sorted.map { headline.weights[$0] }, total: total))
        }
        self.profiles = profiles
        self.prefixes = prefixes
        self.byAnyKey = Array(repeating: [], count: ids.count)
        self.byPrefixKey = Array(repeating: [], count: ids.count)
    }

    /// The first three letters of a word: all its possible matches share them.
    static func key(_ word: String) -> Substring {
        word.prefix(3)
    }

    /// Adds story `story`, whose headline is the batch's `position`-th.
    mutating func add(story: Int, position: Int) {
        var previous: Int32 = -1
        for key in profiles[position].keys where key != previous {
            byAnyKey[Int(key)].append(story)
            previous = key
        }
        for key in prefixes[position] { byPrefixKey[Int(key)].append(story) }
    }

    /// The stories from `lowest` on that could tell the same story as the batch's
    /// `position`-th headline, newest (highest index) first.
    ///
    /// Stories are added in date order, so `lowest` (the oldest story inside the time window)
    /// bounds the work to the window however long the batch is.
    func candidates(for position: Int, from lowest: Int) -> [Int] {
        var found: [Int] = []
        func collect(_ postings: [Int]) {
            // Postings are ascending: skip to the window with a binary search.
            var low = 0, high = postings.count
            while low < high {
                let middle = (low + high) / 2
                if postings[middle] < lowest { low = middle + 1 } else { high = middle }
            }
            found.append(contentsOf: postings[low...])
        }
        for key in prefixes[position] { collect(byAnyKey[Int(key)]) }
        var previous: Int32 = -1
        for key in profiles[position].keys where key != previous {
            collect(byPrefixKey[Int(key)])
            previous = key
        }
        // Sorting then skipping repeats is cheaper than a set for lists of a few thousand.
        found.sort(by: >)
        var unique: [Int] = []
        unique.reserveCapacity(found.count)
        for story in found where story != unique.last { unique.append(story) }
        return unique
    }
}

/// A headline's word keys as sorted numbers: enough to rule most pairs out before comparing words.
struct KeyProfile {
    /// Key numbers, ascending (repeated when two words share a key).
    let keys: [Int32]
    /// The weight of the word behind each key.
    let weights: [Double]
    /// The headline's total weight.
    let total: Double

    /// Whether ``TitleSimilarity/sameStory(_:_:)-(Headline,Headline)`` could hold: the shorter
    /// headline's words whose key the other has must weigh at least 1.5 and 70 % of it, since
    /// only words with the same key can match. Never false for a pair that matches.
    static func mayMatch(_ a: KeyProfile, _ b: KeyProfile) -> Bool {
        let (short, long) = a.keys.count <= b.keys.count ? (a, b) : (b, a)
        var bound = 0.0, j = 0
        for (i, key) in short.keys.enumerated() {
            while j < long.keys.count, long.keys[j] < key { j += 1 }
            if j < long.keys.count, long.keys[j] == key { bound += short.weights[i] }
        }
        return bound >= 1.5 && bound >= 0.7 * short.total
    }
}
