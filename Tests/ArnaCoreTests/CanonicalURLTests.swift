import ArnaCore
import Foundation
import Testing

@Suite struct CanonicalURLTests {
    @Test(arguments: [
        ("http://WWW.Tengrinews.kz/news/1/?utm_source=telegram&utm_medium=social", "https://tengrinews.kz/news/1"),
        ("https://kazinform.kz/a?id=5&fbclid=IwAR0&yclid=77#comments", "https://kazinform.kz/a?id=5"),
        ("https://abai.kz:443/post/9?b=2&a=1", "https://abai.kz/post/9?a=1&b=2"),
    ])
    func dropsTrackingAndNormalizes(input: String, expected: String) throws {
        let url = try #require(URL(string: input))
        #expect(CanonicalURL.string(for: url) == expected)
    }
}
