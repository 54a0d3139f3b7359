import FeedDates
import Foundation
import HTMLSanitizer
import TextEncodings

/// Receives the SAX events of one document and builds the normalized feed.
///
/// Every byte it receives is valid UTF-8: ``DocumentDecoder`` made the document UTF-8, the
/// repair pass inserts only whole characters, and libxml2 passes on whole characters (it reads
/// the rest as Latin-1 if it ever finds a bad byte). So strings are made without validating
/// the bytes again (``Swift/String/init(knownValidUTF8:)-(UnsafeBufferPointer<UInt8>)``).
///
/// One builder reads one document, synchronously; it is not `Sendable`. Element and namespace
/// names arrive as libxml2 dictionary pointers, interned here once per distinct name.
final class FeedBuilder {
    let options: ReadOptions
    let dates: DateParser
    let sanitizer: HTMLSanitizer

    // What was read.
    var format: FeedFormat?
    var rootName: String?
    var feed = FeedMetadata()
    var items: [FeedItem] = []
    var errors: [String] = []
    var fatal: ReadError?
    var skippedItems = 0

    // Stopping libxml2 from inside a callback.
    var stop: (() -> Void)?
    private(set) var stopped = false

    // Where the builder is.
    var stack: [Frame] = []
    /// `xml:base` values in scope, the document's URL first; frames point into it.
    var bases: [URL?]
    /// The sanitizer's reading of each of `bases`, made when first needed.
    private var preparedBases: [PreparedBase?] = [nil]
    /// `xml:lang` values in scope, none first; frames point into it.
    var langs: [String?] = [nil]
    var text: [UInt8] = []
    /// CDATA sections the repair pass hands over past libxml2.
    var handOff: CDATAHandOff?
    var item: FeedItem?
    /// Whether `item` is open: `item != nil` copied the whole item out of the class to compare it.
    var inItem = false
    var source: FeedSource?
    var person: FeedPerson?
    var image: FeedImage?

    // Interned names.
    private var names: [UnsafeRawPointer: String] = [:]
    private var lowercaseNames: [UnsafeRawPointer: String] = [:]
    private var namespaces: [UnsafeRawPointer: XMLNamespace] = [:]
    private var prefixes: [UnsafeRawPointer: String] = [:]
    private var xmlErrorCount = 0

    init(options: ReadOptions) {
        self.options = options
        self.dates = DateParser(zone: options.zone)
        self.sanitizer = HTMLSanitizer()
        self.bases = [options.baseURL]
        text.reserveCapacity(64 * 1024)
        stack.reserveCapacity(32)
    }

    /// The base URL in scope for an element.
    @inline(__always) func base(of frame: Frame) -> URL? { bases[Int(frame.baseIndex)] }

    /// The base in scope for an element, as the sanitizer reads it.
    func preparedBase(of frame: Frame) -> PreparedBase {
        let index = Int(frame.baseIndex)
        if let prepared = preparedBases[index] { return prepared }
        let prepared = sanitizer.prepare(baseURL: bases[index])
        preparedBases[index] = prepared
        return prepared
    }

    /// The language in scope for an element.
    @inline(__always) func lang(of frame: Frame) -> String? { langs[Int(frame.langIndex)] }

    func halt(_ error: ReadError) {
        guard !stopped else { return }
        fatal = error
        stopped = true
        stop?()
    }

    // MARK: - SAX events

    func startElement(
        _ localName: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?,
        attributeCount: Int, attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        guard !stopped else { return }
        if stack.count >= options.maxDepth {
            halt(ReadError(.tooDeep, "refused: elements nested deeper than \(options.maxDepth) levels (depth limit)"))
            return
        }
        let ns = namespace(uri: uri, prefix: prefix)
        let name = intern(localName, lowercase: ns.isRSS)
        // The parent's fields are read in place: copying the whole frame cost retains.
        let hasParent = !stack.isEmpty
        var baseIndex = hasParent ? stack[stack.count - 1].baseIndex : 0
        var langIndex = hasParent ? stack[stack.count - 1].langIndex : 0
        var ownsBase = false, ownsLang = false
        var attrs: [Attribute] = []
        if attributeCount > 0, let attributes {
            attrs.reserveCapacity(attributeCount)
            for k in 0..<attributeCount {
                let p = attributes + 5 * k
                guard let attrName = p[0], let start = p[3], let end = p[4] else { continue }
                let attrNS = p[2] != nil ? namespace(uri: p[2], prefix: p[1]) : (p[1] != nil ? namespace(uri: nil, prefix: p[1]) : .none)
                let value = String(knownValidUTF8: UnsafeBufferPointer(start: start, count: end - start))
                let attrName_ = intern(attrName, lowercase: false)
                if attrNS == .xml {
                    if attrName_ == "base", let resolved = URLResolver.resolve(value, against: bases[Int(baseIndex)]) {
                        if ownsBase { bases.removeLast(); preparedBases.removeLast() }
                        bases.append(resolved)
                        preparedBases.append(nil)
                        baseIndex = Int32(bases.count - 1)
                        ownsBase = true
                    }
                    if attrName_ == "lang" {
                        if ownsLang { langs.removeLast() }
                        langs.append(value.trimmed.isEmpty ? nil : value.trimmed)
                        langIndex = Int32(langs.count - 1)
                        ownsLang = true
                    }
                }
                attrs.append(Attribute(ns: attrNS, prefix: p[1].map { intern($0, lowercase: false) }, name: attrName_, value: value))
            }
        }
        var frame = Frame(ns: ns, name: name, textStart: text.count, baseIndex: baseIndex, langIndex: langIndex, markup: .ignore, attributes: attrs)
        frame.ownsBase = ownsBase
        frame.ownsLang = ownsLang

        if hasParent {
            switch stack[stack.count - 1].markup {
            case .capturable, .markup, .markupChild, .wrapper:
                startMarkupChild(&frame)
                stack.append(consume frame)
                return
            default:
                break
            }
            if stack[stack.count - 1].role == .skip {
                frame.role = .skip
                stack.append(consume frame)
                return
            }
            start(&frame)
        } else {
            startRoot(&frame)
        }
        stack.append(consume frame)
    }

    func endElement() {
        guard !stopped, var frame = stack.popLast() else { return }
        defer {
            if frame.ownsBase { bases.removeLast(); preparedBases.removeLast() }
            if frame.ownsLang { langs.removeLast() }
        }
        switch frame.markup {
        case .markupChild:
            if !HTMLVoidElements.names.contains(frame.name) { appendRaw("</"); appendRaw(frame.name); appendRaw(">") }
            return
        case .wrapper:
            return
        default:
            break
        }
        if frame.role != .skip { end(&frame) }
        if text.count > frame.textStart { text.removeSubrange(frame.textStart...) }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Reads one field in place: copying the whole frame (strings, URL, attributes) per
        // callback showed up as retain/release traffic in the profile.
        guard !stopped, !stack.isEmpty else { return }
        switch stack[stack.count - 1].markup {
        case .ignore:
            return
        case .text, .capturable:
            text.append(contentsOf: bytes)
        case .markup, .markupChild, .wrapper:
            appendEscaped(bytes)
        }
    }

    /// A processing instruction: the placeholder of a CDATA section handed over by the repair
    /// pass is read as that section; any other is ignored, as before.
    func processingInstruction(target: UnsafePointer<UInt8>, data: UnsafePointer<UInt8>?) {
        guard let bytes = handOff?.section(target: target, data: data) else { return }
        characters(bytes)
    }

    func xmlError(_ message: String, line: Int, column: Int) {
        xmlErrorCount += 1
        guard xmlErrorCount <= 50 else { return }
        let clean = message.trimmed
        errors.append("line \(line), column \(column): \(clean)")
    }

    // MARK: - Markup inside text

    private func startMarkupChild(_ frame: inout Frame) {
        let index = stack.count - 1
        if stack[index].markup == .capturable {
            // The first child element turns plain text into markup: escape what came before.
            let textStart = stack[index].textStart
            let earlier = Array(text[textStart...])
            text.removeSubrange(textStart...)
            earlier.withUnsafeBufferPointer { appendEscaped($0) }
            stack[index].markup = .markup
        }
        if stack[index].markup == .markup, stack[index].textType == .xhtml, frame.ns == .xhtml, frame.name == "div",
           !stack[index].wrapperSeen {
            // Atom xhtml content: the wrapping div is not part of the value (RFC 4287 §3.1.1.3).
            stack[stack.count - 1].wrapperSeen = true
            frame.markup = .wrapper
            return
        }
        frame.markup = .markupChild
        appendRaw("<")
        appendRaw(frame.name)
        for attribute in frame.attributes where attribute.ns != .xml && !attribute.name.hasPrefix("xmlns") {
            appendRaw(" ")
            appendRaw(attribute.name)
            appendRaw("=\"")
            appendEscapedAttribute(attribute.value)
            appendRaw("\"")
        }
        appendRaw(">")
    }

    // MARK: - Text helpers

    /// The element's markup, sanitized straight from the collected bytes; `nil` when empty.
    func html(of frame: Frame) -> String? {
        guard text.count > frame.textStart else { return nil }
        return text.withUnsafeBufferPointer { buffer -> String? in
            var lo = frame.textStart, hi = buffer.count
            while lo < hi, isASCIISpace(buffer[lo]) { lo += 1 }
            while hi > lo, isASCIISpace(buffer[hi - 1]) { hi -= 1 }
            guard hi > lo else { return nil }
            let html = sanitizer.sanitize(validUTF8: UnsafeBufferPointer(rebasing: buffer[lo..<hi]), base: preparedBase(of: frame))
            let trimmed = html.trimmed
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The element's text, trimmed; `nil` when empty.
    func value(of frame: Frame) -> String? {
        guard text.count > frame.textStart else { return nil }
        return text.withUnsafeBufferPointer { buffer -> String? in
            var lo = frame.textStart, hi = buffer.count
            while lo < hi, isASCIISpace(buffer[lo]) { lo += 1 }
            while hi > lo, isASCIISpace(buffer[hi - 1]) { hi -= 1 }
            guard hi > lo else { return nil }
            let string = String(knownValidUTF8: UnsafeBufferPointer(rebasing: buffer[lo..<hi]))
            // Non-ASCII white space (U+00A0 from &nbsp;) at either end is trimmed too.
            if buffer[lo] >= 0x80 || buffer[hi - 1] >= 0x80 {
                let trimmed = string.trimmed
                return trimmed.isEmpty ? nil : trimmed
            }
            return string
        }
    }

    func appendRaw(_ string: String) {
        text.append(contentsOf: string.utf8)
    }

    private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): appendRaw("&amp;")
            case UInt8(ascii: "<"): appendRaw("&lt;")
            case UInt8(ascii: ">"): appendRaw("&gt;")
            default: text.append(byte)
            }
        }
    }

    private func appendEscapedAttribute(_ value: String) {
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): appendRaw("&amp;")
            case UInt8(ascii: "<"): appendRaw("&lt;")
            case UInt8(ascii: "\""): appendRaw("&quot;")
            default: text.append(byte)
            }
        }
    }

    // MARK: - Interning

    private func intern(_ pointer: UnsafePointer<UInt8>, lowercase: Bool) -> String {
        let key = UnsafeRawPointer(pointer)
        if lowercase {
            if let known = lowercaseNames[key] { return known }
            let string = String(cString: pointer).lowercased()
            lowercaseNames[key] = string
            return string
        }
        if let known = names[key] { return known }
        let string = String(cString: pointer)
        names[key] = string
        return string
    }

    private func namespace(uri: UnsafePointer<UInt8>?, prefix: UnsafePointer<UInt8>?) -> XMLNamespace {
        if let uri {
            let key = UnsafeRawPointer(uri)
            if let known = namespaces[key] { return known }
            let ns = XMLNamespace(uri: String(cString: uri))
            namespaces[key] = ns
            return ns
        }
        guard let prefix else { return .none }
        // A prefix the document never declared: feeds write `media:` or `yandex:` without xmlns.
        let name = intern(prefix, lowercase: false)
        return XMLNamespace(conventionalPrefix: name) ?? .other
    }
}

@inline(__always) func isASCIISpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
}

/// HTML elements that have no end tag.
enum HTMLVoidElements {
    static let names: Set<String> = ["br", "img", "hr", "input", "meta", "link", "source", "wbr", "area", "col", "embed", "param", "track", "base"]
}
