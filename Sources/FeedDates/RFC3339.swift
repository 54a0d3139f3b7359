import Foundation

/// Writes instants as RFC 3339 UTC strings, the form every date takes in arna's output.
///
/// Hand-written (no formatter) because the reader writes one string per date of every item.
public enum RFC3339 {
    /// The instant in UTC, e.g. `2020-03-05T09:30:00Z`.
    ///
    /// Fractional seconds appear only when non-zero: rounded to the microsecond, trailing zeros
    /// dropped (`2020-03-05T09:30:00.25Z`). Years outside 0000–9999 are written with as many
    /// digits as they need, which RFC 3339 itself cannot express; a non-finite date is written
    /// as the reference date 2001-01-01T00:00:00Z.
    ///
    /// - Parameter date: The instant to write.
    /// - Returns: The RFC 3339 string, always ending in `Z`.
    public static func string(from date: Date) -> String {
        var r = date.timeIntervalSinceReferenceDate
        if !r.isFinite { r = 0 }
        r = max(-3e11, min(3e11, r))
        var whole = r.rounded(.down)
        var micros = Int(((r - whole) * 1_000_000).rounded())
        if micros >= 1_000_000 { whole += 1; micros -= 1_000_000 }
        let unix = Int(whole) + Civil.unixToReference
        let days = Civil.floorDiv(unix, 86_400)
        let secs = unix - days * 86_400
        let (y, m, d) = Civil.civilFromDays(days)
        guard y >= 0, y <= 9999 else {
            return "\(y)-\(two(m))-\(two(d))T\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))Z"
        }
        return String(unsafeUninitializedCapacity: 32) { out in
            var i = 0
            @inline(__always) func put(_ byte: UInt8) { out[i] = byte; i += 1 }
            @inline(__always) func put2(_ v: Int) { put(UInt8(48 + v / 10)); put(UInt8(48 + v % 10)) }
            put2(y / 100); put2(y % 100); put(0x2D); put2(m); put(0x2D); put2(d); put(0x54)
            put2(secs / 3600); put(0x3A); put2(secs / 60 % 60); put(0x3A); put2(secs % 60)
            if micros != 0 {
                put(0x2E)
                var digits = 6, v = micros
                while v % 10 == 0 { v /= 10; digits -= 1 }
                var div = 1
                for _ in 1..<digits { div *= 10 }
                while div > 0 { put(UInt8(48 + v / div % 10)); div /= 10 }
            }
            put(0x5A)
            return i
        }
    }

    private static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
