import ArnaTestSupport
@testable import FeedReader
import Foundation
import Testing

/// The CDATA hand-off (long sections in element content go to the builder past libxml2) must
/// read every document exactly as libxml2 reading the sections itself does.
@Suite struct CDATAHandOffTests {
    /// Both ways of reading one document; error columns are left out of the comparison (the
    /// placeholder is shorter than the section, so libxml2 counts columns after it on the same
    /// line differently; line numbers stay, and are compared).
    static func bothWays(_ bytes: [UInt8], base: String = "https://example.kz/feed/") throws -> (on: ParsedFeed, off: ParsedFeed, handedOver: Int) {
        let reader = FeedReader(options: ReadOptions(baseURL: URL(string: base)))
        let on = try reader.read(bytes: bytes, handOverCDATA: true)
        let off = try reader.read(bytes: bytes, handOverCDATA: false)
        return (withoutColumns(on.feed), withoutColumns(off.feed), on.handedOver)
    }

    static func withoutColumns(_ feed: ParsedFeed) -> ParsedFeed {
        var feed = feed
        feed.errors = feed.errors.map { $0.replacingOccurrences(of: #", column \d+"#, with: "", options: .regularExpression) }
        return feed
    }

    static let inputs: [String] = GoldenFixtureTests.folders.flatMap { folder in
        ["xml", "rss", "atom", "rdf"].flatMap { Fixture.all("reader/\(folder)", ext: $0) }
    }

    @Test(arguments: inputs)
    func everyFixtureReadsAlikeBothWays(_ path: String) throws {
        let bytes = [UInt8](try Fixture.data(path))
        do {
            let read = try Self.bothWays(bytes)
            #expect(read.on == read.off, "\(path) reads differently with the hand-off")
        } catch let error as ReadError {
            // Refused documents are refused both ways, with the same message.
            let reader = FeedReader(options: ReadOptions(baseURL: URL(string: "https://example.kz/feed/")))
            #expect(throws: error) { try reader.read(bytes: bytes, handOverCDATA: false) }
        }
    }

    @Test func longSectionsInElementContentAreHandedOver() throws {
        let read = try Self.bothWays([UInt8](try Fixture.data("reader/cdata/long-sections.xml")), base: "https://egemen.kz/rss")
        #expect(read.on == read.off)
        // Channel description, two item descriptions (one in two sections) and two bodies; the
        // short title, author and third description are left to libxml2.
        #expect(read.handedOver == 6)
        #expect(read.on.items[0].content.first?.value.contains("]] және ]&gt; және &lt;![CDATA[ деген") == true)
        #expect(read.on.items[1].summary?.hasPrefix("Алғы сөз: <p>Алматының") == true)
        #expect(read.on.items[1].summary?.hasSuffix("білдірді.</p> соңы.") == true)
    }

    @Test func sectionsInsideTagsAndInstructionsOrInNeedOfRepairAreNot() throws {
        let read = try Self.bothWays([UInt8](try Fixture.data("reader/cdata/odd-places.xml")), base: "https://www.inform.kz/")
        #expect(read.on == read.off)
        // Only the multi-line body of the second item: the others sit in an attribute value, in a
        // processing instruction, or hold a character the repair pass removes.
        #expect(read.handedOver == 1)
        #expect(read.on.errors.contains { $0.hasPrefix("line 20: Opening and ending tag mismatch") }, "\(read.on.errors)")
        #expect(read.on.items[0].summary?.contains("басқару таңбасы бар:  ол XML-де") == true)
        #expect(read.on.items[0].content.first?.value.contains("U+FFFF таңбасы бар:  ол да") == true)
    }

    @Test func aPlaceholderWrittenByTheDocumentIsIgnored() throws {
        // Whatever the document writes, it cannot know this read's random target.
        let body = String(repeating: "Қазақстан жаңалықтары ", count: 10)
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>T</title>
            <item><title>A</title><description><?arna-cdata 0?><?arna-cdata-0 0?><![CDATA[\(body)]]></description></item>
            </channel></rss>
            """
        let read = try Self.bothWays(Array(xml.utf8))
        #expect(read.handedOver == 1)
        #expect(read.on == read.off)
        #expect(read.on.items.first?.summary == body.trimmingCharacters(in: .whitespaces))
    }

    /// Sections are read in document order and forgotten once read, so a feed of a million
    /// bodies keeps a few ranges, not a million; a number read or skipped is not given again.
    @Test func readSectionsAreForgotten() throws {
        let handOff = CDATAHandOff { true }
        let document: [UInt8] = Array("0123456789".utf8)
        var placeholders: [[UInt8]] = []
        for (k, range) in [0..<2, 2..<5, 5..<10].enumerated() {
            #expect(handOff.accept(range) == k)
            var out: [UInt8] = []
            handOff.writePlaceholder(number: k, newlines: 0, to: &out)
            placeholders.append(out)
        }
        func read(_ k: Int) -> String? {
            // `<?TARGET N?>`: the target and the data, NUL-terminated, as libxml2 hands them over.
            let inner = placeholders[k].dropFirst(2).dropLast(2)
            let space = inner.firstIndex(of: UInt8(ascii: " "))!
            let target = Array(inner[..<space]) + [0], data = Array(inner[(space + 1)...]) + [0]
            return document.withUnsafeBufferPointer { buffer in
                handOff.document = buffer
                defer { handOff.document = nil }
                return target.withUnsafeBufferPointer { t in
                    data.withUnsafeBufferPointer { d in
                        handOff.section(target: t.baseAddress!, data: d.baseAddress!).map { String(decoding: $0, as: UTF8.self) }
                    }
                }
            }
        }
        #expect(read(1) == "234")
        #expect(read(0) == nil)  // skipped by reading 1: forgotten
        #expect(read(1) == nil)
        #expect(read(2) == "56789")
        #expect(handOff.count == 3)
    }

    /// Random documents built from the pieces that matter (long and short sections, sections in
    /// attributes, instructions and comments, controls, U+FFFF, references, markup, line feeds,
    /// truncation) read alike both ways.
    @Test func randomDocumentsReadAlikeBothWays() throws {
        let long = String(repeating: "Ұлттық банк мөлшерлемені өзгертпеді. ", count: 5)
        let pieces = [
            "<![CDATA[<p>\(long)</p>]]>", "<![CDATA[қысқа]]>", "<![CDATA[\(long)\n\(long)\n]]>", "мәтін &amp; &lt;b&gt; ",
            "<![CDATA[\(long)\u{1}\(long)]]>", "<![CDATA[\(long)\u{FFFF}]]>", "<!-- <![CDATA[\(long)]]> -->",
            "<?pi <![CDATA[\(long)]]> ?>", "<b>қалың</b>", "\n", "<![CDATA[\(long)]]]]><![CDATA[>\(long)]]>", "]]>",
        ]
        var rng = SplitMix(seed: 2020)
        var handedOver = 0
        for round in 0..<300 {
            var item = ""
            for _ in 0..<(1 + Int(rng.next() % 6)) { item += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let attribute = rng.next() % 5 == 0 ? " title=\"<![CDATA[\(long)]]>\"" : ""
            var xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
                <item><title\(attribute)>N\(round)</title><description>\(item)</description><content:encoded>\(item)</content:encoded></item>
                <item><title>M</title></item></channel></rss>
                """
            if rng.next() % 4 == 0 { xml = String(xml.prefix(Int(rng.next() % UInt64(xml.count)))) }
            let bytes = Array(xml.utf8)
            do {
                let read = try Self.bothWays(bytes)
                handedOver += read.handedOver
                #expect(read.on == read.off, "round \(round): \(xml)")
            } catch let error as ReadError {
                let reader = FeedReader(options: ReadOptions(baseURL: URL(string: "https://example.kz/feed/")))
                #expect(throws: error, "round \(round)") { try reader.read(bytes: bytes, handOverCDATA: false) }
            }
        }
        #expect(handedOver > 100, "the hand-off should have taken sections (took \(handedOver))")
    }
}
