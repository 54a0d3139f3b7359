#!/usr/bin/env python3
"""Writes the encodings/ fixtures: the same small feeds as bytes in the charsets Kazakh and Russian
outlets really serve, correctly and wrongly labelled, plus each one's golden.

Run from anywhere: python3 Fixtures/reader/encodings/make.py. Python's codecs `kz1048` and `ptcp154`
are the code pages glibc/iconv call RK1048 and PT154. The golden keeps every text exactly as the
Unicode strings below: whatever the bytes, the reader must give back these characters.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from realworld_golden import category, document, feed, item, write  # noqa: E402

KAZAKH = {
    "title": "Ұлттық ақпарат агенттігі",
    "link": "https://example.kz/kk/",
    "description": "Қазақстан мен әлем жаңалықтары",
    "language": "kk",
    "items": [
        {
            "title": "Қазақстан Ұлттық банкі: әлеуметтік төлемдер өседі",
            "link": "/kk/news/101", "abs": "https://example.kz/kk/news/101", "guid": "kk-101",
            "description": "Үкімет әлеуметтік төлемдерді 1 қаңтардан бастап көтереді.",
            "category": "Экономика",
            "pubDate": "Thu, 05 Mar 2020 14:30:00 +0600", "utc": "2020-03-05T08:30:00Z",
        },
        {
            "title": "Өскемен мен Семейде қар көшкіні: жолдар жабылды",
            "link": "https://example.kz/kk/news/102", "abs": "https://example.kz/kk/news/102", "guid": "kk-102",
            "description": "Шығыс Қазақстан облысында ауа райы қолайсыз, жүргізушілерге ескерту жасалды.",
            "category": "Қоғам",
            "pubDate": "Fri, 06 Mar 2020 09:15:00 +0600", "utc": "2020-03-06T03:15:00Z",
        },
        {
            "title": "Шаһар әкімі: «Жаңа көпір үш айда салынады»",
            "link": "/kk/news/103", "abs": "https://example.kz/kk/news/103", "guid": "kk-103",
            "description": "ЖАҢА ЖОБА ҮШІН ӘКІМДІК ҚАРЖЫ БӨЛДІ. Ғимарат Һ. Оспанов көшесінде тұрғызылады.",
            "category": "Аймақ",
            "pubDate": "Sat, 07 Mar 2020 18:00:00 +0600", "utc": "2020-03-07T12:00:00Z",
        },
    ],
}

RUSSIAN = {
    "title": "Новости Казахстана",
    "link": "https://example.kz/ru/",
    "description": "Главные новости дня",
    "language": "ru",
    "items": [
        {
            "title": "Нацбанк сохранил базовую ставку на уровне 9,5%",
            "link": "/ru/news/201", "abs": "https://example.kz/ru/news/201", "guid": "ru-201",
            "description": "Решение принято на заседании совета директоров в Алматы.",
            "category": "Экономика",
            "pubDate": "Thu, 05 Mar 2020 14:30:00 +0600", "utc": "2020-03-05T08:30:00Z",
        },
        {
            "title": "В Шымкенте открыли новую школу на 1200 мест",
            "link": "/ru/news/202", "abs": "https://example.kz/ru/news/202", "guid": "ru-202",
            "description": "Ещё три школы построят до конца года, сообщили в акимате.",
            "category": "Общество",
            "pubDate": "Fri, 06 Mar 2020 09:15:00 +0600", "utc": "2020-03-06T03:15:00Z",
        },
        {
            "title": "СЪЕЗД ПАРТИИ ПРОЙДЁТ В АСТАНЕ",
            "link": "/ru/news/203", "abs": "https://example.kz/ru/news/203", "guid": "ru-203",
            "description": "Делегаты обсудят объём работы и приоритеты на пятилетку.",
            "category": "Политика",
            "pubDate": "Sat, 07 Mar 2020 18:00:00 +0600", "utc": "2020-03-07T12:00:00Z",
        },
    ],
}

LATIN = {
    "title": "The Steppe Times",
    "link": "https://example.kz/en/",
    "description": "News from Kazakhstan in English",
    "language": "en",
    "items": [
        {
            "title": "Astana’s “New Economy” forum signs €2 billion in deals",
            "link": "/en/news/301", "abs": "https://example.kz/en/news/301", "guid": "en-301",
            "description": "Ministers from Zürich, Genève and Almaty met at the café of the Palais.",
            "category": "Business",
            "pubDate": "Thu, 05 Mar 2020 14:30:00 +0600", "utc": "2020-03-05T08:30:00Z",
        },
        {
            "title": "Kazakh wrestler wins gold – “a dream come true”",
            "link": "/en/news/302", "abs": "https://example.kz/en/news/302", "guid": "en-302",
            "description": "He thanked his coach — and his mother… Olé!",
            "category": "Sport",
            "pubDate": "Fri, 06 Mar 2020 09:15:00 +0600", "utc": "2020-03-06T03:15:00Z",
        },
    ],
}


def xml_text(content, declaration, description):
    """The feed as Unicode text; `declaration` is the whole `<?xml …?>` line or "" for none."""
    lines = []
    if declaration:
        lines.append(declaration)
    lines.append(f"<!-- Description: {description} -->")
    lines.append('<rss version="2.0">')
    lines.append("  <channel>")
    lines.append(f"    <title>{content['title']}</title>")
    lines.append(f"    <link>{content['link']}</link>")
    lines.append(f"    <description>{content['description']}</description>")
    lines.append(f"    <language>{content['language']}</language>")
    for entry in content["items"]:
        lines.append("    <item>")
        lines.append(f"      <title>{entry['title']}</title>")
        lines.append(f"      <link>{entry['link']}</link>")
        lines.append(f"      <guid isPermaLink=\"false\">{entry['guid']}</guid>")
        lines.append(f"      <description>{entry['description']}</description>")
        lines.append(f"      <category>{entry['category']}</category>")
        lines.append(f"      <pubDate>{entry['pubDate']}</pubDate>")
        lines.append("    </item>")
    lines.append("  </channel>")
    lines.append("</rss>")
    return "\n".join(lines) + "\n"


def golden(content, encoding, bozo=False, errors_contain=None, **meta):
    items = [
        item(
            id=entry["guid"], title=entry["title"], link=entry["abs"],
            summary=entry["description"], summaryType="html",
            published=entry["utc"], categories=[category(entry["category"])],
        )
        for entry in content["items"]
    ]
    channel = feed(
        title=content["title"], subtitle=content["description"],
        link=content["link"], language=content["language"],
    )
    return document("rss20", items, channel, encoding=encoding, bozo=bozo,
                    errors_contain=errors_contain, **meta)


def decl(name):
    return f'<?xml version="1.0" encoding="{name}"?>'


# name, content, declaration, python codec for the bytes, prefix bytes, golden kwargs, description
CASES = [
    ("kk-utf8", KAZAKH, decl("UTF-8"), "utf-8", b"", dict(encoding="utf-8"),
     "Kazakh feed in UTF-8, declared UTF-8"),
    ("kk-utf8-nodecl", KAZAKH, "", "utf-8", b"", dict(encoding="utf-8"),
     "Kazakh feed in UTF-8 without an XML declaration (UTF-8 is the XML default: clean)"),
    ("kk-utf8-bom", KAZAKH, decl("UTF-8"), "utf-8", b"\xef\xbb\xbf", dict(encoding="utf-8"),
     "Kazakh feed in UTF-8 with a byte order mark"),
    ("kk-utf16le-bom", KAZAKH, decl("UTF-16"), "utf-16-le", b"\xff\xfe", dict(encoding="utf-16le"),
     "Kazakh feed in UTF-16 little-endian with a byte order mark, declared UTF-16"),
    ("kk-utf16be-nobom", KAZAKH, decl("UTF-16BE"), "utf-16-be", b"", dict(encoding="utf-16be"),
     "Kazakh feed in UTF-16 big-endian without a byte order mark, declared UTF-16BE"),
    ("kk-kz1048", KAZAKH, decl("KZ-1048"), "kz1048", b"", dict(encoding="rk1048"),
     "Kazakh feed in the Kazakh code page RK1048, declared KZ-1048"),
    ("kk-ptcp154", KAZAKH, decl("PTCP154"), "ptcp154", b"", dict(encoding="pt154"),
     "Kazakh feed in the Paratype code page PT154, declared PTCP154"),
    ("ru-windows1251", RUSSIAN, decl("windows-1251"), "cp1251", b"", dict(encoding="windows-1251"),
     "Russian feed in windows-1251, declared windows-1251"),
    ("ru-koi8r", RUSSIAN, decl("KOI8-R"), "koi8_r", b"", dict(encoding="koi8-r"),
     "Russian feed in KOI8-R, declared KOI8-R"),
    ("ru-iso88595", RUSSIAN, decl("ISO-8859-5"), "iso8859_5", b"", dict(encoding="iso-8859-5"),
     "Russian feed in ISO-8859-5, declared ISO-8859-5"),
    ("en-windows1252", LATIN, decl("windows-1252"), "cp1252", b"", dict(encoding="windows-1252"),
     "English feed in windows-1252 with curly quotes, euro sign, dashes and accents (0x80-0x9F differ from Latin-1)"),
    ("kk-utf8-declared-1251", KAZAKH, decl("windows-1251"), "utf-8", b"",
     dict(encoding="utf-8", bozo=True, errors_contain=["declared"]),
     "Kazakh feed whose bytes are UTF-8 but whose declaration says windows-1251: read as UTF-8, bozo"),
    ("ru-1251-declared-utf8", RUSSIAN, decl("UTF-8"), "cp1251", b"",
     dict(encoding="windows-1251", bozo=True, errors_contain=["declared"]),
     "Russian feed whose bytes are windows-1251 but whose declaration says UTF-8 (not valid UTF-8): read as windows-1251, bozo"),
    ("kk-kz1048-nodecl", KAZAKH, '<?xml version="1.0"?>', "kz1048", b"",
     dict(encoding="rk1048", bozo=True, errors_contain=["encoding"]),
     "Kazakh feed in RK1048 with no encoding declared (so UTF-8 by XML rules, but not UTF-8): charset sniffed, bozo"),
    ("ru-1251-http-charset", RUSSIAN, decl("UTF-8"), "cp1251", b"",
     dict(encoding="windows-1251", charset="windows-1251"),
     "Russian feed in windows-1251 declared UTF-8, served with HTTP charset windows-1251: the HTTP charset outranks the declaration (RFC 7303), not bozo"),
]


def main():
    for name, content, declaration, codec, prefix, kwargs, description in CASES:
        text = xml_text(content, declaration, description)
        data = prefix + text.encode(codec)
        assert data.decode(codec if not prefix or codec.startswith("utf-16") else "utf-8-sig").lstrip("\ufeff") == text
        with open(os.path.join(HERE, name + ".xml"), "wb") as out:
            out.write(data)
        write(HERE, name, golden(content, **kwargs))


if __name__ == "__main__":
    main()
