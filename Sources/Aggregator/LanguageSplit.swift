import ArnaCore

extension Array where Element == Article {
    /// The articles in `language` (its primary subtag: `kk` keeps `kk-latn` too).
    public func inLanguage(_ language: LanguageTag) -> [Article] {
        filter { $0.language?.primary == language.primary }
    }
}
