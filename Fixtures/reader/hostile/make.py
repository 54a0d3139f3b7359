#!/usr/bin/env python3
"""Writes the hostile/ fixtures that are too big or too repetitive to write by hand (billion laughs,
quadratic blowup, 10,000-deep nesting, an over-the-limit feed) and the goldens of every hostile/
fixture (the others' .xml are hand-written). Run: python3 make.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from realworld_golden import document, fails, feed, item, write  # noqa: E402

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def channel_open(title="Жаңалықтар"):
    return ('<rss version="2.0">\n  <channel>\n'
            f"    <title>{title}</title>\n    <link>https://example.kz/</link>\n"
            "    <description>Күн жаңалықтары</description>\n")


CHANNEL_CLOSE = "  </channel>\n</rss>\n"


def billion_laughs():
    lines = [HEAD.rstrip("\n"),
             "<!-- Description: billion laughs: ten levels of internal entities, each ten references to the one below (10^9 copies of \"lol\" if expanded): refused -->",
             "<!DOCTYPE rss [", '  <!ENTITY lol "lol">']
    for level in range(1, 10):
        below = "lol" if level == 1 else f"lol{level - 1}"
        lines.append(f'  <!ENTITY lol{level} "' + f"&{below};" * 10 + '">')
    lines.append("]>")
    text = "\n".join(lines) + "\n" + channel_open()
    text += "    <item>\n      <title>&lol9;</title>\n      <link>https://example.kz/n/1</link>\n    </item>\n"
    return text + CHANNEL_CLOSE


def quadratic_blowup():
    text = HEAD + ("<!-- Description: quadratic blowup: one 50,000-character internal entity referenced 2,000 times "
                   "in a description (100 MB if expanded, from a 56 KB file): refused -->\n")
    text += '<!DOCTYPE rss [\n  <!ENTITY a "' + "a" * 50000 + '">\n]>\n' + channel_open()
    text += ("    <item>\n      <title>Үлкен мәтін</title>\n      <link>https://example.kz/n/1</link>\n"
             "      <description>" + "&a;" * 2000 + "</description>\n    </item>\n")
    return text + CHANNEL_CLOSE


def deep_nesting():
    text = HEAD + "<!-- Description: 10,000 nested elements inside a description (a stack-exhaustion attack): refused -->\n"
    text += channel_open()
    text += ("    <item>\n      <title>Терең</title>\n      <link>https://example.kz/n/1</link>\n"
             "      <description>" + "<div>" * 10000 + "түбі" + "</div>" * 10000 + "</description>\n    </item>\n")
    return text + CHANNEL_CLOSE


def over_size_limit():
    text = HEAD + "<!-- Description: an ordinary feed of about 3 KB read with a size limit of 2,000 bytes (_maxBytes): refused -->\n"
    text += channel_open("Үлкен таспа")
    for n in range(1, 11):
        text += (f"    <item>\n      <title>Қазақстан жаңалықтары, {n}-бөлім</title>\n"
                 f"      <link>https://example.kz/n/{n}</link>\n"
                 f"      <description>Бұл {n}-жаңалықтың қысқаша мазмұны: ауа райы, экономика, спорт.</description>\n"
                 "    </item>\n")
    return text + CHANNEL_CLOSE


def main():
    generated = {
        "billion-laughs": billion_laughs(),
        "quadratic-blowup": quadratic_blowup(),
        "deep-nesting": deep_nesting(),
        "size-limit": over_size_limit(),
    }
    for name, text in generated.items():
        with open(os.path.join(HERE, name + ".xml"), "w", encoding="utf-8") as out:
            out.write(text)
    assert len(generated["size-limit"].encode()) > 2000

    write(HERE, "billion-laughs", fails(["entit"]))
    write(HERE, "quadratic-blowup", fails(["entit"]))
    write(HERE, "deep-nesting", fails(["depth"]))
    write(HERE, "size-limit", fails(["size"], maxBytes=2000))

    write(HERE, "xxe-file", document("rss20", [
        item(title=None, link="https://example.kz/kk/news/1601", published="2020-03-05T08:30:00Z"),
        item(title="Құпиясөзді жиі ауыстырыңыз", link="https://example.kz/kk/news/1602",
             summary="Мамандар кеңесі.", summaryType="html", published="2020-03-05T10:00:00Z"),
    ], feed(title="Қауіпсіздік жаңалықтары", subtitle="Киберқауіпсіздік", link="https://example.kz/"),
        bozo=True, errors_contain=["entity"]))

    write(HERE, "external-dtd", document("rss20", [
        item(title="Көктемгі егіс басталды", link="https://example.kz/agro/1701", published="2020-03-05T08:30:00Z"),
        item(title="Мал басы өсті", link="https://example.kz/agro/1702", published="2020-03-06T04:00:00Z"),
    ], feed(title="Ауыл шаруашылығы", subtitle="Егін мен мал", link="https://example.kz/agro/")))

    write(HERE, "script-markup", document("rss20", [
        item(title="Жаңа қосымша шықты", link="https://example.kz/tech/1801", published="2020-03-05T08:30:00Z",
             summaryType="html",
             summary='<p>Жаңалық мәтіні</p><img src="https://example.kz/img/1801.jpg" alt="Сурет">'
                     '<p>сілтеме және тағы бір</p>'
                     '<p><a href="https://example.kz/tech/1801/more">Толығырақ</a></p>'),
        item(title="Кибершабуыл туралы ескерту", link="https://example.kz/tech/1802", published="2020-03-05T10:00:00Z",
             summaryType="html", summary="<p>Қысқаша: басыңыз</p>",
             content=[{"value": '<div><h2>Ескерту</h2><p>Сенімсіз <a href="https://example.kz/safe">сілтемелерді</a> ашпаңыз.</p>'
                                '<img src="data:image/png;base64,iVBORw0KGgo=" alt="нүкте"></div>',
                       "type": "html", "language": None}]),
    ], feed(title="Технология жаңалықтары", subtitle="IT және байланыс", link="https://example.kz/tech/")))

    kept = [("Бірінші жаңалық", "2020-03-05T08:00:00Z"), ("Екінші жаңалық", "2020-03-05T07:00:00Z"),
            ("Үшінші жаңалық", "2020-03-05T06:00:00Z")]
    write(HERE, "max-items", document("rss20", [
        item(title=title, link=f"https://example.kz/n/{n}", published=published)
        for n, (title, published) in enumerate(kept, start=1)
    ], feed(title="Таспа", subtitle="Соңғы жаңалықтар", link="https://example.kz/"),
        bozo=True, errors_contain=["items"], maxItems=3))


if __name__ == "__main__":
    main()
