#!/usr/bin/env python3
"""Writes the goldens of the broken/ fixtures (the .xml files are hand-written, except
control-characters.xml, whose invisible bytes are written here). Run: python3 make.py

Every expected value below is written by hand from the fixture and the contract
(shared/contracts/parse-json.md); see ../REALWORLD.md for the decisions behind them.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from realworld_golden import document, fails, feed, item, write  # noqa: E402

NBSP = "\u00a0"

CONTROL = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<!-- Description: control characters U+0001, U+000B and U+001B (not allowed in XML 1.0) inside titles are removed; bozo -->\n"
    '<rss version="2.0">\n'
    "  <channel>\n"
    "    <title>Жаңалықтар\x0b таспасы</title>\n"
    "    <link>https://example.kz/</link>\n"
    "    <description>Күн жаңалықтары</description>\n"
    "    <item>\n"
    "      <title>Парламент\x01 заң қабылдады</title>\n"
    "      <link>https://example.kz/kk/news/1501</link>\n"
    "      <pubDate>Thu, 05 Mar 2020 14:30:00 +0600</pubDate>\n"
    "    </item>\n"
    "    <item>\n"
    "      <title>Ақтауда \x0bжаңа порт ашылды</title>\n"
    "      <link>https://example.kz/kk/news/1502</link>\n"
    "      <pubDate>Thu, 05 Mar 2020 16:00:00 +0600</pubDate>\n"
    "    </item>\n"
    "    <item>\n"
    "      <title>\x1bАлматыда жаңбыр жауады</title>\n"
    "      <link>https://example.kz/kk/news/1503</link>\n"
    "      <pubDate>Fri, 06 Mar 2020 08:00:00 +0600</pubDate>\n"
    "    </item>\n"
    "  </channel>\n"
    "</rss>\n"
)


def simple(title, link, published, **more):
    return item(title=title, link=link, published=published, **more)


def main():
    with open(os.path.join(HERE, "control-characters.xml"), "w", encoding="utf-8") as out:
        out.write(CONTROL)

    write(HERE, "bare-ampersand", document("rss20", [
        item(id="kk-501", title="Ауыл & қала: бюджет 2020", link="https://example.kz/news?id=501&lang=kk",
             published="2020-03-05T08:30:00Z"),
        item(id="kk-502", title="Баспасөз хабарламасы", link="https://example.kz/news?id=502&lang=kk",
             published="2020-03-05T09:00:00Z"),
    ], feed(title="Ауыл & қала", subtitle="Аймақ жаңалықтары", link="https://example.kz/", language="kk"),
        bozo=True, errors_contain=["&"]))

    write(HERE, "html-entities", document("rss20", [
        simple("«Астана» — чемпион", "https://example.kz/sport/701", "2020-03-05T15:00:00Z",
               summary=f"Ойын 2–1 есебімен аяқталды… Жанкүйерлер саны 30{NBSP}000.", summaryType="html"),
        simple(f"Билет бағасы 1{NBSP}500{NBSP}теңге – ресми дерек", "https://example.kz/sport/702", "2020-03-06T04:00:00Z",
               summary="«Жаңа баға» — наурыздан бастап.", summaryType="html"),
    ], feed(title=f"Спорт{NBSP}жаңалықтары", subtitle="Футбол, хоккей, бокс", link="https://example.kz/sport/", language="kk"),
        bozo=True, errors_contain=["entity", "nbsp", "laquo", "hellip"]))

    write(HERE, "undeclared-prefix", document("rss20", [
        item(title="Көкпар жарысы өтті", link="https://example.kz/kk/news/601",
             summary="Жарысқа 12 команда қатысты.", summaryType="html", image="https://example.kz/img/601.jpg",
             # yandex:full-text is the full text (html) in Yandex.News feeds, and media:content an
             # enclosure, as the reader maps them when declared; undeclared, they mean the same
             content=[{"value": "Жарысқа 12 команда қатысты. Жеңімпаз Түркістан облысының командасы болды.",
                       "type": "html", "language": None}],
             enclosures=[{"url": "https://example.kz/img/601.jpg", "type": "image/jpeg", "length": None}]),
        item(title="Асық ату чемпионаты", link="https://example.kz/kk/news/602",
             summary="Чемпионат Тараз қаласында өтеді.", summaryType="html", image="https://cdn.example.kz/602.jpg"),
    ], feed(title="Ұлттық спорт", subtitle="Ұлттық ойындар туралы", link="https://example.kz/"),
        bozo=True, errors_contain=["namespace", "media", "yandex"]))

    write(HERE, "unclosed-tags", document("rss20", [
        simple("Сессия басталды", "https://example.kz/kk/news/801", "2020-09-01T04:00:00Z",
               summary="<p>Парламенттің жаңа <b>сессиясы басталды</b></p>", summaryType="html"),
        simple("Жаңа бағдарлама іске қосылды", "https://example.kz/kk/news/802", "2020-09-01T06:00:00Z"),
    ], feed(title="Парламент жаңалықтары", subtitle="Мәжіліс пен Сенат", link="https://example.kz/"),
        bozo=True, errors_contain=["mismatch", "title"]))

    write(HERE, "whitespace-before-declaration", document("rss20", [
        simple("Ақтөбеде жаңа мектеп ашылды", "https://example.kz/aktobe/901", "2020-03-05T08:30:00Z"),
        simple("Қалада көктемгі тазалық басталды", "https://example.kz/aktobe/902", "2020-03-06T03:00:00Z"),
    ], feed(title="Ақтөбе жаңалықтары", subtitle="Облыс жаңалықтары", link="https://example.kz/aktobe/"),
        bozo=True, errors_contain=["declaration"]))

    write(HERE, "junk-before-declaration", document("rss20", [
        simple("В Караганде открыли новый мост", "https://example.kz/krg/1001", "2020-03-05T08:30:00Z"),
        simple("Шахтёры получили премии", "https://example.kz/krg/1002", "2020-03-06T03:00:00Z"),
    ], feed(title="Новости Караганды", subtitle="Региональные новости", link="https://example.kz/krg/", language="ru"),
        bozo=True, errors_contain=["declaration"]))

    write(HERE, "truncated", document("rss20", [
        item(id="eco-1101", title="Теңге бағамы нығайды", link="https://example.kz/economy/1101",
             summary="Биржадағы сауда қорытындысы.", summaryType="html", published="2020-03-05T08:30:00Z"),
        item(id="eco-1102", title="Мұнай бағасы төмендеді", link="https://example.kz/economy/1102",
             summary="Brent маркалы мұнай арзандады.", summaryType="html", published="2020-03-05T10:00:00Z"),
    ], feed(title="Экономика жаңалықтары", subtitle="Нарық пен қаржы", link="https://example.kz/economy/", language="kk"),
        bozo=True, errors_contain=["end"]))

    write(HERE, "control-characters", document("rss20", [
        simple("Парламент заң қабылдады", "https://example.kz/kk/news/1501", "2020-03-05T08:30:00Z"),
        simple("Ақтауда жаңа порт ашылды", "https://example.kz/kk/news/1502", "2020-03-05T10:00:00Z"),
        simple("Алматыда жаңбыр жауады", "https://example.kz/kk/news/1503", "2020-03-06T02:00:00Z"),
    ], feed(title="Жаңалықтар таспасы", subtitle="Күн жаңалықтары", link="https://example.kz/"),
        bozo=True, errors_contain=["char"]))

    write(HERE, "double-escaped", document("rss20", [
        simple("Абай театрының жаңа маусымы", "https://example.kz/culture/1201", "2020-03-05T08:30:00Z",
               summary="&lt;p&gt;Театр жаңа маусымды &lt;b&gt;«Абай»&lt;/b&gt; операсымен ашады.&lt;/p&gt;",
               summaryType="html"),
        simple("Кітап көрмесі", "https://example.kz/culture/1202", "2020-03-06T05:00:00Z",
               summary="<p>Көрме <b>ұлттық</b> кітапханада өтеді.</p>", summaryType="html"),
    ], feed(title="Мәдениет", subtitle="Театр, кино, әдебиет", link="https://example.kz/culture/")))

    write(HERE, "mismatched-close", document("rss20", [
        simple("Ақорда жаңалығы", "https://example.kz/akorda/1301", "2020-03-05T08:30:00Z"),
        simple("Президент жарлыққа қол қойды", "https://example.kz/akorda/1302", "2020-03-06T04:00:00Z"),
    ], feed(title="Ақорда", subtitle="Президент жаңалықтары", link="https://example.kz/akorda/"),
        bozo=True, errors_contain=["mismatch", "titel"]))

    write(HERE, "html-in-description", document("rss20", [
        simple("ҰБТ нәтижелері жарияланды", "https://example.kz/kk/news/1401", "2020-03-05T08:30:00Z",
               summary='<p>Нәтижелерді <a href="https://example.kz/x">сайттан</a> көруге болады.</p>',
               summaryType="html"),
        simple("Грант саны артады", "https://example.kz/kk/news/1402", "2020-03-06T04:00:00Z",
               summary='Биыл <b>80 мың</b> грант бөлінеді.<br>Толығырақ <a href="https://example.kz/grant">мына жерде</a>.',
               summaryType="html"),
    ], feed(title="Білім жаңалықтары", subtitle="Мектеп пен университет", link="https://example.kz/")))

    write(HERE, "empty", dict(fails(["empty"]), _description="an empty file (0 bytes, e.g. a server that answered 200 with no body) cannot be read at all"))


if __name__ == "__main__":
    main()
