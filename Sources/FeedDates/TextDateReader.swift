import Foundation

/// The general reader: splits the text into tokens, gives each a role (time, numeric date,
/// month word, day, year, zone, ignorable word) and refuses anything left over or contradictory.
enum TextDateReader {
    /// What was read; the date part may lack a year or be relative, which `DateParser` settles.
    struct Reading {
        var year: Int?
        var month = 0
        var day = 0
        var hour = 0, minute = 0, second = 0, nanosecond = 0
        var offset: Int?
        var relativeDay: Int?
    }

    enum ReadResult {
        case reading(Reading)
        case failure(DateParseError.Reason)
    }

    /// A number not yet given a role.
    private struct Loose {
        var value = 0, digits = 0
        var isYear = false
        var beforeMonth = false
    }

    static func read(_ b: UnsafeBufferPointer<UInt8>) -> ReadResult {
        withUnsafeTemporaryAllocation(of: DateToken.self, capacity: 24) { buffer in
            guard let n = DateTokenizer.tokenize(b, into: buffer) else { return .failure(.unrecognized) }
            defer { buffer.baseAddress!.deinitialize(count: n) }
            return assemble(UnsafeBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    private static func assemble(_ tok: UnsafeBufferPointer<DateToken>) -> ReadResult {
        let n = tok.count
        var r = Reading()
        var month: Int?
        var numericDate: (year: Int, month: Int, day: Int)?
        var hasTime = false
        var offsetOpen = false  // after GMT/UTC/UT, one "+6" may follow
        var loose = (Loose(), Loose(), Loose())
        var looseCount = 0
        var lastNumber: Int?  // loose slot of the number just read, -1 after a numeric date
        @inline(__always) func touching(_ a: Int, _ b: Int) -> Bool { b < n && tok[a].end == tok[b].start }
        @inline(__always) func isNumber(_ i: Int, digits: Int32 = 0) -> Bool {
            i < n && tok[i].kind == .number && (digits == 0 || tok[i].length == digits)
        }

        var i = 0
        while i < n {
            let t = tok[i]
            var numberSlot: Int?
            switch t.kind {
            case .number:
                if i + 2 < n, tok[i + 1].isPunct(0x3A), touching(i, i + 1), touching(i + 1, i + 2), isNumber(i + 2, digits: 2) {
                    // hh:mm[:ss[.fraction]] [am|pm]
                    guard !hasTime, t.length <= 2 else { return .failure(.unrecognized) }
                    hasTime = true
                    r.hour = t.value; r.minute = tok[i + 2].value
                    i += 3
                    if i + 1 < n, tok[i].isPunct(0x3A), touching(i - 1, i), touching(i, i + 1), isNumber(i + 1, digits: 2) {
                        r.second = tok[i + 1].value
                        i += 2
                        if i + 1 < n, tok[i].isPunct(0x2E), touching(i - 1, i), touching(i, i + 1), isNumber(i + 1) {
                            var nanos = tok[i + 1].value, digits = Int(tok[i + 1].length)
                            while digits < 9 { nanos *= 10; digits += 1 }
                            while digits > 9 { nanos /= 10; digits -= 1 }
                            r.nanosecond = nanos
                            i += 2
                        }
                    }
                    if i < n, tok[i].kind == .word, case .meridiem(let pm) = tok[i].meaning {
                        guard r.hour >= 1, r.hour <= 12 else { return .failure(.invalidValue) }
                        r.hour = r.hour % 12 + (pm ? 12 : 0)
                        i += 1
                    }
                    lastNumber = nil
                    continue
                }
                if i + 4 < n, tok[i + 1].kind == .punct, tok[i + 3].isPunct(UInt8(tok[i + 1].value)),
                   tok[i + 1].value == 0x2E || tok[i + 1].value == 0x2F || tok[i + 1].value == 0x2D,
                   touching(i, i + 1), touching(i + 1, i + 2), touching(i + 2, i + 3), touching(i + 3, i + 4),
                   isNumber(i + 2), isNumber(i + 4) {
                    // d.m.y, d/m/y, d-m-y (day first), or y.m.d, y-m-d, y/m/d.
                    guard numericDate == nil, month == nil else { return .failure(.unrecognized) }
                    let a = t, b = tok[i + 2], c = tok[i + 4]
                    if a.length == 4, b.length <= 2, c.length <= 2 {
                        numericDate = (a.value, b.value, c.value)
                    } else if a.length <= 2, b.length <= 2, let y = Civil.expandYear(c.value, digits: Int(c.length)) {
                        numericDate = (y, b.value, a.value)
                    } else {
                        return .failure(.unrecognized)
                    }
                    i += 5
                    lastNumber = -1
                    continue
                }
                guard looseCount < 3, t.length <= 2 || t.length == 4 else { return .failure(.unrecognized) }
                let l = Loose(value: t.value, digits: Int(t.length), isYear: false, beforeMonth: month == nil)
                switch looseCount {
                case 0: loose.0 = l
                case 1: loose.1 = l
                default: loose.2 = l
                }
                numberSlot = looseCount
                looseCount += 1
                i += 1
                // "5-і", "5-го", "5-наурыз", "2020-жылғы": the hyphen joins a word to the number.
                if i + 1 < n, tok[i].isPunct(0x2D), touching(i - 1, i), touching(i, i + 1), tok[i + 1].kind == .word {
                    i += tok[i + 1].meaning == .ordinalSuffix ? 2 : 1
                }
            case .punct:
                if t.value == 0x2B || t.value == 0x2D {
                    // Zone offset: +0600, +06:00, +06, -0000, or GMT+6 / UTC+06:00.
                    let afterZoneWord = offsetOpen && i > 0 && touching(i - 1, i)
                    guard hasTime, r.offset == nil || afterZoneWord, isNumber(i + 1), touching(i, i + 1)
                    else { return .failure(.unrecognized) }
                    let v = tok[i + 1].value
                    var hh = 0, mm = 0
                    i += 2
                    switch tok[i - 1].length {
                    case 4: hh = v / 100; mm = v % 100
                    case 1, 2:
                        hh = v
                        if i + 1 < n, tok[i].isPunct(0x3A), touching(i - 1, i), touching(i, i + 1), isNumber(i + 1, digits: 2) {
                            mm = tok[i + 1].value
                            i += 2
                        }
                    default: return .failure(.unrecognized)
                    }
                    guard hh <= 18, mm <= 59 else { return .failure(.invalidValue) }
                    r.offset = (r.offset ?? 0) + (t.value == 0x2D ? -1 : 1) * (hh * 3600 + mm * 60)
                    offsetOpen = false
                    lastNumber = nil
                    continue
                }
                if t.value == 0x28 {
                    // "+0000 (UTC)": a comment after a zone repeats it; before one ("14:30 (МСК)") it
                    // would be the zone itself, and reading past it would give a wrong time.
                    guard r.offset != nil else { return .failure(.unrecognized) }
                    i += 1
                    lastNumber = nil
                    continue
                }
                // A lone full stop may end the text ("5 марта 2020."); anywhere else it is not understood.
                guard t.value == 0x2E, i == n - 1 else { return .failure(.unrecognized) }
                i += 1
            case .word:
                // "2020-03-05T14:30": a lone T between a date and a time.
                if t.length == 1, t.value == 0x74, i > 0, touching(i - 1, i), touching(i, i + 1), isNumber(i + 1), !hasTime {
                    i += 1
                    continue
                }
                let meaning = t.meaning
                var next = i + 1
                if next < n, tok[next].isPunct(0x2E), touching(i, next) { next += 1 }  // "мар.", "г.", "ж."
                switch meaning {
                case .month(let m):
                    guard month == nil, numericDate == nil else { return .failure(.unrecognized) }
                    month = m
                case .weekday, .filler:
                    break
                case .zone(let seconds, let takesOffset):
                    guard hasTime, r.offset == nil else { return .failure(.unrecognized) }
                    r.offset = seconds
                    offsetOpen = takesOffset
                case .military:
                    guard hasTime, r.offset == nil, next == n else { return .failure(.unrecognized) }
                    r.offset = 0
                case .yearMarker:
                    guard let slot = lastNumber else { return .failure(.unrecognized) }
                    switch slot {
                    case 0: loose.0.isYear = true
                    case 1: loose.1.isYear = true
                    case 2: loose.2.isYear = true
                    default: break  // after a numeric date: "05.03.2020 г."
                    }
                case .meridiem, .ordinalSuffix:
                    return .failure(.unrecognized)
                case .relativeDay(let k):
                    guard r.relativeDay == nil else { return .failure(.unrecognized) }
                    r.relativeDay = k
                }
                i = next
            }
            lastNumber = numberSlot
        }

        if let d = numericDate {
            guard looseCount == 0, r.relativeDay == nil else { return .failure(.unrecognized) }
            (r.year, r.month, r.day) = (d.year, d.month, d.day)
            return .reading(r)
        }
        guard let m = month else {
            guard r.relativeDay != nil, looseCount == 0 else { return .failure(.unrecognized) }
            return .reading(r)
        }
        guard r.relativeDay == nil else { return .failure(.unrecognized) }
        r.month = m
        let day: Loose, year: Loose?
        switch looseCount {
        case 1:
            if loose.0.isYear || loose.0.digits == 4 {
                // "март 2020": the month itself, from its first day; a time would be a guess.
                guard !hasTime else { return .failure(.unrecognized) }
                day = Loose(value: 1, digits: 1); year = loose.0
            } else {
                day = loose.0; year = nil
            }
        case 2:
            let (a, b) = (loose.0, loose.1)
            if a.isYear != b.isYear {
                (day, year) = a.isYear ? (b, a) : (a, b)
            } else if (a.digits == 4) != (b.digits == 4) {
                (day, year) = a.digits == 4 ? (b, a) : (a, b)
            } else if a.digits <= 2, b.digits <= 2, a.beforeMonth != b.beforeMonth || !a.beforeMonth {
                // "05 Mar 20" (day, month, year) or "Mar 5 20" (month, day, year).
                (day, year) = (a, b)
            } else {
                return .failure(.unrecognized)
            }
        default:
            return .failure(.unrecognized)
        }
        guard day.digits <= 2 else { return .failure(.unrecognized) }
        r.day = day.value
        if let y = year {
            guard let full = Civil.expandYear(y.value, digits: y.digits) else { return .failure(.unrecognized) }
            r.year = full
        }
        return .reading(r)
    }
}
