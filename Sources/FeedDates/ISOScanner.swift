import Foundation

/// The fast path for texts that start with digits: RFC 3339 / ISO 8601 / W3CDTF in extended and
/// basic form, bare years and year-months, and Unix timestamps.
///
/// Anything it does not fully recognize is `.notMine`, so the general reader gets a chance
/// (`2020-03-05 14:30 UTC`, `05.03.2020`).
enum ISOScanner {
    enum Scan {
        case fields(DateFields)
        case instant(Date)
        case notMine
    }

    @inline(__always)
    static func digit(_ c: UInt8) -> Int? { c &- 48 < 10 ? Int(c &- 48) : nil }

    /// The value of `count` digits at `i`, or nil.
    @inline(__always)
    static func number(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ count: Int) -> Int? {
        guard i + count <= b.count else { return nil }
        var v = 0
        for k in i..<(i + count) {
            guard let d = digit(b[k]) else { return nil }
            v = v * 10 + d
        }
        return v
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Scan {
        let n = b.count
        var j = 0
        while j < n, b[j] &- 48 < 10 { j += 1 }
        if j == n { return allDigits(b) }
        guard j == 4 || j == 8, let year = number(b, 0, 4) else { return .notMine }
        if j == 8 {
            // Basic format: 20200305T143000Z.
            guard b[8] == 0x54 || b[8] == 0x74, let month = number(b, 4, 2), let day = number(b, 6, 2)
            else { return .notMine }
            var f = DateFields(year: year, month: month, day: day)
            guard let h = number(b, 9, 2), let mi = number(b, 11, 2) else { return .notMine }
            f.hour = h; f.minute = mi
            var p = 13
            if let s = number(b, p, 2) { f.second = s; p += 2 }
            return finishTime(b, p, f)
        }
        guard b[4] == 0x2D, let month = number(b, 5, 2) else { return .notMine }
        if n == 7 { return .fields(DateFields(year: year, month: month, day: 1)) }
        guard n >= 10, b[7] == 0x2D, let day = number(b, 8, 2) else { return .notMine }
        var f = DateFields(year: year, month: month, day: day)
        if n == 10 { return .fields(f) }
        // 'T', 't' or one space between date and time.
        guard b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20,
              let h = number(b, 11, 2), n > 13, b[13] == 0x3A, let mi = number(b, 14, 2)
        else { return .notMine }
        f.hour = h; f.minute = mi
        var p = 16
        if p < n, b[p] == 0x3A {
            guard let s = number(b, p + 1, 2) else { return .notMine }
            f.second = s; p += 3
        }
        return finishTime(b, p, f)
    }

    /// Optional fraction, then an optional zone, then the end.
    private static func finishTime(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ fields: DateFields) -> Scan {
        let n = b.count
        var f = fields, p = start
        if p < n, b[p] == 0x2E || b[p] == 0x2C {
            p += 1
            var nanos = 0, digits = 0
            while p < n, let d = digit(b[p]) {
                if digits < 9 { nanos = nanos * 10 + d }
                digits += 1; p += 1
            }
            guard digits > 0 else { return .notMine }
            var k = digits
            while k < 9 { nanos *= 10; k += 1 }
            f.nanosecond = nanos
        }
        if p == n { return .fields(f) }
        let c = b[p]
        if c == 0x5A || c == 0x7A {
            guard p + 1 == n else { return .notMine }
            f.offset = 0
            return .fields(f)
        }
        guard c == 0x2B || c == 0x2D, let hh = number(b, p + 1, 2) else { return .notMine }
        var mm = 0
        p += 3
        if p < n {
            if b[p] == 0x3A { p += 1 }
            guard let m = number(b, p, 2), p + 2 == n else { return .notMine }
            mm = m
        }
        guard mm < 60, hh <= 18 else { return .notMine }
        f.offset = (c == 0x2D ? -1 : 1) * (hh * 3600 + mm * 60)
        return .fields(f)
    }

    /// `2020`, `20200305`, 10-digit Unix seconds, 13-digit Unix milliseconds.
    private static func allDigits(_ b: UnsafeBufferPointer<UInt8>) -> Scan {
        switch b.count {
        case 4:
            return .fields(DateFields(year: number(b, 0, 4)!, month: 1, day: 1))
        case 8:
            return .fields(DateFields(year: number(b, 0, 4)!, month: number(b, 4, 2)!, day: number(b, 6, 2)!))
        case 10, 13:
            let v = number(b, 0, b.count)!
            let seconds = b.count == 10 ? Double(v) : Double(v) / 1000
            // 1990-01-01 ... 2100-01-01: anything else is more likely an id than a time.
            guard seconds >= 631_152_000, seconds <= 4_102_444_800 else { return .notMine }
            return .instant(Date(timeIntervalSince1970: seconds))
        default:
            return .notMine
        }
    }
}
