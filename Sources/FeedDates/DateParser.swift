import Foundation

/// Reads the dates feeds and Kazakh/Russian news sites print, and refuses the ones it cannot read with certainty.
///
/// One parser serves every date of a feed: the hot path scans UTF-8 bytes and does calendar
/// arithmetic on integers, with no `DateFormatter` and no allocation for the common forms.
///
/// Forms read (each with any amount of space and commas between parts):
/// - RFC 822/1123/5322: `Thu, 05 Mar 2020 14:30:00 +0600`, two-digit years, no seconds, no or a
///   wrong weekday, named zones (GMT, UT, UTC, Z, US zones, MSK, ALMT), `GMT+6`, and military
///   letters (read as UTC, as RFC 5322 §4.3 asks, since RFC 822 got their signs wrong).
/// - RFC 3339 / ISO 8601 / W3CDTF: `2020-03-05T14:30:00.5+06:00`, `2020-03-05 14:30`, `2020-03`,
///   `2020`, basic `20200305T143000Z`.
/// - Numeric day-first forms: `05.03.2020 14:30`, `14:30 05.03.2020`, `05/03/2020`, `2020.03.05`.
/// - Month names in English, Russian (`5 марта 2020 г.`, `05 мар. 2020`, `март 2020`) and Kazakh,
///   Cyrillic or Latin, with any suffix (`2020 жылғы 5 наурыз`, `5 nauryz 2020`, `наурыздың 5-і`).
/// - Unix timestamps: 10-digit seconds, 13-digit milliseconds, between 1990 and 2100.
///
/// A date with a time but no zone is read in `zone`, with the offset the tz database gives for that
/// local time (a time that occurs twice reads as its first occurrence). A date without a time is
/// midnight in `zone`; `2020-03` is the first of the month. Days without a year (`5 наурызда`) and
/// relative days (`вчера, 14:30`) need ``parse(_:relativeTo:)``.
///
/// ```swift
/// let parser = DateParser()
/// parser.parse("5 наурыз 2020, 14:30")           // 2020-03-05T08:30:00Z
/// parser.parseWithReason("31.02.2020")            // .failure: impossible date '31.02.2020'
/// ```
public struct DateParser: Sendable {
    /// The zone for date-times that name none.
    public let zone: TimeZone

    /// Makes a parser.
    ///
    /// - Parameter zone: Used for date-times without a zone; the outlet's zone (default Asia/Almaty).
    public init(zone: TimeZone = TimeZone(identifier: "Asia/Almaty")!) {
        self.zone = zone
    }

    /// The instant, or nil when the text is not a date it can read with certainty.
    ///
    /// - Parameter text: The date as the feed or page gives it.
    /// - Returns: The instant, or nil.
    public func parse(_ text: String) -> Date? {
        if case .date(let date) = outcome(text, reference: nil) { return date }
        return nil
    }

    /// The instant, reading days without a year and relative days against a reference instant.
    ///
    /// A day without a year takes the year (the reference's, the one before or after) that puts it
    /// nearest the reference; `сегодня`/`бүгін`/`today` and `вчера`/`кеше`/`yesterday` are the
    /// reference's day or the day before, in `zone`.
    ///
    /// - Parameters:
    ///   - text: The date as the feed or page gives it.
    ///   - reference: Usually the time the page was fetched.
    /// - Returns: The instant, or nil.
    public func parse(_ text: String, relativeTo reference: Date) -> Date? {
        if case .date(let date) = outcome(text, reference: reference) { return date }
        return nil
    }

    /// The instant, or why there is none, for a message in a feed's `errors`.
    ///
    /// Costs the same as ``parse(_:)`` on success; the error copies the text only on failure.
    ///
    /// - Parameters:
    ///   - text: The date as the feed or page gives it.
    ///   - reference: Optional reference instant, as in ``parse(_:relativeTo:)``.
    /// - Returns: The instant, or a ``DateParseError`` whose `description` reads e.g. `unreadable date 'xyz'`.
    public func parseWithReason(_ text: String, relativeTo reference: Date? = nil) -> Result<Date, DateParseError> {
        switch outcome(text, reference: reference) {
        case .date(let date): return .success(date)
        case .failure(let reason): return .failure(DateParseError(reason: reason, text: text))
        }
    }

    func outcome(_ text: String, reference: Date?) -> DateOutcome {
        var text = text
        return text.withUTF8 { raw in
            var lo = 0, hi = raw.count
            while lo < hi, raw[lo] == 0x20 || raw[lo] &- 0x09 < 5 { lo += 1 }
            while hi > lo, raw[hi - 1] == 0x20 || raw[hi - 1] &- 0x09 < 5 { hi -= 1 }
            if lo == hi { return .failure(.empty) }
            guard hi - lo <= 200 else { return .failure(.unrecognized) }
            let b = UnsafeBufferPointer(rebasing: raw[lo..<hi])
            if b[0] &- 48 < 10 {
                switch ISOScanner.scan(b) {
                case .fields(let fields): return Civil.resolve(fields, zone: zone)
                case .instant(let date): return .date(date)
                case .notMine: break
                }
            }
            switch TextDateReader.read(b) {
            case .failure(let reason): return .failure(reason)
            case .reading(let reading): return resolve(reading, reference: reference)
            }
        }
    }

    private func resolve(_ r: TextDateReader.Reading, reference: Date?) -> DateOutcome {
        var f = DateFields(year: r.year ?? 0, month: r.month, day: r.day, hour: r.hour, minute: r.minute,
                           second: r.second, nanosecond: r.nanosecond, offset: r.offset)
        if r.year != nil { return Civil.resolve(f, zone: zone) }
        guard let reference else { return .failure(r.relativeDay == nil ? .missingYear : .relativeDay) }
        let refUnix = Int(reference.timeIntervalSince1970.rounded(.down))
        let refDays = Civil.floorDiv(refUnix + Civil.offset(zone, at: refUnix), 86_400)
        if let k = r.relativeDay {
            (f.year, f.month, f.day) = Civil.civilFromDays(refDays + k)
            return Civil.resolve(f, zone: zone)
        }
        let refYear = Civil.civilFromDays(refDays).year
        var best: DateOutcome = .failure(.invalidValue)
        var bestDistance = Double.infinity
        for year in (refYear - 1)...(refYear + 1) {
            f.year = year
            if case .date(let d) = Civil.resolve(f, zone: zone), abs(d.timeIntervalSince(reference)) < bestDistance {
                best = .date(d)
                bestDistance = abs(d.timeIntervalSince(reference))
            }
        }
        return best
    }
}
