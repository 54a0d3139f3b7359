#!/usr/bin/env python3
"""Writes the dates/ fixtures: small RSS feeds whose items carry the date forms Kazakh and Russian
outlets really write (RFC 822 variants, ISO variants, day-first numbers, Kazakh and Russian month
names, Unix timestamps), each with the instant it must give as RFC 3339 UTC.

Every expected instant is written by hand below and then checked against Python's zoneinfo from
the date's own parts (`check`): a zone name means "read in that zone" (Asia/Almaty is +06:00 until
2024-03-01 and +05:00 since), a number is a fixed offset in minutes. Run: python3 make.py
"""
import datetime as dt
import os
import sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from realworld_golden import document, feed, item, write  # noqa: E402

ALMATY = "Asia/Almaty"
MOSCOW = "Europe/Moscow"

# Each feed: name, description, element holding the date, zone option, items as
# (title, date text, expected UTC or None, check = (y, mo, d, h, mi, s, µs, zone or offset minutes)).
FEEDS = [
    ("rfc822", "RFC 822 pubDate variants: two-digit year, no seconds, a wrong weekday (ignored), +06:00 with a colon; channel lastBuildDate and pubDate",
     "pubDate", None, [
        ("Ұлттық банк базалық мөлшерлемені сақтады", "Thu, 05 Mar 20 14:30:00 +0600", "2020-03-05T08:30:00Z", (2020, 3, 5, 14, 30, 0, 0, 360)),
        ("Астанада жаңа саябақ ашылды", "Thu, 05 Mar 2020 16:45 +0600", "2020-03-05T10:45:00Z", (2020, 3, 5, 16, 45, 0, 0, 360)),
        ("Мәжіліс заң жобасын мақұлдады", "Mon, 05 Mar 2020 18:10:00 +0600", "2020-03-05T12:10:00Z", (2020, 3, 5, 18, 10, 0, 0, 360)),
        ("Ақтөбеде қар жауды", "Fri, 06 Mar 2020 09:00:00 +06:00", "2020-03-06T03:00:00Z", (2020, 3, 6, 9, 0, 0, 0, 360)),
    ]),
    ("rfc822-zones", "RFC 822 pubDates with named zones GMT, UT, Z, EST, MSK (+03:00) and ALMT (+06:00)",
     "pubDate", None, [
        ("GMT", "Thu, 05 Mar 2020 08:30:00 GMT", "2020-03-05T08:30:00Z", (2020, 3, 5, 8, 30, 0, 0, 0)),
        ("UT", "Fri, 06 Mar 2020 10:00:00 UT", "2020-03-06T10:00:00Z", (2020, 3, 6, 10, 0, 0, 0, 0)),
        ("Z", "Sat, 07 Mar 2020 23:15:00 Z", "2020-03-07T23:15:00Z", (2020, 3, 7, 23, 15, 0, 0, 0)),
        ("EST", "Sun, 08 Mar 2020 19:45:00 EST", "2020-03-09T00:45:00Z", (2020, 3, 8, 19, 45, 0, 0, -300)),
        ("MSK", "Mon, 09 Mar 2020 01:20:00 MSK", "2020-03-08T22:20:00Z", (2020, 3, 9, 1, 20, 0, 0, 180)),
        ("ALMT", "Tue, 10 Mar 2020 03:05:00 ALMT", "2020-03-09T21:05:00Z", (2020, 3, 10, 3, 5, 0, 0, 360)),
    ]),
    ("iso", "ISO 8601 dc:date variants: a space for T, no seconds, a fraction, lower case t/z, a bare year-month (read in Asia/Almaty)",
     "dc:date", None, [
        ("Бос орын жәрмеңкесі өтеді", "2020-03-05 14:30:00+06:00", "2020-03-05T08:30:00Z", (2020, 3, 5, 14, 30, 0, 0, 360)),
        ("Экспорт көлемі артты", "2020-03-05T16:45+06:00", "2020-03-05T10:45:00Z", (2020, 3, 5, 16, 45, 0, 0, 360)),
        ("Теміржол кестесі өзгерді", "2020-03-05T08:30:00.250Z", "2020-03-05T08:30:00.25Z", (2020, 3, 5, 8, 30, 0, 250000, 0)),
        ("Ауа райы: аяз күшейеді", "2020-03-06t03:15:00z", "2020-03-06T03:15:00Z", (2020, 3, 6, 3, 15, 0, 0, 0)),
        ("Наурыз айының шолуы", "2020-03", "2020-02-29T18:00:00Z", (2020, 3, 1, 0, 0, 0, 0, ALMATY)),
    ]),
    ("numeric", "Day-first numeric dates without a zone, read in Asia/Almaty: +06:00 before 2024-03-01, +05:00 since",
     "pubDate", None, [
        ("Алматыда көктемгі жәрмеңке", "05.03.2020", "2020-03-04T18:00:00Z", (2020, 3, 5, 0, 0, 0, 0, ALMATY)),
        ("Шымкентте жол жөндеу басталды", "05.03.2020 14:30", "2020-03-05T08:30:00Z", (2020, 3, 5, 14, 30, 0, 0, ALMATY)),
        ("Қарағандыда жаңа аурухана", "2020-03-06 11:20:00", "2020-03-06T05:20:00Z", (2020, 3, 6, 11, 20, 0, 0, ALMATY)),
        ("Уақыт белдеуі ауысады", "28.02.2024 23:30", "2024-02-28T17:30:00Z", (2024, 2, 28, 23, 30, 0, 0, ALMATY)),
        ("Жаңа уақытпен алғашқы апта", "05.03.2024 14:30", "2024-03-05T09:30:00Z", (2024, 3, 5, 14, 30, 0, 0, ALMATY)),
    ]),
    ("kazakh-months", "Kazakh month names (nominative and with жылғы), read in Asia/Almaty on both sides of 2024-03-01",
     "pubDate", None, [
        ("Наурыз мерекесіне дайындық", "5 наурыз 2020", "2020-03-04T18:00:00Z", (2020, 3, 5, 0, 0, 0, 0, ALMATY)),
        ("Үкімет отырысы өтті", "2020 жылғы 5 наурыз 14:30", "2020-03-05T08:30:00Z", (2020, 3, 5, 14, 30, 0, 0, ALMATY)),
        ("Ақпанның соңғы күні", "29 ақпан 2024 12:00", "2024-02-29T06:00:00Z", (2024, 2, 29, 12, 0, 0, 0, ALMATY)),
        ("Сәуірдегі сайлау", "12 сәуір 2024 10:00", "2024-04-12T05:00:00Z", (2024, 4, 12, 10, 0, 0, 0, ALMATY)),
    ]),
    ("russian-months", "Russian genitive month names (г., года, a comma before the time), read in Asia/Almaty on both sides of 2024-03-01",
     "pubDate", None, [
        ("Акимат подвёл итоги года", "5 марта 2020 г., 14:30", "2020-03-05T08:30:00Z", (2020, 3, 5, 14, 30, 0, 0, ALMATY)),
        ("Последний день зимы", "29 февраля 2024 12:00", "2024-02-29T06:00:00Z", (2024, 2, 29, 12, 0, 0, 0, ALMATY)),
        ("Казахстан перешёл на единое время", "1 марта 2024 12:00", "2024-03-01T07:00:00Z", (2024, 3, 1, 12, 0, 0, 0, ALMATY)),
        ("День независимости", "16 декабря 2021 года", "2021-12-15T18:00:00Z", (2021, 12, 16, 0, 0, 0, 0, ALMATY)),
    ]),
    ("unix-timestamp", "Ten-digit Unix timestamps in pubDate (seconds since 1970, UTC)",
     "pubDate", None, [
        ("Биржа жаңалықтары", "1583397000", "2020-03-05T08:30:00Z", (2020, 3, 5, 8, 30, 0, 0, 0)),
        ("Уақыт белдеуі ауысты", "1709283600", "2024-03-01T09:00:00Z", (2024, 3, 1, 9, 0, 0, 0, 0)),
    ]),
    ("moscow-zone", "Zone-less dates read in the outlet's zone Europe/Moscow (+03:00); a date with its own offset keeps it",
     "pubDate", MOSCOW, [
        ("Новости из Москвы", "5 марта 2020 14:30", "2020-03-05T11:30:00Z", (2020, 3, 5, 14, 30, 0, 0, MOSCOW)),
        ("Курс рубля", "06.03.2020 09:00", "2020-03-06T06:00:00Z", (2020, 3, 6, 9, 0, 0, 0, MOSCOW)),
        ("Погода в столице", "2020-03-07T18:00:00", "2020-03-07T15:00:00Z", (2020, 3, 7, 18, 0, 0, 0, MOSCOW)),
        ("Сообщение из Алматы", "Sun, 08 Mar 2020 10:00:00 +0600", "2020-03-08T04:00:00Z", (2020, 3, 8, 10, 0, 0, 0, 360)),
        ("Без зоны по RFC 822", "Mon, 09 Mar 2020 10:00:00", "2020-03-09T07:00:00Z", (2020, 3, 9, 10, 0, 0, 0, MOSCOW)),
    ]),
    ("unparseable", "Dates that cannot be read (вчера, 32.13.2020) give null and make the feed bozo; the readable one is kept",
     "pubDate", None, [
        ("Кеше болған оқиға", "вчера", None, None),
        ("Қате күн", "32.13.2020", None, None),
        ("Дұрыс күн", "Thu, 05 Mar 2020 14:30:00 +0600", "2020-03-05T08:30:00Z", (2020, 3, 5, 14, 30, 0, 0, 360)),
    ]),
]


def rfc3339(moment):
    moment = moment.astimezone(dt.timezone.utc)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += ("." + f"{moment.microsecond:06d}").rstrip("0")
    return text + "Z"


def check(expected, parts):
    if parts is None:
        assert expected is None
        return
    y, mo, d, h, mi, s, us, zone = parts
    if isinstance(zone, str):
        local = dt.datetime(y, mo, d, h, mi, s, us, tzinfo=ZoneInfo(zone))
        # a wall time that happens twice (or never) would make the fixture ambiguous
        assert local.utcoffset() == local.replace(fold=1).utcoffset(), f"ambiguous local time {parts}"
    else:
        local = dt.datetime(y, mo, d, h, mi, s, us, tzinfo=dt.timezone(dt.timedelta(minutes=zone)))
    assert rfc3339(local) == expected, f"{parts}: zoneinfo says {rfc3339(local)}, hand-written {expected}"


def main():
    count = 0
    for name, description, element, zone, entries in FEEDS:
        ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/"' if element.startswith("dc:") else ""
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f"<!-- Description: {description} -->",
            f'<rss version="2.0"{ns}>',
            "  <channel>",
            "    <title>Күнтізбе жаңалықтары</title>",
            "    <link>https://example.kz/</link>",
            "    <description>Күн мен уақыт жазылуының түрлері</description>",
        ]
        channel = dict(title="Күнтізбе жаңалықтары", subtitle="Күн мен уақыт жазылуының түрлері",
                       link="https://example.kz/")
        if name == "rfc822":
            lines.append("    <lastBuildDate>Sat, 07 Mar 2020 15:00:00 +0600</lastBuildDate>")
            lines.append("    <pubDate>Sat, 07 Mar 2020 12:00:00 +0600</pubDate>")
            check("2020-03-07T09:00:00Z", (2020, 3, 7, 15, 0, 0, 0, 360))
            check("2020-03-07T06:00:00Z", (2020, 3, 7, 12, 0, 0, 0, 360))
            channel.update(updated="2020-03-07T09:00:00Z", published="2020-03-07T06:00:00Z")
        items = []
        for number, (title, text, expected, parts) in enumerate(entries, start=1):
            check(expected, parts)
            count += 1
            link = f"https://example.kz/dates/{name}/{number}"
            lines += [
                "    <item>",
                f"      <title>{title}</title>",
                f"      <link>/dates/{name}/{number}</link>",
                f"      <{element}>{text}</{element}>",
                "    </item>",
            ]
            items.append(item(title=title, link=link, published=expected))
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, name + ".xml"), "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        meta = {"zone": zone} if zone else {}
        bad = any(expected is None for _, _, expected, _ in entries)
        golden = document("rss20", items, feed(**channel), bozo=bad,
                          errors_contain=["date"] if bad else None, **meta)
        write(HERE, name, golden)
    print(f"{len(FEEDS)} feeds, {count} dates checked against zoneinfo")


if __name__ == "__main__":
    main()
