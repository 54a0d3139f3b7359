import ArnaTestSupport
import Foundation
import Testing
@testable import TextEncodings

/// One fixture, how it is served, and what a reader must get out of it.
struct DecodeCase: Sendable, CustomTestStringConvertible {
    var file: String
    var transport: String? = nil
    var kind: DocumentKind = .xml
    var encoding: String
    var titles: [String]
    var flagged: Bool
    var testDescription: String { file + (transport.map { " (transport \($0))" } ?? "") }
}

@Suite struct DocumentDecoderTests {
    static let correctlyLabelled: [DecodeCase] = [
        DecodeCase(file: "kk-utf8.xml", encoding: "utf-8", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf8-nodecl.xml", encoding: "utf-8", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf8-bom.xml", encoding: "utf-8", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf16le-bom.xml", encoding: "utf-16le", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf16be-bom.xml", encoding: "utf-16be", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf16le-nobom.xml", encoding: "utf-16le", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf16be-nobom.xml", encoding: "utf-16be", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf16le-nobom-space.xml", encoding: "utf-16le", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf32le-bom.xml", encoding: "utf-32le", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-utf32be-nobom.xml", encoding: "utf-32be", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-kz1048.xml", encoding: "rk1048", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "kk-ptcp154.xml", encoding: "pt154", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "ru-windows1251.xml", encoding: "windows-1251", titles: Titles.russian1251, flagged: false),
        DecodeCase(file: "ru-koi8r.xml", encoding: "koi8-r", titles: Titles.russian, flagged: false),
        DecodeCase(file: "ru-iso88595.xml", encoding: "iso-8859-5", titles: Titles.russian, flagged: false),
        DecodeCase(file: "en-windows1252.xml", encoding: "windows-1252", titles: Titles.latin, flagged: false),
        DecodeCase(file: "ja-shiftjis.xml", encoding: "shift_jis", titles: Titles.japanese, flagged: false),
        DecodeCase(file: "kk-kz1048-space-before-decl.xml", encoding: "rk1048", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "ru-1251-junk-before-decl.xml", encoding: "windows-1251", titles: Titles.russian1251, flagged: false),
        DecodeCase(file: "kk-kz1048-meta.html", kind: .html, encoding: "rk1048", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "ru-1251-http-equiv.html", kind: .html, encoding: "windows-1251", titles: Titles.russian, flagged: false),
        // The transport charset outranks the declaration; agreeing labels raise nothing.
        DecodeCase(file: "kk-kz1048-nodecl.xml", transport: "KZ-1048", encoding: "rk1048", titles: Titles.kazakh, flagged: false),
        DecodeCase(file: "ru-1251-nodecl.xml", transport: "cp1251", encoding: "windows-1251", titles: Titles.russian1251, flagged: false),
        DecodeCase(file: "kk-utf16le-bom.xml", transport: "utf-16", encoding: "utf-16le", titles: Titles.kazakh, flagged: false),
    ]

    static let corrected: [DecodeCase] = [
        DecodeCase(file: "kk-utf8-declared-1251.xml", encoding: "utf-8", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "ru-1251-declared-utf8.xml", encoding: "windows-1251", titles: Titles.russian1251, flagged: true),
        DecodeCase(file: "kk-kz1048-declared-utf8.xml", encoding: "rk1048", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-kz1048-nodecl.xml", encoding: "rk1048", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-pt154-nodecl.xml", encoding: "pt154", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "ru-1251-nodecl.xml", encoding: "windows-1251", titles: Titles.russian1251, flagged: true),
        DecodeCase(file: "ru-koi8r-nodecl.xml", encoding: "koi8-r", titles: Titles.russian, flagged: true),
        DecodeCase(file: "ru-iso88595-nodecl.xml", encoding: "iso-8859-5", titles: Titles.russian, flagged: true),
        DecodeCase(file: "en-1252-nodecl.xml", encoding: "windows-1252", titles: Titles.latin, flagged: true),
        DecodeCase(file: "kk-utf8-unknown-decl.xml", encoding: "utf-8", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-utf8.xml", transport: "windows-1251", encoding: "utf-8", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-kz1048.xml", transport: "utf-8", encoding: "rk1048", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-utf8.xml", transport: "x-bogus", encoding: "utf-8", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-utf16le-bom.xml", transport: "windows-1251", encoding: "utf-16le", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-utf8.xml", transport: "utf-16", encoding: "utf-8", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-kz1048-meta.html", transport: "utf-8", kind: .html, encoding: "rk1048", titles: Titles.kazakh, flagged: true),
        DecodeCase(file: "kk-utf8-nometa.html", kind: .html, encoding: "utf-8", titles: Titles.kazakh, flagged: false),
    ]

    @Test("correctly labelled documents decode without diagnostics", arguments: correctlyLabelled)
    func correctlyLabelledDocument(_ c: DecodeCase) throws {
        try check(c)
    }

    @Test("mislabelled or unlabelled documents are corrected", arguments: corrected)
    func correctedDocument(_ c: DecodeCase) throws {
        try check(c)
    }

    private func check(_ c: DecodeCase) throws {
        let doc = try Titles.decode(c.file, transport: c.transport, kind: c.kind)
        #expect(Titles.of(doc, kind: c.kind) == c.titles)
        #expect(doc.encoding == c.encoding)
        #expect(!doc.diagnostics.isEmpty == c.flagged, "diagnostics: \(doc.diagnostics)")
        #expect(String(validating: doc.utf8, as: UTF8.self) != nil)
        #expect(!doc.utf8.starts(with: [0xEF, 0xBB, 0xBF]), "no byte order mark in the output")
        let head = String(decoding: doc.utf8.prefix(300), as: UTF8.self)
        #expect(c.kind == .html || head.contains("<?xml version=\"1.0\""), "the XML declaration is kept")
    }

    @Test func utf8WithStrayBytesIsReadAsUTF8WithReplacements() throws {
        let doc = try Titles.decode("kk-utf8-broken.xml")
        #expect(doc.encoding == "utf-8")
        #expect(Titles.of(doc) == ["Қазақстан Ұлттық банк\u{FFFD}: әлеуметтік төлемдер өседі", Titles.kazakh[1]])
        #expect(doc.string.contains("<link>\u{FFFD}https://example.kz/1</link>"))
        #expect(doc.diagnostics.count == 1)
        #expect(doc.diagnostics.first?.contains("3 invalid UTF-8 sequences replaced by U+FFFD") == true, "\(doc.diagnostics)")
    }

    @Test func validUTF8IsReturnedAsIs() throws {
        let bytes = [UInt8](try Data(contentsOf: Fixture.url("encodings/kk-utf8.xml")))
        let doc = DocumentDecoder.decode(bytes)
        #expect(doc.utf8 == bytes)
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func diagnosticNamesWhatWasDeclaredAndWhatWasUsed() throws {
        let doc = try Titles.decode("kk-utf8-declared-1251.xml")
        #expect(doc.diagnostics == ["declared windows-1251 but the bytes are UTF-8; read as utf-8"])
        let guessed = try Titles.decode("kk-kz1048-nodecl.xml")
        #expect(guessed.diagnostics == ["no encoding declared; read as rk1048 (guessed from the letters)"])
    }

    @Test func emptyAndASCIIOnlyDocuments() {
        #expect(DocumentDecoder.decode([]) == DecodedDocument(utf8: [], encoding: "utf-8"))
        let ascii = Array("<?xml version=\"1.0\" encoding=\"koi8-r\"?><rss/>".utf8)
        #expect(DocumentDecoder.decode(ascii) == DecodedDocument(utf8: ascii, encoding: "koi8-r"))
        #expect(DocumentDecoder.decode([0xEF, 0xBB, 0xBF]) == DecodedDocument(utf8: [], encoding: "utf-8"))
    }

    @Test func truncatedUTF16GetsAReplacementAndADiagnostic() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        bytes += Array("<a>ә</a>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        bytes += [0x3D, 0xD8, 0x3C]  // an unpaired high surrogate, then half a unit
        let doc = DocumentDecoder.decode(bytes)
        #expect(doc.string == "<a>ә</a>\u{FFFD}\u{FFFD}")
        #expect(doc.diagnostics == ["2 invalid utf-16le code units replaced by U+FFFD"])
    }
}
