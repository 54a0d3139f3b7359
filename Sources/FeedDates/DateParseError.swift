import Foundation

/// Why a text could not be read as a date: the reason plus the text, ready for a feed's `errors`.
///
/// `description` is one short line such as `unreadable date 'xyz'`, which the feed reader can put
/// in its `errors` list as is. Long texts are cut to 60 characters in the message.
public struct DateParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure, from "not a date at all" to "a date, but not a certain one".
    public enum Reason: Sendable, Hashable {
        /// The text was empty or only white space.
        case empty
        /// The text is in no form the parser reads (or has words or trailing text it does not know).
        case unrecognized
        /// The form is known but a field is impossible: month 13, 30 February, 25:00, a year before 1000.
        case invalidValue
        /// A day and month without a year (`5 наурызда`); readable only with a reference date.
        case missingYear
        /// A relative day (`вчера, 14:30`, `бүгін`); readable only with a reference date.
        case relativeDay
    }

    /// What went wrong.
    public let reason: Reason
    /// The text that was given, unchanged.
    public let text: String

    /// Makes an error for a text and a reason.
    ///
    /// - Parameters:
    ///   - reason: What went wrong.
    ///   - text: The text that was given.
    public init(reason: Reason, text: String) {
        self.reason = reason
        self.text = text
    }

    /// One line for a feed's `errors`, e.g. `unreadable date 'xyz'`.
    public var description: String {
        let shown = text.count > 60 ? String(text.prefix(60)) + "…" : text
        switch reason {
        case .empty: return "empty date"
        case .unrecognized: return "unreadable date '\(shown)'"
        case .invalidValue: return "impossible date '\(shown)'"
        case .missingYear: return "date without a year '\(shown)'"
        case .relativeDay: return "relative date without a reference day '\(shown)'"
        }
    }
}
