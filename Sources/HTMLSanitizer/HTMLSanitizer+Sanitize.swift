import Foundation
import TextEncodings

extension HTMLSanitizer {
    /// Sanitizes an HTML fragment: allow-listed tags and attributes only, URLs absolute against `baseURL`.
    ///
    /// Text without `<` never reaches the parser: its character references are decoded and it is
    /// re-escaped, so `AT&T` comes back as `AT&amp;T`. Input is always read as UTF-8; a
    /// `<meta charset>` in it changes nothing.
    ///
    /// - Parameters:
    ///   - html: The HTML as found in the feed (already unescaped from the XML).
    ///   - baseURL: The item's `xml:base` or document URL; relative URLs are resolved against it when it
    ///     is http(s), otherwise they are kept relative.
    /// - Returns: A well-formed HTML fragment (possibly empty).
    public func sanitize(_ html: String, baseURL: URL?) -> String {
        var html = html
        return html.withUTF8 { sanitize(utf8: $0, baseURL: baseURL) }
    }

    /// Sanitizes an HTML fragment given as UTF-8 bytes; see ``sanitize(_:baseURL:)``.
    ///
    /// The feed reader passes the bytes it collected straight from the XML parser, so a large
    /// body is not first copied into a `String` only to be read again.
    ///
    /// Bytes that are not valid UTF-8 are repaired first (U+FFFD), as `String(decoding:as:)` does.
    public func sanitize(utf8 input: UnsafeBufferPointer<UInt8>, baseURL: URL?) -> String {
        guard UTF8Validator.isValid(input) else {
            var repaired = String(decoding: input, as: UTF8.self)
            return repaired.withUTF8 { sanitize(validUTF8: $0, baseURL: baseURL) }
        }
        return sanitize(validUTF8: input, baseURL: baseURL)
    }

    /// Sanitizes bytes the caller knows to be valid UTF-8 (the feed reader's text, which libxml2
    /// hands out after the reader made the document UTF-8), skipping the input check of
    /// ``sanitize(utf8:baseURL:)``.
    ///
    /// - Precondition: `input` is valid UTF-8 (checked in debug builds).
    package func sanitize(validUTF8 input: UnsafeBufferPointer<UInt8>, baseURL: URL?) -> String {
        sanitize(validUTF8: input, base: prepare(baseURL: baseURL))
    }

    /// Reads a base URL once for many runs: the items of a feed share their base, and reading
    /// it (its string, scheme and origin) cost as much as sanitizing a short summary.
    package func prepare(baseURL: URL?) -> PreparedBase {
        PreparedBase(urls: URLPolicy(baseURL: baseURL?.absoluteString, allowDataImages: options.allowDataImages))
    }

    /// Sanitizes valid UTF-8 against a base read by ``prepare(baseURL:)`` of this sanitizer.
    package func sanitize(validUTF8 input: UnsafeBufferPointer<UInt8>, base: PreparedBase) -> String {
        if !input.contains(UInt8(ascii: "<")) { return Self.escapeText(input) }
        if options.fastPath, let bytes = FastPath(urls: base.urls, maxDepth: options.maxDepth).sanitize(input) {
            return String(knownValidUTF8: bytes)
        }
        return SanitizingHandler.sanitize(input, urls: base.urls, maxDepth: options.maxDepth) ?? Self.escapeText(input)
    }

    /// The fast path: decode references (if any), then escape. Returns the input itself when
    /// nothing needs to change.
    static func escapeText(_ input: UnsafeBufferPointer<UInt8>) -> String {
        var out = ByteBuffer(capacity: input.count + 16)
        if input.contains(UInt8(ascii: "&")) {
            var decoded: [UInt8] = []
            decoded.reserveCapacity(input.count)
            EntityDecoder.decode(input, into: &decoded)
            decoded.withUnsafeBufferPointer { out.appendEscapedText($0.baseAddress!, $0.count) }
        } else if let base = input.baseAddress {
            out.appendEscapedText(base, input.count)
        }
        return out.string()
    }
}

/// A base URL as the sanitizer uses it, read once (see ``HTMLSanitizer/prepare(baseURL:)``).
package struct PreparedBase {
    let urls: URLPolicy
}
