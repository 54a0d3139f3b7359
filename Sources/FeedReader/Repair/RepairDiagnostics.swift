/// Faults found while repairing a document, counted per kind so a feed with a thousand
/// `&nbsp;` gives one line, not a thousand.
struct RepairDiagnostics {
    private var order: [String] = []
    private var entries: [String: (line: Int, count: Int)] = [:]

    /// Records one fault; `message` is the same for every fault of its kind.
    mutating func add(_ message: String, line: Int) {
        if let entry = entries[message] {
            entries[message] = (entry.line, entry.count + 1)
        } else {
            order.append(message)
            entries[message] = (line, 1)
        }
    }

    /// One line per kind: `line 12: bare '&' (escaped), 3 times`.
    var messages: [String] {
        order.map { message in
            let entry = entries[message]!
            let times = entry.count > 1 ? ", \(entry.count) times" : ""
            return "line \(entry.line): \(message)\(times)"
        }
    }
}
