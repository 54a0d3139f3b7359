import Foundation

/// Reads the dates writers put in front matter: `2020-03-05 14:30` or `05.03.2020 14:30`
/// (seconds and the time part optional), in the site's local time zone (Asia/Almaty).
///
/// Almaty was UTC+6 until 2024-03-01 and is UTC+5 since; the offset comes from the time zone
/// database through `TimeZone(identifier:)`, never a constant. A full RFC 3339 date with its
/// own offset (`2020-03-05T14:30:00+06:00`) is also accepted.
public enum LocalDate {
    /// The site's time zone.
    public static let almaty: TimeZone = TimeZone(identifier: "Asia/Almaty") ?? TimeZone(secondsFromGMT: 6 * 3600)!

    /// Parses `text` as a local date.
    ///
    /// - Parameters:
    ///   - text: The date as written.
    ///   - timeZone: The zone of dates without an offset (Almaty unless told).
    /// - Returns: The instant, or `nil` when the text is in no known form or names an impossible day.
    public static func parse(_ text: String, timeZone: TimeZone = almaty) -> Date? {
        let s = text.trimmingCharacters(in: .whitespaces)
        if s.contains("T") {
            let f = ISO8601DateFormatter()
            f.formatOptions = [.withInternetDateTime]
            if let d = f.date(from: s) { return d }
            f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return f.date(from: s)
        }
        let parts = s.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let ymd: [Int]
        let day = parts[0]
        if day.contains("-") {
            guard let n = numbers(day, "-"), n.count == 3, n[0] >= 1000 else { return nil }
            ymd = n
        } else if day.contains(".") {
            guard let n = numbers(day, "."), n.count == 3, n[2] >= 1000 else { return nil }
            ymd = [n[2], n[1], n[0]]
        } else { return nil }
        var hms = [0, 0, 0]
        if parts.count == 2 {
            guard let t = numbers(parts[1], ":"), t.count == 2 || t.count == 3 else { return nil }
            hms = t + (t.count == 2 ? [0] : [])
        }
        guard (1...12).contains(ymd[1]), (1...31).contains(ymd[2]),
              (0...23).contains(hms[0]), (0...59).contains(hms[1]), (0...59).contains(hms[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let comps = DateComponents(year: ymd[0], month: ymd[1], day: ymd[2], hour: hms[0], minute: hms[1], second: hms[2])
        guard let date = calendar.date(from: comps) else { return nil }
        // 31.02 rolls over to March in `date(from:)`: reject days the month doesn't have.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == ymd[0], back.month == ymd[1], back.day == ymd[2] else { return nil }
        return date
    }

    private static func numbers(_ text: Substring, _ separator: Character) -> [Int]? {
        var out: [Int] = []
        for piece in text.split(separator: separator, omittingEmptySubsequences: false) {
            guard !piece.isEmpty, piece.count <= 4, piece.allSatisfy(\.isASCII), let n = Int(piece) else { return nil }
            out.append(n)
        }
        return out
    }
}
