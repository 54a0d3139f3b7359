import ArnaTestSupport
import Foundation
import Testing

@Suite struct ParseCommandTests {
    @Test func jsonOutputFollowsTheContract() throws {
        let result = try ArnaBinary.run(["parse", "--json", Fixture.url("reader/mapping/kazinform-v1.xml").path, "--base", "https://www.inform.kz/rss"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["format", "encoding", "bozo", "errors", "feed", "items"])
        #expect(json["format"] as? String == "rss20")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["published"] as? String == "2020-03-05T08:30:00Z")
        #expect(items[0]["title"] as? String == "Астанада жаңа мектеп ашылды")
        // Every key of the contract is present on every item, null or not.
        for item in items {
            #expect(Set(item.keys).isSuperset(of: ["id", "title", "titleType", "link", "links", "summary", "summaryType", "content", "published",
                                                  "updated", "authors", "contributors", "categories", "enclosures", "comments", "rights",
                                                  "rightsType", "language", "image", "source"]))
        }
    }

    @Test func summaryListsItemsWithDateTitleAndLink() throws {
        let result = try ArnaBinary.run(["parse", Fixture.url("reader/mapping/kazinform-v2.xml").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("format:   rss20 (utf-8)"))
        #expect(result.stdout.contains("items:    3"))
        #expect(result.stdout.contains("2020-03-06T03:00:00Z  В Алматы открылся новый парк  https://www.inform.kz/ru/v-almaty-otkrylsya-park_a1003"))
    }

    @Test func readsStandardInput() throws {
        let xml = Data("<rss version=\"2.0\"><channel><title>Stdin</title><item><title>Бір</title></item></channel></rss>".utf8)
        let result = try ArnaBinary.run(["parse", "-"], stdin: xml)
        #expect(result.status == 0)
        #expect(result.stdout.contains("title:    Stdin"))
    }

    @Test func unreadableInputFailsWithOneLine() throws {
        let result = try ArnaBinary.run(["parse", "--json", "-"], stdin: Data("just some words".utf8))
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        let missing = try ArnaBinary.run(["parse", "/nonexistent/feed.xml"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("/nonexistent/feed.xml"))
    }

    @Test func brokenFeedIsReadAndFlagged() throws {
        let result = try ArnaBinary.run(["parse", "--json", Fixture.url("reader/mapping/after-first-fault.xml").path])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["bozo"] as? Bool == true)
        #expect((json["errors"] as? [String])?.isEmpty == false)
    }
}
