"""Place names -> GeoNames ids, coordinates, country. (Being built: see issue 7.)"""
from __future__ import annotations


def find_places(analysis):
    return []
