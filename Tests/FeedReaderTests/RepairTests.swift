import ArnaTestSupport
import FeedReader
import Foundation
import Testing

/// The repair pass: faults early in a document must not cost text later in it.
@Suite struct RepairTests {
    @Test func escapedMarkupSurvivesAnEarlierFault() throws {
        let feed = try FeedReader(options: ReadOptions(baseURL: URL(string: "https://abai.kz/rss"))).read(Fixture.data("reader/mapping/after-first-fault.xml"))
        #expect(feed.bozo)
        #expect(feed.items.count == 2)
        #expect(feed.items[0].title == "Тарих & тағылым\u{A0}— жаңа кітап" || feed.items[0].title == "Тарих & тағылым — жаңа кітап")
        #expect(feed.items[1].title == "Ақын & жазушы")
        #expect(feed.items[1].summary?.contains("<p>Екінші <a href=\"https://abai.kz/post/3\"") == true, "got \(feed.items[1].summary ?? "nil")")
        #expect(feed.errors.contains { $0.contains("bare '&'") })
        #expect(feed.errors.contains { $0.contains("&nbsp;") })
    }

    @Test func cdataKeepsItsAmpersandsForTheHTMLSanitizer() throws {
        let xml = """
            <rss version="2.0"><channel><title>T</title><item><title>A</title>\
            <description><![CDATA[<p>AT&T &laquo;Қазақ&raquo;</p>]]></description></item></channel></rss>
            """
        let feed = try FeedReader().read(Data(xml.utf8))
        #expect(!feed.bozo, "\(feed.errors)")
        #expect(feed.items[0].summary?.contains("«Қазақ»") == true, "got \(feed.items[0].summary ?? "nil")")
    }

    @Test func forbiddenCharactersAreRemoved() throws {
        let xml = "<rss version=\"2.0\"><channel><title>T\u{1}\u{B}itle &#1;ok</title></channel></rss>"
        let feed = try FeedReader().read(Data(xml.utf8))
        #expect(feed.feed.title == "Title ok")
        #expect(feed.bozo)
    }

    /// U+FFFF in a CDATA section made libxml2 give up on the rest of the document ("Input is not
    /// proper UTF-8", then "Extra content at the end"): it is removed there too.
    @Test func forbiddenCharactersInsideCDATAAreRemovedAndTheRestIsRead() throws {
        let xml = """
            <rss version="2.0"><channel><title>T</title>
            <item><title>Бір</title><description><![CDATA[<p>Бар\u{FFFF}\u{FFFE} бөлік\u{1}</p>]]></description></item>
            <item><title>Екі</title></item></channel></rss>
            """
        let feed = try FeedReader().read(Data(xml.utf8))
        #expect(feed.items.map(\.title) == ["Бір", "Екі"])
        #expect(feed.items.first?.summary == "<p>Бар бөлік</p>")
        #expect(feed.errors.contains { $0.contains("U+FFFE/U+FFFF is not allowed") }, "\(feed.errors)")
    }

    @Test func truncatedFeedKeepsEveryCompleteItem() throws {
        let xml = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
            <item><title>Бір</title></item><item><title>Екі</title></item><item><title>Үш
            """
        let feed = try FeedReader().read(Data(xml.utf8))
        #expect(feed.items.map(\.title) == ["Бір", "Екі"])
        #expect(feed.bozo)
    }

    @Test func declaredEntitiesExpandWithinBudgetAndBlowUpsAreRefused() throws {
        let fine = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY kz "Қазақстан">]>
            <rss version="2.0"><channel><title>&kz; жаңалықтары</title></channel></rss>
            """
        #expect(try FeedReader().read(Data(fine.utf8)).feed.title == "Қазақстан жаңалықтары")

        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        for level in 1...9 {
            laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        laughs += "]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>"
        #expect(throws: ReadError.self) { try FeedReader().read(Data(laughs.utf8)) }
        do { _ = try FeedReader().read(Data(laughs.utf8)) } catch { #expect(error.kind == .entityExpansion) }
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>a&secret;b</title></channel></rss>
            """
        let feed = try FeedReader().read(Data(xml.utf8))
        #expect(feed.feed.title == "ab")
        #expect(feed.errors.contains { $0.contains("external entity") })
    }

    @Test func limitsRefuseWithAClearError() throws {
        let deep = "<rss version=\"2.0\"><channel>" + String(repeating: "<x>", count: 500) + "</channel></rss>"
        #expect { try FeedReader().read(Data(deep.utf8)) } throws: { ($0 as? ReadError)?.kind == .tooDeep }
        let small = ReadOptions(maxBytes: 10)
        #expect { try FeedReader(options: small).read(Data("<rss version=\"2.0\"></rss>".utf8)) } throws: {
            ($0 as? ReadError)?.kind == .tooLarge
        }
    }

    @Test func anHTMLPageNamesTheFeedsItAdvertises() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Tengrinews</title>
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/news.rss">
            <link rel="alternate" type="application/atom+xml" href="https://tengrinews.kz/kz/atom.xml">
            </head><body><p>Жаңалықтар</p></body></html>
            """
        do {
            _ = try FeedReader(options: ReadOptions(baseURL: URL(string: "https://tengrinews.kz/"))).read(Data(html.utf8))
            Issue.record("an HTML page must not read as a feed")
        } catch {
            #expect(error.kind == .htmlPage)
            #expect(error.advertisedFeeds.map(\.absoluteString) == ["https://tengrinews.kz/news.rss", "https://tengrinews.kz/kz/atom.xml"])
            #expect(error.message.contains("https://tengrinews.kz/news.rss"))
        }
    }
}
