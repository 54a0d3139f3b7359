import ArnaTestSupport
import Foundation
import HTMLSanitizer
import Testing

@Suite struct HTMLSanitizerTests {
    let sanitizer = HTMLSanitizer()

    @Test(arguments: SanitizerFixture.all)
    func matchesGolden(_ fixture: SanitizerFixture) throws {
        let output = sanitizer.sanitize(try fixture.input(), baseURL: SanitizerFixture.baseURL)
        #expect(output == (try fixture.expected()))
    }

    @Test(arguments: SanitizerFixture.all)
    func outputIsBalanced(_ fixture: SanitizerFixture) throws {
        let output = sanitizer.sanitize(try fixture.input(), baseURL: SanitizerFixture.baseURL)
        #expect(TagBalance.problems(in: output) == [])
    }

    @Test(arguments: SanitizerFixture.all)
    func sanitizingTwiceChangesNothing(_ fixture: SanitizerFixture) throws {
        let once = sanitizer.sanitize(try fixture.input(), baseURL: SanitizerFixture.baseURL)
        #expect(sanitizer.sanitize(once, baseURL: SanitizerFixture.baseURL) == once)
    }

    @Test func noDangerousTextSurvivesAnyFixture() throws {
        for fixture in SanitizerFixture.all {
            let output = sanitizer.sanitize(try fixture.input(), baseURL: SanitizerFixture.baseURL).lowercased()
            for needle in ["<script", "javascript:", "vbscript:", "onerror", "onclick", "<iframe", "style=", "data:text"] {
                #expect(!output.contains(needle), "\(fixture.path) still holds \(needle)")
            }
        }
    }

    @Test func kazakhTextIsByteExact() throws {
        let fixture = SanitizerFixture(path: "sanitizer/kazakh_russian_text.html")
        let output = sanitizer.sanitize(try fixture.input(), baseURL: nil)
        let line = "<p>Әділет, ғылым, қоғам, ңғ, өнер, ұлт, үкімет, һ, ілім. Ә Ғ Қ Ң Ө Ұ Ү Һ І.</p>"
        #expect(Array(output.utf8).firstRange(of: Array(line.utf8)) != nil)
    }

    @Test func nbspDecodesToTheCharacter() {
        #expect(sanitizer.sanitize("<p>A&nbsp;B</p>", baseURL: nil) == "<p>A\u{00A0}B</p>")
        #expect(sanitizer.sanitize("A&nbsp;B", baseURL: nil) == "A\u{00A0}B")
    }

    @Test func dataImagesCanBeDisallowed() {
        let strict = HTMLSanitizer(options: SanitizerOptions(allowDataImages: false))
        let html = #"<p><img src="data:image/png;base64,AAAA" alt="x">text</p>"#
        #expect(strict.sanitize(html, baseURL: nil) == "<p>text</p>")
        #expect(sanitizer.sanitize(html, baseURL: nil).contains("data:image/png"))
    }

    @Test func relativeURLsStayRelativeWithoutUsableBase() {
        let html = #"<a href="/a/1.html">x</a>"#
        #expect(sanitizer.sanitize(html, baseURL: nil) == html)
        #expect(sanitizer.sanitize(html, baseURL: URL(fileURLWithPath: "/tmp/x.html")) == html)
    }

    @Test(arguments: [3, 512])
    func deepNestingIsCappedAndTextKept(maxDepth: Int) {
        let depth = 5_000
        let html = String(repeating: "<div>", count: depth) + "ішінде" + String(repeating: "</div>", count: depth)
        let output = HTMLSanitizer(options: SanitizerOptions(maxDepth: maxDepth)).sanitize(html, baseURL: nil)
        #expect(output.components(separatedBy: "<div>").count - 1 == maxDepth)
        #expect(output.components(separatedBy: "</div>").count - 1 == maxDepth)
        #expect(output.contains("ішінде"))
        #expect(TagBalance.problems(in: output) == [])
    }

    @Test func hostileFragmentsGiveBalancedOutput() {
        let pieces = ["<div>", "</div>", "<p>", "</p>", "<b>", "</i>", "<table><tr><td>", "</td>", "<ul><li>",
                      "<a href=/x>", "</a>", "<img src=x>", "<script>", "</script>", "<!--", "-->", "текст", "&", "<",
                      "<br/>", "</body>", "<html>", "<svg>", "<pre>", "</span>", "<figure><figcaption>"]
        var seed: UInt64 = 0x5EED
        for _ in 0..<300 {
            var html = ""
            for _ in 0..<12 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                html += pieces[Int(seed >> 33) % pieces.count]
            }
            let output = sanitizer.sanitize(html, baseURL: SanitizerFixture.baseURL)
            #expect(TagBalance.problems(in: output) == [], "\(html)")
        }
    }

    @Test func concurrentCallsAgree() async throws {
        let fixtures = SanitizerFixture.all
        let inputs = try fixtures.map { try $0.input() }
        let expected = try fixtures.map { try $0.expected() }
        let sanitizer = self.sanitizer
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for round in 0..<8 {
                for (i, input) in inputs.enumerated() {
                    group.addTask { (i, sanitizer.sanitize(input, baseURL: SanitizerFixture.baseURL)) }
                }
                _ = round
            }
            var all: [(Int, String)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == inputs.count * 8)
        for (i, output) in results { #expect(output == expected[i], "\(fixtures[i].path)") }
    }
}
