import Foundation

/// Absolute URLs from attribute values.
enum URLs {
    /// `value` resolved against `base`; only http(s) results (or file URLs when the base is a file).
    static func absolute(_ value: String?, base: URL?) -> URL? {
        guard let raw = value?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty, !raw.hasPrefix("#"),
              !raw.lowercased().hasPrefix("javascript:"), !raw.lowercased().hasPrefix("data:") else { return nil }
        let encoded = raw.addingPercentEncoding(withAllowedCharacters: allowed) ?? raw
        guard let url = URL(string: encoded, relativeTo: base)?.absoluteURL, let scheme = url.scheme?.lowercased() else { return nil }
        guard scheme == "http" || scheme == "https" || (scheme == "file" && base?.isFileURL == true) else { return nil }
        return url
    }

    /// Characters kept as they are when a URL is written with raw spaces or Cyrillic letters.
    private static let allowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.insert(charactersIn: "#%")
        return set
    }()
}
