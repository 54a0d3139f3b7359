import Foundation

/// Splits a Markdown file into its YAML front matter and its body.
enum FrontMatter {
    static func split(_ text: String, file: String) throws(ContentError) -> (yaml: String, body: String) {
        var t = text
        if t.hasPrefix("\u{FEFF}") { t.removeFirst() }
        t = t.replacingOccurrences(of: "\r\n", with: "\n")
        var lines = t.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            throw ContentError(file: file, line: 1, message: "no front matter: the file must start with a '---' line, then YAML fields, then '---'")
        }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" || $0 == "..." }) else {
            throw ContentError(file: file, message: "front matter is not closed: add a '---' line after the YAML fields")
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return (yaml, body)
    }
}
