import Testing
@testable import TextEncodings

@Suite struct CharsetAliasesTests {
    @Test(arguments: [
        ("KZ-1048", "rk1048"), ("kz1048", "rk1048"), ("STRK1048-2002", "rk1048"), ("RK1048", "rk1048"),
        ("PTCP154", "pt154"), ("CP154", "pt154"), ("PT154", "pt154"), ("Cyrillic-Asian", "pt154"),
        ("cp1251", "windows-1251"), ("win-1251", "windows-1251"), ("windows1251", "windows-1251"),
        ("x-cp1251", "windows-1251"), ("Windows-1251", "windows-1251"), (" \"UTF-8\" ", "utf-8"), ("utf8", "utf-8"),
        ("UTF-16", "utf-16le"), ("UTF-16BE", "utf-16be"), ("UTF-32", "utf-32le"), ("KOI8-R", "koi8-r"), ("koi8r", "koi8-r"),
        ("ISO-8859-1", "windows-1252"), ("latin1", "windows-1252"), ("US-ASCII", "windows-1252"),
        ("ISO_8859-5", "iso-8859-5"), ("Shift_JIS", "shift_jis"), ("gb2312", "gbk"), ("euc-kr", "euc-kr"),
    ])
    func knownLabels(_ label: String, _ canonical: String) {
        #expect(CharsetAliases.canonicalName(label) == canonical)
    }

    @Test(arguments: ["", "x-no-such-charset", "utf-9", "1251"])
    func unknownLabels(_ label: String) {
        #expect(CharsetAliases.canonicalName(label) == nil)
    }

    /// Every canonical name must open in glibc iconv (else `decode` would fall back to sniffing).
    @Test func everyCanonicalNameHasAnIconvConverter() {
        for (name, _) in CharsetAliases.table {
            #expect(IconvConverter.toUTF8(Array("ok".utf8), from: CharsetAliases.iconvName(name)) != nil, "\(name)")
        }
    }
}
