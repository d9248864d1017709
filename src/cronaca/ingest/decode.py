"""Bytes -> text: UTF-8 first, then Windows-1252 / Latin-1, refusing binary data instead of producing mojibake."""
from __future__ import annotations

import unicodedata

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # one article; a JSONL file may be larger, one line may not


class IngestError(Exception):
    """A one-line, user-facing reason why an input could not be read."""


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return bad / max(len(text), 1)


def decode_bytes(data: bytes) -> str:
    """Decode article bytes. Raises IngestError for empty, binary or undecodable input."""
    if not data.strip():
        raise IngestError("empty input")
    if b"\x00" in data[:8192]:
        raise IngestError("binary file (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    if _control_ratio(text) > 0.01:
        raise IngestError("binary or corrupt data (control characters), not text")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _decode_legacy(data: bytes) -> str:
    """Windows-1252 covers Latin-1 text plus curly quotes and dashes; bytes it leaves undefined mean not text."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")
    # C1 controls (0x80-0x9F) never occur in real Latin-1 prose.
    if any("\x80" <= ch <= "\x9f" for ch in text):
        raise IngestError("undecodable bytes: neither UTF-8 nor Windows-1252/Latin-1 text")
    return text
