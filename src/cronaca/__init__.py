"""cronaca: source-attributed, time-resolved political event coding from news text."""

__version__ = "0.1.0"
