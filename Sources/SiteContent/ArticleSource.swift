import Foundation

/// The fields of one article file, as written in YAML front matter or a JSON file.
///
/// Keys are snake_case: `title`, `author`, `date`, `updated`, `category`, `image`,
/// `image_credit`, `image_caption`, `image_type`, `image_length`, `language`, `summary`,
/// `related` (a list of `{title, url, date}`), and in JSON files `body` (Markdown) or
/// `content_html`.
public struct ArticleSource: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String
    /// Bylines (`Айгерім САПАРОВА`); a single string or a list.
    public var author: [String]
    /// When it was published, local time.
    public var date: String
    /// When it was last changed, local time.
    public var updated: String?
    /// The category: a name, or `{term, label}`.
    public var category: CategorySource?
    /// The lead photo (absolute, or relative to the site URL).
    public var image: String?
    /// The photo's credit line (`Фото: Ерлан ОМАРОВ`).
    public var imageCredit: String?
    /// What the photo shows.
    public var imageCaption: String?
    /// The photo's MIME type, when it cannot be told from its name.
    public var imageType: String?
    /// The photo's size in bytes.
    public var imageLength: Int64?
    /// `kk` or `ru`; the site's language when absent.
    public var language: String?
    /// A one-paragraph lead, plain text; the first paragraph of the body when absent.
    public var summary: String?
    /// The "related news" block.
    public var related: [RelatedSource]
    /// The body as Markdown (JSON files; Markdown files carry it after the front matter).
    public var body: String?
    /// The body as ready HTML (JSON files only).
    public var contentHTML: String?

    /// A category as written: a plain name, or a term with a label.
    public struct CategorySource: Sendable, Hashable, Codable {
        /// The machine term (`economy`), or the name when only a name is given.
        public var term: String
        /// The human label (`Экономика`).
        public var label: String?

        /// Creates a category.
        public init(term: String, label: String? = nil) { self.term = term; self.label = label }

        /// Decodes `Экономика` or `{term: economy, label: Экономика}`.
        public init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                term = name; label = nil
            } else {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                term = try c.decode(String.self, forKey: .term)
                label = try c.decodeIfPresent(String.self, forKey: .label)
            }
        }
    }

    /// One entry of the related block.
    public struct RelatedSource: Sendable, Hashable, Codable {
        /// Its headline.
        public var title: String?
        /// Its page (absolute, or relative to the site URL).
        public var url: String
        /// Its date as shown (`05.03.2020`).
        public var date: String?
    }

    enum CodingKeys: String, CodingKey {
        case title, author, date, updated, category, image, language, summary, related, body
        case imageCredit = "image_credit"
        case imageCaption = "image_caption"
        case imageType = "image_type"
        case imageLength = "image_length"
        case contentHTML = "content_html"
    }

    /// Decodes the fields; `title`, `author` and `date` are required.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        if let one = try? c.decode(String.self, forKey: .author) {
            author = [one]
        } else {
            author = try c.decode([String].self, forKey: .author)
        }
        date = try c.decode(String.self, forKey: .date)
        updated = try c.decodeIfPresent(String.self, forKey: .updated)
        category = try c.decodeIfPresent(CategorySource.self, forKey: .category)
        image = try c.decodeIfPresent(String.self, forKey: .image)
        imageCredit = try c.decodeIfPresent(String.self, forKey: .imageCredit)
        imageCaption = try c.decodeIfPresent(String.self, forKey: .imageCaption)
        imageType = try c.decodeIfPresent(String.self, forKey: .imageType)
        imageLength = try c.decodeIfPresent(Int64.self, forKey: .imageLength)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        related = try c.decodeIfPresent([RelatedSource].self, forKey: .related) ?? []
        body = try c.decodeIfPresent(String.self, forKey: .body)
        contentHTML = try c.decodeIfPresent(String.self, forKey: .contentHTML)
    }
}
