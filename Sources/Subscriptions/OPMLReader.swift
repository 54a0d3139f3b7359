import ArnaCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an OPML document into sources, with Foundation's `XMLParser` (a SAX-style event parser).
///
/// Each `<outline>` with an `xmlUrl` becomes a ``Source``; an outline without one is a folder
/// whose `text` is the category of the outlines inside it that name none.
final class OPMLReader: NSObject, XMLParserDelegate {
    private let file: URL
    private let folder: URL
    private(set) var title: String?
    private(set) var sources: [Source] = []
    private(set) var failure: SubscriptionError?
    /// Ids read from the file (or derived), to keep derived ones unique.
    private var usedIDs: Set<String> = []
    /// One entry per open `<outline>`: the category it gives its children (`nil` for a feed outline).
    private var outlineStack: [String?] = []
    private var path: [String] = []
    private var titleText = ""

    init(file: URL) {
        self.file = file
        self.folder = file.deletingLastPathComponent()
    }

    /// Parses `data`; returns the list or throws the first problem found.
    static func read(_ data: Data, file: URL) throws(SubscriptionError) -> SubscriptionList {
        let reader = OPMLReader(file: file)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let ok = parser.parse()
        if let failure = reader.failure { throw failure }
        if !ok {
            let code = (parser.parserError as NSError?)?.code ?? -1
            throw SubscriptionError(
                kind: .malformed, file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                detail: "not well-formed XML (\(OPMLReader.describe(code)))")
        }
        if reader.path.isEmpty && reader.sawRoot == false {
            throw SubscriptionError(kind: .malformed, file: file, line: 1, detail: "empty document")
        }
        return SubscriptionList(title: reader.title, sources: reader.sources)
    }

    private var sawRoot = false

    private func fail(_ kind: SubscriptionError.Kind, _ parser: XMLParser, _ detail: String) {
        guard failure == nil else { return }
        failure = SubscriptionError(kind: kind, file: file, line: parser.lineNumber, column: parser.columnNumber, detail: detail)
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        let name = OPMLReader.localName(elementName)
        if path.isEmpty {
            sawRoot = true
            if name.lowercased() != "opml" {
                fail(.notOPML, parser, "the root element is <\(elementName)>, not <opml>")
                return
            }
        }
        path.append(name)
        if name == "title", path.count == 3, path[1] == "head" { titleText = "" }
        guard name == "outline" else { return }
        let attrs = OPMLReader.normalize(attributes)
        guard let xmlURL = attrs["xmlurl"]?.trimmingCharacters(in: .whitespacesAndNewlines), !xmlURL.isEmpty else {
            // A folder (or an outline of another type): its text names the category of what it holds.
            let label = (attrs["text"] ?? attrs["title"])?.trimmingCharacters(in: .whitespacesAndNewlines)
            outlineStack.append(label?.isEmpty == false ? label : outlineStack.last ?? nil)
            return
        }
        let inherited = outlineStack.last ?? nil
        outlineStack.append(inherited)
        do throws(SubscriptionError) {
            sources.append(try makeSource(attrs, xmlURL: xmlURL, inheritedCategory: inherited, parser: parser))
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        let name = OPMLReader.localName(elementName)
        if name == "title", path.count == 3, path[1] == "head" {
            let trimmed = titleText.trimmingCharacters(in: .whitespacesAndNewlines)
            title = trimmed.isEmpty ? nil : trimmed
        }
        if name == "outline", !outlineStack.isEmpty { outlineStack.removeLast() }
        if !path.isEmpty { path.removeLast() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if path.count == 3, path[1] == "head", path[2] == "title" { titleText += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard failure == nil else { return }
        let code = (parseError as NSError).code
        failure = SubscriptionError(
            kind: .malformed, file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
            detail: "not well-formed XML (\(OPMLReader.describe(code)))")
    }

    // MARK: - One outline

    private func makeSource(
        _ attrs: [String: String], xmlURL: String, inheritedCategory: String?, parser: XMLParser
    ) throws(SubscriptionError) -> Source {
        func invalid(_ detail: String) -> SubscriptionError {
            SubscriptionError(kind: .invalidAttribute, file: file, line: parser.lineNumber, column: parser.columnNumber, detail: detail)
        }
        guard let feedURL = FeedLocation.resolve(xmlURL, against: folder) else {
            throw invalid("xmlUrl \"\(xmlURL)\" is not a URL")
        }
        let text = nonEmpty(attrs["text"]) ?? nonEmpty(attrs["title"])
        let siteURL = nonEmpty(attrs["htmlurl"]).flatMap { FeedLocation.resolve($0, against: folder) }
        var id = nonEmpty(attrs["id"])
        if let given = id {
            let cleaned = SourceID.sanitize(given)
            guard cleaned == given else { throw invalid("id \"\(given)\" may hold only a-z, 0-9 and '-' (try \"\(cleaned)\")") }
            guard !usedIDs.contains(given) else { throw invalid("id \"\(given)\" is used by an earlier outline") }
        } else {
            id = Source.makeID(for: feedURL, title: text, avoiding: usedIDs)
        }
        var interval: Duration?
        if let raw = nonEmpty(attrs["interval"]) {
            guard let minutes = Self.minutes(raw) else { throw invalid("interval \"\(raw)\" is not a number of minutes") }
            interval = .seconds(minutes * 60)
        }
        var enabled = true
        if let raw = nonEmpty(attrs["enabled"]) {
            guard let value = Self.bool(raw) else { throw invalid("enabled \"\(raw)\" is neither true nor false") }
            enabled = value
        }
        // A listing page's links carry only titles: their pages are read unless fulltext says no.
        var fullText = nonEmpty(attrs["links"]) != nil
        if let raw = nonEmpty(attrs["fulltext"]) {
            guard let value = Self.bool(raw) else { throw invalid("fulltext \"\(raw)\" is neither true nor false") }
            fullText = value
        }
        var pagesFolder: URL?
        if let raw = nonEmpty(attrs["pages"]) {
            guard let url = FeedLocation.resolve(raw.hasSuffix("/") ? raw : raw + "/", against: folder) else { throw invalid("pages \"\(raw)\" is not a folder path") }
            pagesFolder = url
        }
        var language: LanguageTag?
        if let raw = nonEmpty(attrs["language"]) {
            guard let tag = LanguageTag(rawValue: raw) else { throw invalid("language \"\(raw)\" is not a language tag") }
            language = tag
        }
        let source = Source(
            id: id!, title: text ?? feedURL.host ?? feedURL.lastPathComponent, feedURL: feedURL, siteURL: siteURL,
            language: language, category: nonEmpty(attrs["category"]) ?? inheritedCategory, refreshInterval: interval,
            enabled: enabled, includeKeywords: Self.keywords(attrs["include"]), excludeKeywords: Self.keywords(attrs["exclude"]),
            fullText: fullText, extractionRule: nonEmpty(attrs["rules"]), pagesFolder: pagesFolder,
            linkSelector: nonEmpty(attrs["links"]))
        usedIDs.insert(source.id)
        return source
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Attribute names lower-cased, arna's own (`arna:interval`) winning over plain ones (`interval`).
    static func normalize(_ attributes: [String: String]) -> [String: String] {
        var plain: [String: String] = [:]
        var arna: [String: String] = [:]
        for (key, value) in attributes {
            let lower = key.lowercased()
            if lower.hasPrefix("arna:") { arna[String(lower.dropFirst(5))] = value } else if !lower.contains(":") { plain[lower] = value }
        }
        return plain.merging(arna) { _, own in own }
    }

    static func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    static func minutes(_ raw: String) -> Int? {
        let lower = raw.lowercased()
        if lower.hasSuffix("h"), let hours = Int(lower.dropLast()), hours > 0 { return hours * 60 }
        if lower.hasSuffix("m"), let minutes = Int(lower.dropLast()), minutes > 0 { return minutes }
        if let minutes = Int(lower), minutes > 0 { return minutes }
        return nil
    }

    static func bool(_ raw: String) -> Bool? {
        switch raw.lowercased() {
        case "true", "yes", "1", "on": true
        case "false", "no", "0", "off": false
        default: nil
        }
    }

    static func keywords(_ raw: String?) -> [String] {
        (raw ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A name for the libxml2-derived error codes `XMLParser` reports.
    static func describe(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the document ends before its elements are closed"
        case 9: "invalid character"
        case 26: "undefined entity"
        case 38, 39, 40, 41: "malformed attribute"
        case 65: "attribute without a value"
        case 68: "name expected"
        case 73: "'>' expected"
        case 76: "closing tag does not match the opening tag"
        case 85: "extra content after the root element"
        default: "XML error \(code)"
        }
    }
}
