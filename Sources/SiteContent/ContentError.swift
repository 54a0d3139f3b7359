import Foundation

/// A problem with one content or settings file: which file, and what is wrong with it.
///
/// Loading the content folder collects these as values, so one bad article never stops the
/// others from loading; `arna generate` prints them and goes on.
public struct ContentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path (or name).
    public var file: String
    /// The line the problem is on, when known.
    public var line: Int?
    /// What is wrong, in words a writer can act on.
    public var message: String

    /// Creates an error for `file`.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message`, or `FILE: message` without a line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    /// A short sentence for a decoding error (which key, what was expected).
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _):
            return "missing required field '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "field '\(path(context))' has the wrong type: \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context):
            let p = path(context)
            return p.isEmpty ? "malformed: \(context.debugDescription) \(underlying(context))"
                : "field '\(p)' is invalid: \(context.debugDescription)"
        default:
            return "malformed: \(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func underlying(_ context: DecodingError.Context) -> String {
        context.underlyingError.map { "(\($0))" } ?? ""
    }
}
