import Foundation

/// Why a fetch failed.
///
/// Every failure of ``HTTPFetching/fetch(_:)`` is one of these, so the caller can count it
/// towards the source's backoff and show ``description`` as the source's last error.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Kind: Sendable, Hashable {
        /// The connection or the whole fetch took longer than the policy allows.
        case timeout
        /// The body (after decompression) is larger than ``FetchPolicy/maxBodyBytes``.
        case tooLarge
        /// More redirects than ``FetchPolicy/maxRedirects``.
        case tooManyRedirects
        /// A redirect without a usable `Location`, or to a scheme other than http(s).
        case badRedirect
        /// A status that is neither success, 304, 410, 429, nor 503 with `Retry-After`.
        case httpStatus(Int)
        /// The connection failed: refused, reset, DNS, TLS, a broken body encoding.
        case network
        /// The URL is not http, https, file, or a local path.
        case invalidURL
        /// The local file does not exist.
        case fileNotFound
        /// The local file exists but cannot be read (a folder, no permission).
        case fileUnreadable
        /// The calling task was cancelled.
        case cancelled
    }

    /// What went wrong.
    public var kind: Kind
    /// The URL being fetched when it went wrong (after any redirects).
    public var url: URL
    /// Details in words, for logs and the source's `lastError`.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: What went wrong.
    ///   - url: The URL being fetched.
    ///   - message: Details in words.
    public init(kind: Kind, url: URL, message: String) {
        self.kind = kind
        self.url = url
        self.message = message
    }

    /// `kind: message (url)`, one line.
    public var description: String {
        "\(kind.label): \(message) (\(url.absoluteString))"
    }
}

extension FetchError.Kind {
    /// A short name for messages.
    var label: String {
        switch self {
        case .timeout: "timeout"
        case .tooLarge: "too large"
        case .tooManyRedirects: "too many redirects"
        case .badRedirect: "bad redirect"
        case .httpStatus(let status): "HTTP \(status)"
        case .network: "network"
        case .invalidURL: "invalid URL"
        case .fileNotFound: "file not found"
        case .fileUnreadable: "file unreadable"
        case .cancelled: "cancelled"
        }
    }
}
