import Foundation
import FuzzDriver
import HTMLSanitizer

// libFuzzer target for the HTML sanitizer: for any input, the fast path and the libxml2 path
// must finish with the same bytes, and nothing dangerous may survive in them. (Sanitizing twice
// is not checked: libxml2 restructures some broken table markup again on a second pass.)
// Build and run as ReaderFuzzer (see there), with --product SanitizerFuzzer and Fixtures/sanitizer/.

let fast = HTMLSanitizer()
let full: HTMLSanitizer = { var options = SanitizerOptions(); options.fastPath = false; return HTMLSanitizer(options: options) }()
let base = URL(string: "https://abai.kz/post/1")

func sanitizeOne(_ bytes: UnsafeRawBufferPointer) {
    let html = String(decoding: bytes, as: UTF8.self)
    let once = fast.sanitize(html, baseURL: base)
    let slow = full.sanitize(html, baseURL: base)
    if once != slow { fatalError("fast path and libxml2 path differ for \(html.debugDescription):\n\(once)\n\(slow)") }
    // Text in the output has `<` escaped, so every literal `<` opens a tag, and attribute values
    // never hold a raw `"`: tags and attributes can be read exactly.
    for tag in once.lowercased().split(separator: "<").dropFirst().map({ String($0.prefix(while: { $0 != ">" })) }) {
        let name = tag.prefix(while: { $0 != " " }).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        var bad = ["script", "iframe", "style", "object", "embed", "form", "svg", "math"].contains(name)
        for match in tag.matches(of: /([a-z-]+)="([^"]*)"/) {
            let attribute = String(match.1), value = String(match.2).filter { !$0.isWhitespace }
            if attribute.hasPrefix("on") || ["style", "class", "id"].contains(attribute) { bad = true }
            let isURL = ["href", "src", "srcset", "poster", "cite"].contains(attribute)
            if isURL, ["javascript:", "vbscript:", "data:text"].contains(where: value.hasPrefix) { bad = true }
        }
        if bad { fatalError("unsafe tag <\(tag)> survived sanitizing \(html.debugDescription)") }
    }
    _ = fast.plainText(fromHTML: html)
}

@main
enum Fuzz {
    static func main() { FuzzDriver.run(sanitizeOne) }
}
