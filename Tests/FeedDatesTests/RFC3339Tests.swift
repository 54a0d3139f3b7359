import FeedDates
import Foundation
import Testing

@Suite struct RFC3339Tests {
    @Test(arguments: [
        (1_583_397_000.0, "2020-03-05T08:30:00Z"),
        (0.0, "1970-01-01T00:00:00Z"),
        (951_782_400.0, "2000-02-29T00:00:00Z"),
        (1_583_397_000.5, "2020-03-05T08:30:00.5Z"),
        (1_583_397_000.123, "2020-03-05T08:30:00.123Z"),
        (-1.0, "1969-12-31T23:59:59Z"),
        (4_102_444_799.0, "2099-12-31T23:59:59Z"),
        (1_583_397_000.9999999, "2020-03-05T08:30:01Z"),
    ])
    func writesUTC(seconds: Double, expected: String) {
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func roundTripsThroughTheParser() throws {
        let parser = DateParser()
        for text in ["2020-03-05T08:30:00Z", "1999-12-31T23:59:59.25Z", "2024-02-29T18:00:00Z", "2100-01-01T00:00:00Z"] {
            let date = try #require(parser.parse(text))
            #expect(RFC3339.string(from: date) == text)
        }
    }

    @Test func agreesWithFoundationOverManyDays() {
        // Days-from-civil against ISO8601DateFormatter, one instant every 1 000 003 s from 1900 to 2100.
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)!
        var t = -2_208_988_800.0
        while t < 4_102_444_800 {
            let date = Date(timeIntervalSince1970: t)
            #expect(RFC3339.string(from: date) == formatter.string(from: date))
            t += 1_000_003
        }
    }
}
