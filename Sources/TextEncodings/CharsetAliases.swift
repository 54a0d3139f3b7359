import Foundation

/// Maps charset labels (HTTP `charset=`, XML `encoding=`, `<meta charset>`, `--charset`) to one
/// canonical lower-case name, and canonical names to glibc iconv's names.
///
/// Labels follow the WHATWG Encoding Standard, plus the Kazakh code pages that glibc iconv and
/// libxml2 know only under other names: KZ-1048 (glibc `RK1048`) and PTCP154 (glibc `PT154`),
/// and UTF-32, which the WHATWG standard leaves out but XML allows.
public enum CharsetAliases {
    /// The canonical name for a label, or `nil` when the label names no supported charset.
    ///
    /// Matching ignores case, surrounding white space and quotes; a second try also ignores
    /// `-`, `_`, `.`, `:` and spaces, so `"KZ-1048"`, `"kz1048"` and `"STRK1048-2002"` all give `"rk1048"`,
    /// and `"cp1251"`, `"win-1251"`, `"windows1251"`, `"x-cp1251"` give `"windows-1251"`.
    ///
    /// - Parameter label: A charset label as found in a header or a document.
    /// - Returns: The canonical name, e.g. `"utf-8"`, `"windows-1251"`, `"rk1048"`, `"pt154"`.
    public static func canonicalName(_ label: String) -> String? {
        let trimmed = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'")).lowercased()
        if trimmed.isEmpty { return nil }
        if let name = exact[trimmed] { return name }
        return squashed[squash(trimmed)]
    }

    /// glibc iconv's name for a canonical name.
    static func iconvName(_ canonical: String) -> String {
        switch canonical {
        case "rk1048": return "RK1048"
        case "pt154": return "PT154"
        case "iso-8859-8-i": return "ISO-8859-8"
        case "windows-874": return "CP874"
        case "x-mac-cyrillic": return "MAC-CYRILLIC"
        case "gbk": return "GB18030"  // WHATWG decodes gbk with the gb18030 decoder
        case "big5": return "BIG5-HKSCS"
        case "shift_jis": return "CP932"
        case "euc-kr": return "CP949"
        default:
            if canonical.hasPrefix("windows-") { return "CP" + canonical.dropFirst("windows-".count) }
            return canonical.uppercased()
        }
    }

    /// Canonical name → its labels (each canonical name is also its own label).
    static let table: [(String, [String])] = [
        ("utf-8", ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf8", "x-unicode20utf8"]),
        ("utf-16le", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16"]),
        ("utf-16be", ["unicodefffe"]),
        ("utf-32le", ["utf-32", "ucs-4", "iso-10646-ucs-4"]),
        ("utf-32be", []),
        ("windows-1251", ["cp1251", "x-cp1251", "win-1251", "win1251", "cp-1251", "windows1251", "ms-cyrl"]),
        ("rk1048", ["kz-1048", "kz1048", "strk1048-2002", "cskz1048"]),
        ("pt154", ["ptcp154", "cp154", "pt-154", "cyrillic-asian", "csptcp154"]),
        ("koi8-r", ["cskoi8r", "koi", "koi8", "koi8_r"]),
        ("koi8-u", ["koi8-ru"]),
        ("iso-8859-5", ["csisolatincyrillic", "cyrillic", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
        ("ibm866", ["866", "cp866", "csibm866"]),
        ("x-mac-cyrillic", ["x-mac-ukrainian"]),
        ("windows-1252", ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                          "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                          "us-ascii", "x-cp1252", "win-1252"]),
        ("iso-8859-2", ["csisolatin2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
        ("iso-8859-3", ["csisolatin3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
        ("iso-8859-4", ["csisolatin4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
        ("iso-8859-6", ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6-e",
                        "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
        ("iso-8859-7", ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-ir-126", "iso8859-7", "iso88597",
                        "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]),
        ("iso-8859-8", ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
                        "iso_8859-8", "iso_8859-8:1988", "visual"]),
        ("iso-8859-8-i", ["csiso88598i", "logical"]),
        ("iso-8859-10", ["csisolatin6", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]),
        ("iso-8859-13", ["iso8859-13", "iso885913"]),
        ("iso-8859-14", ["iso8859-14", "iso885914"]),
        ("iso-8859-15", ["csisolatin9", "iso8859-15", "iso885915", "iso_8859-15", "l9"]),
        ("iso-8859-16", []),
        ("macintosh", ["csmacintosh", "mac", "x-mac-roman"]),
        ("windows-874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620"]),
        ("windows-1250", ["cp1250", "x-cp1250"]),
        ("windows-1253", ["cp1253", "x-cp1253"]),
        ("windows-1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
                          "iso_8859-9:1989", "l5", "latin5", "x-cp1254"]),
        ("windows-1255", ["cp1255", "x-cp1255"]),
        ("windows-1256", ["cp1256", "x-cp1256"]),
        ("windows-1257", ["cp1257", "x-cp1257"]),
        ("windows-1258", ["cp1258", "x-cp1258"]),
        ("gbk", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "iso-ir-58", "x-gbk"]),
        ("gb18030", []),
        ("big5", ["big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        ("euc-jp", ["cseucpkdfmtjapanese", "x-euc-jp"]),
        ("iso-2022-jp", ["csiso2022jp"]),
        ("shift_jis", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "sjis", "windows-31j", "x-sjis"]),
        ("euc-kr", ["cseuckr", "csksc56011987", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
                    "ksc_5601", "windows-949"]),
    ]

    private static let exact: [String: String] = {
        var map: [String: String] = [:]
        for (name, labels) in table {
            map[name] = name
            for label in labels { map[label] = name }
        }
        return map
    }()

    private static let squashed: [String: String] = {
        var map: [String: String] = [:]
        for (name, labels) in table {
            for label in [name] + labels where map[squash(label)] == nil { map[squash(label)] = name }
        }
        return map
    }()

    private static func squash(_ label: String) -> String {
        String(label.unicodeScalars.filter { !"-_.: ".unicodeScalars.contains($0) })
    }
}
