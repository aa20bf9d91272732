"""Generic article heuristics: find title, date, body, author and views on any portal.

Works on the :class:`~scraper.htmltext.Block` list of a page, one module per field:
:mod:`.title`, :mod:`.container` and :mod:`.body` (where the text is, which lines are
text), :mod:`.author`, :mod:`.dates`, :mod:`.views`, the article's information panel in
:mod:`.panel`, with what they share in
:mod:`.common`. Pure functions; the vocabulary lives in
:mod:`scraper.vocab`.
"""

from .author import (
    TWO_LINE_SIGNATURE,
    account_line,
    author_from_label,
    clean_author,
    closes_parts,
    closing_name,
    find_author,
    find_author_element,
    is_caption,
    is_person,
    media_credit,
    names_the_site,
)
from .body import (
    PLAYERS,
    one_caption_twice,
    player_boxes,
    question_text,
    split_body,
    with_closing_correction,
    with_lead_caption,
    without_embedded_teasers,
    without_next_part_teaser,
    without_repeated_pull_quotes,
    without_repeats,
    without_story_box_heads,
)
from .common import Found, block_index, is_meta_line, lines_on, meta_above, same_box
from .container import (
    between_sections,
    bilingual_box,
    choose_container,
    folded_part,
    layout_table_box,
    outside_headlines_article,
    sections_after,
    sections_parent,
    table_among_texts,
)
from .dates import DOCUMENT_DATE, find_date, find_date_element, month_first, press_dateline
from .panel import (
    Fields,
    fields_author,
    fields_date,
    fields_views,
    info_panel,
    is_document_panel_title,
    panel_author,
    panel_date,
    panel_views,
)
from .tiles import fields_from_layouts
from .title import (
    doubtful_title,
    find_title,
    headline_by_the_text,
    headline_text,
    strip_date_suffix,
    tight_quotes,
)
from .views import ICON_COUNTERS, find_views, find_views_element

__all__ = [
    "fields_from_layouts",
    "DOCUMENT_DATE",
    "names_the_site",
    "between_sections",
    "bilingual_box",
    "Fields",
    "fields_author",
    "fields_date",
    "fields_views",
    "info_panel",
    "is_document_panel_title",
    "panel_author",
    "panel_date",
    "panel_views",
    "PLAYERS",
    "author_from_label",
    "ICON_COUNTERS",
    "Found",
    "block_index",
    "is_caption",
    "choose_container",
    "with_lead_caption",
    "folded_part",
    "layout_table_box",
    "outside_headlines_article",
    "with_closing_correction",
    "without_next_part_teaser",
    "without_embedded_teasers",
    "without_story_box_heads",
    "without_repeated_pull_quotes",
    "one_caption_twice",
    "without_repeats",
    "clean_author",
    "closes_parts",
    "closing_name",
    "doubtful_title",
    "find_author",
    "find_author_element",
    "media_credit",
    "TWO_LINE_SIGNATURE",
    "account_line",
    "find_date",
    "press_dateline",
    "find_date_element",
    "month_first",
    "find_title",
    "headline_by_the_text",
    "headline_text",
    "find_views",
    "find_views_element",
    "is_meta_line",
    "lines_on",
    "is_person",
    "player_boxes",
    "question_text",
    "meta_above",
    "same_box",
    "sections_after",
    "table_among_texts",
    "sections_parent",
    "split_body",
    "strip_date_suffix",
    "tight_quotes",
]
