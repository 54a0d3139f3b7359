import ArnaCore
import ArticleExtractor
import Foundation
import Testing

/// The fallback on pages made to mislead it.
@Suite struct FallbackTests {
    let url = URL(string: "https://example.kz/news/1")!

    @Test func longCommentsInNeutralMarkupDoNotWinOverAShortArticle() throws {
        let comment = "Наконец-то, мы ждали этот мост очень долго, раньше приходилось объезжать через весь город, теряя по часу каждый день."
        let html = """
            <html lang="ru"><body><div class="wrap"><h1>В Шымкенте открыли мост</h1><div class="d">05.03.2020 10:00</div>
            <div class="txt"><p>В Шымкенте открыли новый мост через реку Бадам, сообщает пресс-служба акимата.</p>
            <p>Длина моста составляет 120 метров, строительство шло два года.</p></div>
            <div class="c-list">\((1...4).map { "<div class=\"c-item\"><b>Читатель \($0)</b><p>\(comment)</p></div>" }.joined())</div>
            </div></body></html>
            """
        let article = try ArticleExtractor().extract(Array(html.utf8), url: url).article
        #expect(article.contentHTML == "<p>В Шымкенте открыли новый мост через реку Бадам, сообщает пресс-служба акимата.</p>\n<p>Длина моста составляет 120 метров, строительство шло два года.</p>")
        #expect(article.published.map { ISO8601DateFormatter().string(from: $0) } == "2020-03-05T04:00:00Z")
    }

    @Test func aCommentsHeadingWithACountTakesItsBlockAway() throws {
        let html = """
            <html><body><h1>Тақырып</h1><div class="article"><p>Бірінші абзац, мұнда мақаланың негізгі мәтіні бар және ол ұзын.</p>
            <p>Екінші абзац, мұнда да мақаланың мәтіні жалғасады, бұл да ұзын сөйлем.</p>
            <h3>Пікірлер (2)</h3><ul><li><a href="/u/1">Асқар</a> Өте жақсы мақала, рахмет!</li></ul></div></body></html>
            """
        let article = try ArticleExtractor().extract(Array(html.utf8), url: url).article
        #expect(article.contentHTML?.contains("Өте жақсы мақала") == false)
        #expect(article.contentHTML?.contains("Пікірлер") == false)
        #expect(article.related.isEmpty, "comments are not related news")
    }

    @Test func aCreditWithoutALabelIsTakenFromItsClass() throws {
        let html = """
            <html><body><h1>Тақырып</h1><figure><img src="/a.jpg"><figcaption><span class="caption">Астана көшелері</span>
            <span class="credit">Тимур Батыршин</span></figcaption></figure><div class="text"><p>Мақаланың мәтіні, ұзын бір сөйлем және тағы бір бөлік.</p></div></body></html>
            """
        let image = try #require(try ArticleExtractor().extract(Array(html.utf8), url: url).article.image)
        #expect(image.url.absoluteString == "https://example.kz/a.jpg")
        #expect(image.credit == "Тимур Батыршин")
        #expect(image.caption == "Астана көшелері")
    }
}

/// Relative dates, read against the fetch time.
@Suite struct RelativeDateTests {
    let html = """
        <html><body><h1>Тақырып</h1><div class="meta"><span class="date">Бүгін, 09:05</span></div>
        <div class="text"><p>Мақаланың мәтіні, ұзын бір сөйлем және тағы бір бөлік.</p></div></body></html>
        """

    @Test func todayIsTheFetchDayInAlmaty() throws {
        // 2026-11-25T03:00:00Z is 08:00 in Almaty (UTC+5): "Бүгін, 09:05" is 04:05Z that day.
        let options = ExtractionOptions(reference: ISO8601DateFormatter().date(from: "2026-11-25T03:00:00Z"))
        let article = try ArticleExtractor(options: options).extract(Array(html.utf8), url: URL(string: "https://a.kz/1")!).article
        #expect(article.published.map { ISO8601DateFormatter().string(from: $0) } == "2026-11-25T04:05:00Z")
    }

    @Test func withoutAFetchTimeARelativeDateIsNotGuessed() throws {
        let article = try ArticleExtractor().extract(Array(html.utf8), url: URL(string: "https://a.kz/1")!).article
        #expect(article.published == nil)
    }
}
