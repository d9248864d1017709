"""Ingest: readers per input format, metadata, language id, content hash."""
from .decode import IngestError, decode_bytes
from .readers import Options, article_id, read_inputs

__all__ = ["IngestError", "Options", "article_id", "decode_bytes", "read_inputs"]
