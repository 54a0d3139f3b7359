internal import CLibXML2

/// Checks URL attribute values against the scheme allow-list and makes relative ones absolute.
///
/// Only `http`, `https`, relative references, `mailto` (links only) and, when allowed, `data:` images
/// of PNG/JPEG/GIF/WebP (`img src` only) survive. The check runs on the value as a browser would
/// read it: entities are already decoded by libxml2, ASCII controls and white space are removed
/// wherever they are (so `jav&#x09;ascript:` is caught), and the scheme is compared case-insensitively.
struct URLPolicy {
    /// Where a URL appears, which decides the extra schemes it may use.
    enum Use { case link, resource, image }

    /// The base as a NUL-terminated string for xmlBuildURI, only when it is http(s).
    private let base: [UInt8]?
    /// `scheme://host` of the base when its authority is a plain host name, for root-relative
    /// references (`/img/1.jpg`), which need no parser (see ``rootRelativeFastPath(_:)``).
    private let origin: [UInt8]?
    private let allowDataImages: Bool

    init(baseURL: String?, allowDataImages: Bool) {
        self.allowDataImages = allowDataImages
        let bytes = baseURL.map { Array($0.utf8) } ?? []
        let schemeLength = bytes.withUnsafeBufferPointer { URLPolicy.schemeLength(of: $0) }
        if let schemeLength, URLPolicy.equals(bytes[..<schemeLength], "http") || URLPolicy.equals(bytes[..<schemeLength], "https") {
            base = bytes + [0]
            origin = URLPolicy.origin(of: bytes, schemeLength: schemeLength)
        } else {
            base = nil
            origin = nil
        }
    }

    /// `scheme://host` when the authority after `scheme://` is only letters, digits, `.` and `-`
    /// (no user, no port) and is followed by `/` or nothing.
    private static func origin(of url: [UInt8], schemeLength: Int) -> [UInt8]? {
        var i = schemeLength + 3
        guard url.count > i, url[schemeLength + 1] == UInt8(ascii: "/"), url[schemeLength + 2] == UInt8(ascii: "/") else { return nil }
        let hostStart = i
        while i < url.count, url[i] != UInt8(ascii: "/") {
            let b = url[i]
            guard isAlphanumeric(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") else { return nil }
            i += 1
        }
        return i > hostStart ? Array(url[..<i]) : nil
    }

    /// A reference `/path` made of unreserved characters and `/` only, without `//` at its start or
    /// dot segments, resolves to the base's origin followed by itself: what xmlBuildURI returns
    /// for it, without parsing both URIs and allocating (articles link every tag and picture so).
    func rootRelativeFastPath(_ url: [UInt8]) -> [UInt8]? {
        guard let origin, url.withUnsafeBufferPointer({ isPlainRootRelative($0) }) else { return nil }
        return origin + url
    }

    /// Whether ``rootRelativeFastPath(_:)`` takes the reference.
    private func isPlainRootRelative(_ url: UnsafeBufferPointer<UInt8>) -> Bool {
        guard origin != nil, url.count >= 2, url[0] == UInt8(ascii: "/"), url[1] != UInt8(ascii: "/") else { return false }
        var previous: UInt8 = 0
        for b in url {
            guard Self.isAlphanumeric(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: "~") || b == UInt8(ascii: ".") else { return false }
            if b == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return false }  // `/./`, `/../`, `/.hidden`
            previous = b
        }
        return true
    }

    @inline(__always) private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    /// Writes the safe, absolute form of `value` escaped into `out`; false (nothing written) if unsafe.
    func append(_ value: UnsafePointer<UInt8>, _ count: Int, use: Use, to out: inout ByteBuffer) -> Bool {
        let raw = UnsafeBufferPointer(start: value, count: count)
        // Most values have nothing to remove: they are read in place, without a copy.
        if !raw.contains(where: { $0 <= 0x20 || $0 == 0x7F }) { return appendClean(raw, use: use, to: &out) }
        return URLPolicy.clean(raw).withUnsafeBufferPointer { appendClean($0, use: use, to: &out) }
    }

    /// ``append(_:_:use:to:)`` for a value already cleaned.
    private func appendClean(_ url: UnsafeBufferPointer<UInt8>, use: Use, to out: inout ByteBuffer) -> Bool {
        guard let start = url.baseAddress, !url.isEmpty else { return false }
        if let schemeLength = URLPolicy.schemeLength(of: url) {
            guard isAllowed(scheme: UnsafeBufferPointer(rebasing: url[..<schemeLength]), use: use, url: url) else { return false }
            out.appendEscapedAttribute(start, url.count)
            return true
        }
        guard base != nil else {
            out.appendEscapedAttribute(start, url.count)
            return true
        }
        if let origin, isPlainRootRelative(url) {
            // The origin is a plain host name and the path plain characters: nothing to escape.
            out.append(origin)
            out.append(start, url.count)
            return true
        }
        return appendResolvedByLibXML2(Array(url), to: &out)
    }

    /// Resolves a relative reference against the base with libxml2's xmlBuildURI (RFC 3986).
    func appendResolvedByLibXML2(_ cleaned: [UInt8], to out: inout ByteBuffer) -> Bool {
        guard let base else { return false }
        let escaped = URLPolicy.percentEncodeUnsafe(cleaned) + [0]
        let resolved = escaped.withUnsafeBufferPointer { uri in
            base.withUnsafeBufferPointer { b in xmlBuildURI(uri.baseAddress!, b.baseAddress!) }
        }
        guard let resolved else { return false }
        defer { LibXML2HTML.free(resolved) }
        out.appendEscapedAttribute(resolved, Int(xmlStrlen(resolved)))
        return true
    }

    /// Writes a `srcset` with every candidate URL made safe and absolute; false if none survive.
    func appendSrcset(_ value: UnsafePointer<UInt8>, _ count: Int, to out: inout ByteBuffer) -> Bool {
        let mark = out.count
        var written = 0
        for candidate in SrcsetParser.candidates(UnsafeBufferPointer(start: value, count: count)) {
            let before = out.count
            if written > 0 { out.append([UInt8(ascii: ","), UInt8(ascii: " ")]) }
            let ok = candidate.url.withUnsafeBufferPointer { $0.baseAddress.map { append($0, candidate.url.count, use: .resource, to: &out) } ?? false }
            guard ok else { out.truncate(to: before); continue }
            if !candidate.descriptor.isEmpty {
                out.append(UInt8(ascii: " "))
                candidate.descriptor.withUnsafeBufferPointer { out.appendEscapedAttribute($0.baseAddress!, $0.count) }
            }
            written += 1
        }
        if written == 0 { out.truncate(to: mark) }
        return written > 0
    }

    private func isAllowed(scheme: UnsafeBufferPointer<UInt8>, use: Use, url: UnsafeBufferPointer<UInt8>) -> Bool {
        if URLPolicy.equals(scheme, "http") || URLPolicy.equals(scheme, "https") { return true }
        switch use {
        case .link: return URLPolicy.equals(scheme, "mailto")
        case .resource: return false
        case .image:
            guard allowDataImages, URLPolicy.equals(scheme, "data") else { return false }
            for type in ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"] {
                let n = type.utf8.count
                if url.count > n, URLPolicy.equals(UnsafeBufferPointer(rebasing: url[0..<n]), type), url[n] == UInt8(ascii: ";") || url[n] == UInt8(ascii: ",") {
                    return true
                }
            }
            return false
        }
    }

    /// The value without ASCII controls, tabs, newlines anywhere, and without leading/trailing spaces.
    static func clean(_ value: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var start = 0
        var end = value.count
        while start < end, value[start] <= 0x20 { start += 1 }
        while end > start, value[end - 1] <= 0x20 { end -= 1 }
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        for b in value[start..<end] where b >= 0x20 && b != 0x7F { result.append(b) }
        return result
    }

    /// The length of the scheme, if a `:` comes before any `/`, `?` or `#`. Anything before such a colon counts as
    /// a scheme, even with spaces in it, so `java script:` is refused rather than read as a path.
    static func schemeLength(of url: UnsafeBufferPointer<UInt8>) -> Int? {
        for (i, b) in url.enumerated() {
            switch b {
            case UInt8(ascii: ":"): return i
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return nil
            default: continue
            }
        }
        return nil
    }

    /// ASCII case-insensitive comparison with a lower-case literal.
    static func equals<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ literal: String) -> Bool {
        guard bytes.count == literal.utf8.count else { return false }
        return zip(bytes, literal.utf8).allSatisfy { a, b in (a | 0x20) == b || a == b }
    }

    /// Percent-encodes non-ASCII bytes and characters URIs forbid, so xmlBuildURI accepts
    /// Cyrillic paths (IRI to URI mapping); `%` itself is left alone.
    static func percentEncodeUnsafe(_ url: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(url.count)
        for b in url {
            switch b {
            case 0x80..., UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"),
                 UInt8(ascii: "|"), UInt8(ascii: "}"):
                result += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]]
            default:
                result.append(b)
            }
        }
        return result
    }
}
