/// One thing wrong with a feed, as the validator reports it.
public struct ValidationProblem: Sendable, Hashable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable {
        /// The document breaks a MUST of its specification; readers may reject or misread it.
        case error
        /// A SHOULD is broken, or something readers commonly trip over.
        case warning
    }

    /// The 1-based line the problem is on (the element's start tag).
    public var line: Int
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, naming the element.
    public var message: String

    /// Creates a problem.
    public init(line: Int, severity: Severity, message: String) {
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// `LINE: error|warning: message`.
    public var description: String { "\(line): \(severity.rawValue): \(message)" }
}
