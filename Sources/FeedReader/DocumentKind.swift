/// What a document's first bytes say it is.
enum DocumentKind {
    case empty, json, html, xml

    /// Looks at the first non-blank characters: `{` is JSON; `<!DOCTYPE html` or `<html` is an
    /// HTML page; anything else is read as XML (junk before it included).
    static func sniff(_ bytes: [UInt8]) -> DocumentKind {
        var i = 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count else { return .empty }
        if bytes[i] == UInt8(ascii: "{") { return .json }
        let head = String(decoding: bytes[i..<min(bytes.count, i + 512)], as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        return .xml
    }
}
