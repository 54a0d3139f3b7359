import Foundation

/// The lead picture of an article, as outlets show it: a photo with a caption and a credit line.
public struct ArticleImage: Sendable, Hashable, Codable {
    /// Where the picture is.
    public var url: URL
    /// MIME type, when known.
    public var type: String?
    /// Size in bytes, when known.
    public var length: Int64?
    /// What the picture shows.
    public var caption: String?
    /// Who took or owns it (`Фото: azattyq.org` gives `azattyq.org`).
    public var credit: String?

    /// Creates an image.
    public init(url: URL, type: String? = nil, length: Int64? = nil, caption: String? = nil, credit: String? = nil) {
        self.url = url
        self.type = type
        self.length = length
        self.caption = caption
        self.credit = credit
    }
}
