"""Question-and-answer records: the fields a Q&A page sets round a citizen's question and
its answer, each a label over (or beside) its value ("Người hỏi" | "Nguyễn Văn Sáu",
"Lĩnh vực" | "Hộ tịch"), and the parts' own headings ("Câu hỏi", "Trả lời"). The fields
are the record's, no text; a person named as answering ("Chuyên gia trả lời" | "Võ Thị
Ngọc Hân") wrote the answer. Fields are read only on a page that shows an asker's field
beside a part heading or other fields (a record); a page with only the question's and the
answer's headings (a legal column's article) keeps them, its processing timeline aside
(holdout314, holdout315).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ..htmltext import Block
from ..vocab import ANSWERER_LABEL_RE, QUESTION_PART_RE
from .author import is_person, names_a_unit

# A record's field names
# (a business's question: "Tổ chức, cá nhân hỏi" over its name, "Mã số thuế", holdout330)
_ASKERS = (
    r"(?:người\s+(?:hỏi|gửi|phản\s+ánh|kiến\s+nghị)|họ\s+(?:và\s+)?tên|"
    r"(?:tổ\s+chức|cá\s+nhân|doanh\s+nghiệp)(?:\s*,\s*(?:cá\s+nhân|tổ\s+chức))?\s+hỏi)"
)
_FIELD_NAMES = (
    rf"(?:{_ASKERS}|địa\s+(?:chỉ|điểm)|mã\s+số\s+thuế|"
    r"(?:số\s+)?điện\s+thoại|e-?mail|thư\s+điện\s+tử|lĩnh\s+vực|"
    r"(?:ngày|thời\s+gian)\s+(?:gửi|hỏi|trả\s+lời|phản\s+ánh|kiến\s+nghị)|"
    r"trạng\s+thái|tình\s+trạng|mã\s+câu\s+hỏi|đơn\s+vị|văn\s+bản\s+trả\s+lời|chủ\s+đề|"
    r"chức\s+vụ|văn\s+phòng|nghề\s+nghiệp|tỉnh\s*[/,]\s*thành(?:\s+phố)?|quận\s*/\s*huyện|xã\s*/\s*phường|"
    r"(?:người|cơ\s+quan|đơn\s+vị|cán\s+bộ|chuyên\s+gia|bộ\s+phận)\s+trả\s+lời|"
    r"luật\s+sư\s+tư\s+vấn)"
)
# ... alone on its line or in its cell (a colon maybe)
_FIELD = re.compile(rf"^\s*{_FIELD_NAMES}\s*[:：]?\s*$", re.IGNORECASE)
# ... with its value on one line, after the record's status badge maybe ("Người gửi: Trần
# Văn Quý", "Đã trả lời Mã câu hỏi: HD-2026-000173", holdout330)
_FIELD_LINE = re.compile(
    rf"^\s*(?:(?:đã|chưa|đang)\s+(?:trả\s+lời|xử\s+lý|tiếp\s+nhận)\s+)?{_FIELD_NAMES}\s*[:：]\s*\S",
    re.IGNORECASE,
)
# the fields naming who answered, a person maybe
_ANSWERER = re.compile(
    r"^\s*(?:người|cán\s+bộ|chuyên\s+(?:gia|viên))\s+trả\s+lời|^\s*luật\s+sư\s+tư\s+vấn",
    re.IGNORECASE,
)
# the asker's field, alone or with its value ("Người gửi: Trần Văn An")
_ASKER = re.compile(rf"^\s*{_ASKERS}\s*(?:[:：]|$)", re.IGNORECASE)
# a part's heading: "Câu hỏi", "Nội dung trả lời", "Hỏi:", "Đáp"
_PART = re.compile(
    r"^\s*(?:(?:nội\s+dung\s+)?(?:câu\s+hỏi|hỏi|(?:câu\s+)?trả\s+lời|phản\s+ánh|kiến\s+nghị)|"
    r"kết\s+quả\s+(?:trả\s+lời|xử\s+lý)|đáp|mức\s+độ\s+hài\s+lòng(?:\s+với\s+[\w\s]{1,30})?)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
_ANSWER_PART = re.compile(r"^\s*(?:nội\s+dung\s+)?(?:câu\s+)?trả\s+lời\s*[:：]?\s*$", re.IGNORECASE)
# the record's processing timeline ("Quá trình xử lý câu hỏi" over its steps' table)
_TIMELINE = re.compile(
    r"^\s*(?:quá\s+trình|tiến\s+trình|lịch\s+sử)\s+xử\s+lý"
    r"(?:\s+(?:câu\s+hỏi|phản\s+ánh|kiến\s+nghị|hồ\s+sơ))?\s*[:：]?\s*$",
    re.IGNORECASE,
)
_LABEL_CHARS = 40  # a field's name or a part's heading: "Chuyên gia trả lời", "Nội dung câu hỏi"
_VALUE_CHARS = 200  # a field's value: a name and an address, an e-mail, a day
_ROW = " | "  # a table row's cells, as blocks join them
_AFTER = 4  # lines after the text's end still the record's


def record_kind(blocks: list[Block]) -> str:
    """ "record" where the page shows an asker's field and a part heading or two more of the
    record's fields; "parts" where it shows only the question's and the answer's headings
    (a legal column's article: its headings are text, holdout314); "" elsewhere."""
    asker = part = question = answer = False
    fields = 0
    for b in blocks:
        text = b.text.split(_ROW, 1)[0] if b.table_row else b.text
        asker = asker or bool(_ASKER.match(text))
        if len(text) <= _LABEL_CHARS:
            part = part or bool(_PART.match(text))
            fields += bool(_FIELD.match(text))
            question = question or bool(QUESTION_PART_RE.match(text))
            answer = answer or bool(_ANSWER_PART.match(text))
            if asker and (part or fields >= 3):
                return "record"
    return "parts" if question and answer else ""


def _values(blocks: list[Block], i: int, stop: int) -> list[int]:
    """The lines of the value of the field labelled by block ``i``: the lines after it in
    the label's own row (its parent box), short, up to the next label or part."""
    row = blocks[i].ancestors[1] if len(blocks[i].ancestors) > 1 else None
    found = []
    for k in range(i + 1, stop):
        b = blocks[k]
        if (
            row not in b.ancestors
            or len(b.text) > _VALUE_CHARS
            or b.heading
            or _FIELD.match(b.text)
            or _PART.match(b.text)
        ):
            break
        found.append(k)
    return found


def record_fields(blocks: list[Block], body: list[int], kind: str) -> set[int]:
    """The blocks of ``body`` that are the record's fields and part headings (``kind``:
    the page's ``record_kind``)."""
    if not kind or not body:
        return set()
    drop: set[int] = set()
    stop = body[-1] + 1
    answer = next(
        (
            i
            for i in range(body[0], stop)
            if len(blocks[i].text) <= _LABEL_CHARS and _ANSWER_PART.match(blocks[i].text)
        ),
        stop,
    )
    # (a label another rule took out of the text still tells its value's lines)
    for i in range(body[0], stop):
        b = blocks[i]
        if len(b.text) <= _LABEL_CHARS and _TIMELINE.match(b.text):
            drop.add(i)
            for k in range(i + 1, stop):  # its steps, up to the next heading or text
                step = blocks[k]
                if step.heading or len(step.text) > _VALUE_CHARS or _PART.match(step.text):
                    break
                drop.add(k)
        elif kind != "record":
            continue
        elif b.table_row:
            label, _, value = b.text.partition(_ROW)
            if _FIELD.match(label) and len(value) <= _VALUE_CHARS:
                drop.add(i)
        elif len(b.text) <= _LABEL_CHARS and _PART.match(b.text):
            drop.add(i)
        elif len(b.text) <= _LABEL_CHARS and _FIELD.match(b.text):
            drop.add(i)
            drop.update(_values(blocks, i, stop))
        elif i < answer and len(b.text) <= _VALUE_CHARS and _FIELD_LINE.match(b.text):
            drop.add(i)  # (after the answer's heading such a line is the answer's own)
        elif len(b.text) <= _VALUE_CHARS and ANSWERER_LABEL_RE.match(b.text):
            # the answerer's role on a line of its own in the answerer's box ("Trả lời bởi:
            # Lê Văn Tâm" over "Công chức Tư pháp - Hộ tịch xã Phú Lộc", holdout323)
            drop.update(_role_line(blocks, i, stop))
    return drop.intersection(body)


def _role_line(blocks: list[Block], i: int, stop: int) -> list[int]:
    """The short line right after the answerer's line ``i``, in its box, that is no
    sentence: the answering person's role."""
    k = i + 1
    if k >= stop or len(blocks[i].ancestors) < 2:
        return []
    line = blocks[k]
    text = line.text
    if (
        blocks[i].ancestors[1] not in line.ancestors
        or len(text) > _ROLE_CHARS
        or text.endswith((".", "?", "!", ":", ","))
        or _FIELD.match(text)
        or _PART.match(text)
    ):
        return []
    return [k]


_ROLE_CHARS = 100  # a role and its office: "Công chức Tư pháp - Hộ tịch xã Phú Lộc"


def record_answerer(blocks: list[Block], start: int, stop: int) -> str | None:
    """The person a Q&A record names as answering, in its field (label and value apart, or
    "Luật sư tư vấn | Hồ Thị Thanh Hương"), on a page whose ``record_kind`` is "record";
    an office answering is none."""
    # (the record's last fields may follow where the text ends)
    for i in range(start, min(stop + _AFTER, len(blocks))):
        b = blocks[i]
        if len(b.text) > _VALUE_CHARS or not _ANSWERER.match(b.text):
            continue
        if b.table_row:
            name = b.text.partition(_ROW)[2].strip()
        elif _FIELD.match(b.text):
            values = _values(blocks, i, len(blocks))
            name = blocks[values[0]].text if values else ""
        else:  # "Chuyên viên trả lời: Đặng Thị Thu Hà | Đơn vị: …"
            name = re.split(r"[:：]", b.text, maxsplit=1)[-1].split(_ROW, 1)[0].strip()
        if name and is_person(name) and not names_a_unit(name):
            return name
    return None


# a chat's answer bubble ("tvpl-msg--reply", "chat-message-answer") and its writer's name
_REPLY_BUBBLE = (
    '[class*="msg--reply" i], [class*="msg-reply" i], [class*="message--reply" i], '
    '[class*="message-reply" i], [class*="msg--answer" i], [class*="message--answer" i], '
    '[class*="message-answer" i], [class~="msg-out" i]'
)
_NAME = '[class*="name" i]'


def drop_chat_heads(tree: LexborHTMLParser) -> None:
    """Take out the head of each bubble of a Q&A told as a chat, the writer's name and role
    over the message ("Thiếu tá Lê Văn Cường" over "Phó Trưởng Công an phường", holdout334):
    who wrote it, no text. Read :func:`chat_answerer` first."""
    if tree.css_first(_REPLY_BUBBLE) is None:
        return
    heads = []
    for name in tree.css(_BUBBLE_NAMES):
        head = name.parent
        if head is not None and len(head.text(strip=True)) <= _HEAD_CHARS:
            heads.append(head)
    for head in heads:
        head.decompose()


_BUBBLE_NAMES = '[class*="msg" i] [class*="name" i], [class*="message" i] [class*="name" i]'
_HEAD_CHARS = 200  # a name, a role and an office


def chat_answerer(tree: LexborHTMLParser) -> str | None:
    """The person named over the answer's bubble of a Q&A told as a chat (the question's
    bubble, then the answer's, each headed by its writer's name); "" when an office or no
    one is named there; None on a page with no answer's bubble."""
    bubble = tree.css_first(_REPLY_BUBBLE)
    if bubble is None:
        return None
    node = bubble.css_first(_NAME)
    name = node.text(strip=True) if node is not None else ""
    if len(name) <= _LABEL_CHARS and is_person(name) and not names_a_unit(name):
        return name
    return ""


# the answer's part headed by who answers: "Bác sĩ trả lời", "Luật sư trả lời"
_ANSWERER_HEADING = re.compile(
    r"^\s*(?:bác\s+sĩ|chuyên\s+gia|luật\s+sư|chuyên\s+viên|cán\s+bộ|người)\s+trả\s+lời\s*[:：]?\s*$",
    re.IGNORECASE,
)
_NAME_CHARS = 60  # a name with its titles: "ThS.BS Lâm Thị Mỹ Hạnh"


def answer_card_person(blocks: list[Block], start: int, stop: int) -> str | None:
    """The person whose card opens the answer's part headed "Bác sĩ trả lời" (a doctor's
    name over the role, holdout334): the answer's writer; an office is none."""
    for i in range(start, min(stop, len(blocks)) - 1):
        if len(blocks[i].text) > _LABEL_CHARS or not _ANSWERER_HEADING.match(blocks[i].text):
            continue
        name = blocks[i + 1].text.strip()
        if len(name) <= _NAME_CHARS and is_person(name) and not names_a_unit(name):
            return name
        return None
    return None
