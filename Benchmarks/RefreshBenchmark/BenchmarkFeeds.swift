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

    static let syllables = [
        "ба", "қа", "ті", "мұ", "ра", "жан", "ер", "сұл", "тан", "бек", "нұр", "ай", "гүл", "ши", "ко", "ла", "ев", "ов",
        "де", "пу", "ғы", "сы", "тө", "ке", "мен", "зи", "ло", "ста", "вер", "но", "ки", "дар", "хан", "ыр", "ле", "ма",
    ]

    /// A lexicon of 4,000 word-like strings of two to four syllables.
    static let lexicon: [String] = (0..<4000).map { i in
        var x = UInt64(truncatingIfNeeded: i &* 40_503 &+ 7)
        var word = ""
        for _ in 0..<(2 + i % 3) {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            word += syllables[Int((x >> 33) % UInt64(syllables.count))]
        }
        return i % 4 == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word
    }

    /// Cumulative Zipf weights (s = 1) over the lexicon: a few words are everywhere, most are rare.
    static let zipf: [Double] = {
        var sum = 0.0
        return lexicon.indices.map { sum += 1 / Double($0 + 1); return sum }
    }()

    /// A headline of nine words: the common vocabulary and the lexicon, drawn as news words are.
    static func headline(_ seed: Int, from words: [String]) -> String {
        var x = UInt64(truncatingIfNeeded: seed &* 2_654_435_761 &+ 99)
        var out: [String] = []
        for slot in 0..<9 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if slot % 3 == 0 {
                out.append(words[Int((x >> 33) % UInt64(words.count))])
            } else {
                let target = Double(x >> 11) / Double(1 << 53) * zipf.last!
                var low = 0, high = zipf.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if zipf[middle] < target { low = middle + 1 } else { high = middle }
                }
                out.append(lexicon[low])
            }
        }
        return out.joined(separator: " ")
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
