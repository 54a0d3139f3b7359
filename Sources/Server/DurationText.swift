import Foundation

/// Durations as people write them in settings: `90s`, `10m`, `1h`, `1d`, `500ms`, or plain seconds.
public enum DurationText {
    /// Parses `text`; `nil` when it is not a non-negative number with an optional unit.
    public static func parse(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("min", 60), ("h", 3600), ("d", 86_400)]
        var number = trimmed, scale = 1.0
        for (suffix, factor) in units.sorted(by: { $0.0.count > $1.0.count }) where trimmed.hasSuffix(suffix) {
            number = String(trimmed.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            scale = factor
            break
        }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        return .milliseconds(Int64((value * scale * 1000).rounded()))
    }

    /// `1800` seconds as `30m`, `90` as `90s`: the shortest exact spelling.
    public static func format(_ duration: Duration) -> String {
        let parts = duration.components
        let ms = parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
        if ms % 1000 != 0 { return "\(ms)ms" }
        let s = ms / 1000
        if s != 0, s % 86_400 == 0 { return "\(s / 86_400)d" }
        if s != 0, s % 3600 == 0 { return "\(s / 3600)h" }
        if s != 0, s % 60 == 0 { return "\(s / 60)m" }
        return "\(s)s"
    }
}
