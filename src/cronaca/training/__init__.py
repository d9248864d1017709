"""Training recipes: ``python -m cronaca.training it|en`` builds ``src/cronaca/models/<lang>/`` from ../shared/data."""
