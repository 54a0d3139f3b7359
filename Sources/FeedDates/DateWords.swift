import Foundation

/// What a word in a date text means.
enum DateWord: Equatable {
    case month(Int)
    /// Day names are read and ignored: a wrong weekday does not change the date.
    case weekday
    /// A named zone; `takesOffset` for GMT/UT/UTC, which may be followed by `+6` or `+0600`.
    case zone(seconds: Int, takesOffset: Bool)
    /// An RFC 822 military letter; RFC 5322 §4.3 says to read them as `-0000` (UTC, local zone unknown).
    case military
    /// `г.`, `года`, `ж.`, `жылғы`, `жылы`: marks the number before it as the year.
    case yearMarker
    /// Words that add nothing: `в`, `at`, `сағат`.
    case filler
    case meridiem(pm: Bool)
    /// `сегодня` (0), `вчера` (-1) and their Kazakh and English forms.
    case relativeDay(Int)
}

/// The vocabulary of dates in English, Russian and Kazakh (Cyrillic and Latin), folded as
/// `DateTokenizer.fold` folds words.
enum DateWords {
    /// Whole words.
    static let exact: [SIMD16<UInt16>: DateWord] = {
        var table: [SIMD16<UInt16>: DateWord] = [:]
        func add(_ words: String, _ meaning: DateWord) {
            for w in words.split(separator: " ") { table[key(String(w))] = meaning }
        }
        let english = [
            "jan january", "feb february", "mar march", "apr april", "may", "jun june",
            "jul july", "aug august", "sep sept september", "oct october", "nov november", "dec december",
        ]
        // Nominative, genitive, prepositional and the abbreviations sites print.
        let russian = [
            "январь января январе янв", "февраль февраля феврале фев февр", "март марта марте мар",
            "апрель апреля апреле апр", "май мая мае", "июнь июня июне июн", "июль июля июле июл",
            "август августа августе авг", "сентябрь сентября сентябре сен сент",
            "октябрь октября октябре окт", "ноябрь ноября ноябре ноя нояб", "декабрь декабря декабре дек",
        ]
        for (i, words) in english.enumerated() { add(words, .month(i + 1)) }
        for (i, words) in russian.enumerated() { add(words, .month(i + 1)) }
        add("mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday", .weekday)
        add("понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс", .weekday)
        add("дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі", .weekday)
        add("duisenbi seisenbi sarsenbi beisenbi juma senbi jeksenbi", .weekday)
        for name in ["gmt", "ut", "utc"] { table[key(name)] = .zone(seconds: 0, takesOffset: true) }
        let zones: [(String, Int)] = [
            ("z", 0), ("est", -5), ("edt", -4), ("cst", -6), ("cdt", -5), ("mst", -7), ("mdt", -6),
            ("pst", -8), ("pdt", -7), ("msk", 3), ("мск", 3), ("msd", 4), ("almt", 6),
        ]
        for (name, hours) in zones { table[key(name)] = .zone(seconds: hours * 3600, takesOffset: false) }
        for letter in "abcdefghiklmnopqrstuvwxy" { table[key(String(letter))] = .military }
        add("г год года ж жыл жылы жылғы жылдың j jyl jyly jylgy", .yearMarker)
        add("в at сағат сағ", .filler)
        add("am", .meridiem(pm: false))
        add("pm", .meridiem(pm: true))
        add("сегодня бүгін today bugin", .relativeDay(0))
        add("вчера кеше yesterday keshe", .relativeDay(-1))
        return table
    }()

    /// Kazakh month stems: any word starting with one is that month (`наурыздағы`, `сәуірде`).
    static let monthStems: [(stem: SIMD16<UInt16>, count: Int, month: Int)] = {
        let cyrillic = [
            "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек қыркүйег",
            "қазан", "қараша", "желтоқсан",
        ]
        let latin = [
            "qantar", "aqpan", "nauryz", "sauir", "mamyr", "mausym", "shilde şilde", "tamyz", "qyrkuiek qyrkuieg",
            "qazan", "qarasha qaraşa", "jeltoqsan",
        ]
        var stems: [(SIMD16<UInt16>, Int, Int)] = []
        // "қыркүйегі": a final к voices to г before a vowel suffix, so both stems are listed.
        for (i, list) in Array(cyrillic.enumerated()) + Array(latin.enumerated()) {
            for s in list.split(separator: " ") { stems.append((key(String(s)), s.unicodeScalars.count, i + 1)) }
        }
        return stems
    }()

    /// Suffixes of ordinal day numbers: `5-і`, `12-сі`, `5-го`.
    static let ordinalSuffixes: Set<SIMD16<UInt16>> = Set(
        "і ы сі ші шы ншы нші інші ыншы го е ое ого".split(separator: " ").map { key(String($0)) }
    )

    static func key(_ s: String) -> SIMD16<UInt16> {
        var k = SIMD16<UInt16>.zero
        for (i, scalar) in s.unicodeScalars.prefix(16).enumerated() { k[i] = DateTokenizer.fold(scalar.value) }
        return k
    }

    /// The meaning of a word token, or nil for a word no date holds.
    static func lookup(_ t: DateToken) -> DateWord? {
        if t.length <= 16, let meaning = exact[t.word] { return meaning }
        for (stem, count, month) in monthStems where t.length >= count {
            var same = true
            for i in 0..<count where t.word[i] != stem[i] { same = false; break }
            if same { return .month(month) }
        }
        return nil
    }

    @inline(__always)
    static func isOrdinalSuffix(_ t: DateToken) -> Bool {
        t.kind == .word && t.length <= 4 && ordinalSuffixes.contains(t.word)
    }
}
