import ArgumentParser
import ArnaCore
import FeedDates
import FeedReader
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension Arna {
    /// `arna parse`: the reader alone.
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read one feed and print what arna understood of it.",
            discussion: """
                SOURCE is a file path, '-' for standard input, or an http(s) URL. Any RSS (0.90–2.0), \
                RSS 1.0, Atom (0.3, 1.0) or JSON Feed (1.0, 1.1) is read, broken or not; a broken one \
                is read as far as possible and marked bozo. With --json the normalized document is \
                printed as specified in shared/contracts/parse-json.md; without it, a summary: format, \
                title, item count, then one line per item (date, title, link).
                Exits 0 when a feed was read (bozo or not), 1 with one line on stderr when nothing could be.
                """
        )

        @Argument(help: "A feed file, '-' for standard input, or an http(s) URL.")
        var source: String

        @Flag(help: "Print the normalized document as JSON (the parse-json contract).")
        var json = false

        @Option(help: ArgumentHelp("The document's own URL, for resolving relative links in a file or stdin.", valueName: "url"))
        var base: String?

        @Option(help: ArgumentHelp("Zone for dates written without one (tz database name).", valueName: "tz"))
        var zone = "Asia/Almaty"

        @Option(help: ArgumentHelp("Charset of a file, as an HTTP Content-Type would give it; outranks the XML declaration.", valueName: "name"))
        var charset: String?

        @Option(help: ArgumentHelp("Refuse documents larger than this many bytes.", valueName: "bytes"))
        var maxBytes = 20 * 1024 * 1024

        func validate() throws {
            guard TimeZone(identifier: zone) != nil else { throw ValidationError("unknown time zone '\(zone)'") }
            if let base, URL(string: base)?.scheme == nil { throw ValidationError("--base must be an absolute URL") }
        }

        func run() async throws {
            var options = ReadOptions(baseURL: base.flatMap(URL.init(string:)), zone: TimeZone(identifier: zone)!, charset: charset, maxBytes: maxBytes)
            let bytes: Data
            do {
                (bytes, options) = try await load(options)
            } catch {
                FileHandle.standardError.write(Data("arna: cannot read \(source): \(error.localizedDescription)\n".utf8))
                throw ExitCode(1)
            }
            let feed: ParsedFeed
            do {
                feed = try FeedReader(options: options).read(bytes)
            } catch {
                FileHandle.standardError.write(Data("arna: \(source): \(error.message)\n".utf8))
                throw ExitCode(1)
            }
            if json {
                FileHandle.standardOutput.write(Data(feed.contractJSON().utf8))
            } else {
                print(Self.summary(feed))
            }
        }

        private func load(_ options: ReadOptions) async throws -> (Data, ReadOptions) {
            var options = options
            if source == "-" {
                return (FileHandle.standardInput.readDataToEndOfFile(), options)
            }
            if let url = URL(string: source), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" {
                var request = URLRequest(url: url, timeoutInterval: 30)
                request.setValue("arna/\(ArnaVersion.current) (+\(ArnaVersion.homepage))", forHTTPHeaderField: "User-Agent")
                let (data, response) = try await URLSession.shared.data(for: request)
                if let http = response as? HTTPURLResponse {
                    guard (200..<300).contains(http.statusCode) else {
                        throw URLError(.badServerResponse, userInfo: [NSLocalizedDescriptionKey: "HTTP \(http.statusCode)"])
                    }
                    if options.charset == nil, let type = http.value(forHTTPHeaderField: "Content-Type") {
                        options.charset = Self.charset(fromContentType: type)
                    }
                }
                if options.baseURL == nil { options.baseURL = response.url ?? url }
                return (data, options)
            }
            let fileURL = URL(fileURLWithPath: source)
            if options.baseURL == nil { options.baseURL = fileURL }
            return (try Data(contentsOf: fileURL), options)
        }

        /// `text/xml; charset=windows-1251` → `windows-1251`.
        static func charset(fromContentType value: String) -> String? {
            for parameter in value.split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if pair.count == 2, pair[0].lowercased() == "charset" {
                    return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).nilIfBlank
                }
            }
            return nil
        }

        static func summary(_ feed: ParsedFeed) -> String {
            var lines = [
                "format:   \(feed.format.rawValue) (\(feed.encoding))\(feed.bozo ? ", bozo" : "")",
                "title:    \(feed.feed.title ?? "(none)")",
                "items:    \(feed.items.count)",
            ]
            for error in feed.errors { lines.append("problem:  \(error)") }
            if !feed.items.isEmpty { lines.append("") }
            for item in feed.items {
                let date = (item.published ?? item.updated).map { RFC3339.string(from: $0) } ?? "(no date)           "
                lines.append("\(date)  \(item.title ?? "(untitled)")  \(item.link?.absoluteString ?? "")")
            }
            return lines.joined(separator: "\n")
        }
    }
}

extension String {
    var nilIfBlank: String? { trimmingCharacters(in: .whitespaces).isEmpty ? nil : self }
}
