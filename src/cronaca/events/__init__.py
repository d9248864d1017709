"""PLOVER event coder. (Being built: see issue 5.)"""
from __future__ import annotations


def code_events(analysis):
    return []
