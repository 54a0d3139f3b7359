import ArnaTestSupport
import FeedReader
import Foundation
import Testing

/// How often a feed asks to be fetched: RSS `ttl` and the RSS 1.0 syndication module.
@Suite struct SyndicationTests {
    func interval(_ channelExtras: String) throws -> Duration? {
        let xml = """
            <rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>T</title>\(channelExtras)
            <item><title>Бір</title><sy:updatePeriod>yearly</sy:updatePeriod></item></channel></rss>
            """
        return try FeedReader().read(bytes: Array(xml.utf8)).feed.requestedInterval
    }

    @Test func readsTheSyndicationModuleAndTTL() throws {
        let feed = try FeedReader().read(bytes: [UInt8](Fixture.data("refresh/outlet-sy.xml"))).feed
        #expect(feed.updatePeriod == "daily")
        #expect(feed.updateFrequency == 4)
        #expect(feed.ttl == 60)
        #expect(feed.requestedInterval == .seconds(6 * 3600))
    }

    @Test func theLongerOfTheTwoWinsAndAnItemsElementsAreIgnored() throws {
        #expect(try interval("<ttl>90</ttl><sy:updatePeriod>hourly</sy:updatePeriod>") == .seconds(90 * 60))
        #expect(try interval("<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>") == .seconds(1800))
        // The prefix without its declaration still means the syndication module.
        #expect(try FeedReader().read(bytes: Array("<rss><channel><title>T</title><sy:updatePeriod>weekly</sy:updatePeriod></channel></rss>".utf8))
            .feed.requestedInterval == .seconds(7 * 86_400))
        #expect(try interval("") == nil)
        #expect(try interval("<ttl>soon</ttl><sy:updatePeriod>sometimes</sy:updatePeriod>") == nil)
    }
}
