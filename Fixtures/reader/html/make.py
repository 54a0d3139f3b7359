#!/usr/bin/env python3
"""Writes the goldens of the html/ fixtures: HTML pages given where a feed was expected, which
cannot be read as feeds; the refusal names HTML and the feeds the page advertises. Run: python3 make.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from realworld_golden import fails, write  # noqa: E402

write(HERE, "news-homepage", fails(["html", "https://example.kz/rss/kk.xml", "https://example.kz/atom/ru.xml"]))
write(HERE, "no-feed-links", fails(["html"]))
