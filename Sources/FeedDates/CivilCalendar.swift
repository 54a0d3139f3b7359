import Foundation

/// The broken-down fields read from one date text, before they are checked.
struct DateFields {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    var nanosecond = 0
    /// Seconds east of UTC, or nil when the text named no zone (then the parser's zone applies).
    var offset: Int? = nil
}

/// What reading one text gave: an instant, or why there is none.
enum DateOutcome {
    case date(Date)
    case failure(DateParseError.Reason)
}

/// Proleptic Gregorian arithmetic on plain integers (Howard Hinnant's days-from-civil),
/// so the hot path never touches `Calendar` or a formatter.
enum Civil {
    /// Seconds from 1970-01-01 to 2001-01-01, Foundation's reference date.
    static let unixToReference = 978_307_200

    @inline(__always)
    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    @inline(__always)
    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a civil date.
    @inline(__always)
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a count of days since 1970-01-01.
    @inline(__always)
    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    @inline(__always)
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// A year as written: four digits as is, two digits 00–49 → 20xx and 50–99 → 19xx.
    @inline(__always)
    static func expandYear(_ value: Int, digits: Int) -> Int? {
        switch digits {
        case 4: return value
        case 2: return value < 50 ? 2000 + value : 1900 + value
        default: return nil
        }
    }

    /// Checks every field and turns them into an instant; a zone-less time is read in `zone`.
    static func resolve(_ f: DateFields, zone: TimeZone) -> DateOutcome {
        guard f.year >= 1000, f.year <= 9999, f.month >= 1, f.month <= 12,
              f.day >= 1, f.day <= daysInMonth(f.year, f.month),
              f.hour >= 0, f.hour <= 24, f.minute >= 0, f.minute <= 59,
              f.second >= 0, f.second <= 60, f.nanosecond >= 0, f.nanosecond < 1_000_000_000
        else { return .failure(.invalidValue) }
        if f.hour == 24, f.minute != 0 || f.second != 0 || f.nanosecond != 0 { return .failure(.invalidValue) }
        // A leap second is kept inside its minute: 23:59:60 reads as 23:59:59.
        let second = min(f.second, 59)
        let local = daysFromCivil(f.year, f.month, f.day) * 86_400 + f.hour * 3600 + f.minute * 60 + second
        let utc: Int
        if let offset = f.offset {
            guard abs(offset) <= 18 * 3600 else { return .failure(.invalidValue) }
            utc = local - offset
        } else {
            utc = utcFromLocal(local, in: zone)
        }
        return .date(Date(timeIntervalSinceReferenceDate: Double(utc - unixToReference) + Double(f.nanosecond) / 1e9))
    }

    /// The zone's offset at a Unix second.
    @inline(__always)
    static func offset(_ zone: TimeZone, at unix: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(unix)))
    }

    /// The Unix second of a local wall-clock time (seconds counted as if the wall clock were UTC).
    ///
    /// The offsets a day before and a day after are compared; when they differ, each is tried
    /// (a candidate holds when the zone gives that offset at the instant it produces). A time that
    /// exists twice (clocks turned back) reads as its first occurrence; a time skipped by clocks
    /// turned forward reads with the offset before the change (the "compatible" choice of
    /// java.time and JavaScript Temporal).
    static func utcFromLocal(_ local: Int, in zone: TimeZone) -> Int {
        let before = offset(zone, at: local - 86_400)
        let after = offset(zone, at: local + 86_400)
        if before == after {
            let t = local - before
            if offset(zone, at: t) == before { return t }
        }
        let early = local - before, late = local - after
        let earlyHolds = offset(zone, at: early) == before
        let lateHolds = offset(zone, at: late) == after
        switch (earlyHolds, lateHolds) {
        case (true, true): return min(early, late)
        case (true, false): return early
        case (false, true): return late
        case (false, false): return early
        }
    }
}
