import ArnaCore
import ArticleExtractor
import Foundation
import FuzzDriver

// libFuzzer target for article extraction: any bytes, with the repository's rules (the egemen
// rule, since the URL is egemen's) and with the fallback alone, must give an article or an
// ExtractionError, never a crash, and the body must come out sanitized.
// Build and run as ReaderFuzzer (see README, Development), with --product ExtractorFuzzer and
// Fixtures/extract/ as the seed corpus.

let rules = (try? ExtractionRuleSet.load(from: URL(fileURLWithPath: "feeds/extraction-rules.yaml"))) ?? .empty
let extractor = ArticleExtractor(rules: rules, options: ExtractionOptions(reference: Date(timeIntervalSince1970: 1_795_608_000)))
let page = URL(string: "https://egemen.kz/article/402121-jana-mektep")!

func extractOne(_ bytes: UnsafeRawBufferPointer) {
    let input = [UInt8](bytes)
    for rule in [RuleChoice.automatic, .none] {
        guard let extracted = try? extractor.extract(input, url: page, rule: rule) else { continue }
        // Text in the body has `<` escaped, so every literal `<` opens a tag: only tags are checked
        // (a paragraph may well say "javascript:").
        let body = (extracted.article.contentHTML ?? "").lowercased()
        for tag in body.split(separator: "<").dropFirst().map({ $0.prefix(while: { $0 != ">" }) }) {
            let name = tag.prefix(while: { $0 != " " })
            let unsafe = ["script", "iframe", "style", "object", "embed"].contains(name)
                || tag.contains("=\"javascript:") || tag.contains(" onerror=") || tag.contains(" onclick=") || tag.contains(" onload=")
            if unsafe { fatalError("<\(tag)> survived extraction of \(String(decoding: input, as: UTF8.self).debugDescription)") }
        }
    }
}

@main
enum Fuzz {
    static func main() { FuzzDriver.run(extractOne) }
}
