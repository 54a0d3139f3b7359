#!/usr/bin/env python3
"""Regenerates the binary fixtures of Fixtures/fetch/ from feed.xml (run from this folder).

feed.xml.gz   gzip of feed.xml            (served with Content-Encoding: gzip)
feed.xml.zz   zlib/deflate of feed.xml    (served with Content-Encoding: deflate)
feed-1251.xml a Russian feed in windows-1251 (served with charset=windows-1251)
bomb.gz       gzip of 32 MiB of zeros: about 32 KB on the wire, refused by the body limit
"""
import gzip, zlib

feed = open("feed.xml", "rb").read()
open("feed.xml.gz", "wb").write(gzip.compress(feed, mtime=0))
open("feed.xml.zz", "wb").write(zlib.compress(feed, 9))
ru = """<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Новости Казахстана</title><link>http://127.0.0.1/</link>
<description>Лента в кодировке windows-1251</description><language>ru</language>
<item><title>В Астане открылся новый парк</title><link>http://127.0.0.1/ru/1</link>
<guid isPermaLink="false">fetch-fixture-ru-1</guid></item></channel></rss>
"""
open("feed-1251.xml", "wb").write(ru.encode("cp1251"))
open("bomb.gz", "wb").write(gzip.compress(b"\0" * (32 * 1024 * 1024), 9, mtime=0))
