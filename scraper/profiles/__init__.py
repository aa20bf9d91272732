"""Portal profiles: per-CMS-family site knowledge kept as TOML data.

A profile (``scraper/profiles/<name>.toml``) says how to recognise its CMS
family (generator meta, URL shape, markup fingerprints) and where its pages
keep each field (CSS selectors tried in order). Any field a profile does not
find falls back to the generic heuristics, so a profile only needs what is
special about its family. Adding a family = one TOML file + fixtures.

Profile files are package data read once and cached; detection itself is a
pure function of (html, url).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from selectolax.lexbor import LexborHTMLParser

from ..errors import ConfigError

FIELD_KEYS = ("title", "date", "author", "views", "body", "lead", "drop")
LISTING_KEYS = ("items", "pagination", "next")
_ALLOWED = {
    "name",
    "description",
    "detect",
    "article",
    "listing",
}
_DETECT_KEYS = {"generator", "url", "markup", "selectors", "threshold"}


@dataclass(frozen=True)
class Profile:
    name: str
    description: str = ""
    generator: tuple[re.Pattern[str], ...] = ()
    url: tuple[re.Pattern[str], ...] = ()
    markup: tuple[str, ...] = ()
    selectors: tuple[str, ...] = ()
    threshold: int = 2
    article: dict[str, tuple[str, ...]] = field(default_factory=dict)
    listing: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Query parameter holding the page number on this family's listings, if any.
    page_param: str | None = None

    def selectors_for(self, key: str) -> tuple[str, ...]:
        return self.article.get(key, ())


GENERIC = Profile(name="generic", description="Heuristics only (no profile matched)")


@dataclass(frozen=True)
class Detection:
    profile: Profile
    score: int
    evidence: tuple[str, ...]


def _compile(patterns: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression: {exc}") from None


def profile_from_toml(text: str, where: str = "<profile>") -> Profile:
    """Build a :class:`Profile` from TOML text, rejecting unknown keys with a clear message."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    unknown = set(data) - _ALLOWED
    if unknown:
        raise ConfigError(f"{where}: unknown key(s): {', '.join(sorted(unknown))}")
    if not isinstance(data.get("name"), str):
        raise ConfigError(f"{where}: missing 'name'")
    detect = data.get("detect", {})
    bad = set(detect) - _DETECT_KEYS
    if bad:
        raise ConfigError(f"{where}: unknown key(s) in [detect]: {', '.join(sorted(bad))}")
    article = data.get("article", {})
    listing = dict(data.get("listing", {}))
    for section, keys, values in (
        ("article", FIELD_KEYS, article),
        ("listing", (*LISTING_KEYS, "page_param"), listing),
    ):
        bad = set(values) - set(keys)
        if bad:
            raise ConfigError(f"{where}: unknown key(s) in [{section}]: {', '.join(sorted(bad))}")
    page_param = listing.pop("page_param", None)
    return Profile(
        name=data["name"],
        description=data.get("description", ""),
        generator=_compile(detect.get("generator", []), where),
        url=_compile(detect.get("url", []), where),
        markup=tuple(detect.get("markup", [])),
        selectors=tuple(detect.get("selectors", [])),
        threshold=int(detect.get("threshold", 2)),
        article={k: tuple(v) for k, v in article.items()},
        listing={k: tuple(v) for k, v in listing.items()},
        page_param=page_param,
    )


@cache
def builtin_profiles() -> tuple[Profile, ...]:
    """The profiles shipped in ``scraper/profiles/`` (sorted by name)."""
    found = []
    for entry in sorted(resources.files("scraper.profiles").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            found.append(profile_from_toml(entry.read_text(encoding="utf-8"), entry.name))
    return tuple(found)


def profile_names() -> list[str]:
    return [p.name for p in builtin_profiles()] + ["generic"]


def get_profile(name: str) -> Profile:
    """A profile by name ('generic' for heuristics only); ConfigError when unknown."""
    if name == "generic":
        return GENERIC
    for p in builtin_profiles():
        if p.name == name:
            return p
    raise ConfigError(f"unknown profile {name!r} (known: {', '.join(profile_names())})")


def detect_profile(
    tree: LexborHTMLParser, html: str, url: str, *, generator: str | None = None
) -> Detection:
    """Choose the profile whose fingerprints best match this page.

    Signals: generator meta (3 points), each matching URL pattern (1), each
    markup substring (1), each CSS selector present (2). The best profile at
    or above its threshold wins; otherwise the generic profile. ``generator``
    saves a query when the caller has already read the generator meta.
    """
    if generator is None:
        generator = ""
        for meta in tree.css('meta[name="generator" i]'):
            generator += " " + (meta.attributes.get("content") or "")
    head = html[:60_000]  # fingerprints sit in the head and page header
    # Cheap signals first; then each profile's markup/selector scan, most promising first,
    # skipping profiles whose best possible score cannot beat the leader (a substring scan
    # of the page per fingerprint is what detection costs).
    order = {prof.name: i for i, prof in enumerate(builtin_profiles())}
    cheap: list[tuple[int, Profile, list[str]]] = []
    for prof in builtin_profiles():
        score = 0
        evidence: list[str] = []
        for pat in prof.generator:
            if generator and pat.search(generator):
                score += 3
                evidence.append(f"generator meta {generator.strip()!r}")
                break
        for pat in prof.url:
            if pat.search(url):
                score += 1
                evidence.append(f"URL matches {pat.pattern}")
        cheap.append((score, prof, evidence))
    cheap.sort(key=lambda c: (-c[0], order[c[1].name]))
    best: Detection | None = None
    for score, prof, evidence in cheap:
        ceiling = score + len(prof.markup) + 2 * len(prof.selectors)
        if ceiling < prof.threshold or (
            best is not None
            and (ceiling, -order[prof.name]) < (best.score, -order[best.profile.name])
        ):
            continue
        left = len(prof.markup)
        for needle in prof.markup:
            left -= 1
            if needle in head:
                score += 1
                evidence.append(f"markup contains {needle!r}")
            elif score + left + (2 * len(prof.selectors) if score + left else 0) < prof.threshold:
                break  # even every remaining fingerprint could not reach the threshold
        for sel in prof.selectors:
            # CSS queries walk the whole tree: only worth it when cheap signals agree.
            if score and tree.css_first(sel) is not None:
                score += 2
                evidence.append(f"element {sel}")
        if score >= prof.threshold and (
            best is None or (score, -order[prof.name]) > (best.score, -order[best.profile.name])
        ):
            best = Detection(prof, score, tuple(evidence))
    return best or Detection(GENERIC, 0, ("no profile fingerprint matched",))
