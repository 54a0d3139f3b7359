import ArnaCore
import FeedWriter
import SiteContent

extension SiteSettings {
    /// The writers' view of the site settings.
    ///
    /// Used by `arna generate`, `arna refresh` and the daemon's ``SiteFeedJob``.
    public var feedConfiguration: FeedConfiguration {
        FeedConfiguration(
            idBase: idBase, title: title, subtitle: subtitle, siteURL: siteURL, feedsURL: resolvedFeedsURL,
            author: Person(name: authorName, email: authorEmail), language: LanguageTag(rawValue: language),
            icon: icon, logo: logo, rights: rights, outletID: outletID,
            entriesPerFeed: entriesPerFeed, archivePageSize: archivePageSize)
    }
}
