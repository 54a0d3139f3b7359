import Foundation

/// Structural differences between two JSON values (as `JSONSerialization` gives them), as
/// `path: expected X, got Y` lines, so a failing golden names the field that differs.
enum JSONDiff {
    static func differences(expected: Any, actual: Any, path: String = "$") -> [String] {
        switch (expected, actual) {
        case let (e as [String: Any], a as [String: Any]):
            var out: [String] = []
            for key in Set(e.keys).union(a.keys).sorted() {
                switch (e[key], a[key]) {
                case let (ev?, av?): out += differences(expected: ev, actual: av, path: path + "." + key)
                case (nil, let av?): out.append("\(path).\(key): unexpected key, got \(render(av))")
                case (let ev?, nil): out.append("\(path).\(key): missing, expected \(render(ev))")
                case (nil, nil): break
                }
            }
            return out
        case let (e as [Any], a as [Any]):
            if e.count != a.count {
                return ["\(path): expected \(e.count) elements, got \(a.count): \(render(a))"]
            }
            return zip(e, a).enumerated().flatMap { differences(expected: $1.0, actual: $1.1, path: "\(path)[\($0)]") }
        case (is NSNull, is NSNull):
            return []
        case let (e as String, a as String):
            return e == a ? [] : ["\(path): expected \(render(e)), got \(render(a))"]
        case let (e as NSNumber, a as NSNumber):
            return e == a ? [] : ["\(path): expected \(e), got \(a)"]
        default:
            return ["\(path): expected \(render(expected)), got \(render(actual))"]
        }
    }

    static func render(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let string = value as? String { return "\"\(string)\"" }
        guard JSONSerialization.isValidJSONObject(value),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "\(value)" }
        let text = String(decoding: data, as: UTF8.self)
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
