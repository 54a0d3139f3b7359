import Foundation

/// The checks of JSON Feed 1.1 over a parsed JSON object, with line numbers from a light scan.
enum JSONFeedRules {
    static func validate(_ data: Data) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            return [ValidationProblem(line: 1, severity: .error, message: "not valid JSON: \((error as NSError).localizedDescription)")]
        }
        guard let feed = parsed as? [String: Any] else {
            return [ValidationProblem(line: 1, severity: .error, message: "a JSON Feed is a JSON object, not an array or value")]
        }
        let itemLines = ItemLineScanner.lines(Array(data))
        func error(_ line: Int, _ m: String) { problems.append(ValidationProblem(line: line, severity: .error, message: m)) }
        func warn(_ line: Int, _ m: String) { problems.append(ValidationProblem(line: line, severity: .warning, message: m)) }

        switch feed["version"] as? String {
        case "https://jsonfeed.org/version/1.1": break
        case "https://jsonfeed.org/version/1": warn(1, "version is JSON Feed 1.0; 1.1 is current")
        case let v?: error(1, "version \"\(v)\" is not a JSON Feed version URL")
        case nil: error(1, "feed has no version (required)")
        }
        if (feed["title"] as? String)?.isEmpty ?? true { error(1, "feed has no title (required)") }
        for key in ["home_page_url", "feed_url", "icon", "favicon"] {
            if let u = feed[key] as? String, !SyntaxChecks.isAbsoluteIRI(u) { error(1, "\(key) \"\(u)\" is not an absolute URL") }
        }
        guard let items = feed["items"] as? [Any] else { error(1, "feed has no items array (required)"); return problems }
        var ids: [String: Int] = [:]
        for (i, any) in items.enumerated() {
            let line = i < itemLines.count ? itemLines[i] : 1
            guard let item = any as? [String: Any] else { error(line, "items[\(i)] is not an object"); continue }
            let id: String?
            if let s = item["id"] as? String { id = s } else if let n = item["id"] as? NSNumber {
                warn(line, "items[\(i)].id is a number; JSON Feed ids are strings"); id = n.stringValue
            } else { id = nil }
            if let id {
                if id.isEmpty { error(line, "items[\(i)].id is empty") }
                if let first = ids[id] { error(line, "items[\(i)].id \"\(id)\" repeats the item on line \(first)") } else { ids[id] = line }
            } else {
                error(line, "items[\(i)] has no id (required)")
            }
            if item["content_html"] as? String == nil && item["content_text"] as? String == nil {
                error(line, "items[\(i)] has neither content_html nor content_text (one is required)")
            }
            for key in ["date_published", "date_modified"] {
                if let d = item[key] as? String, !SyntaxChecks.isRFC3339(d) { error(line, "items[\(i)].\(key) \"\(d)\" is not an RFC 3339 date") }
            }
            for key in ["url", "external_url", "image", "banner_image"] {
                if let u = item[key] as? String, !SyntaxChecks.isAbsoluteIRI(u) { error(line, "items[\(i)].\(key) \"\(u)\" is not an absolute URL") }
            }
            for (k, att) in ((item["attachments"] as? [[String: Any]]) ?? []).enumerated() {
                if att["url"] as? String == nil { error(line, "items[\(i)].attachments[\(k)] has no url") }
                if att["mime_type"] as? String == nil { error(line, "items[\(i)].attachments[\(k)] has no mime_type") }
            }
        }
        return problems
    }
}

/// Finds the line on which each object of the top-level `items` array starts.
enum ItemLineScanner {
    static func lines(_ b: [UInt8]) -> [Int] {
        var out: [Int] = []
        var line = 1, depth = 0, i = 0
        var inString = false, lastKey = "", currentString: [UInt8] = [], itemsDepth: Int?
        while i < b.count {
            let c = b[i]
            if c == 0x0A { line += 1 }
            if inString {
                if c == 0x5C { i += 2; continue }
                if c == 0x22 { inString = false; lastKey = String(decoding: currentString, as: UTF8.self) } else { currentString.append(c) }
                i += 1; continue
            }
            switch c {
            case 0x22: inString = true; currentString = []
            case 0x7B:
                if let d = itemsDepth, depth == d { out.append(line) }
                depth += 1
            case 0x5B:
                if depth == 1 && lastKey == "items" && itemsDepth == nil { itemsDepth = depth + 1 }
                depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if let d = itemsDepth, depth < d - 1 + 0, c == 0x5D { _ = d; itemsDepth = -1 }
            default: break
            }
            i += 1
        }
        return out
    }
}
