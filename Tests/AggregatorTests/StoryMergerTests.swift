import Aggregator
import ArnaCore
import Foundation
import Testing

@Suite struct StoryMergerTests {
    let tengri = Outlet(id: "tengrinews-kk", name: "Tengrinews", language: .kazakh)
    let kazinform = Outlet(id: "kazinform-kk", name: "ҚазАқпарат", language: .kazakh)
    let base = Date(timeIntervalSince1970: 1_764_000_000)

    func article(_ outlet: Outlet, _ id: String, _ title: String, hours: Double, url: String) -> Article {
        Article(id: ArticleID(rawValue: "\(outlet.id)/\(id)"), outlet: outlet, url: URL(string: url), title: title,
                published: base.addingTimeInterval(hours * 3600), language: outlet.language)
    }

    @Test func sameStoryFromTwoOutletsIsOneEntryKeepingTheFirst() {
        let first = article(kazinform, "1", "Астанада жаңа көпір ашылды", hours: 0, url: "https://inform.kz/kz/1")
        let second = article(tengri, "9", "Астанада жаңа көпір пайдалануға берілді", hours: 5, url: "https://kaz.tengrinews.kz/9")
        let other = article(tengri, "10", "Алматыда жаңа мектеп ашылды", hours: 6, url: "https://kaz.tengrinews.kz/10")
        let merged = StoryMerger().merge([second, other, first])
        #expect(merged.map(\.id.rawValue) == ["tengrinews-kk/10", "kazinform-kk/1"])
        #expect(merged[1].related.map(\.url.absoluteString) == ["https://kaz.tengrinews.kz/9"])
        #expect(merged[1].related.first?.title == "Tengrinews")
    }

    @Test func headlinesFarApartInTimeStaySeparate() {
        let first = article(kazinform, "1", "Астанада жаңа көпір ашылды", hours: 0, url: "https://inform.kz/kz/1")
        let later = article(tengri, "9", "Астанада жаңа көпір пайдалануға берілді", hours: 49, url: "https://kaz.tengrinews.kz/9")
        #expect(StoryMerger().merge([first, later]).count == 2)
    }

    @Test func oneOutletsOwnSimilarHeadlinesAreNotMerged() {
        let a = article(tengri, "1", "Алматыда жер сілкінісі тіркелді", hours: 0, url: "https://kaz.tengrinews.kz/1")
        let b = article(tengri, "2", "Алматыда тағы да жер сілкінісі тіркелді", hours: 3, url: "https://kaz.tengrinews.kz/2")
        #expect(StoryMerger().merge([a, b]).count == 2)
    }

    @Test func canonicalURLMatchMergesEvenWithDifferentTitles() {
        let a = article(tengri, "1", "Жаңалық", hours: 0, url: "https://tengrinews.kz/news/5?utm_source=telegram")
        let b = article(kazinform, "2", "Басқа тақырып", hours: 1, url: "http://www.tengrinews.kz/news/5/")
        let merged = StoryMerger().merge([a, b])
        #expect(merged.count == 1)
        #expect(merged[0].id.rawValue == "tengrinews-kk/1")
    }

    @Test func languageViews() {
        let kk = article(tengri, "1", "Жаңалық", hours: 0, url: "https://a/1")
        var ru = article(kazinform, "2", "Новость", hours: 0, url: "https://a/2")
        ru.language = .russian
        var latin = article(kazinform, "3", "Jańalyq", hours: 0, url: "https://a/3")
        latin.language = "kk-latn"
        #expect([kk, ru, latin].inLanguage(.kazakh).map(\.id.rawValue) == ["tengrinews-kk/1", "kazinform-kk/3"])
        #expect([kk, ru, latin].inLanguage(.russian).count == 1)
    }
}
