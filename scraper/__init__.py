"""govnews: scraper and archiver for government news portals."""

__version__ = "0.1.0"
