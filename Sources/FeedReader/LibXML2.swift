internal import CLibXML2

/// libxml2 is initialised once per process, lazily and thread-safely (a Swift global).
/// `xmlCleanupParser` is never called: it is not thread-safe and libxml2 ≥ 2.9.11 cleans up at exit.
private let libxml2Ready: Void = {
    xmlInitParser()
}()

enum LibXML2 {
    /// Call at the top of every entry point that uses libxml2.
    static func ensureInitialized() { _ = libxml2Ready }
}
