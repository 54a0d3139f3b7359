#!/usr/bin/env python3
"""Writes the byte fixtures for Tests/TextEncodingsTests (re-run from anywhere: python3 make_fixtures.py).

Each file is a small RSS feed (or HTML page) whose titles the tests compare exactly after decoding.
Python's codecs kz1048 and ptcp154 are the code pages glibc calls RK1048 and PT154.
"""
import codecs
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

KK_TITLES = [
    "Қазақстан Ұлттық банкі: әлеуметтік төлемдер өседі",
    "Үкімет жаңа бағдарлама қабылдады: ғалымдар һәм мұғалімдер қолдады",
]
RU_TITLES = [
    "Правительство утвердило бюджет: учёные объяснили рост цен",
    "Ещё одна новость из Алматы",
]
RU_1251_EXTRA = "Курс тенге — «стабильный», сообщает Нацбанк"
JA_TITLES = ["カザフスタン国立銀行：社会給付が増加", "アルマトイからのニュース"]
EN_TITLES = [
    "Café in Zürich: crème brûlée for a naïve résumé",
    "Señor Müller’s “smörgåsbord” — voilà",
]


def rss(titles, declaration):
    items = "".join(
        f"  <item>\n    <title>{t}</title>\n    <link>https://example.kz/{i}</link>\n  </item>\n"
        for i, t in enumerate(titles, 1))
    return (f"{declaration}\n<rss version=\"2.0\">\n<channel>\n  <title>{titles[0].split(':')[0]}</title>\n"
            f"{items}</channel>\n</rss>\n")


def xml_decl(encoding=None):
    return f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else '<?xml version="1.0"?>'


def html(titles, meta):
    body = "".join(f"<h1>{t}</h1>\n" for t in titles)
    return f"<!DOCTYPE html>\n<html><head>\n<!-- <meta charset=\"utf-8\"> in a comment is ignored -->\n{meta}\n<title>{titles[0]}</title>\n</head><body>\n{body}</body></html>\n"


def write(name, data: bytes):
    (HERE / name).write_bytes(data)


def main():
    kk = lambda enc_label, codec, bom=b"": bom + rss(KK_TITLES, xml_decl(enc_label)).encode(codec)
    # Unicode forms.
    write("kk-utf8.xml", kk("UTF-8", "utf-8"))
    write("kk-utf8-nodecl.xml", kk(None, "utf-8"))
    write("kk-utf8-bom.xml", kk("UTF-8", "utf-8", codecs.BOM_UTF8))
    write("kk-utf16le-bom.xml", kk("UTF-16", "utf-16-le", codecs.BOM_UTF16_LE))
    write("kk-utf16be-bom.xml", kk("UTF-16", "utf-16-be", codecs.BOM_UTF16_BE))
    write("kk-utf16le-nobom.xml", kk("UTF-16", "utf-16-le"))
    write("kk-utf16be-nobom.xml", kk("UTF-16", "utf-16-be"))
    write("kk-utf16le-nobom-space.xml", ("\n  " + rss(KK_TITLES, xml_decl("UTF-16"))).encode("utf-16-le"))
    write("kk-utf32le-bom.xml", kk("UTF-32", "utf-32-le", codecs.BOM_UTF32_LE))
    write("kk-utf32be-nobom.xml", kk("UTF-32", "utf-32-be"))
    # Kazakh code pages under their registered names, which glibc and libxml2 reject.
    write("kk-kz1048.xml", kk("KZ-1048", "kz1048"))
    write("kk-ptcp154.xml", kk("PTCP154", "ptcp154"))
    # Russian and Latin code pages.
    write("ru-windows1251.xml", rss(RU_TITLES + [RU_1251_EXTRA], xml_decl("windows-1251")).encode("cp1251"))
    write("ru-koi8r.xml", rss(RU_TITLES, xml_decl("KOI8-R")).encode("koi8_r"))
    write("ru-iso88595.xml", rss(RU_TITLES, xml_decl("ISO-8859-5")).encode("iso8859_5"))
    write("en-windows1252.xml", rss(EN_TITLES, xml_decl("windows-1252")).encode("cp1252"))
    # Wrong or missing declarations.
    write("kk-utf8-declared-1251.xml", kk("windows-1251", "utf-8"))
    write("ru-1251-declared-utf8.xml", rss(RU_TITLES + [RU_1251_EXTRA], xml_decl("UTF-8")).encode("cp1251"))
    write("kk-kz1048-nodecl.xml", kk(None, "kz1048"))
    write("kk-pt154-nodecl.xml", kk(None, "ptcp154"))
    write("kk-kz1048-declared-utf8.xml", kk("utf-8", "kz1048"))
    write("ru-1251-nodecl.xml", rss(RU_TITLES + [RU_1251_EXTRA], xml_decl()).encode("cp1251"))
    write("ru-koi8r-nodecl.xml", rss(RU_TITLES, xml_decl()).encode("koi8_r"))
    write("ru-iso88595-nodecl.xml", rss(RU_TITLES, xml_decl()).encode("iso8859_5"))
    write("en-1252-nodecl.xml", rss(EN_TITLES, xml_decl()).encode("cp1252"))
    write("kk-utf8-unknown-decl.xml", kk("x-no-such-charset", "utf-8"))
    # UTF-8 with three stray bytes (a cut-off letter in both "банкі" and a Latin-1 byte): mostly UTF-8.
    broken = kk("UTF-8", "utf-8").replace("банкі".encode(), "банк".encode() + b"\xd1").replace(b"<link>", b"<link>\xe9", 1)
    write("kk-utf8-broken.xml", broken)
    # Junk or white space before the declaration.
    write("kk-kz1048-space-before-decl.xml", ("\r\n \t\n" + rss(KK_TITLES, xml_decl("KZ-1048"))).encode("kz1048"))
    write("ru-1251-junk-before-decl.xml",
          ("Warning: Cannot modify header information in /var/www/rss.php on line 3\n"
           + rss(RU_TITLES + [RU_1251_EXTRA], xml_decl("windows-1251"))).encode("cp1251"))
    # A charset only iconv handles here.
    write("ja-shiftjis.xml", rss(JA_TITLES, xml_decl("Shift_JIS")).encode("cp932"))
    # HTML pages.
    write("kk-kz1048-meta.html", html(KK_TITLES, '<meta charset="KZ-1048">').encode("kz1048"))
    write("ru-1251-http-equiv.html",
          html(RU_TITLES, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">').encode("cp1251"))
    write("kk-utf8-nometa.html", html(KK_TITLES, '<meta name="viewport" content="width=device-width">').encode("utf-8"))


if __name__ == "__main__":
    main()
