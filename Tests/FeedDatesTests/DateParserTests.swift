import FeedDates
import Foundation
import Testing

@Suite struct DateParserTests {
    @Test func fixtureHasEveryForm() {
        let cases = DateCase.all()
        #expect(cases.count >= 80)
        #expect(cases.contains { $0.expected == nil })
    }

    @Test(arguments: DateCase.all())
    func readsFixtureRow(_ row: DateCase) throws {
        let zone = try #require(TimeZone(identifier: row.zone))
        let parsed = DateParser(zone: zone).parse(row.input)
        #expect(parsed.map(RFC3339.string(from:)) == row.expected)
    }

    @Test func almatyChangedOffsetOn2024March1() {
        let parser = DateParser()
        // +06:00 before the change, +05:00 after it, for the same wall-clock time.
        #expect(parser.parse("05.03.2020 14:30").map(RFC3339.string(from:)) == "2020-03-05T08:30:00Z")
        #expect(parser.parse("05.03.2024 14:30").map(RFC3339.string(from:)) == "2024-03-05T09:30:00Z")
        // 00:30 on the first day exists once, at +05:00.
        #expect(parser.parse("2024-03-01T00:30:00").map(RFC3339.string(from:)) == "2024-02-29T19:30:00Z")
        // 23:30 on 29 February happened twice (clocks went back from 24:00 to 23:00): the first one is read.
        #expect(parser.parse("2024-02-29 23:30").map(RFC3339.string(from:)) == "2024-02-29T17:30:00Z")
        // An explicit offset always wins over the zone.
        #expect(parser.parse("2024-02-29T23:30:00+05:00").map(RFC3339.string(from:)) == "2024-02-29T18:30:00Z")
    }

    @Test func moscowZoneIsUsedOnlyWithoutAnOffset() throws {
        let moscow = DateParser(zone: try #require(TimeZone(identifier: "Europe/Moscow")))
        #expect(moscow.parse("5 марта 2020, 14:30").map(RFC3339.string(from:)) == "2020-03-05T11:30:00Z")
        // Summer time (MSD, +04:00) in 2010, none since 2011.
        #expect(moscow.parse("2010-07-05 14:30").map(RFC3339.string(from:)) == "2010-07-05T10:30:00Z")
        #expect(moscow.parse("2020-07-05 14:30").map(RFC3339.string(from:)) == "2020-07-05T11:30:00Z")
        #expect(moscow.parse("2020-07-05T14:30:00+06:00").map(RFC3339.string(from:)) == "2020-07-05T08:30:00Z")
    }

    @Test func surroundingWhiteSpaceIsIgnored() {
        let parser = DateParser()
        #expect(parser.parse("  \n Thu, 05 Mar 2020 14:30:00 +0600\t ").map(RFC3339.string(from:)) == "2020-03-05T08:30:00Z")
        #expect(parser.parse("\u{A0}5\u{A0}наурыз\u{A0}2020").map(RFC3339.string(from:)) == "2020-03-04T18:00:00Z")
        #expect(parser.parse(" 2020-03-05T08:30:00Z ").map(RFC3339.string(from:)) == "2020-03-05T08:30:00Z")
    }

    @Test func reasonsNameTheProblem() {
        let parser = DateParser()
        func reason(_ text: String) -> DateParseError.Reason? {
            if case .failure(let error) = parser.parseWithReason(text) { return error.reason }
            return nil
        }
        #expect(reason("") == .empty)
        #expect(reason("   ") == .empty)
        #expect(reason("xyz") == .unrecognized)
        #expect(reason("31.02.2020") == .invalidValue)
        #expect(reason("Thu, 05 Mar 2020 25:00:00 GMT") == .invalidValue)
        #expect(reason("5 наурызда") == .missingYear)
        #expect(reason("вчера, 14:30") == .relativeDay)
        #expect(reason("2020-03-05T08:30:00Z") == nil)
        if case .failure(let error) = parser.parseWithReason("xyz") {
            #expect(error.description == "unreadable date 'xyz'")
            #expect(error.text == "xyz")
        } else {
            Issue.record("xyz was read as a date")
        }
        if case .success(let date) = parser.parseWithReason("05.03.2020 14:30") {
            #expect(RFC3339.string(from: date) == "2020-03-05T08:30:00Z")
        } else {
            Issue.record("05.03.2020 14:30 was not read")
        }
    }

    @Test func longTextsAreCutInTheMessage() {
        let text = String(repeating: "ab ", count: 100)
        guard case .failure(let error) = DateParser().parseWithReason(text) else {
            Issue.record("garbage was read as a date")
            return
        }
        #expect(error.description.count < 90)
        #expect(error.description.hasPrefix("unreadable date 'ab ab"))
    }

    @Test func referenceDateSuppliesTheYear() throws {
        let parser = DateParser()
        let now = try #require(parser.parse("2024-06-10T12:00:00Z"))
        #expect(parser.parse("5 наурызда", relativeTo: now).map(RFC3339.string(from:)) == "2024-03-04T19:00:00Z")
        #expect(parser.parse("наурыздың 5-і", relativeTo: now).map(RFC3339.string(from:)) == "2024-03-04T19:00:00Z")
        // Late December read in early January is last year's.
        let newYear = try #require(parser.parse("2025-01-02T06:00:00Z"))
        #expect(parser.parse("31 декабря, 23:00", relativeTo: newYear).map(RFC3339.string(from:)) == "2024-12-31T18:00:00Z")
        // Without a reference these stay unread.
        #expect(parser.parse("5 наурызда") == nil)
    }

    @Test func referenceDateReadsTodayAndYesterday() throws {
        let parser = DateParser()
        // 2024-06-10 02:00 in Almaty (+05:00) is still 9 June in UTC: "today" is the local day.
        let now = try #require(parser.parse("2024-06-09T21:00:00Z"))
        #expect(parser.parse("сегодня, 14:30", relativeTo: now).map(RFC3339.string(from:)) == "2024-06-10T09:30:00Z")
        #expect(parser.parse("бүгін 14:30", relativeTo: now).map(RFC3339.string(from:)) == "2024-06-10T09:30:00Z")
        #expect(parser.parse("вчера в 23:10", relativeTo: now).map(RFC3339.string(from:)) == "2024-06-09T18:10:00Z")
        #expect(parser.parse("кеше", relativeTo: now).map(RFC3339.string(from:)) == "2024-06-08T19:00:00Z")
        #expect(parser.parse("сегодня 5 марта", relativeTo: now) == nil)
    }

    @Test func defaultZoneIsAlmaty() {
        #expect(DateParser().zone.identifier == "Asia/Almaty")
    }
}

@Suite struct MonthNameTests {
    static let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    @Test(arguments: Array(english.enumerated()))
    func englishAbbreviationsAndFullNamesAgree(month: (offset: Int, element: String)) {
        let parser = DateParser()
        let expected = String(format: "2021-%02d-05T12:00:00Z", month.offset + 1)
        for name in [month.element, String(month.element.prefix(3)), month.element.uppercased(), String(month.element.prefix(3)).lowercased()] {
            #expect(parser.parse("Sun, 5 \(name) 2021 12:00:00 GMT").map(RFC3339.string(from:)) == expected, "\(name)")
        }
    }

    @Test func everyRussianFormNamesItsMonth() {
        let parser = DateParser()
        let forms = [
            "январь января январе янв", "февраль февраля феврале фев февр", "март марта марте мар",
            "апрель апреля апреле апр", "май мая мае", "июнь июня июне июн", "июль июля июле июл",
            "август августа августе авг", "сентябрь сентября сентябре сен сент",
            "октябрь октября октябре окт", "ноябрь ноября ноябре ноя нояб", "декабрь декабря декабре дек",
        ]
        for (index, list) in forms.enumerated() {
            let expected = String(format: "2021-%02d-05T06:00:00Z", index + 1)
            for form in list.split(separator: " ") {
                #expect(parser.parse("5 \(form) 2021 12:00").map(RFC3339.string(from:)) == expected, "\(form)")
                #expect(parser.parse("5 \(form.uppercased()). 2021 12:00").map(RFC3339.string(from:)) == expected, "\(form)")
            }
        }
    }
}
