import Foundation

/// The canonical form of an article URL, for telling that two links name the same page.
///
/// Lower-cases scheme and host, treats `http` as `https`, drops `www.`, the default port,
/// the fragment, a trailing slash and tracking parameters (`utm_*`, `fbclid`, `gclid`,
/// `yclid`, `_openstat`, …), and sorts the remaining query parameters.
public enum CanonicalURL {
    /// Query parameters that only track where a click came from.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "yclid", "msclkid", "mc_cid", "mc_eid", "igshid",
        "_openstat", "from", "ref", "ref_src", "spm", "rss", "rss_src", "at_medium", "at_campaign",
    ]

    /// The canonical string of `url`; stable across runs.
    public static func string(for url: URL) -> String {
        guard var parts = URLComponents(url: url, resolvingAgainstBaseURL: true) else {
            return url.absoluteString
        }
        let scheme = parts.scheme?.lowercased()
        if scheme == "http" || scheme == "https" { parts.scheme = "https" } else { parts.scheme = scheme }
        if var host = parts.host?.lowercased() {
            if host.hasPrefix("www.") { host.removeFirst(4) }
            if host.hasSuffix(".") { host.removeLast() }
            parts.host = host
        }
        if parts.port == 80 || parts.port == 443 { parts.port = nil }
        parts.fragment = nil
        if let items = parts.queryItems {
            let kept = items
                .filter { item in
                    let name = item.name.lowercased()
                    return !name.hasPrefix("utm_") && !trackingParameters.contains(name)
                }
                .sorted { ($0.name, $0.value ?? "") < ($1.name, $1.value ?? "") }
            parts.queryItems = kept.isEmpty ? nil : kept
        }
        var path = parts.percentEncodedPath
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        if path.isEmpty { path = "/" }
        parts.percentEncodedPath = path
        return parts.string ?? url.absoluteString
    }
}
