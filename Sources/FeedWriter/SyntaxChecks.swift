import Foundation

/// Date and IRI syntax checks shared by the validator's rules.
enum SyntaxChecks {
    /// RFC 3339 `date-time`: `2020-03-05T08:30:00Z`, `…T14:30:00.5+06:00`.
    static func isRFC3339(_ s: String) -> Bool {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var v = 0
            for i in r { guard (0x30...0x39).contains(b[i]) else { return nil }; v = v * 10 + Int(b[i] - 0x30) }
            return v
        }
        guard b.count >= 20, let y = digits(0..<4), b[4] == 0x2D, let mo = digits(5..<7), b[7] == 0x2D,
              let d = digits(8..<10), b[10] == 0x54 || b[10] == 0x74, let h = digits(11..<13), b[13] == 0x3A,
              let mi = digits(14..<16), b[16] == 0x3A, let se = digits(17..<19) else { return false }
        _ = y
        guard (1...12).contains(mo), (1...31).contains(d), h <= 23, mi <= 59, se <= 60 else { return false }
        var i = 19
        if i < b.count, b[i] == 0x2E {
            i += 1
            let start = i
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
            guard i > start else { return false }
        }
        guard i < b.count else { return false }
        if b[i] == 0x5A || b[i] == 0x7A { return i + 1 == b.count }
        guard b[i] == 0x2B || b[i] == 0x2D, b.count == i + 6, let oh = digits((i + 1)..<(i + 3)), b[i + 3] == 0x3A,
              let om = digits((i + 4)..<(i + 6)) else { return false }
        return oh <= 23 && om <= 59
    }

    /// RFC 822 / RFC 2822 date as RSS uses it: `Thu, 05 Mar 2020 08:30:00 +0000`.
    static func isRFC822(_ s: String) -> Bool {
        var parts = s.split(separator: " ").map(String.init)
        let days = ["Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,"]
        if let f = parts.first, days.contains(f) { parts.removeFirst() }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard parts.count == 5, let d = Int(parts[0]), (1...31).contains(d), months.contains(parts[1]),
              parts[2].count == 4 || parts[2].count == 2, Int(parts[2]) != nil else { return false }
        let t = parts[3].split(separator: ":")
        guard t.count == 2 || t.count == 3, t.allSatisfy({ $0.count == 2 && Int($0) != nil }),
              Int(t[0])! <= 23, Int(t[1])! <= 59, t.count == 2 || Int(t[2])! <= 60 else { return false }
        let zone = parts[4]
        if ["UT", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "Z"].contains(zone) { return true }
        guard zone.count == 5, zone.first == "+" || zone.first == "-", Int(zone.dropFirst()) != nil else { return false }
        return true
    }

    /// Whether `s` is an absolute IRI: a scheme, `:`, and no spaces.
    static func isAbsoluteIRI(_ s: String) -> Bool {
        guard let colon = s.firstIndex(of: ":"), colon != s.startIndex else { return false }
        let scheme = s[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) else { return false }
        let rest = s[s.index(after: colon)...]
        return !rest.isEmpty && !s.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "<" || $0 == ">" || $0 == "\"" })
    }
}
