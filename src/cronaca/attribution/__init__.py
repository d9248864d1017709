"""Quotes, speakers, cues, channels, factuality. (Being built: see issue 6.)"""
from __future__ import annotations


def find_quotes(analysis):
    return []
