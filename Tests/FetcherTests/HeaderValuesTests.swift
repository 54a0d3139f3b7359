@testable import Fetcher
import Foundation
import Testing

@Suite("Reading response header values")
struct HeaderValuesTests {
    @Test(
        "Content-Type: media type lowercased, charset unquoted",
        arguments: [
            ("text/xml; charset=windows-1251", "text/xml", "windows-1251"),
            ("Application/RSS+XML;Charset=\"UTF-8\"", "application/rss+xml", "UTF-8"),
            ("application/xml", "application/xml", nil),
            ("text/html; q=1; charset= koi8-r ", "text/html", "koi8-r"),
        ] as [(String, String?, String?)])
    func contentType(value: String, media: String?, charset: String?) {
        let parsed = HeaderValues.contentType(value)
        #expect(parsed.mediaType == media)
        #expect(parsed.charset == charset)
    }

    @Test("Cache-Control max-age, with s-maxage winning and junk ignored")
    func maxAge() {
        #expect(HeaderValues.maxAge(cacheControl: "public, max-age=600") == .seconds(600))
        #expect(HeaderValues.maxAge(cacheControl: "max-age=600, s-maxage=60") == .seconds(60))
        #expect(HeaderValues.maxAge(cacheControl: "no-cache") == nil)
        #expect(HeaderValues.maxAge(cacheControl: "max-age=soon") == nil)
        #expect(HeaderValues.maxAge(cacheControl: nil) == nil)
    }

    @Test("Retry-After as delta-seconds or HTTP-date, relative to now")
    func retryAfter() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(HeaderValues.retryAfter("120", now: now) == .seconds(120))
        #expect(HeaderValues.retryAfter("Sun, 06 Nov 1994 08:51:37 GMT", now: now) == .seconds(120))
        #expect(HeaderValues.retryAfter("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == .zero)
        #expect(HeaderValues.retryAfter("tomorrow", now: now) == nil)
        #expect(HeaderValues.retryAfter("-5", now: now) == nil)
        #expect(HeaderValues.retryAfter(nil, now: now) == nil)
    }

    @Test("HTTP-date in all three forms of RFC 9110", arguments: [
        "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
    ])
    func httpDate(value: String) {
        #expect(HeaderValues.httpDate(value) == Date(timeIntervalSince1970: 784_111_777))
    }
}
