/// A document's bytes after the charset was decided and the text transcoded to UTF-8.
///
/// The feed reader hands `utf8` to libxml2 (told to ignore the declared encoding), reports
/// `encoding` as the charset actually used, and marks the feed bozo when `diagnostics` is not empty.
public struct DecodedDocument: Sendable, Equatable {
    /// The text as UTF-8: always valid, never starting with a byte order mark; the XML declaration
    /// (or `<meta charset>`) is left as it was. Invalid input is replaced by U+FFFD only as a last
    /// resort, and then `diagnostics` says so.
    public var utf8: [UInt8]
    /// The lower-case canonical name of the charset actually used, e.g. `"utf-8"`, `"utf-16le"`,
    /// `"windows-1251"`, `"rk1048"`, `"pt154"`, `"koi8-r"` (see ``CharsetAliases``).
    public var encoding: String
    /// One line per correction or guess, e.g.
    /// `"declared windows-1251 but the bytes are UTF-8; read as utf-8"`. Empty when the document
    /// said what it was and was right.
    public var diagnostics: [String]

    /// Creates a decoded document.
    ///
    /// - Parameters:
    ///   - utf8: The transcoded text (valid UTF-8, no byte order mark).
    ///   - encoding: The canonical name of the charset used.
    ///   - diagnostics: What had to be corrected or guessed, one line each.
    public init(utf8: [UInt8], encoding: String, diagnostics: [String] = []) {
        self.utf8 = utf8
        self.encoding = encoding
        self.diagnostics = diagnostics
    }

    /// The text as a Swift string (a copy; for tests and small documents).
    public var string: String { String(decoding: utf8, as: UTF8.self) }
}

/// Which in-document declaration ``DocumentDecoder`` looks for after the byte order mark and the
/// transport charset.
public enum DocumentKind: Sendable, Equatable {
    /// A feed or other XML document: the `<?xml … encoding="…"?>` declaration.
    case xml
    /// An HTML page: `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`.
    case html
}
