import ArgumentParser
import ArnaCore
import ArticleExtractor
import Fetcher
import Foundation

extension Arna {
    /// `arna extract`: one article page → the article, to write and check extraction rules.
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the article from an outlet's page: title, authors, date, body, lead image and credit.",
            discussion: """
                PAGE is an http(s) URL or a file. The rule is chosen by the page's host from the rules \
                file (feeds/extraction-rules.yaml), or named with --rules; '--rules none' uses the \
                fallback alone (JSON-LD, OpenGraph, <time>, bylines, text density). Parts a rule does \
                not name are found by the fallback, and the summary says which. With --json the \
                article is printed in the shared model (the same JSON the store and tests use). \
                With --links SELECTOR, PAGE is a listing page and its article links are printed: \
                what a source with arna:links would read.
                Exits 0 with an article, 1 when the page cannot be read or holds none, 2 for a bad rule.
                """
        )

        @Argument(help: ArgumentHelp("An article page: an http(s) URL or a file.", valueName: "url|file"))
        var page: String

        @Option(help: ArgumentHelp("The rule to use by name, or 'none' for the fallback alone (default: by host).", valueName: "name"))
        var rules: String?

        @Option(help: ArgumentHelp("The rules file.", valueName: "file.yaml"))
        var rulesFile: String = "feeds/extraction-rules.yaml"

        @Flag(help: "Print the article as JSON (the shared Article model).")
        var json = false

        @Option(help: ArgumentHelp("PAGE is a listing page: print the article links this XPath/CSS selector picks (for OPML arna:links).", valueName: "selector"))
        var links: String?

        @Option(help: ArgumentHelp("The page's own URL, for a file: the base of relative links and the host for the rule.", valueName: "url"))
        var base: String?

        @Option(help: ArgumentHelp("Charset of a file, as an HTTP Content-Type would give it.", valueName: "name"))
        var charset: String?

        @Option(help: ArgumentHelp("Zone for dates the page prints without one (tz database name).", valueName: "tz"))
        var zone = "Asia/Almaty"

        func validate() throws {
            guard TimeZone(identifier: zone) != nil else { throw ValidationError("unknown time zone '\(zone)'") }
            if let base, URL(string: base)?.scheme == nil { throw ValidationError("--base must be an absolute URL") }
        }

        func run() async throws {
            let ruleSet: ExtractionRuleSet
            let rulesURL = URL(fileURLWithPath: rulesFile)
            if FileManager.default.fileExists(atPath: rulesURL.path) {
                do {
                    ruleSet = try ExtractionRuleSet.load(from: rulesURL)
                } catch {
                    Self.fail(2, error.message)
                }
            } else if rules != nil && rules != "none" {
                Self.fail(2, "no rules file at \(rulesFile)")
            } else {
                ruleSet = .empty
            }
            let choice: RuleChoice = switch rules {
            case nil: .automatic
            case "none"?: .none
            case let name?: .named(name)
            }
            let (bytes, transportCharset, pageURL) = await load()
            if let links {
                printLinks(bytes, url: pageURL, charset: charset ?? transportCharset, selector: links)
                return
            }
            let extractor = ArticleExtractor(rules: ruleSet, options: ExtractionOptions(zone: TimeZone(identifier: zone)!, reference: Date()))
            let result: ExtractedPage
            do {
                result = try extractor.extract(bytes, url: pageURL, charset: charset ?? transportCharset, rule: choice)
            } catch {
                Self.fail(error.kind == .unknownRule || error.kind == .invalidRule ? 2 : 1, error.message)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                let data = (try? encoder.encode(result.article)) ?? Data()
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            } else {
                print(Self.summary(result))
            }
        }

        /// `--links`: the listing page's article links, one a line (date, title, URL), or JSON.
        private func printLinks(_ bytes: [UInt8], url: URL, charset: String?, selector: String) {
            let found: [RelatedArticle]
            do {
                found = try ListingReader.links(in: bytes, url: url, charset: charset, selector: selector,
                                                options: ExtractionOptions(zone: TimeZone(identifier: zone)!, reference: Date()))
            } catch {
                Self.fail(error.kind == .invalidRule ? 2 : 1, error.message)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.dateEncodingStrategy = .iso8601
                FileHandle.standardOutput.write(((try? encoder.encode(found)) ?? Data()) + Data("\n".utf8))
                return
            }
            for link in found {
                let date = link.published.map { ISO8601DateFormatter().string(from: $0) } ?? "(no date)           "
                print("\(date)  \(link.title ?? "")  \(link.url.absoluteString)")
            }
        }

        /// The page's bytes, its transport charset and its URL (the --base for a file).
        private func load() async -> ([UInt8], String?, URL) {
            let remote = URL(string: page).flatMap { url in ["http", "https"].contains(url.scheme?.lowercased() ?? "") ? url : nil }
            let url = remote ?? URL(fileURLWithPath: page)
            do {
                let outcome = try await HTTPFetcher.withFetcher { fetcher in try await fetcher.fetch(FetchRequest(url: url)) }
                guard case .body(let body) = outcome else { Self.fail(1, "\(page): no page in the answer (\(outcome))") }
                let pageURL = base.flatMap(URL.init(string:)) ?? (remote != nil ? body.finalURL : url)
                return (body.bytes, body.charset, pageURL)
            } catch {
                Self.fail(1, "cannot read \(page): \(error)")
            }
        }

        static func summary(_ page: ExtractedPage) -> String {
            let a = page.article
            let date = a.published.map { ISO8601DateFormatter().string(from: $0) } ?? "(none)"
            var lines = [
                "rule:      \(page.rule ?? "(none: fallback)")" + (page.fallbackParts.isEmpty ? "" : "; fallback for \(page.fallbackParts.joined(separator: ", "))"),
                "title:     \(a.title)",
                "authors:   \(a.authors.compactMap(\.name).joined(separator: ", "))",
                "published: \(date)",
                "language:  \(a.language?.rawValue ?? "?")",
                "url:       \(a.url?.absoluteString ?? "")",
            ]
            if let image = a.image {
                lines.append("image:     \(image.url.absoluteString)")
                if let caption = image.caption { lines.append("caption:   \(caption)") }
                if let credit = image.credit { lines.append("credit:    \(credit)") }
            }
            for link in a.related {
                let when = link.published.map { ISO8601DateFormatter().string(from: $0) + "  " } ?? ""
                lines.append("related:   \(when)\(link.title ?? "")  \(link.url.absoluteString)")
            }
            for line in page.diagnostics { lines.append("note:      \(line)") }
            lines.append("")
            lines.append(Self.paragraphs(a.contentHTML ?? ""))
            return lines.joined(separator: "\n")
        }

        /// The body as plain text, one paragraph a line.
        static func paragraphs(_ html: String) -> String {
            var text = html
            for tag in ["</p>", "<br>", "</h2>", "</h3>", "</h4>", "</li>", "</blockquote>", "</figcaption>"] {
                text = text.replacingOccurrences(of: tag, with: tag + "\n")
            }
            text = text.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: char)
            }
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
        }

        static func fail(_ status: Int32, _ message: String) -> Never {
            FileHandle.standardError.write(Data("arna extract: \(message)\n".utf8))
            Foundation.exit(status)
        }
    }
}
