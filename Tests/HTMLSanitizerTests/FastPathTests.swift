import ArnaTestSupport
import Foundation
@testable import HTMLSanitizer
import Testing

/// The fast path must give the very bytes the libxml2 path gives, wherever it accepts an input.
@Suite struct FastPathTests {
    static let base = URL(string: "https://egemen.kz/article/1-jana")
    static let full = HTMLSanitizer(options: { var o = SanitizerOptions(); o.fastPath = false; return o }())
    static let fast = HTMLSanitizer()

    /// Fragments shaped like real feed bodies, and some the fast path must hand over.
    static let samples: [String] = [
        "<p>Елордада жаңа мектеп ашылды.</p>",
        "<p>Мәтін <a href=\"/tag/1\">сілтеме</a> және <strong>маңызды</strong> сөз.</p><p>Екінші абзац &laquo;Ұлттық&raquo; &amp; т.б.</p>",
        "<figure><img src=\"/img/1.jpg\" alt=\"Сурет\"><figcaption>Фото: egemen.kz</figcaption></figure>",
        "<p>Text<br>line<br/>two</p>",
        "<ul>\n<li>бір</li>\n<li>екі</li>\n</ul>",
        "<blockquote><p>Дәйексөз</p></blockquote>",
        "<h2>Тақырып</h2><p>A &gt; B &lt; C &quot;q&quot; &#1179;&#x4E9;</p>",
        "<p><a href='https://abai.kz/post?a=1&amp;b=2' title=\"Т&amp;Т\">x</a></p>",
        "<p><img src=\"https://x.kz/a.png\" width=\"300\" height=\"200\" srcset=\"/a-2x.png 2x, /a-3x.png 3x\"></p>",
        "<p onclick=\"x()\" class=\"lead\" style=\"color:red\">Класс</p>",
        "<div><p>Inner</p><p>Two</p></div>",
        "<p>Unclosed paragraph",
        "<p>Block <div>inside</div> paragraph</p>",
        "<ul>Text in a list<li>x</li></ul>",
        "<p><a href=\"javascript:alert(1)\">bad</a></p>",
        "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>",
        "<p>AT&T and &nbsp;&copy; and &unknown; and &#65</p>",
        "<script>alert(1)</script><p>after</p>",
        "<P>Upper</P>",
        "<p><!-- comment -->text</p>",
        "<table><tr><td>1</td></tr></table>",
        "<p><em><strong>nested</strong></em></p>",
        "<a href=\"/x\"><a href=\"/y\">double</a></a>",
        "<p>x</p></div>",
        "<img src=\"/only.jpg\">",
        "<p>\u{1}control</p>",
        // Found by the fuzzer: libxml2 turns NUL into spaces, so the fast path must not take it.
        "<a href=\"htt\0ps://x.kz\">ok</a><img src=\"/a.png\" alt=\"line\nbreak\">",
        "<p>Bfeore</p>\u{01}\0\0\0\0\0\0\u{06}\n\n\n\u{0F}\n>\n\n",
    ]

    static let fixtureInputs: [String] = Fixture.all("sanitizer", ext: "html").filter { !$0.hasSuffix(".expected.html") }

    @Test(arguments: samples)
    func fastPathMatchesLibxml2(_ html: String) {
        #expect(Self.fast.sanitize(html, baseURL: Self.base) == Self.full.sanitize(html, baseURL: Self.base))
    }

    @Test(arguments: fixtureInputs)
    func fastPathMatchesLibxml2OnFixtures(_ path: String) throws {
        let html = try String(contentsOf: Fixture.url(path), encoding: .utf8)
        let base = URL(string: "https://abai.kz/post/1")
        #expect(Self.fast.sanitize(html, baseURL: base) == Self.full.sanitize(html, baseURL: base))
    }

    @Test func typicalBodiesTakeTheFastPath() {
        let urls = URLPolicy(baseURL: Self.base?.absoluteString, allowDataImages: true)
        for html in Self.samples.prefix(9) {
            let taken = html.utf8.withContiguousStorageIfAvailable { FastPath(urls: urls, maxDepth: 512).sanitize($0) != nil } ?? false
            #expect(taken, "expected the fast path for \(html)")
        }
        for html in ["<p>Block <div>inside</div> paragraph</p>", "<script>x</script>", "<P>Upper</P>", "<p><!-- c --></p>"] {
            let taken = html.utf8.withContiguousStorageIfAvailable { FastPath(urls: urls, maxDepth: 512).sanitize($0) != nil } ?? true
            #expect(!taken, "expected libxml2 for \(html)")
        }
    }

    /// Root-relative references skip xmlBuildURI; what they give must be what it gives.
    @Test func rootRelativeURLsResolveAsLibxml2Does() {
        let bases = ["https://egemen.kz/article/1-jana", "http://Inform.KZ", "https://www.inform.kz/kz/", "https://abai.kz/post/1?page=2#top"]
        let references = ["/img/1.jpg", "/tag/123", "/kz/жаңалық", "/a b", "/a/./b", "/a/../b", "/.well-known/x", "/", "/a?b=c",
                          "/a#f", "/a%20b", "//cdn.kz/x.jpg", "/a//b", "/A-Z_~.x", "/a/b.", "/..", "/a:b"]
        var fastTaken = 0
        for base in bases {
            let urls = URLPolicy(baseURL: base, allowDataImages: false)
            for reference in references {
                var viaLibxml2 = ByteBuffer(capacity: 64)
                let resolved = urls.appendResolvedByLibXML2(Array(reference.utf8), to: &viaLibxml2)
                guard let fast = urls.rootRelativeFastPath(Array(reference.utf8)) else { continue }
                fastTaken += 1
                #expect(resolved && fast == viaLibxml2.bytes, "\(base) + \(reference): \(String(decoding: fast, as: UTF8.self)) vs \(String(decoding: viaLibxml2.bytes, as: UTF8.self))")
            }
        }
        #expect(fastTaken >= 20, "the fast path should take the plain references (took \(fastTaken))")
        // Not for references that need RFC 3986's rules, nor for bases with a user or a port.
        let urls = URLPolicy(baseURL: "https://egemen.kz/a", allowDataImages: false)
        for reference in ["/a/../b", "//cdn.kz/x", "/a?b", "/жаңа", "img/1.jpg", "/."] {
            #expect(urls.rootRelativeFastPath(Array(reference.utf8)) == nil, "\(reference)")
        }
        for base in ["https://user@egemen.kz/", "https://egemen.kz:8443/", "https:/egemen.kz"] {
            #expect(URLPolicy(baseURL: base, allowDataImages: false).rootRelativeFastPath(Array("/x".utf8)) == nil, "\(base)")
        }
    }
}
