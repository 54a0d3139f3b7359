/// Knobs for `HTMLSanitizer`; the defaults suit feed item content.
///
/// - `allowDataImages`: keep `data:image/(png|jpeg|gif|webp)` in `img src` (small inline images
///   some outlets embed); every other `data:` URL is always removed.
/// - `maxDepth`: the deepest element nesting that is written; deeper elements are unwrapped (their
///   text is kept), so hostile deeply nested markup cannot grow the output's structure without bound.
public struct SanitizerOptions: Sendable, Hashable {
    /// Whether `img src` may hold a `data:` URL of a PNG, JPEG, GIF or WebP image.
    public var allowDataImages: Bool
    /// The deepest element nesting written; deeper elements are unwrapped, keeping their text.
    public var maxDepth: Int
    /// Whether HTML already in the simple allow-listed shape skips libxml2 (same output, much
    /// faster on Cyrillic text). Off only to compare the two paths in tests.
    public var fastPath: Bool = true

    /// Creates options.
    ///
    /// - Parameters:
    ///   - allowDataImages: Keep `data:image/…` PNG/JPEG/GIF/WebP sources on `img`. Default true.
    ///   - maxDepth: Nesting limit for written elements; values below 1 count as 1. Default 512.
    public init(allowDataImages: Bool = true, maxDepth: Int = 512) {
        self.allowDataImages = allowDataImages
        self.maxDepth = max(1, maxDepth)
    }
}
