/// An allow-list HTML sanitizer for feed content, streaming over libxml2's HTML parser.
///
/// The feed reader calls it for every HTML value of every item, so it builds no tree: SAX events
/// are written straight into an output buffer. What survives:
/// - Text structure (p, br, lists, tables, headings, quotes, figure/figcaption, pre/code, phrasing
///   elements, picture/source, video/audio with `controls` forced and no autoplay). Other unknown
///   elements are unwrapped: their text stays.
/// - script, style, iframe, object, embed, form controls, noscript, template, svg, math,
///   title/meta/link/base are removed with everything inside.
/// - Only allow-listed attributes (`href`, `src`, `srcset`, `alt`, `title`, `width`, `height`,
///   `colspan`, `rowspan`, `datetime`, `cite`, `lang`, `dir`, …). `id`, `class`, `style`, `target`,
///   `rel` and every `on*` handler are dropped; no `rel` is added (without `target` it has no use).
/// - URLs are absolute against the base URL; only http(s), mailto (links) and `data:` images (when
///   allowed) survive. An `img` without a usable `src` is removed, an `a` without `href` unwrapped.
///
/// Output is HTML, not XHTML: void elements are written `<br>`, `<img src="…">`; every other kept
/// element is closed; text escapes `& < >`, attributes also `"`.
///
/// ```swift
/// let sanitizer = HTMLSanitizer()
/// sanitizer.sanitize(#"<p onclick="x()">Сәлем <img src="/a.jpg"></p>"#, baseURL: URL(string: "https://abai.kz/post/1"))
/// // <p>Сәлем <img src="https://abai.kz/a.jpg"></p>
/// ```
public struct HTMLSanitizer: Sendable {
    /// The options this sanitizer applies.
    public let options: SanitizerOptions

    /// Creates a sanitizer.
    ///
    /// - Parameter options: Limits and allowances; the defaults suit feed content.
    public init(options: SanitizerOptions = .init()) {
        self.options = options
    }
}
