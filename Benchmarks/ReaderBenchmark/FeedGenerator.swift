import Foundation

/// Builds large, deterministic feeds of Kazakh news for the benchmarks: realistic item sizes,
/// escaped HTML in `description`, CDATA bodies, Kazakh letters throughout.
enum FeedGenerator {
    static let words = [
        "Қазақстан", "Астана", "Алматы", "үкімет", "министрлік", "жаңа", "мектеп", "ашылды", "әлеуметтік",
        "төлемдер", "өседі", "Ұлттық", "банк", "қаржы", "жобасы", "аймақ", "халық", "білім", "денсаулық",
        "спорт", "мәдениет", "тарих", "өнер", "ғылым", "жастар", "ауыл", "шаруашылығы", "экономика",
        "инвестиция", "құрылыс", "жол", "көлік", "су", "электр", "жылу", "қала", "облыс", "әкімдік",
        "президент", "парламент", "депутат", "заң", "сот", "полиция", "оқушы", "мұғалім", "дәрігер",
    ]

    static func sentence(_ seed: Int, words count: Int) -> String {
        var out: [String] = []
        var x = UInt64(truncatingIfNeeded: seed &* 2_654_435_761 &+ 12345)
        for _ in 0..<count {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out.append(words[Int((x >> 33) % UInt64(words.count))])
        }
        return out.joined(separator: " ")
    }

    static func rss(items: Int) -> [UInt8] {
        var s = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
            <channel><title>Egemen Qazaqstan</title><link>https://egemen.kz/</link><description>Жаңалықтар</description><language>kk</language>

            """
        s.reserveCapacity(items * 2600)
        for i in 0..<items {
            let day = 1 + i % 28, hour = i % 24, minute = i % 60
            s += """
                <item><title>\(sentence(i, words: 9))</title><link>https://egemen.kz/article/\(i)-jana-mektep</link>\
                <guid isPermaLink="false">egemen-\(i)</guid><pubDate>Thu, \(day < 10 ? "0" : "")\(day) Mar 2020 \(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute):00 +0600</pubDate>\
                <dc:creator>Айгерім САПАРОВА</dc:creator><category>Қоғам</category>\
                <description>&lt;p&gt;\(sentence(i + 1, words: 30)) &lt;a href="/tag/\(i)"&gt;\(sentence(i + 2, words: 2))&lt;/a&gt;&lt;/p&gt;</description>\
                <content:encoded><![CDATA[<p>\(sentence(i + 3, words: 60))</p><figure><img src="/img/\(i).jpg" alt="\(sentence(i, words: 3))"><figcaption>Фото: egemen.kz</figcaption></figure><p>\(sentence(i + 4, words: 80)) <strong>\(sentence(i + 5, words: 4))</strong> \(sentence(i + 6, words: 40))</p>]]></content:encoded>\
                <media:content url="https://egemen.kz/img/\(i).jpg" type="image/jpeg" medium="image"/></item>

                """
        }
        s += "</channel></rss>\n"
        return Array(s.utf8)
    }

    static func atom(items: Int) -> [UInt8] {
        var s = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="kk"><title>Kazinform</title><id>tag:inform.kz,2020:feed</id>
            <updated>2020-03-05T14:30:00+06:00</updated><link rel="alternate" href="https://www.inform.kz/kz"/><author><name>ҚазАқпарат</name></author>

            """
        s.reserveCapacity(items * 2600)
        for i in 0..<items {
            s += """
                <entry><title>\(sentence(i, words: 9))</title><id>tag:inform.kz,2020:\(i)</id>\
                <link rel="alternate" type="text/html" href="https://www.inform.kz/kz/article/\(i)"/>\
                <published>2020-03-05T14:30:00+06:00</published><updated>2020-03-05T15:00:00+06:00</updated>\
                <author><name>Нұрлан ӘБДІРОВ</name></author><category term="Қоғам"/>\
                <summary type="html">&lt;p&gt;\(sentence(i + 1, words: 30))&lt;/p&gt;</summary>\
                <content type="html">&lt;p&gt;\(sentence(i + 3, words: 60))&lt;/p&gt;&lt;p&gt;\(sentence(i + 4, words: 120))&lt;/p&gt;</content></entry>

                """
        }
        s += "</feed>\n"
        return Array(s.utf8)
    }
}
