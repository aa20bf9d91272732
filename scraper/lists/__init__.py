"""Listing heuristics, one module per part of a listing page: :mod:`.links` (its links
and their URL shapes), :mod:`.pager` (its other pages, the page shown and the count) and
:mod:`.items` (its list of articles). :func:`scraper.listing.parse_listing` puts them
together. Pure functions; the vocabulary lives in :mod:`scraper.vocab`.
"""
