"""Actor knowledge base and resolver. (Being built: see issue 4.)"""
from __future__ import annotations

from ..schema import Mention


def resolve_mentions(analysis):
    """NER spans outside boilerplate, unresolved until the knowledge base lands."""
    out = []
    if analysis.doc is None:
        return out
    for ent in analysis.doc.ents:
        if not analysis.in_boilerplate(ent.start_char, ent.end_char):
            out.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_))
    return out


def lookup(text, lang="en", date=None, context=None):
    return []
