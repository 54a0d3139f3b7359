import Foundation

/// Deterministic RSS feeds of Kazakh and Russian news for the refresh benchmark: 50 items of
/// realistic size (a description and a full-text body), dated over the last three days.
enum BenchmarkFeeds {
    static let kazakh = [
        "Қазақстан", "Астана", "Алматы", "үкімет", "министрлік", "жаңа", "мектеп", "ашылды", "әлеуметтік",
        "төлемдер", "өседі", "Ұлттық", "банк", "қаржы", "жобасы", "аймақ", "халық", "білім", "денсаулық",
        "спорт", "мәдениет", "тарих", "өнер", "ғылым", "жастар", "ауыл", "шаруашылығы", "экономика",
        "инвестиция", "құрылыс", "жол", "көлік", "су", "электр", "жылу", "қала", "облыс", "әкімдік",
    ]
    static let russian = [
        "Казахстан", "Астана", "Алматы", "правительство", "министерство", "новая", "школа", "открыта",
        "социальные", "выплаты", "вырастут", "Национальный", "банк", "финансы", "проект", "регион",
        "население", "образование", "здравоохранение", "спорт", "культура", "история", "наука", "молодежь",
        "село", "экономика", "инвестиции", "строительство", "дорога", "транспорт", "вода", "город", "область",
    ]

    static func sentence(_ seed: Int, words count: Int, from words: [String]) -> String {
        var out: [String] = []
        var x = UInt64(truncatingIfNeeded: seed &* 2_654_435_761 &+ 12345)
        for _ in 0..<count {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out.append(words[Int((x >> 33) % UInt64(words.count))])
        }
        return out.joined(separator: " ")
    }

    static let syllables = ["ба", "қа", "ті", "мұ", "ра", "жан", "ер", "сұл", "тан", "бек", "нұр", "ай", "гүл", "ши", "ко", "ла", "ев", "ов"]

    /// A capitalised name-like word (a person, a village, a company): headlines have rare words,
    /// about 5,000 distinct ones here, beside the common vocabulary.
    static func name(_ seed: Int) -> String {
        var x = UInt64(truncatingIfNeeded: (seed % 5000) &* 40_503 &+ 7)
        var word = ""
        for _ in 0..<3 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            word += syllables[Int((x >> 33) % UInt64(syllables.count))]
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// A headline: two rare names among seven common words.
    static func headline(_ seed: Int, from words: [String]) -> String {
        "\(name(seed &* 31)) \(sentence(seed, words: 4, from: words)) \(name(seed &* 17 &+ 3)) \(sentence(seed + 7, words: 3, from: words))"
    }

    /// Source `source`'s feed: 50 items, the newest `now - source` seconds old, one every 90 minutes.
    static func rss(source: Int, items: Int, now: Date) -> [UInt8] {
        let words = source % 3 == 0 ? russian : kazakh
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Almaty")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        var s = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Outlet \(source)</title><link>https://outlet\(source).kz/</link><description>Жаңалықтар</description>

            """
        for i in 0..<items {
            let seed = source * 1000 + i
            let date = formatter.string(from: now.addingTimeInterval(-Double(source) - Double(i) * 5400))
            s += """
                <item><title>\(headline(seed, from: words))</title><link>https://outlet\(source).kz/news/\(i)?utm_source=rss</link>\
                <guid isPermaLink="false">\(source)-\(i)</guid><pubDate>\(date)</pubDate><category>Қоғам</category>\
                <description>&lt;p&gt;\(sentence(seed + 1, words: 30, from: words))&lt;/p&gt;</description>\
                <content:encoded><![CDATA[<p>\(sentence(seed + 3, words: 60, from: words))</p><figure><img src="/img/\(i).jpg"><figcaption>Фото: outlet\(source).kz</figcaption></figure><p>\(sentence(seed + 4, words: 80, from: words))</p>]]></content:encoded></item>

                """
        }
        s += "</channel></rss>\n"
        return Array(s.utf8)
    }
}
