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
    /// The ending of an ordinal day after a hyphen: `5-і`, `12-сі`, `5-го`.
    case ordinalSuffix
}

/// The vocabulary of dates in English, Russian and Kazakh (Cyrillic and Latin), folded as
/// `DateTokenizer.fold` folds words.
enum DateWords {
    /// Whole words.
    static let exact: WordTable = {
        var table = WordTable()
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
        add("і ы сі ші шы ншы нші інші ыншы го е ое ого", .ordinalSuffix)
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

    static func key(_ s: String) -> SIMD16<UInt16> {
        var k = SIMD16<UInt16>.zero
        for (i, scalar) in s.unicodeScalars.prefix(16).enumerated() { k[i] = DateTokenizer.fold(scalar.value) }
        return k
    }

    /// RFC 822's own words (day and month abbreviations, US zones, GMT/UTC, MSK) without hashing:
    /// a switch over the three lower-case letters packed into one integer. The same words are in
    /// `exact` too; this only makes the commonest feed date cheaper.
    @inline(__always)
    static func threeLetterASCII(_ key: UInt32) -> DateWord? {
        switch key {
        case 0x6D6F6E, 0x747565, 0x776564, 0x746875, 0x667269, 0x736174, 0x73756E: return .weekday
        case 0x6A616E: return .month(1)  // jan
        case 0x666562: return .month(2)  // feb
        case 0x6D6172: return .month(3)  // mar
        case 0x617072: return .month(4)  // apr
        case 0x6D6179: return .month(5)  // may
        case 0x6A756E: return .month(6)  // jun
        case 0x6A756C: return .month(7)  // jul
        case 0x617567: return .month(8)  // aug
        case 0x736570: return .month(9)  // sep
        case 0x6F6374: return .month(10)  // oct
        case 0x6E6F76: return .month(11)  // nov
        case 0x646563: return .month(12)  // dec
        case 0x676D74, 0x757463: return .zone(seconds: 0, takesOffset: true)  // gmt, utc
        case 0x657374: return .zone(seconds: -5 * 3600, takesOffset: false)  // est
        case 0x656474: return .zone(seconds: -4 * 3600, takesOffset: false)  // edt
        case 0x637374: return .zone(seconds: -6 * 3600, takesOffset: false)  // cst
        case 0x636474: return .zone(seconds: -5 * 3600, takesOffset: false)  // cdt
        case 0x6D7374: return .zone(seconds: -7 * 3600, takesOffset: false)  // mst
        case 0x6D6474: return .zone(seconds: -6 * 3600, takesOffset: false)  // mdt
        case 0x707374: return .zone(seconds: -8 * 3600, takesOffset: false)  // pst
        case 0x706474: return .zone(seconds: -7 * 3600, takesOffset: false)  // pdt
        case 0x6D736B: return .zone(seconds: 3 * 3600, takesOffset: false)  // msk
        case 0x6D7364: return .zone(seconds: 4 * 3600, takesOffset: false)  // msd
        default: return nil
        }
    }

    /// The meaning of a folded word (its first 16 letters, zero-filled, and its full length),
    /// or nil for a word no date holds.
    static func lookup(_ word: SIMD16<UInt16>, length: Int) -> DateWord? {
        if length <= 16, let meaning = exact[word] { return meaning }
        for (stem, count, month) in monthStems where length >= count {
            var same = true
            for i in 0..<count where word[i] != stem[i] { same = false; break }
            if same { return .month(month) }
        }
        return nil
    }
}

/// A fixed open-addressing table from folded words to meanings, hashed with a few SIMD
/// multiplies: `Dictionary`'s SipHash over 16 lanes cost more than the rest of an RFC 822 parse.
struct WordTable {
    private static let size = 1024
    private var keys = [SIMD16<UInt16>](repeating: .zero, count: size)
    private var values = [DateWord?](repeating: nil, count: size)

    @inline(__always)
    private static func slot(_ key: SIMD16<UInt16>) -> Int {
        let multipliers = SIMD16<UInt32>(
            0x9E37_79B1, 0x85EB_CA77, 0xC2B2_AE3D, 0x27D4_EB2F, 0x1656_67B1, 0xD3A2_646C, 0xFD70_46C5, 0xB55A_4F09,
            0x7FEB_352D, 0x846C_A68B, 0x2C1B_3C6D, 0x297A_2D39, 0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A
        )
        var h = (SIMD16<UInt32>(truncatingIfNeeded: key) &* multipliers).wrappedSum()
        h ^= h >> 15
        h = h &* 0x2C1B_3C6D
        h ^= h >> 12
        return Int(h) & (size - 1)
    }

    /// The meaning stored for a key.
    subscript(key: SIMD16<UInt16>) -> DateWord? {
        get {
            var i = Self.slot(key)
            while let value = values[i] {
                if keys[i] == key { return value }
                i = (i + 1) & (Self.size - 1)
            }
            return nil
        }
        set {
            var i = Self.slot(key)
            while values[i] != nil, keys[i] != key { i = (i + 1) & (Self.size - 1) }
            keys[i] = key
            values[i] = newValue
        }
    }
}
