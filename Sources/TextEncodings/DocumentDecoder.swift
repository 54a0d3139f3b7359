/// Decides a document's charset and transcodes it to UTF-8, saying what it corrected.
///
/// The order follows RFC 7303 and the WHATWG Encoding Standard: the byte order mark, then the
/// transport charset (HTTP `Content-Type`, or `--charset` for files), then the document's own
/// declaration (`<?xml encoding>` for XML, `<meta charset>` for HTML), then sniffing. Common
/// mistakes are corrected, each with a diagnostic: a non-UTF-8 label on bytes that are valid UTF-8
/// with multi-byte letters is read as UTF-8; a UTF-8 label (or none) on bytes that are not UTF-8
/// is read as the Cyrillic or Latin code page that gives the most plausible text.
public enum DocumentDecoder {
    /// Decodes a document's bytes to UTF-8.
    ///
    /// The common case, a UTF-8 document, costs one validation pass and returns the same storage
    /// (one copy only when a byte order mark must be dropped).
    ///
    /// - Parameters:
    ///   - bytes: The document as received.
    ///   - transportCharset: The charset label from the transport (HTTP `Content-Type`), or one the
    ///     user gave for a file; it outranks the document's own declaration.
    ///   - kind: `.xml` looks at the XML declaration; `.html` at `<meta charset>` / `http-equiv`.
    /// - Returns: Valid UTF-8 without a byte order mark, the charset used, and diagnostics.
    public static func decode(_ bytes: [UInt8], transportCharset: String? = nil, kind: DocumentKind = .xml) -> DecodedDocument {
        var notes: [String] = []
        let transport = transportCharset.flatMap { $0.isEmpty ? nil : $0 }
        let transportName = transport.flatMap(CharsetAliases.canonicalName)

        // 1. Byte order mark, then UTF-16/32 recognized by its zero bytes.
        if let (name, length) = WideEncoding.byteOrderMark(bytes) {
            var doc = name == "utf-8"
                ? strictOrLossyUTF8(Array(bytes[length...]), notes: &notes)
                : wide(WideEncoding(rawValue: name)!, bytes, from: length, notes: &notes)
            noteDisagreement(with: transport, named: transportName, in: &doc, kind: kind, reason: "the byte order mark says")
            return doc
        }
        if let encoding = WideEncoding.detect(bytes) {
            var doc = wide(encoding, bytes, from: 0, notes: &notes)
            noteDisagreement(with: transport, named: transportName, in: &doc, kind: kind, reason: "the bytes are")
            return doc
        }

        // 2. The transport charset.
        if let transport {
            if let name = transportName {
                if let doc = decodeDeclared(bytes, as: name, source: "transport charset", notes: &notes) { return doc }
            } else {
                notes.append("unknown transport charset \"\(transport)\" ignored")
            }
        }

        // 3. The document's declaration.
        if let label = DeclarationScanner.declaredLabel(bytes, kind: kind) {
            if let name = CharsetAliases.canonicalName(label) {
                // WHATWG: an HTML page found ASCII-compatible cannot declare UTF-16/32 of itself.
                let effective = kind == .html && WideEncoding(rawValue: name) != nil ? "utf-8" : name
                if let doc = decodeDeclared(bytes, as: effective, source: "declared", notes: &notes) { return doc }
            } else {
                return sniff(bytes, because: "declared encoding \"\(label)\" is unknown", notes: notes)
            }
        }

        // 4. Sniffing.
        return sniff(bytes, because: "no encoding declared", notes: notes)
    }

    /// Decodes with a named charset, correcting the usual mislabels; `nil` when the label cannot
    /// apply to these bytes and the next step should decide.
    private static func decodeDeclared(_ bytes: [UInt8], as name: String, source: String, notes: inout [String]) -> DecodedDocument? {
        if WideEncoding(rawValue: name) != nil {
            notes.append("\(source) \(name) but the bytes are not UTF-16/32; ignored")
            return nil
        }
        let verdict = UTF8Validator.validate(bytes)
        if name == "utf-8" {
            if case .invalid = verdict {
                return sniff(bytes, because: "\(source) utf-8 but the bytes are not valid UTF-8", notes: notes)
            }
            return DecodedDocument(utf8: bytes, encoding: "utf-8", diagnostics: notes)
        }
        switch verdict {
        case .utf8:
            notes.append("\(source) \(name) but the bytes are UTF-8; read as utf-8")
            return DecodedDocument(utf8: bytes, encoding: "utf-8", diagnostics: notes)
        case .ascii where name != "iso-2022-jp":
            return DecodedDocument(utf8: bytes, encoding: name, diagnostics: notes)
        default:
            break
        }
        if let table = SingleByteTable.named(name) {
            return single(table, bytes, notes: notes)
        }
        guard let (utf8, replaced) = IconvConverter.toUTF8(bytes, from: CharsetAliases.iconvName(name)) else {
            notes.append("no converter for \(source) \(name); ignored")
            return nil
        }
        if replaced > 0 { notes.append("\(replaced) bytes invalid in \(name) replaced by U+FFFD") }
        return DecodedDocument(utf8: utf8, encoding: name, diagnostics: notes)
    }

    /// Reads bytes with no usable label: UTF-8 when valid, else UTF-8 with replacements when it is
    /// mostly UTF-8, else the best-scoring code page.
    private static func sniff(_ bytes: [UInt8], because reason: String, notes: [String]) -> DecodedDocument {
        var notes = notes
        let verdict = UTF8Validator.validate(bytes)
        if case .invalid = verdict {
            let census = UTF8Validator.census(bytes)
            if census.multiByte >= 8 && census.multiByte >= census.invalid * 4 {
                notes.append("\(reason); \(census.invalid) invalid UTF-8 sequences replaced by U+FFFD")
                return DecodedDocument(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "utf-8", diagnostics: notes)
            }
            let table = CharsetSniffer.guess(bytes)
            notes.append("\(reason); read as \(table.name) (guessed from the letters)")
            return single(table, bytes, notes: notes)
        }
        if reason.hasPrefix("declared encoding") { notes.append("\(reason); read as utf-8") }
        return DecodedDocument(utf8: bytes, encoding: "utf-8", diagnostics: notes)
    }

    private static func single(_ table: SingleByteTable, _ bytes: [UInt8], notes: [String]) -> DecodedDocument {
        var notes = notes
        let (utf8, undefined) = table.decode(bytes)
        if undefined > 0 { notes.append("\(undefined) bytes undefined in \(table.name) replaced by U+FFFD") }
        return DecodedDocument(utf8: utf8, encoding: table.name, diagnostics: notes)
    }

    private static func strictOrLossyUTF8(_ bytes: [UInt8], notes: inout [String]) -> DecodedDocument {
        if case .invalid = UTF8Validator.validate(bytes) {
            notes.append("invalid UTF-8 sequences after the byte order mark replaced by U+FFFD")
            return DecodedDocument(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "utf-8", diagnostics: notes)
        }
        return DecodedDocument(utf8: bytes, encoding: "utf-8", diagnostics: notes)
    }

    private static func wide(_ encoding: WideEncoding, _ bytes: [UInt8], from start: Int, notes: inout [String]) -> DecodedDocument {
        let (utf8, replaced) = encoding.decode(bytes, from: start)
        if replaced > 0 { notes.append("\(replaced) invalid \(encoding.rawValue) code units replaced by U+FFFD") }
        return DecodedDocument(utf8: utf8, encoding: encoding.rawValue, diagnostics: notes)
    }

    /// Adds a diagnostic when the transport or the declaration named a charset other than the one
    /// the byte order mark or the zero bytes proved.
    private static func noteDisagreement(with transport: String?, named transportName: String?, in doc: inout DecodedDocument,
                                         kind: DocumentKind, reason: String) {
        let declared = transport != nil
            ? (transport!, transportName, "transport charset")
            : DeclarationScanner.declaredLabel(Array(doc.utf8.prefix(DeclarationScanner.htmlWindow)), kind: kind)
                .map { ($0, CharsetAliases.canonicalName($0), "declared") }
        guard let (label, name, source) = declared else { return }
        if let name, sameFamily(name, doc.encoding) { return }
        doc.diagnostics.append("\(source) \(name ?? label) but \(reason) \(doc.encoding); read as \(doc.encoding)")
    }

    private static func sameFamily(_ a: String, _ b: String) -> Bool {
        a == b || (a.hasPrefix("utf-16") && b.hasPrefix("utf-16")) || (a.hasPrefix("utf-32") && b.hasPrefix("utf-32"))
    }
}
