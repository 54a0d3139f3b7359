import Foundation

/// A news outlet: one source of articles.
public struct Outlet: Sendable, Hashable, Codable, Identifiable {
    /// Short stable id used in article ids and file names (`tengrinews`, `azattyq-kk`).
    public let id: String
    /// Display name (`Азаттық радиосы`).
    public var name: String
    /// The outlet's home page.
    public var siteURL: URL?
    /// The feed arna reads.
    public var feedURL: URL?
    /// The language the outlet publishes in, when it publishes in one.
    public var language: LanguageTag?

    /// Creates an outlet.
    public init(id: String, name: String, siteURL: URL? = nil, feedURL: URL? = nil, language: LanguageTag? = nil) {
        self.id = id
        self.name = name
        self.siteURL = siteURL
        self.feedURL = feedURL
        self.language = language
    }
}
