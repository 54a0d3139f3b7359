import Foundation

/// Readers for the few response header values the fetcher interprets.
///
/// Internal, but kept free of NIO types so the tests can check them on plain strings.
enum HeaderValues {
    /// The media type (lowercased) and `charset` parameter (unquoted) of a `Content-Type` value.
    ///
    /// `text/xml; charset="windows-1251"` gives `("text/xml", "windows-1251")`.
    static func contentType(_ value: String?) -> (mediaType: String?, charset: String?) {
        guard let value else { return (nil, nil) }
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        let media = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var charset: String?
        for parameter in parts.dropFirst() {
            guard let equals = parameter.firstIndex(of: "=") else { continue }
            let name = parameter[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            guard name == "charset" else { continue }
            var raw = parameter[parameter.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if raw.count >= 2, raw.hasPrefix("\""), raw.hasSuffix("\"") { raw = String(raw.dropFirst().dropLast()) }
            if !raw.isEmpty { charset = raw }
            break
        }
        return ((media?.isEmpty ?? true) ? nil : media, charset)
    }

    /// `max-age` (or `s-maxage`, which wins) of a `Cache-Control` value, in seconds.
    static func maxAge(cacheControl value: String?) -> Duration? {
        guard let value else { return nil }
        var maxAge: Int64?
        var sharedMaxAge: Int64?
        for directive in value.split(separator: ",") {
            let pair = directive.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            let number = Int64(pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            switch pair[0].lowercased() {
            case "max-age": maxAge = number.map { max(0, $0) }
            case "s-maxage": sharedMaxAge = number.map { max(0, $0) }
            default: break
            }
        }
        return (sharedMaxAge ?? maxAge).map { .seconds($0) }
    }

    /// A `Retry-After` value as a delay from `now`: delta-seconds or an HTTP-date (a past date gives zero).
    static func retryAfter(_ value: String?, now: Date) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if value.allSatisfy(\.isASCIIDigit) {
            return Int64(value).map { .seconds($0) } ?? .seconds(Int64.max / 4)
        }
        guard let date = httpDate(value) else { return nil }
        let seconds = date.timeIntervalSince(now)
        return seconds <= 0 ? .zero : .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// Parses an HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms.
    static func httpDate(_ value: String) -> Date? {
        let text = value.trimmingCharacters(in: .whitespaces)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        // asctime pads single-digit days with a second space.
        let collapsed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        if collapsed != text {
            formatter.dateFormat = "EEE MMM d HH:mm:ss yyyy"
            return formatter.date(from: collapsed)
        }
        return nil
    }
}

extension Character {
    /// `0`–`9` only (not other scripts' digits).
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
