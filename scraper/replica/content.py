"""Deterministic Vietnamese text for the replica portal: wards, officials, headlines, bodies.

Everything here is a pure function of a string key and an article index, so a portal
can regenerate any article on demand instead of keeping it in memory. The phrase banks
live in ``data/phrases.json``; the real seed article in ``data/seed_article.json``.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from math import gcd
from typing import Any

_SLOT = re.compile(r"\{(\w+)\}")


@cache
def phrases() -> dict[str, Any]:
    """The phrase banks (NFC-normalised once)."""
    raw = resources.files("scraper.replica").joinpath("data/phrases.json").read_text("utf-8")
    return json.loads(unicodedata.normalize("NFC", raw))


@cache
def seed_article() -> dict[str, Any]:
    """The real article from the Cửa Đại ward portal, with its raw paragraph spacing."""
    raw = resources.files("scraper.replica").joinpath("data/seed_article.json").read_text("utf-8")
    return json.loads(unicodedata.normalize("NFC", raw))


def collapse(text: str) -> str:
    """Ground-truth whitespace rule: any run of whitespace (NBSP included) is one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def stable_hash(*parts: object) -> int:
    """A small process-independent hash (``hash()`` is salted per process)."""
    return zlib.crc32("\x1f".join(map(str, parts)).encode("utf-8"))


def mix(salt: int, tag: int, i: int) -> int:
    """Fast 32-bit integer hash of (salt, tag, i) for per-article decisions."""
    x = (salt ^ (tag * 0x9E3779B1) ^ (i * 0x85EBCA77)) & 0xFFFFFFFF
    x = ((x ^ (x >> 16)) * 0x7FEB352D) & 0xFFFFFFFF
    x = ((x ^ (x >> 15)) * 0x846CA68B) & 0xFFFFFFFF
    return x ^ (x >> 16)


def ascii_fold(text: str) -> str:
    """'Kế hoạch' -> 'Ke hoach' (for file names)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def thousands(n: int) -> str:
    """1234567 -> '1.234.567' (Vietnamese digit grouping)."""
    return f"{n:,}".replace(",", ".")


# --- wards and people ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ward:
    slug: str
    name: str  # "Cửa Đại"
    kind: str  # "phường" | "xã"
    khoi: tuple[str, ...]
    street: str
    phone: str

    @property
    def full(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def Full(self) -> str:  # noqa: N802 - mirrors the {Ward} template slot
        return f"{self.kind.capitalize()} {self.name}"

    def khoi_label(self, name: str) -> str:
        return name if name.startswith("Thôn") else f"khối phố {name}"

    def khoi_short(self, name: str) -> str:
        return name if name.startswith("Thôn") else f"khối {name}"


def ward_for(name: str, ward: str | None = None) -> Ward:
    """The ward a portal called ``name`` stands for (known slug, explicit name, or hashed)."""
    wards = phrases()["wards"]
    chosen = None
    if ward:
        wanted = unicodedata.normalize("NFC", ward).casefold()
        chosen = next((w for w in wards if w["name"].casefold() == wanted), None)
        if chosen is None:
            base = wards[stable_hash(ward) % len(wards)]
            chosen = {**base, "name": unicodedata.normalize("NFC", ward), "slug": name}
    else:
        chosen = next((w for w in wards if w["slug"] == name), None)
        if chosen is None:
            chosen = wards[stable_hash("ward", name) % len(wards)]
    return Ward(
        slug=chosen["slug"],
        name=chosen["name"],
        kind=chosen["kind"],
        khoi=tuple(chosen["khoi"]),
        street=chosen["street"],
        phone=chosen["phone"],
    )


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str  # "Chủ tịch Ủy ban MTTQ Việt Nam phường"
    short: str  # "CT. UBMTTQVN phường" (as written in author lines)

    @property
    def mention(self) -> str:
        return f"đồng chí {self.name} - {self.role}"

    @property
    def byline(self) -> str:
        return f"{self.name} - {self.short}"


def person_name(rng: random.Random, female: bool | None = None) -> str:
    p = phrases()
    if female is None:
        female = rng.random() < 0.4
    middle = rng.choice(p["middle_f"] if female else p["middle_m"])
    given = rng.choice(p["given_f"] if female else p["given_m"])
    return f"{rng.choice(p['family'])} {middle} {given}"


# The seed article's byline is a real official of Cửa Đại; keep him in that roster.
_FIXED_OFFICIALS = {("Cửa Đại", "mttq"): "Trần Ngọc Thanh"}


def build_roster(ward: Ward, key: str) -> dict[str, Person]:
    """The ward's officials, one per roster role, named deterministically."""
    rng = random.Random(f"{key}:roster")
    roster: dict[str, Person] = {}
    for entry in phrases()["roster"]:
        role = entry["role"].replace("{kind}", ward.kind)
        short = entry["short"].replace("{kind}", ward.kind)
        name = _FIXED_OFFICIALS.get((ward.name, entry["key"])) or person_name(rng)
        roster[entry["key"]] = Person(name, role, short)
    return roster


# --- article blocks ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Para:
    text: str  # NFC; may contain runs of spaces/NBSP that the ground truth collapses


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # first row is the header


@dataclass(frozen=True, slots=True)
class Image:
    src: str  # site-relative path, without the mount prefix
    caption: str


@dataclass(frozen=True, slots=True)
class Attachment:
    href: str  # site-relative path, without the mount prefix; may contain spaces
    label: str
    lead_in: str = "Tập tin đính kèm:"

    @property
    def text(self) -> str:
        return f"{self.lead_in} {self.label}"


Block = Para | Table | Image | Attachment


def block_texts(block: Block) -> list[str]:
    """The ground-truth paragraphs one body block contributes."""
    if isinstance(block, Para):
        text = collapse(block.text)
        return [text] if text else []
    if isinstance(block, Table):
        return [" | ".join(collapse(c) for c in row) for row in block.rows]
    if isinstance(block, Image):
        text = collapse(block.caption)
        return [text] if text else []
    return [collapse(block.text)]


@dataclass(frozen=True, slots=True)
class Headline:
    topic: str
    title: str
    lead: str


@dataclass(frozen=True, slots=True)
class ArticleText:
    topic: str
    title: str
    lead: str
    blocks: tuple[Block, ...]
    author: str | None

    def paragraphs(self) -> list[str]:
        out = [collapse(self.lead)] if collapse(self.lead) else []
        for block in self.blocks:
            out.extend(block_texts(block))
        return out


# --- generation ------------------------------------------------------------------------


_STREAMS = {"ctx": 1, "head": 2, "title": 3, "body": 4, "author": 5, "dayblock": 6}

# Headline templates that start with their subject can be restated as a lead sentence.
_SUBJECTS = (
    "{Ward}", "UBND", "Ủy ban", "Ban ", "Đảng ủy", "Hội ", "Đoàn ", "Công an", "Trạm",
    "Mặt trận", "HĐND", "Chi bộ", "Lãnh đạo", "Các trường", "Phụ nữ", "Tuổi trẻ", "Bộ phận",
)  # fmt: skip
_YEARLY = re.compile(r"\{(year|nextyear|prevyear)\}")
_QUALIFIERS = (" năm {year}", " đợt {n} năm {year}", " tháng {month}/{year}", " lần thứ {n}")
_ATTENDANCE = (
    "Tham dự có {person} cùng đông đảo cán bộ, hội viên và Nhân dân trên địa bàn.",
    "Đến dự có {city_official}; {person}.",
    "Tham dự có lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam {kind} và các đoàn thể.",
)


@cache
def _compile(template: str) -> tuple[tuple[str, str | None], ...]:
    """'a {x} b' -> (('a ', 'x'), (' b', None)): templates are parsed once."""
    parts: list[tuple[str, str | None]] = []
    pos = 0
    for m in _SLOT.finditer(template):
        parts.append((template[pos : m.start()], m.group(1)))
        pos = m.end()
    parts.append((template[pos:], None))
    return tuple(parts)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class TextGen:
    """Generates the text of article ``i`` of one portal from ``(key, i)`` alone."""

    def __init__(self, ward: Ward, key: str) -> None:
        self.ward = ward
        self.key = key
        self.salt = stable_hash(key)
        self.roster = build_roster(ward, key)
        p = phrases()
        # Headline templates are visited in a fixed stride, so neighbouring articles
        # never share one and a template comes back only after all others were used.
        self._titles = [(k, t) for k, topic in p["topics"].items() for t in topic["titles"]]
        n = len(self._titles)
        step = int(n * 0.618) + self.salt % 7
        while gcd(step, n) != 1:
            step += 1
        self._title_step = step
        self._title_offset = self.salt % n
        officials = random.Random(f"{key}:city")
        self._city = [Person(person_name(officials), role, role) for role in p["city_roles"]]
        self._staff_names = [person_name(officials) for _ in range(3)]
        self._leaders = list(self.roster.values())[:6]

    # Separate streams per purpose, so a listing can draw a headline without a body.
    # Integer seeds: seeding from a string hashes it with SHA-512 every time.
    def rng(self, i: int, what: str) -> random.Random:
        tag = _STREAMS.get(what)
        if tag is None:
            return random.Random(f"{self.key}:{i}:{what}")
        return random.Random((self.salt << 48) ^ ((i + (1 << 40)) << 6) ^ tag)

    def _context(self, i: int, event_day: date) -> tuple[str, dict[str, Any]]:
        rng = self.rng(i, "ctx")
        topic_key, title = self._titles[
            (i * self._title_step + self._title_offset) % len(self._titles)
        ]
        topic = phrases()["topics"][topic_key]
        w = self.ward
        khoi = rng.choice(w.khoi)
        event = rng.choice(topic.get("events") or phrases()["events_default"])
        sang = rng.choices(("Sáng", "Chiều", "Tối"), weights=(6, 3, 1))[0]
        ctx: dict[str, Any] = {
            "Ward": w.Full,
            "ward": w.full,
            "wname": w.name,
            "kind": w.kind,
            "street": w.street,
            "phone": w.phone,
            "khoi": w.khoi_label(khoi),
            "khoi_s": w.khoi_short(khoi),
            "khoi_count": str(len(w.khoi)),
            "Sang": sang,
            "sang": sang.lower(),
            "d": f"{event_day.day}/{event_day.month}",
            "dy": f"{event_day.day}/{event_day.month}/{event_day.year}",
            "year": str(event_day.year),
            "month": str(event_day.month),
            "nextyear": str(event_day.year + 1),
            "prevyear": str(event_day.year - 1),
            "event": event,
            "Event": _cap(event),
            "field": rng.choice(topic["field"]).replace("{year}", str(event_day.year)),
            "_title": title,
            "mttq_chair": self.roster["mttq"].mention,
            "secretary": self.roster["bithu"].mention,
            "secretary_name": self.roster["bithu"].name,
        }
        return topic_key, ctx

    def _slot(self, slot: str, rng: random.Random) -> str:
        """A value drawn fresh for each occurrence of a non-context slot."""
        if slot == "n":
            return str(rng.randint(2, 9))
        if slot == "nn":
            return str(rng.randint(10, 95))
        if slot == "nnn":
            return str(rng.randint(100, 980))
        if slot == "pct":
            return f"{rng.randint(85, 99)},{rng.randint(1, 9)}"
        if slot == "money":
            return thousands(rng.randint(20, 480) * 500_000)
        if slot == "trieu":
            return str(rng.randint(5, 350))
        if slot == "person":
            return rng.choice(self._leaders).mention
        if slot == "city_official":
            return rng.choice(self._city).mention
        if slot == "oldname":
            return person_name(rng, female=False)
        if slot == "initials":
            return " ".join(rng.choice(self._staff_names).split()[-2:])
        if slot == "author_short":
            return rng.choice(self._staff_names)
        raise KeyError(f"unknown template slot {{{slot}}}")

    def _fill(self, template: str, rng: random.Random, ctx: dict[str, Any]) -> str:
        out = []
        for literal, slot in _compile(template):
            out.append(literal)
            if slot is not None:
                value = ctx.get(slot)
                out.append(value if value is not None else self._slot(slot, rng))
        return "".join(out)

    def _render(self, template: str, rng: random.Random, ctx: dict[str, Any]) -> str:
        return _cap(self._fill(template, rng, ctx))

    def headline(self, i: int, event_day: date) -> Headline:
        topic_key, ctx = self._context(i, event_day)
        return self._headline(i, topic_key, ctx)

    def _headline(self, i: int, topic_key: str, ctx: dict[str, Any]) -> Headline:
        topic = phrases()["topics"][topic_key]
        rng = self.rng(i, "head")
        template = ctx["_title"]
        if not _YEARLY.search(template):
            # Recurring headlines differ by year, place or round, as on the real portals.
            extra = () if "{khoi" in template else (" tại {khoi}",)
            template += rng.choice(_QUALIFIERS + extra)
        title = self._render(template, self.rng(i, "title"), ctx)
        if template.startswith(_SUBJECTS) and rng.random() < 0.7:
            # Leads often restate the headline as "Sáng ngày 5/6, <headline>. Tham dự ..."
            # (same random stream as the title, so the numbers agree).
            subject = template.replace("{Ward}", "UBND {ward}")
            clause = self._fill(subject, self.rng(i, "title"), ctx)
            lead = f"{ctx['Sang']} ngày {ctx['d']}, {clause}."
            if rng.random() < 0.6:
                lead += " " + self._render(rng.choice(_ATTENDANCE), rng, ctx)
        else:
            lead = self._render(rng.choice(topic["leads"]), rng, ctx)
        return Headline(topic_key, title, lead)

    def author(self, i: int, topic_key: str) -> str | None:
        rng = self.rng(i, "author")
        roll = rng.random()
        if roll < 0.10:
            return None
        topic = phrases()["topics"][topic_key]
        person = self.roster[rng.choice(topic["authors"])]
        if roll < 0.15:
            return person.name
        if roll < 0.18:
            return "Ban Biên tập"
        return person.byline

    def article(
        self, i: int, event_day: date, item_id: int, head: Headline | None = None
    ) -> ArticleText:
        """Title, lead, body blocks and byline of article ``i`` (ItemID ``item_id``).

        ``head`` is this article's :meth:`headline` when the caller already has it."""
        topic_key, ctx = self._context(i, event_day)
        if head is None:
            head = self._headline(i, topic_key, ctx)
        topic = phrases()["topics"][topic_key]
        rng = self.rng(i, "body")
        author = self.author(i, topic_key)
        pool = list(topic["sentences"]) + list(phrases()["general"])
        rng.shuffle(pool)

        # 3-12 text paragraphs in all, counting the lead; mostly 4-7. Sentences are drawn
        # without replacement so no article repeats itself.
        paras = min(12, max(3, round(rng.triangular(3, 12, 5)))) - 1
        counts = [1] * paras
        for _ in range(min(len(pool) - paras, rng.randint(paras, 2 * paras))):
            k = rng.randrange(paras)
            if counts[k] < 4:
                counts[k] += 1
        blocks: list[Block] = []
        for count in counts:
            sentences = [self._render(pool.pop(), rng, ctx) for _ in range(count)]
            blocks.append(Para(" ".join(sentences)))

        if rng.random() < 0.35:
            for k in range(1 if rng.random() < 0.75 else 2):
                caption = self._render(rng.choice(topic["captions"]), rng, ctx)
                if rng.random() < 0.3:
                    credit = self._render(rng.choice(phrases()["photo_credit"]), rng, ctx)
                    caption = f"{caption} ({credit})"
                src = f"/Portals/0/Images/{event_day.year}/{event_day.month}/IMG_{item_id}_{k + 1}.jpg"
                pos = min(len(blocks), 1 + k * 2 + rng.randint(0, 1))
                blocks.insert(pos, Image(src, caption))

        if rng.random() < 0.15:
            intro = Para(rng.choice(phrases()["intro_table"]))
            pos = rng.randint(1, len(blocks))
            blocks[pos:pos] = [intro, self._table(topic.get("table", "ketqua"), rng, ctx)]

        if rng.random() < 0.12:
            doc = self._render(rng.choice(topic["docs"]), rng, ctx)
            blocks.append(Para(rng.choice(phrases()["intro_doc"])))
            blocks.append(self._attachment(doc, event_day, item_id, rng))

        return ArticleText(topic_key, head.title, head.lead, tuple(blocks), author)

    def _attachment(self, doc: str, day: date, item_id: int, rng: random.Random) -> Attachment:
        words = ascii_fold(doc).split()[:4]
        sep = " " if rng.random() < 0.25 else rng.choice(("-", "_"))
        stem = sep.join(words)
        href = f"/Portals/0/files/{day.year}/{day.month:02d}/{stem}_{item_id}.pdf"
        lead_in = rng.choice(("Tập tin đính kèm:", "File đính kèm:", "Tải về:"))
        return Attachment(href, doc, lead_in)

    def _table(self, kind: str, rng: random.Random, ctx: dict[str, Any]) -> Table:
        p = phrases()
        khoi = list(self.ward.khoi)
        if kind == "quy":
            rows = [("TT", "Khối phố", "Số hộ tham gia", "Số tiền (đồng)")]
            total_h = total_m = 0
            for n, k in enumerate(khoi, 1):
                h, m = rng.randint(120, 650), rng.randint(8, 90) * 500_000
                total_h, total_m = total_h + h, total_m + m
                rows.append((str(n), self.ward.khoi_short(k), str(h), thousands(m)))
            # The total row spans the first two columns (rendered with colspan).
            rows.append(("Tổng cộng", str(total_h), thousands(total_m)))
        elif kind == "tiem":
            rows = [("TT", "Đối tượng", "Số người được tiêm", "Tỷ lệ (%)")]
            for n, label in enumerate(rng.sample(p["tiem_rows"], 4), 1):
                rows.append((str(n), label, thousands(rng.randint(80, 4200)), ctx_pct(rng)))
        elif kind == "tanbinh":
            rows = [("TT", "Họ và tên", "Năm sinh", "Nơi cư trú")]
            for n in range(1, rng.randint(4, 9)):
                rows.append(
                    (
                        str(n),
                        person_name(rng, female=False),
                        str(int(ctx["year"]) - rng.randint(18, 24)),
                        self.ward.khoi_short(rng.choice(khoi)),
                    )
                )
        elif kind == "lich":
            rows = [("Thời gian", "Nội dung", "Địa điểm")]
            month = ctx["d"].split("/")[1]
            days = sorted(rng.sample(range(1, 29), 4))
            for day, label in zip(days, rng.sample(p["lich_contents"], 4), strict=True):
                place = rng.choice(p["places"])
                place = place.replace("{kind}", self.ward.kind).replace("{wname}", self.ward.name)
                place = place.replace("{khoi_s}", self.ward.khoi_short(rng.choice(khoi)))
                hour = rng.choice(("7h00", "7h30", "8h00", "14h00", "15h30", "19h30"))
                rows.append((f"{hour} ngày {day}/{month}", _cap(label), _cap(place)))
        else:
            rows = [("TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)")]
            for n, label in enumerate(rng.sample(p["ketqua_rows"], 4), 1):
                plan = rng.randint(20, 900)
                done = plan + rng.randint(-plan // 10, plan // 8)
                rows.append((str(n), label, str(plan), str(done), f"{done * 100 // plan}"))
        return Table(tuple(rows))

    def section_paragraphs(self, templates: Sequence[str], tabid: str) -> list[str]:
        """Fill the static text of a menu section page."""
        rng = self.rng(0, f"section{tabid}")
        today = date(2022, 1, 1)
        _, ctx = self._context(0, today)
        return [self._render(t, rng, ctx) for t in templates]


def ctx_pct(rng: random.Random) -> str:
    return f"{rng.randint(85, 99)},{rng.randint(1, 9)}"


def seed_text() -> ArticleText:
    """The seed article as blocks: lead plus its three body paragraphs (raw spacing kept)."""
    s = seed_article()
    blocks = tuple(Para(p) for p in s["paragraphs_raw"])
    return ArticleText("mttq", s["title"], s["lead"], blocks, s["author"])
