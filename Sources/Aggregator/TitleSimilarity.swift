/// How alike two headlines are, in a way that survives Kazakh and Russian inflection.
///
/// Kazakh is agglutinative (`Астана` → `Астанада`, `Астанаға`) and Russian inflects
/// (`мост` → `моста`, `открыли` → `открылся`), so exact word overlap misses the same story
/// told twice. Two words count as one when they share a prefix of at least three letters that
/// covers all but the last three letters of the shorter (see ``sameWord(_:_:)``).
///
/// Two headlines tell the same story when
/// - the words of the shorter one, weighted, are mostly (≥ 70 %) found in the other, where the
///   verbs every headline uses (`ашылды`, `открыли`, `тіркелді`) weigh half; and
/// - their names do not conflict: when each has a capitalised word (a place, a person) that the
///   other lacks, they are about different places or people (`В Алматы выпал снег` is not
///   `В Астане выпал снег`);
/// - nor their other words: when each has a noun the other lacks (not a name, not one of the
///   common verbs), they are about different things (`бензин бағасы өсті` is not `нан бағасы өсті`).
public enum TitleSimilarity {
    /// A headline reduced to what the comparison needs.
    public struct Headline: Sendable {
        /// Content words, lower-cased.
        public let words: [String]
        /// For each word: whether it was capitalised (a name).
        let names: [Bool]
        /// For each word: how much it says about the story.
        let weights: [Double]

        /// Reads a headline.
        public init(_ title: String) {
            var words: [String] = [], names: [Bool] = [], weights: [Double] = []
            var current = "", capitalised = false
            func flush() {
                defer { current = ""; capitalised = false }
                guard !current.isEmpty else { return }
                let numeric = current.allSatisfy(\.isNumber)
                guard (current.count >= 3 || numeric), !TitleSimilarity.stopWords.contains(current) else { return }
                words.append(current)
                names.append(capitalised)
                weights.append(TitleSimilarity.weakWords.contains(current) ? 0.5 : 1)
            }
            for character in title {
                if character.isLetter || character.isNumber {
                    if current.isEmpty { capitalised = character.isUppercase }
                    let lower = Character(character.lowercased())
                    current.append(lower == "ё" ? "е" : lower)
                } else if character != "'" && character != "’" {
                    flush()
                }
            }
            flush()
            self.words = words
            self.names = names
            self.weights = weights
        }
    }

    /// Words too common in news headlines to say anything about the story.
    static let stopWords: Set<String> = [
        // Kazakh
        "және", "мен", "пен", "бен", "үшін", "деп", "бар", "жоқ", "бұл", "осы", "сол", "жаңа", "туралы",
        "бойынша", "қалай", "неге", "кім", "тағы",
        // Russian
        "что", "как", "это", "новый", "новая", "новое", "новые", "новую", "нового", "при", "после", "года", "году", "для",
    ]

    /// Verbs nearly every headline has: they count, but half as much as nouns and names.
    static let weakWords: Set<String> = [
        "ашылды", "өтті", "болды", "тіркелді", "берілді", "басталды", "кездесті", "жарияланды", "қабылданды",
        "шықты", "келді", "айтты", "мәлімдеді", "сақтады", "қалдырды", "көтерді", "төмендетті", "өсті", "төмендеді", "аяқталды",
        "открыли", "открылся", "открылась", "прошел", "прошла", "состоялся", "состоялась", "заявил", "сообщил",
        "рассказал", "начался", "началась", "зафиксировали", "выпал", "сохранил", "повысил", "снизил", "провел", "встретился",
        "подорожал", "подорожали", "подешевел", "завершили", "завершился", "вырос", "выросла", "выросли",
    ]

    /// Whether two words are forms of one word.
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        guard shorter >= 3 else { return false }
        var common = 0
        for (x, y) in zip(a, b) {
            guard x == y else { break }
            common += 1
        }
        return common >= 3 && common >= shorter - 3 && common * 2 >= shorter + 1
    }

    /// Whether two headlines tell the same story (see the type's discussion).
    public static func sameStory(_ a: Headline, _ b: Headline) -> Bool {
        guard a.words.count >= 2, b.words.count >= 2 else { return false }
        let (short, long) = a.words.count <= b.words.count ? (a, b) : (b, a)
        let shortMatched = matches(of: short, in: long)
        let longMatched = matches(of: long, in: short)
        let unmatchedName: (Headline, [Bool]) -> Bool = { headline, matched in
            headline.names.indices.contains { headline.names[$0] && !matched[$0] }
        }
        let unmatchedNoun: (Headline, [Bool]) -> Bool = { headline, matched in
            headline.names.indices.contains { !headline.names[$0] && headline.weights[$0] == 1 && !matched[$0] }
        }
        if unmatchedName(short, shortMatched) && unmatchedName(long, longMatched) { return false }
        if unmatchedNoun(short, shortMatched) && unmatchedNoun(long, longMatched) { return false }
        let total = short.weights.reduce(0, +)
        let found = short.weights.indices.filter { shortMatched[$0] }.map { short.weights[$0] }.reduce(0, +)
        return found >= 1.5 && found / total >= 0.7
    }

    /// Convenience: compares two headline strings.
    public static func sameStory(_ a: String, _ b: String) -> Bool {
        sameStory(Headline(a), Headline(b))
    }

    /// For each word of `headline`: whether `other` has a form of it (each word of `other` used once).
    private static func matches(of headline: Headline, in other: Headline) -> [Bool] {
        var used = [Bool](repeating: false, count: other.words.count)
        return headline.words.map { word in
            guard let index = other.words.indices.first(where: { !used[$0] && sameWord(word, other.words[$0]) }) else { return false }
            used[index] = true
            return true
        }
    }
}
