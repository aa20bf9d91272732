"""Vietnamese portal vocabulary: the label and boilerplate patterns extraction relies on.

Kept as data so that a new portal's wording is one line here, not new code.
All patterns are matched against NFC text, case-insensitively.
"""

from __future__ import annotations

import re

# A run of letters (no digits): the words a label, a menu entry or a line is made of.
WORD_RE = re.compile(r"[^\W\d_]+")

# "Lượt xem: 198" — view counters of the article itself.
VIEW_LABELS = (
    # "Lượt truy cập bài viết: 78", "Lượt xem bài viết: 12": the article's own counter
    r"lượt\s+(?:xem|đọc|truy\s+cập)\s+bài(?:\s+viết)?",
    r"lượt\s+xem",
    r"lượt\s+đọc",
    r"số\s+lần\s+xem",
    r"số\s+lượt\s+xem",
    r"đã\s+xem",
    r"lượt\s+truy\s+cập",
    r"số\s+lần\s+đọc",
    r"lần\s+đọc",
    r"số\s+người\s+(?:đọc|xem)",  # "Số người đọc: 1,205"
    r"lần\s+xem",
    r"lượt\s+view",
    r"(?:số\s+)?lượt\s+nghe",  # a radio bulletin's or a podcast's plays
    r"lần\s+nghe",
    r"views?",
    r"hits",
    r"👁\ufe0f?",  # an eye glyph for a word: "👁 1.204"
    r"xem",
    r"truy\s+cập",
    # ethnic-minority language sections: Thái "Cốn bơng", H'Mông "Neeg nyeem",
    # Ê Đê "Mâo mnuih dlăng"
    r"cốn\s+bơng",
    r"neeg\s+nyeem",
    r"mâo\s+mnuih\s+dlăng",
)
# Site-wide visitor counters that must never be read as an article's views.
SITE_COUNTER_LABELS = (
    r"số\s+lượt\s+truy\s+cập",
    r"tổng\s+(?:số\s+)?lượt\s+truy\s+cập",
    r"đang\s+(?:truy\s+cập|online|trực\s+tuyến)",
    r"lượt\s+truy\s+cập\s+(?:hôm\s+nay|trong|tháng|năm)",
    r"hôm\s+nay",
    r"hôm\s+qua",
    r"trong\s+tuần",
    r"trong\s+tháng",
    r"tổng\s+cộng",
    r"online",
    r"thống\s+kê\s+truy\s+cập",
    r"visitors?",
)
VIEWS_RE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(VIEW_LABELS)
    # (the count in the next cell of a field table: "Số lần đọc: | 1873")
    + r")\s*[:：]?\s*(?:\|\s*)?(?P<n>\d{1,3}(?:[.,]\d{1,2})?\s*[Kk](?![^\W\d_])|\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)(?![\d/])",
    re.IGNORECASE,
)
# "1087 lượt xem", "Đã xem 321 lần" — the number before the label; not a label with a colon
# of its own ("14:30Views: 987": a time, then the label of the number after it).
VIEWS_AFTER_RE = re.compile(
    # (a count glued to a time, "08:301.205 lượt xem", starts after the time's minutes)
    r"(?:(?<=\d\d:\d\d)|(?<![\d.,:]))(?P<n>\d{1,3}(?:[.,]\d{1,2})?\s*[Kk]|\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:lượt\s+xem|lượt\s+đọc|lượt\s+nghe|lần\s+xem|lần\s+đọc|lần\s+nghe|lượt\s+truy\s+cập|views?|reads?)\b"
    r"(?!\s*[:：])",
    re.IGNORECASE,
)
# An academic or professional title before a name, part of it: "ThS. Phạm Văn Khánh",
# "PGS.TS. Lê Văn Hòa", "BSCKII. Trần Thu Hà" (a pattern to put before a name's words)
NAME_TITLE = r"(?:(?:PGS|GS)\.\s*)?(?:TS|ThS|BS(?:CKI{1,2})?|KS|CN|DS|LS|NCS)\.\s*"
# A label standing alone in its own element, the value in the next one ("Tác giả" | "Hoàng Anh").
AUTHOR_LABEL_ONLY_RE = re.compile(
    r"^\s*(?:tác\s+giả(?:\s+bài\s+viết)?|người\s+viết|bài\s*(?:,|và)\s*ảnh|tin\s*(?:,|và)\s*ảnh|phóng\s+viên|author)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# The posting account's label alone, its value (an office's link) read as no author
# ("Đăng bởi" | "Văn phòng LĐLĐ tỉnh"): a label, never the text's.
POSTER_LABEL_ONLY_RE = re.compile(
    r"^\s*(?:(?:đăng|viết)\s+bởi|người\s+đăng(?:\s+(?:tin|bài))?|(?:posted|written)\s+by)\s*[:：]?\s*$",
    re.IGNORECASE,
)
# A views label alone in its element, the count in the next (<dt>Lượt xem</dt><dd>245</dd>);
# a bare "Xem" is a link or a button there, not a label.
VIEWS_LABEL_ONLY_RE = re.compile(
    r"^\s*(?:" + "|".join(v for v in VIEW_LABELS if v != "xem") + r")\s*[:：]?\s*$",
    re.IGNORECASE,
)
COUNT_ONLY_RE = re.compile(r"^\s*(?P<n>\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d+)\s*(?:lần)?\s*$")
SITE_COUNTER_RE = re.compile(r"(?:" + "|".join(SITE_COUNTER_LABELS) + r")", re.IGNORECASE)

AUTHOR_LABELS = (
    r"tác\s+giả(?:\s+bài\s+viết)?",  # NukeViet: "Tác giả bài viết:"
    r"người\s+viết",
    r"người\s+đăng(?:\s+(?:tin|bài))?",  # "Người đăng tin: Lê Thị Thu Trang"
    r"người\s+nhập(?:\s+(?:tin|bài|liệu))?",  # Lotus Notes' "Người nhập: thuylt/SKHDT/LDG"
    r"bài\s*(?:,|và)?\s*ảnh",
    r"tin\s*(?:,|và)?\s*ảnh",
    r"bài\s+viết",
    r"phóng\s+viên",
    r"thực\s+hiện",
    r"tổng\s+hợp",  # "Tổng hợp: Minh Thư": who compiled a digest
    r"dự\s+báo\s+viên",  # a weather bulletin's forecaster
    r"tin",
    r"bài",
    r"author",
    # ethnic-minority language sections: H'Mông "Neeg sau", Ê Đê "Mnuih čih"
    r"neeg\s+sau",
    r"mnuih\s+čih",
    r"story",  # English sections: "Story: Lê Thảo", "Text and photos: Minh Hải"
    r"text(?:\s+and\s+photos?)?",
    r"written\s+by",
    r"reporter",
    r"người\s+đưa\s+tin",
    r"đăng\s+bởi",
    r"viết\s+bởi",
    # who answered a citizen's question, a person (an office answering is no author):
    # "Trả lời bởi: Luật sư Đỗ Thị Ngọc Ánh", "Người trả lời: …" (holdout308, 314)
    r"trả\s+lời\s+bởi",
    r"người\s+trả\s+lời",
    r"posted\s+by",
    r"by",
)
AUTHOR_LABEL_RE = re.compile(
    r"^\s*(?:" + "|".join(AUTHOR_LABELS) + r")\s*[:：]\s*(?P<name>.+?)\s*$", re.IGNORECASE
)
# Who edited the text, not who wrote it ("Biên tập: Thu Trang", "BTV: Hà Linh").
_EDITOR_LABELS = (
    r"(?:người\s+)?biên\s+tập(?:\s+viên)?|btv|hiệu\s+đính|(?:người\s+)?duyệt(?:\s+(?:bài|tin|đăng))?|"
    # a translator ("Biên dịch phát biểu tiếng Lào: …", "Người dịch bản tiếng Anh: …")
    r"biên\s+dịch(?:\s+[^\W\d_]+){0,4}|người\s+dịch(?:\s+[^\W\d_]+){0,4}|dịch\s+giả|"
    # who keyed the record in (Lotus Domino's "Người cập nhật: CN=Tran Thi Mai/OU=VP/O=…")
    r"người\s+cập\s+nhật"
)
EDITOR_LABEL_RE = re.compile(r"^\s*[(\[]?\s*(?:" + _EDITOR_LABELS + r")\s*[:：]", re.IGNORECASE)
# An editor's note closing a corrected text: "Bài viết đã được điều chỉnh lúc …", "Ghi chú
# của Ban biên tập: …", "(Đính chính: …)", "N.B.T.": after the writer's signature
EDITORS_NOTE_RE = re.compile(
    r"^\s*[(\[]?\s*(?:ghi\s+chú\s+của\s+(?:ban\s+)?biên\s+tập|đính\s+chính\b|n\.\s?b\.\s?t\b|"
    r"(?:bài\s+viết|bài|tin|nội\s+dung)\s+(?:này\s+)?(?:đã\s+)?(?:được\s+)?"
    r"(?:điều\s+chỉnh|cập\s+nhật|sửa\s+đổi|chỉnh\s+sửa|sửa))",
    re.IGNORECASE,
)
# A series part's closing teaser of the next ("Kỳ sau: Khi cả cộng đồng cùng góp sức",
# "Bài tới: …"), and the continuation mark a numbered teaser needs ("(Còn nữa)", "Kỳ 2: …")
NEXT_PART_RE = re.compile(r"^\s*(?:kỳ|bài|phần)\s+(?:sau|tới|tiếp(?:\s+theo)?)\s*[:：]\s*\S", re.I)
NUMBERED_PART_RE = re.compile(r"^\s*(?:kỳ|bài|phần)\s+(?:\d{1,2}|cuối)\s*[:：]\s*\S", re.I)
TO_BE_CONTINUED_RE = re.compile(
    r"^\s*[(\[]\s*(?:còn\s+(?:nữa|tiếp)|còn\s+tiếp\s+kỳ\s+sau)\s*[)\]]\s*$", re.I
)
EDITOR_LABEL_ONLY_RE = re.compile(r"^\s*(?:" + _EDITOR_LABELS + r")\s*[:：]?\s*$", re.IGNORECASE)
# Sources that are organisations, not authors ("Nguồn: Báo Quảng Nam").
SOURCE_LABEL_RE = re.compile(
    r"^\s*[(\[]?\s*(?:nguồn(?:\s+(?:tin|ảnh|hình(?:\s+ảnh)?))?|theo|source)\s*[:：]|"
    # "Theo Báo Kon Tum", "Theo TTXVN", "(Theo Báo SGGP)": a source even without the colon
    # ("Theo báo cáo của …" opens a sentence)
    r"^\s*[(\[]?\s*theo\s+(?:báo(?!\s+cáo)|(?:nhật|thời|tuần|nguyệt)\s+báo|hãng\s+tin|tân\s+hoa\s+xã|đài|tạp\s+chí|cổng|trang|website|ttxvn|thông\s+tấn|vov|vtv|bản\s+tin)\b|"
    # "Theo Cục Y tế dự phòng" alone on its line: an agency as the source; "Theo Bộ Y tế,
    # …" or a longer line opens a sentence
    r"^\s*[(\[]?\s*theo\s+(?:tổng\s+|chi\s+)?(?:cục|bộ(?!\s+(?:trưởng|luật))|sở|viện|học\s+viện|"
    r"trung\s+tâm|văn\s+phòng|ủy\s+ban|ubnd|hội(?!\s+nghị)|ban(?!\s+hành)|tỉnh\s+ủy|huyện\s+ủy|"
    r"thành\s+ủy|bộ\s+chỉ\s+huy|công\s+an|bảo\s+hiểm|ngân\s+hàng|tập\s+đoàn|công\s+ty)"
    r"(?:\s+[^\s,;:!?]+){1,8}(?<!\.)\s*[)\]]?\s*$|"
    # "Theo Nikkei Asia", "(Theo Reuters)" alone on its line: an outlet's name, every word
    # capitalised (no one signs "Theo …")
    r"^\s*[(\[]?\s*theo(?:\s+(?-i:[A-ZĐ][^\s,;:!?]*)){1,5}\s*[)\]]?\s*$",
    re.IGNORECASE,
)

# A page's filing fields, never a headline ("Chuyên mục: Thống kê - Báo cáo").
FILING_LABEL_RE = re.compile(
    r"^\s*(?:các\s+)?(?:chuyên\s+mục|danh\s+mục|thể\s+loại|chủ\s+đề|từ\s+khóa|lĩnh\s+vực|tags?|category)"
    r"\s*[:：]",
    re.IGNORECASE,
)

# Who asked, on Q&A pages ("Hỏi - Đáp"): a header field, never the author.
ASKER_LABEL_RE = re.compile(
    r"^\s*(?:người\s+(?:hỏi|gửi)|họ\s+(?:và\s+)?tên|câu\s+hỏi\s+của)\s*[:：]", re.IGNORECASE
)

# Who answers, on Q&A pages ("Đơn vị trả lời: Phòng Lao động - Tiền lương"): an info
# field of the question's header, neither text nor author.
ANSWERER_LABEL_RE = re.compile(
    r"^\s*(?:(?:đơn\s+vị|cơ\s+quan|người|bộ\s+phận|cán\s+bộ|chuyên\s+(?:viên|gia))\s+trả\s+lời|"
    r"trả\s+lời\s+bởi)\s*[:：|]",
    re.IGNORECASE,
)

# A field row of a document's table ("Ngày ban hành | 04/12/2023", "Người ký | …"): the
# announcement's content, not the page's dateline or byline.
_DOCUMENT_FIELD_NAMES = (
    r"(?:số\s+(?:ký\s+hiệu|hiệu)|ký\s+hiệu|ngày\s+(?:ban\s+hành|hiệu\s+lực|ký)|"
    r"cơ\s+quan\s+ban\s+hành|người\s+ký|trích\s+yếu|loại\s+văn\s+bản|hiệu\s+lực|"
    r"tệp\s+đính\s+kèm|file\s+đính\s+kèm|tình\s+trạng)"
)
DOCUMENT_FIELD_RE = re.compile(
    # (the label cell may end with its colon: "Số ký hiệu: | 1874/QĐ-UBND")
    rf"^\s*{_DOCUMENT_FIELD_NAMES}[^|:：]{{0,20}}[:：]?\s*\|",
    re.IGNORECASE,
)
# The same field's name alone, a term of a definition list (<dt>Số ký hiệu</dt>)
DOCUMENT_TERM_RE = re.compile(rf"^\s*{_DOCUMENT_FIELD_NAMES}\s*[:：]?\s*$", re.IGNORECASE)

# The presented document's own days ("Ngày ban hành: 10/06/2015", "Ngày hiệu lực" over its
# day): the document's, the page's only when it shows no other; the label is the text since
# the field before it
DOCUMENT_DAY_RE = re.compile(
    r"(?i)ngày\s+(?:ban\s+hành|(?:có\s+|hết\s+)?hiệu\s+lực|ký)|hiệu\s+lực\s+(?:từ|kể\s+từ)"
)

# An administrative document's own heading lines, text when the document is the article:
# its number ("Số: 87/TB-UBND") and its place-and-date line ("Đông Lễ, ngày 10 tháng 6 năm
# 2024"). A weekday or "Hôm nay" before the date makes it a clock or a dateline instead.
DOCUMENT_HEADING_RE = re.compile(
    r"^\s*(?:số\s*[:：]\s*\d+[\w/.\-]*/[\w.\-]+\b"
    # a bulletin's issue line: "Bản tin số 15 - Phát hành lúc 15h30 ngày 18/10/2024"
    r"|(?:bản\s+tin|tin\s+bão|công\s+điện)\s+số\s*\d+\b"
    r"|(?!(?:thứ|chủ\s+nhật|hôm\s+nay|cập\s+nhật|ngày\s+đăng)\b)[^\W\d][^,|:：\d]{1,30},\s*"
    r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?\s*$)",
    re.IGNORECASE,
)

# Q&A pages: when the question was sent (never the publication date) and when it was
# answered (the page's date when it shows no posting date of its own).
# A Q&A page's question heading alone ("Câu hỏi", "Nội dung câu hỏi:")
# (after an icon drawn as a character maybe: "? Câu hỏi" over "✓ Trả lời", holdout334)
QUESTION_PART_RE = re.compile(
    r"^\s*(?:[?❓✓✔•]\s*)?(?:(?:nội\s+dung\s+)?câu\s+hỏi|nội\s+dung\s+hỏi)\s*[:：]?\s*$",
    re.IGNORECASE,
)
QUESTION_DATE_RE = re.compile(
    r"ngày\s+(?:gửi|hỏi|phản\s+ánh|kiến\s+nghị)|(?:gửi|hỏi)\s+(?:ngày|lúc)|"
    r"thời\s+gian\s+(?:gửi|phản\s+ánh|kiến\s+nghị)",
    re.IGNORECASE,
)
ANSWER_DATE_RE = re.compile(
    r"ngày\s+trả\s+lời|trả\s+lời\s+(?:ngày|lúc|vào)|thời\s+gian\s+trả\s+lời", re.IGNORECASE
)

# Date labels: publication (preferred) vs. update (used only when nothing else).
PUBLISHED_LABEL_RE = re.compile(
    r"ngày\s+(?:đăng|đưa\s+tin|xuất\s+bản|ban\s+hành|phát\s+hành|cập\s+nhật\s+đầu|hiển\s+thị)|"
    r"đăng\s+(?:ngày|lúc)|"
    r"xuất\s+bản|published|posted|ngày\s+tạo|(?:được\s+)?gửi\s+(?:vào|lúc)|đăng\s+vào|"
    # "Bài đăng 17/07/2025" (a player's bar, sites100/s604): the label right before its day
    r"(?:bài|tin)\s+đăng(?=\s*[:：]?\s*\d)",
    re.IGNORECASE,
)
# A date's label alone in its cell, its value in the next ("Ngày xuất bản:" | "09/6/2025")
DATE_LABEL_ONLY_RE = re.compile(
    r"^\s*(?:" + PUBLISHED_LABEL_RE.pattern + r"|cập\s+nhật(?:\s+(?:ngày|lúc))?|ngày|"
    r"thời\s+gian(?:\s+đăng)?)\s*[:：]\s*$",
    re.IGNORECASE,
)
UPDATED_LABEL_RE = re.compile(
    r"cập\s+nhật|chỉnh\s+sửa|sửa\s+đổi|updated?|modified|(?:last\s+)?edited|lần\s+cuối",
    re.IGNORECASE,
)

# When the article was withdrawn ("Thu hồi lúc: 10:20 15/01/2026", "Gỡ bài ngày …"): not
# when it was published
WITHDRAWN_LABEL_RE = re.compile(
    r"(?:thu\s+hồi|gỡ\s+(?:bỏ|bài|tin)|ngừng\s+đăng)(?:\s+(?:lúc|ngày|vào))?\s*[:：]?\s*$|"
    # when a print view was printed ("Ngày in: 18/12/2026 09:14"), a reader's day
    r"(?<!\w)(?:ngày\s+in|in\s+(?:lúc|ngày)|printed(?:\s+on)?)\s*[:：]?\s*$",
    re.IGNORECASE,
)

# What a portal says, with status 200, when the article is gone (a soft 404).
GONE_RE = re.compile(
    r"(?:bài\s+viết|tin\s+(?:tức|bài)?|trang|nội\s+dung|đường\s+dẫn)[^.!\n]{0,40}?"
    r"(?:không\s+tồn\s+tại|không\s+còn\s+tồn\s+tại|đã\s+bị\s+(?:xóa|xoá|gỡ\s+bỏ|gỡ))|"
    r"không\s+tìm\s+thấy\s+(?:trang|bài\s+viết|tin|nội\s+dung)|"
    r"\b(?:page|article)\s+not\s+found\b|\b404\s*(?:-|:|–)?\s*not\s+found\b|\blỗi\s+404\b",
    re.IGNORECASE,
)

# What a firewall, bot check or maintenance screen says instead of the page (served with
# 200 by many portals' F5/Cloudflare/Nginx front ends).
REFUSED_RE = re.compile(
    r"requested\s+url\s+was\s+rejected|^\s*request\s+rejected|\baccess\s+denied\b|"
    r"you\s+have\s+been\s+blocked|request\s+(?:has\s+been|was)\s+blocked|"
    r"attention\s+required!?\s*\|\s*cloudflare|^\s*just\s+a\s+moment\.*\s*$|"
    r"checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser)|"
    r"enable\s+javascript\s+and\s+cookies\s+to\s+continue|web\s+application\s+firewall|"
    r"too\s+many\s+requests|service\s+(?:temporarily\s+)?unavailable|under\s+maintenance|"
    r"truy\s+cập\s+(?:bị\s+từ\s+chối|bị\s+chặn)|(?:đã\s+)?bị\s+chặn\s+bởi|"
    r"(?:yêu\s+cầu|địa\s+chỉ\s+ip)\s+(?:của\s+bạn\s+)?(?:đã\s+)?bị\s+(?:chặn|từ\s+chối)|"
    r"(?:hệ\s+thống|website|trang\s+web|cổng\s+thông\s+tin)\s+đang\s+(?:được\s+)?"
    r"(?:bảo\s+trì|nâng\s+cấp)|truy\s+cập\s+quá\s+(?:nhiều|nhanh)",
    re.IGNORECASE,
)

# Headings that start lists of other news: everything from them on is not the body.
RELATED_HEADINGS_RE = re.compile(
    r"^\s*(?:các\s+)?(?:tin|bài)(?:\s+tức|\s+viết)?\s+(?:đã\s+đưa|liên\s+quan|khác|cùng\s+chuyên\s+mục|mới(?:\s+hơn|\s+nhất)?|"
    r"cũ(?:\s+hơn)?|trước|tiếp\s+theo|xem\s+nhiều(?:\s+nhất)?|nổi\s+bật|đọc\s+nhiều(?:\s+nhất)?)|"
    r"^\s*(?:xem|đọc)\s+thêm|^\s*bài\s+viết\s+liên\s+quan|^\s*tin\s+tức\s+liên\s+quan|^\s*ý\s+kiến\s+bạn\s+đọc|"
    # a document page's "Văn bản cùng lĩnh vực", "Văn bản liên quan", "Các văn bản khác"
    r"^\s*(?:các\s+)?văn\s+bản\s+(?:cùng\s+(?:lĩnh\s+vực|loại|cơ\s+quan)|liên\s+quan|khác)|"
    r"^\s*bình\s+luận|^\s*gửi\s+ý\s+kiến|^\s*related|^\s*chia\s+sẻ\s+bài|"
    # a series' box of its parts: "Các bài trong loạt", "Cùng loạt bài", "Các kỳ cùng chuyên đề"
    r"^\s*(?:các\s+)?(?:bài|kỳ|phần)\s+(?:trong|cùng|của)\s+(?:loạt|chuyên\s+đề|series)|"
    r"^\s*cùng\s+(?:loạt\s+bài|chuyên\s+đề)|"
    # "E-magazine khác", "Video khác", "Tin ảnh khác": other items of the kind
    r"^\s*[\w\-]+(?:\s+[\w\-]+)?\s+khác\s*:?\s*$|"
    # a minority-language section's box heading glossed in Vietnamese: "XOV XWM LWM (Tin khác)"
    r"^[^()]{1,40}\(\s*(?:các\s+)?(?:tin|bài)(?:\s+viết)?\s+(?:khác|liên\s+quan|mới)\s*\)\s*$",
    re.IGNORECASE,
)
# A side column's standing boxes, by their heading ("Giới thiệu chung", "Lịch công tác tuần
# của Lãnh đạo UBND tỉnh", "Thống kê truy cập"): the site's own text, never an article's.
SIDE_BOX_HEADING_RE = re.compile(
    r"^\s*(?:giới\s+thiệu(?:\s+chung)?|tổng\s+quan(?:\s+về\s+.{1,40})?|"
    r"lịch\s+(?:công\s+tác|làm\s+việc|tiếp\s+(?:công\s+)?dân)(?:\s+tuần)?(?:\s+(?:của|lãnh\s+đạo)\b.{0,50})?|"
    r"thống\s+kê\s+truy\s+cập|liên\s+kết(?:\s+website|\s+web)?|thăm\s+dò\s+ý\s+kiến|"
    r"hỗ\s+trợ\s+trực\s+tuyến|đường\s+dây\s+nóng)\s*:?\s*$",
    re.IGNORECASE,
)
# A longform's production credits ("Ảnh: Hồng Nhung - Trọng Nhân", "Thiết kế: Quốc Việt"):
# neither text nor author.
CREDIT_LINE_RE = re.compile(
    r"^\s*(?i:ảnh|thiết\s+kế|đồ\s+họa|trình\s+bày|kỹ\s+thuật|dựng\s+video|quay\s+phim|video|"
    # a translator ("Người dịch:", Jrai "Pơblang hăng tơlơi Jrai:"): not the writer
    r"(?:người\s+|biên\s+|lược\s+)?dịch(?:\s+\S+){0,3}|pơblang(?:\s+\S+){0,4}|translated\s+by)"
    r"\s*[:：]\s*(?:[A-ZĐÀ-Ỹ][\w.’']*\s*(?:[-–,&]\s*)?){1,8}$"
)
# A language's name alone on its line, tagging the part of a bilingual text below it
# ("TIẾNG VIỆT", "Bản tiếng Việt", "Bahnar"): no text.
LANGUAGE_TAG_RE = re.compile(
    r"\s*[(\[]?\s*(?:(?:bản|dịch(?:\s+nghĩa)?(?:\s+sang|\s+ra)?)\s+)?"
    r"(?:tiếng\s+(?:việt|anh|pháp|trung|nga|hàn|nhật|thái|mông|h[’']?mông|tày|nùng|"
    r"dao|khmer|chăm|dân\s+tộc)|english|vietnamese|"
    r"bahnar|jrai|ê\s*đê|m[’']?nông|cơ\s*tu|h[’']?mông|khmer|chăm)\s*[)\]]?\s*[:：]?\s*",
    re.IGNORECASE,
)
# Credits that name the maker of the page's own medium ("Video: Minh Đức", "Đồ họa: Lê Vy"):
# where nobody is credited with writing, the video or the infographic is the article.
MEDIA_CREDIT_RE = re.compile(r"^\s*(?i:video|đồ\s+họa)\s*[:：]\s*(?P<name>.+?)\s*$")
# A credits line that names the writer first ("Nội dung: Quang Vinh | Đồ họa: Thu Trang"):
# "Nội dung:" alone is as often a paragraph's label as a credit.
WRITER_CREDIT_RE = re.compile(
    r"^\s*(?i:nội\s+dung|lời)\s*[:：]\s*(?P<name>[^|·•;]+?)\s*[|·•;]\s*"
    r"(?i:ảnh|đồ\s+họa|thiết\s+kế|trình\s+bày|video|kỹ\s+thuật)\s*[:：]"
)

# The heading of a help box set in or after a procedure's text ("ĐƯỜNG DÂY NÓNG - HỖ TRỢ
# THỦ TỤC HÀNH CHÍNH", "Cần hỗ trợ?"), and the contact lines under it (a phone number, a
# hotline, Zalo, e-mail, a QR code to scan)
HELP_HEADINGS = (
    r"(?:đường\s+dây\s+nóng|hotline|cần\s+(?:hỗ\s+trợ|giúp\s+đỡ)|liên\s+hệ\s+hỗ\s+trợ|"
    r"hỗ\s+trợ\s+(?:trực\s+tuyến|thủ\s+tục|người\s+dân))"
)
HELP_HEADING_RE = re.compile(r"^\s*" + HELP_HEADINGS + r"\b[^.]{0,60}$", re.IGNORECASE)
CONTACT_LINE_RE = re.compile(
    r"\b0\d{2,3}(?:[.\s]?\d{3,4}){2}\b|\b0\d{9,10}\b|\b1[089]00\s?\d{3,4}\b|tổng\s+đài\s+\d|\bzalo\b|e-?mail\s*:|@|"
    r"quét\s+mã",
    re.IGNORECASE,
)
# A field of an event's card ("Thời gian tổ chức: 20:00, ngày 30/4/2026", "Địa điểm: …",
# "Vé: Miễn phí"): the event's record, not the article's text or its dateline
EVENT_FIELD_RE = re.compile(
    r"^\s*(?:thời\s+gian(?:\s+(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|bắt\s+đầu|triển\s+khai|thực\s+hiện))?|"
    r"địa\s+điểm|phạm\s+vi|"
    r"(?:đơn\s+vị|ban|cơ\s+quan)\s+tổ\s+chức|(?:giá\s+)?vé|đối\s+tượng(?:\s+tham\s+(?:gia|dự))?|"
    r"liên\s+hệ|hình\s+thức|quy\s+mô)\s*[:：]",
    re.IGNORECASE,
)
# A video player's own bar under the picture ("0:00 / 3:12 · 720p", "KTV 02:05 Tải xuống"):
# its clock, quality and download button, not text
PLAYER_BAR_RE = re.compile(
    r"^\s*(?:(?-i:[A-ZĐ][A-ZĐ0-9]{1,5})\s+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[·•|]?\s*"
    r"(?:(?:\d{3,4}p|hd|full\s+hd|sd|4k|tải\s+(?:xuống|về)|download|toàn\s+màn\s+hình)"
    r"\s*[·•|]?\s*)*$",
    re.IGNORECASE,
)
# A text-to-speech player's controls inside the article ("Tốc độ: 1.0x").
PLAYER_CONTROL_RE = re.compile(
    r"^\s*(?:tốc\s+độ(?:\s+đọc)?|playback\s+speed|speed)\s*[:：]?\s*\d(?:[.,]\d+)?\s*x\s*$",
    re.IGNORECASE,
)

# A live blog's status and its entries' time stamps, which the widget writes, not the
# editor: "ĐÃ KẾT THÚC", "Đang diễn ra"; "21:30 25/08" (also glued, "21:3025/08")
LIVE_STATUS_RE = re.compile(
    r"^\s*(?:đã\s+kết\s+thúc|đang\s+diễn\s+ra|đang\s+cập\s+nhật|trực\s+tiếp|live)\s*$",
    re.IGNORECASE,
)
# A live page's refresh notice, its status before it: "ĐANG DIỄN RA Trang tự động cập nhật
# sau 60 giây", "Nội dung sẽ tự động làm mới"
LIVE_NOTICE_RE = re.compile(
    r"^\s*(?:(?:đã\s+kết\s+thúc|đang\s+diễn\s+ra|trực\s+tiếp|live)\s*[-–|·:]?\s*)?"
    r"(?:trang|nội\s+dung|bài\s+viết)\s+(?:sẽ\s+)?(?:được\s+)?tự\s+động\s+"
    r"(?:cập\s+nhật|tải\s+lại|làm\s+mới)",
    re.IGNORECASE,
)
TIME_STAMP_RE = re.compile(
    # (a time alone, its part of the day after it: "7:45 sáng", "3:10 chiều", "8:30 SA")
    r"^\s*(?:\d{1,2}[:h]\d{2}\s*(?:(?i:sáng|chiều|tối|trưa|sa|ch|am|pm)\b)?\s*"
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?)?|"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\d{1,2}[:h]\d{2})\s*$"
)

# An entry of a download box ("1874-QD-UBND.pdf (401 KB) Tải về | Lượt tải: 41"): a
# file with its size or its download count, not text.
DOWNLOAD_ENTRY_RE = re.compile(
    r"lượt\s+tải(?:\s+về)?\s*[:：]\s*\d|\d\s*lượt\s+tải\b|số\s+lần\s+tải\s*[:：]|downloads?\s*[:：]\s*\d|"
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar)\s*\(\s*\d[\d.,]*\s*[KMG]i?B\s*\)|"
    # a download card's type and size alone: "DOCX, 24 KB"
    r"^\s*(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar)\s*[,·|\-–]\s*\d[\d.,]*\s*[KMG]i?B\s*$|"
    # a file's name and size in a viewer's bar ("QD-1540.pdf · 1,6 MB"), a viewer's toolbar
    # ("KH-245-UBND.pdf Trang 1 / 6 100% Tải về In"), a viewer's caption "(PDF, 12 trang)"
    r"\.(?:pdf|docx?|xlsx?|pptx?)\s*[·|,\-–]\s*\d[\d.,]*\s*[KMG]i?B\s*$|"
    r"\.(?:pdf|docx?|xlsx?|pptx?)\s+trang\s+\d+\s*/\s*\d+|"
    r"\((?:pdf|docx?)\s*,\s*\d+\s*trang\)\s*$|"
    # a viewer's bar: "Tải văn bản (PDF, 2,4 MB) | Mở toàn màn hình | 38 trang"
    r"\((?:pdf|docx?|xlsx?)\s*,\s*\d[\d.,]*\s*[KMG]i?B\s*\)|(?:mở|xem)\s+toàn\s+màn\s+hình",
    re.IGNORECASE,
)

# A star-rating widget's line ("Đánh giá bài viết: ★★★★★ 8,3/10 (27 lượt đánh giá)",
# "Bình chọn (12 lượt bình chọn)", "4.5/5 - 8 votes"): a control, never text. A line of
# stars, or a count of ratings in brackets or after a score.
RATING_LINE_RE = re.compile(
    r"[★☆]{3,}|\(\s*\d[\d.,]*\s*(?:lượt|người)\s+(?:đánh\s+giá|bình\s+chọn)\s*\)|"
    r"\b\d(?:[.,]\d)?\s*/\s*(?:5|10)\b\s*[-–(|]?\s*\d[\d.,]*\s*(?:votes?|ratings?|lượt)\b|"
    # wpDiscuz: "4.8 5 lượt đánh giá" under "Đánh giá bài viết"
    r"^\s*(?:\d(?:[.,]\d)?\s+)?\d[\d.,]*\s*(?:lượt|người)\s+(?:đánh\s+giá|bình\s+chọn)\s*$|"
    # ("Bạn đánh giá câu trả lời này:" under a Q&A page's answer, holdout315)
    r"^\s*(?:bạn\s+)?(?:đánh\s+giá|bình\s+chọn)\s+(?:bài\s+viết|tin\s+bài|bài\s+này|nội\s+dung|"
    r"câu\s+trả\s+lời)(?:\s+này)?\s*:?\s*$|"
    # NukeViet: "Tổng số điểm của bài viết là: 22 trong 6 đánh giá", "Click để đánh giá bài viết"
    r"^\s*tổng\s+số\s+điểm\s+của\s+bài\s+viết|^\s*(?:click|nhấn|bấm|nhấp)\s+(?:vào\s+)?để\s+đánh\s+giá|"
    # a feedback widget's question ("Trang này có hữu ích không?") and an FAQ tool's count
    # of its questions ("Có 9 câu hỏi"), holdout297
    # (an answer's too, with its vote buttons: "Câu trả lời có hữu ích với bạn không? Có (41)
    # Không (2)", holdout317)
    r"^\s*(?:trang|bài\s+viết|thông\s+tin|nội\s+dung|câu\s+trả\s+lời)\s+(?:này\s+)?"
    r"có\s+hữu\s+ích(?:\s+(?:với|cho)\s+(?:bạn|anh/chị))?\s+không\s*\??"
    r"(?:\s*(?:có|không)(?:\s*\(\s*\d+\s*\))?)*\s*$|"
    # ("Ông/bà có hài lòng với câu trả lời này không?" over its buttons, holdout330)
    r"^\s*(?:(?:ông|bà|anh|chị|bạn)(?:\s*/\s*(?:ông|bà|anh|chị|bạn))*\s+)?có\s+hài\s+lòng\s+với\s+"
    r"(?:câu\s+trả\s+lời|nội\s+dung\s+trả\s+lời|kết\s+quả\s+(?:trả\s+lời|giải\s+quyết))"
    r"(?:\s+này)?\s+không\s*\??\s*$|"
    # a Q&A record's status badge, "✓✓ Đã trả lời" (holdout330)
    r"^\s*[✓✔✅]*\s*(?:đã|chưa|đang)\s+(?:trả\s+lời|xử\s+lý|tiếp\s+nhận)\s*$|"
    # (and its hint: "Có 6 câu hỏi trong chủ đề này. Nhấn vào câu hỏi để xem câu trả lời.")
    # Fivestar's "Trung bình: 4.0 (15 phiếu bầu)" under a Q&A page's answer (holdout323)
    r"^\s*trung\s+bình\s*[:：]?\s*\d(?:[.,]\d)?\s*(?:/\s*5\s*)?\(\s*\d[\d.]*\s*(?:phiếu|lượt)"
    r"[^)]{0,20}\)\s*$|"
    # (a filtered FAQ's count: "Hiển thị 6 / 6 câu hỏi", holdout329)
    r"^\s*hiển\s+thị\s+\d+\s*(?:/|trên|của)\s*\d+\s+câu\s+hỏi\s*$|"
    r"^\s*có\s+\d+\s+câu\s+hỏi(?:\s+trong\s+[\w\s]{1,20}?)?\s*[.:]?"
    r"(?:\s*(?:nhấn|bấm|click|chọn)\b[^.]{0,60}\.?)?\s*$",
    re.IGNORECASE,
)

# Reader widgets around a text: reading time, translate, "was this useful", QR code, save
# and report buttons ("Thời gian đọc: 3 phút | Lưu tin | Báo lỗi bài viết | In bài").
# A reader-engagement counter alone on its line ("Lượt chia sẻ: 1.120", "Bình luận: 4",
# "27 lượt thích"): the page's widget, neither text nor a heading over other stories
ENGAGEMENT_COUNT_RE = re.compile(
    r"^\s*(?:(?:lượt|số\s+lượt|số\s+lần)\s+(?:chia\s+sẻ|thích|nghe|tải(?:\s+về)?|bình\s+luận|in)|"
    r"bình\s+luận|shares?|likes?|comments?)\s*[:：]?\s*\d[\d.,]*\s*$|"
    r"^\s*\d[\d.,]*\s*(?:lượt\s+(?:chia\s+sẻ|thích|nghe|tải)|bình\s+luận|shares?|likes?|comments?)\s*$",
    re.IGNORECASE,
)
READER_WIDGET_RE = re.compile(
    r"^\s*(?:thời\s+gian\s+đọc\s*[:：]?\s*(?:khoảng\s+)?\d+\s*phút|"
    r"(?:dịch\s+bài(?:\s+viết)?|chọn\s+ngôn\s+ngữ|translate)\s*[:：]?\s*$|"
    r"bài\s+viết\s+(?:này\s+)?(?:có\s+)?hữu\s+ích|"
    r"quét\s+mã(?:\s+qr)?(?:\s+(?:bằng|qua|với)\s+[^.]{1,60}?)?\s+để\s+"
    r"(?:đọc|xem|mở|truy\s+cập|đặt|nộp|tra\s+cứu|thực\s+hiện|tải)|chia\s+sẻ\s+và\s+thưởng\s+thức\s*:?\s*$|"
    r"(?:lưu\s+tin|báo\s+lỗi(?:\s+bài\s+viết)?)\s*(?:[(|]|$)|"
    # embedded players, viewers and galleries: loading notes, their own counts and pagers
    r"đang\s+tải(?:\s+trình\s+phát|\s+dữ\s+liệu)?\s*\.*\s*$|\d{1,3}\s*/\s*\d{1,3}\s*$|"
    r"\d+\s+(?:mục|ảnh)\s+mỗi\s+trang\s*$|"
    r"hiển\s+thị\s+\d+\s*[-–]\s*\d+\s+(?:của|trong\s+số|trên)\s+\d+\s+kết\s+quả|"
    r"[(\[]?\s*(?:nhấp|bấm|nhấn|click)\s+(?:chuột\s+)?(?:vào|lên)\s+(?:ảnh|hình)\b[^.]{0,60}[)\]]?\s*$)",
    re.IGNORECASE,
)

# A print view's note of where the article lives ("Địa chỉ bài viết: https://…"): not text.
PRINTED_URL_RE = re.compile(
    r"^\s*(?:địa\s+chỉ|đường\s+dẫn|liên\s+kết|link|url)"
    r"(?:\s+(?:của\s+)?(?:bài\s+viết|bài|tin(?:\s+bài)?|trang(?:\s+tin)?))?\s*[:：]\s*"
    r"(?:https?://|www\.)\S+\s*$",
    re.IGNORECASE,
)

# Short lines that are controls, not content ("Bản in", "Quay lại", pagers, share bars).
# Possessive repeats (++, *+): separators and digits can be split between the repeats
# in exponentially many ways, and a near-miss line ("17-08-2023 08:30 | 17-08-2023
# 08:30 Tin") made the backtracking pattern run for minutes.
BOILERPLATE_LINE_RE = re.compile(
    r"^\s*(?:bản\s+in|in\s+bài(?:\s+viết)?|in\s+trang|quay\s+lại|trở\s+về|trở\s+lại|về\s+đầu\s+trang|"
    # a fold's button, both its labels written in it ("Xem toàn bộ nội dung Thu gọn")
    r"xem\s+toàn\s+bộ(?:\s+(?:nội\s+dung|bài(?:\s+viết)?))?|thu\s+gọn|đọc\s+tiếp|"
    r"lên\s+đầu\s+trang|đầu\s+trang|gửi\s+(?:bài|email|cho\s+bạn\s+bè)|chia\s+sẻ|share|tweet|"
    r"lưu\s+bài|email|print|back|top|facebook|zalo|twitter|linkedin|pinterest|telegram|messenger|"
    r"go\s+to|trang\s+\d+\s*/\s*\d+|xem\s+theo\s+ngày|cỡ\s+chữ|font\s*size|a\+|a-|"
    # a hosted blog's ad slot: its label and its "report this ad" line
    r"quảng\s+cáo|advertisements?|báo\s+cáo\s+quảng\s+cáo\s+này[^.]{0,60}|"
    # a table of contents' caption: the links under it jump within the page
    r"mục\s+lục(?:\s+bài\s+viết)?|table\s+of\s+contents|"
    r"tải\s+về|đính\s+kèm|tệp\s+đính\s+kèm|file\s+đính\s+kèm|bookmark|"
    # a document viewer's toolbar ("Trang 1 / 24 · Phóng to · Thu nhỏ · Tải xuống")
    r"tải\s+xuống|toàn\s+màn\s+hình|"
    r"nghe\s+(?:bản\s+tin|tin|bài(?:\s+viết)?|đọc(?:\s+bài(?:\s+viết)?)?|audio)|xem\s+video|"
    # a slideshow's counter ("Ảnh 3/12") and a picture's hint ("Nhấp vào ảnh để xem …")
    r"(?:ảnh|hình)\s+\d+\s*/\s*\d+|"
    r"(?:nhấp|bấm|nhấn|click)\s+(?:chuột\s+)?(?:vào|lên)\s+(?:ảnh|hình(?:\s+ảnh)?)\s+để\s+"
    r"(?:xem|phóng)[^.]{0,50}|"
    r"[\s|:·•\-–»«<>\d]++"
    # (a player's clock after its label: "Nghe đọc bài viết 00:00 / 05:16")
    r")(?:[\s|:·•\-–»«<>()\[\]/▾▴]*+(?:bản\s+in|in\s+bài|in\s+trang|gửi\s+email|quay\s+lại|chia\s+sẻ|thu\s+gọn|"
    # the font-size buttons after "Cỡ chữ:" ("A- A A+")
    r"a[+\-]?(?![^\W\d_])|email|print|back|top|"
    r"facebook|zalo|twitter|linkedin|pinterest|telegram|messenger|tải\s+(?:về|xuống)|toàn\s+màn\s+hình|phóng\s+to|thu\s+nhỏ|"
    r"trang\s+\d+\s*/\s*\d+|\d++))*+[\s▾▴]*[:.]?\s*$",
    re.IGNORECASE,
)

# Pagination controls on listing pages.
NEXT_LINK_RE = re.compile(
    r"^\s*(?:trang\s+sau|trang\s+tiếp(?:\s+theo)?|tiếp(?:\s+theo)?|sau|next|»|›|>|>>|→)\s*[»›>]*\s*$",
    re.IGNORECASE,
)
# "Trang 2 / 9", never a date after a place name ("Nha Trang 17/11/2023")
PAGE_OF_RE = re.compile(  # (Jekyll's "Trang: 2 của 7" with a colon)
    r"(?:trang|page)\s*[:：]?\s*(?P<cur>\d+)\s*(?:/|(?:trên|của)(?:\s+tổng(?:\s+số)?)?|trong\s+tổng(?:\s+số)?|of)\s*(?P<total>\d+)"
    # (not a date's start, "1/12/2025", "1/12-2025", "1/12.2025"; a sentence's full stop
    # may follow, and a dash set apart before the item count: "Trang 3/14 - 124 bài viết")
    r"(?!\d|\s*/\s*\d|-\d|\.\d)",
    re.IGNORECASE,
)
# A template's default page title, no headline: og:title "Tin tức", <title>"Chi tiết tin".
SECTION_TITLE_RE = re.compile(
    r"\s*(?:tin\s+tức(?:\s*[-–]\s*sự\s+kiện)?|chi\s+tiết(?:\s+(?:tin(?:\s+tức)?|bài\s+viết))?|"
    r"tin\s+bài|bài\s+viết|tin\s+chi\s+tiết|xem\s+tin|news(?:\s+details?)?|article|"
    r"trang\s+chủ|home(?:\s+page)?)\s*",
    re.IGNORECASE,
)
# A series' markers closing or opening a part: "(Hết)", "(Còn nữa)", "(Tiếp theo kỳ trước)":
# the text's own lines, never a signature.
SERIES_MARKER_RE = re.compile(
    r"^\s*\(?\s*(?:hết|còn\s+(?:nữa|tiếp)|tiếp\s+theo(?:\s+(?:kỳ|số)\s+trước)?|"
    r"to\s+be\s+continued|the\s+end)\s*\)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A URL folder naming an administrative unit on a shared platform (``/xa-minh-long/``,
# ``/phuong-tan-phong/``): the folder that varies between the items of a province's
# "Tin từ các địa phương" list.
UNIT_FOLDER_RE = re.compile(
    r"(?:xa|phuong|thi-?tran|thi-?xa|huyen|quan|thanh-?pho|tp|dac-?khu)[-_][a-z0-9][\w-]*"
)
# The label of when an event happens, before its date ("Bắt đầu:", "Thời gian diễn ra:",
# "Khai mạc:"): never when the page was posted.
EVENT_DATE_LABEL_RE = re.compile(
    r"(?:bắt\s+đầu|kết\s+thúc|thời\s+gian\s+(?:tổ\s+chức|diễn\s+ra)|(?:ngày\s+)?diễn\s+ra|"
    r"ngày\s+(?:tổ\s+chức|thực\s+hiện|sự\s+kiện)|"
    r"khai\s+mạc|bế\s+mạc|starts?|ends?)\s*:\s*"
    # (and the day's weekday: "Ngày diễn ra: Thứ Bảy 20 Tháng 12 2025", a calendar leaf)
    r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)[\s,]*)?$",
    re.IGNORECASE,
)
# The posting time's own label, the day under another ("Giờ đăng: 08:10")
TIME_LABEL = r"(?:giờ|thời\s+gian)\s+(?:đăng|xuất\s+bản)\s*[:：]\s*"
TIME_LABEL_RE = re.compile(r"(?i)^\s*" + TIME_LABEL)
# A deadline's label earlier on the line ("Thời hạn nhận hồ sơ: từ ngày … đến … ngày …",
# "Hạn nộp: …"): its dates are when files are due, not when the page was published
DEADLINE_LABEL_RE = re.compile(
    r"thời\s+hạn|hạn\s+(?:nộp|nhận|chót|cuối|đăng\s+ký|gửi|góp\s+ý)|deadline", re.IGNORECASE
)
# A listing that says it has nothing to show (a page past the end, an empty category).
EMPTY_LIST_RE = re.compile(
    r"(?:không|chưa)\s+(?:có|còn)\s+(?:dữ\s+liệu|tin(?:\s+bài)?|bài\s+viết|kết\s+quả)(?:\s+nào)?\b|"
    r"không\s+tìm\s+thấy\s+(?:dữ\s+liệu|kết\s+quả|bài\s+viết|tin(?:\s+bài)?)|"
    r"\bno\s+(?:data|items|posts|results)\b",
    re.IGNORECASE,
)
# A total alone: "Tổng cộng 187 tin bài, 16 trang", "Tổng số: 16 trang", "Tổng 12 trang 141 tin".
TOTAL_PAGES_RE = re.compile(  # ("Có 214 thông báo trong 18 trang": in 18 pages)
    r"(?:tổng(?:\s+(?:cộng|số))?\s*:?[^.|\d]{0,20}(?:\d+[^.|\d]{1,20})?|\btrong\s+)"
    r"(?P<total>\d{1,4})\s+trang\b",
    re.IGNORECASE,
)
PAGE_PARAM_RE = re.compile(
    r"(?:^|[?&;])(?:page|trang|p|pg|pageindex|pagenum|paged|currentpage|start|limitstart|"
    r"cur_page|pagenumber|page_no|pageid)=\d+",
    re.IGNORECASE,
)
# /page/2/, /trang-3.html, /p4; DNN's path pairs /PageID/2 or /PgrID/1425/PageID/2
# (EasyDNNnews names its pager module in the pair before); a page suffix on the listing's
# own name, /hoat-dong-p2.html, /tin-tuc-page-3/ (not "-trang-": "nha-trang-2024")
PAGE_PATH_RE = re.compile(
    # (Microweber's own spelling: /sap-nhap/curent_page:2; Piwigo's offset: /category/12/start-9;
    # MaxSite's /category/tin-hoat-dong/next/2, sites134)
    r"(?:/pgrid/\d+)?/(?:(?:curr?ent_?)?page(?:id|index|no)?|trang|p|start|next|\(offset\))"
    # (ASP.NET's rewritten /TinTuc/12/Trang-2.aspx beside /TinTuc/12/Default.aspx)
    r"[/\-_:]?\d+(?:/|\.html?|\.aspx?|$)|"
    r"[-_](?:page|p)[-_]?\d{1,4}(?:/|\.html?|\.aspx?|$)|"
    # static publishing's index_2.html beside the folder's index (Bkav, DedeCMS, TRS)
    r"/index[-_]\d{1,4}\.s?html?$|"
    # Magnolia's selector of a paged list: tin-tuc~page=2~.html beside tin-tuc.html
    r"~(?:page|p|trang|pagenumber)=\d{1,5}~(?:\.html?|/|$)",
    re.IGNORECASE,
)

# Links that are files, not pages.
ATTACHMENT_RE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z|jpg|jpeg|png|gif|mp3|mp4|avi)(?:[?#]|$)",
    re.IGNORECASE,
)

# A feed of the listing (Plone's ".../RSS" document action, WordPress's "/feed/", "rss.xml"):
# never a story nor a page of the list
FEED_RE = re.compile(r"(?:/(?:rss|feed|atom)/?|\.(?:rss|xml|atom))(?:[?#]|$)", re.IGNORECASE)

# Document files (not pictures or media): a link to one names a paper the text publishes.
DOCUMENT_RE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar)(?:[?#]|$)", re.IGNORECASE
)

# "Tải về: Kế hoạch số 12…" — a line naming an attached document belongs to the body.
ATTACHMENT_LINE_RE = re.compile(
    r"^\s*(?:tải\s+về|tải\s+xuống|tập\s+tin\s+đính\s+kèm|file\s+đính\s+kèm|tệp\s+đính\s+kèm|"
    r"văn\s+bản\s+đính\s+kèm|đính\s+kèm|download|xem\s+chi\s+tiết\s+tại)\s*[:：]\s*\S",
    re.IGNORECASE,
)

# A byline inside a meta line: "Ngày đăng: 20/10/2022 Người viết: Nguyễn Văn Sáu | Lượt xem: 12".
AUTHOR_INLINE_RE = re.compile(
    r"(?:(?:^|(?<=[\s|·•,(\d]))(?:tác\s+giả(?:\s+bài\s+viết)?|người\s+viết|người\s+đăng|bài\s*(?:,|và)\s*ảnh|tin\s*(?:,|và)\s*ảnh|"
    r"phóng\s+viên|đăng\s+bởi|viết\s+bởi|thực\s+hiện)|"
    # (glued to the span before it, a field of its own: "2:30 CHTác giả: Thu Hiền")
    r"(?<=[^\W\d_])(?-i:Tác\s+giả|Người\s+viết|Phóng\s+viên))\s*[:：]\s*"
    r"(?P<name>[^|·•\n]{2,80}?)\s*(?=$|[|·•]|\s(?:lượt|ngày|cập\s+nhật|nguồn|đăng\s+lúc|số\s+lần|đã\s+xem)\b|\s(?:(?:vào\s+)?lúc\s+|vào\s+)?\d{1,2}/\d|"
    # (the next byline's label after one space: "Người đăng: Quản Trị Viên Tác giả: …")
    r"\s(?:tác\s+giả|người\s+viết|người\s+đăng|đăng\s+bởi)\s*[:：]|"
    # (the next field's label glued on, the spans set side by side: "Lê Ngọc DiệpLượt xem:")
    r"(?-i:(?:Lượt|Ngày|Cập\s+nhật|Nguồn|Đăng\s+lúc|Số\s+lần|Đã\s+xem)\b))",
    re.IGNORECASE,
)
# The label of who posted a text ("Người đăng: Quản trị viên"): an account or a poster, not
# the writer
POSTER_WORDS = r"(?:người\s+(?:đăng|nhập)|đăng\s+bởi)"
POSTER_LABEL = POSTER_WORDS + r"\s*[:：]"
# Where a labelled name ends and the next field of the line begins
# ("Bài, ảnh: Thanh Nga - Lượt xem: 3.517", "Tác giả: Minh Hải | Ngày đăng: …").
NEXT_FIELD_RE = re.compile(
    r"(?:\s+[-–|·•/]\s*|\s{2,}|\s*[;,]\s*)(?:(?:lượt|ngày|cập\s+nhật|nguồn|đăng\s+lúc|số\s+lần|đã\s+xem|views?|"
    # "Tác giả: bientap.sxd / Thứ Năm, 14/05/2026": the weekday opens the dateline
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b|"
    # "Tin: Văn Lưu - Ảnh: Ngọc Thuận": the photographer did not write the text
    r"(?:ảnh|hình\s+ảnh|video|đồ\s+họa)\s*[:：]|"
    # "Người viết: Thanh Tùng - Biên tập: Ngọc Lan - Duyệt đăng: …": the editors (and the
    # translator, "- Người dịch bản tiếng Anh: Trần Thu Trang") did not
    r"(?:" + _EDITOR_LABELS + r")\s*[:：]).*$|"
    # one space, then a labelled field ("Người đăng: Quản trị Lượt xem: 1.206", spans)
    # ("Tác giả: … Người đăng: Quản trị viên": the account that posted it, no author)
    r"\s+(?:(?:lượt\s+\w+|ngày(?:\s+\w+)?|cập\s+nhật|số\s+lần\s+\w+|views?|"
    # ("Tác giả: … Biên tập: Phạm Thị Hồng": spans side by side, the editor's field)
    + _EDITOR_LABELS
    + r")\s*[:：]|"
    + POSTER_LABEL
    # ("Tác giả: Trần Văn Phúc Chuyên mục: Khoa học": the page's filing, holdout310)
    + r"|(?:chuyên\s+mục|danh\s+mục|lĩnh\s+vực|thể\s+loại|từ\s+khóa)\s*[:：]"
    # ("Tác giả: Kơ Să Ha Thanh Thứ Hai, 22/09/2025": the dateline's weekday, then its day)
    + r"|(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*\d{1,2}[/.\-]\d"
    + r").*$",
    re.IGNORECASE,
)
# CMS accounts and desks are not authors ("Viết bởi Administrator", "bởi admin", "thanhkhe_bbt").
CMS_ACCOUNT_RE = re.compile(
    r"^(?:admin\w*|administrator|super\s*user|quản\s+trị(?:\s+\S.*)?|webmaster|editor|root|user\d*|system(?:\s+account)?|"
    r"ban\s+biên\s+tập|bbt|biên\s+tập\s+viên|cổng\s+thông\s+tin.*|trang\s+thông\s+tin.*|"
    # a ward's or commune's own account ("bởi Phường Điện Biên")
    r"(?:ubnd\s+)?(?:phường|xã|thị\s+trấn)\s+\S.*|"
    # account links beside a person icon, never a byline
    r"đăng\s+(?:nhập|ký|xuất)|tài\s+khoản(?:\s+của\s+tôi)?|log\s*in|sign\s*in|register|"
    # Blogger's profile of nobody ("Ẩn danh lúc 08:00")
    r"ẩn\s+danh|anonymous|unknown|"
    # a login in lower case, its parts joined by dots or underscores ("bientap.sxd")
    r"(?-i:[a-z0-9]+(?:[._][a-z0-9]+)+))$",
    re.IGNORECASE,
)


# --- cheap pre-tests ---------------------------------------------------------------
# An IGNORECASE alternation is tried at every position of a line (microseconds per
# line); a substring test on the lower-cased line rules most lines out first. Each
# tuple holds words of which every match of its pattern contains at least one.
# str.lower() folds case as these patterns do, except that re also matches "İ", "ı"
# as "i" and "ſ" as "s": a line holding one of those always goes to the regex.
VIEWS_WORDS = (
    "xem",
    "đọc",
    "nghe",
    "view",
    "hits",
    "truy",
    "read",
    "👁",
    "bơng",
    "nyeem",
    "dlăng",
)  # VIEWS_RE, VIEWS_AFTER_RE
PUBLISHED_WORDS = ("ngày", "đăng", "xuất", "published", "posted", "gửi")  # PUBLISHED_LABEL_RE
UPDATED_WORDS = ("cập", "chỉnh", "sửa", "update", "modified", "lần")  # UPDATED_LABEL_RE
_CASE_TRAPS = ("İ", "ı", "ſ")
# How a BOILERPLATE_LINE_RE match can start: the first two letters (lower-cased) of a
# control word, or a digit or one of the separator symbols.
_CONTROL_PREFIXES = frozenset(
    (
        *("bả", "in", "qu", "tr", "về", "lê", "đầ", "gử", "ch", "sh", "tw", "lư", "em", "pr"),
        *("ba", "to", "fa", "za", "go", "xe", "cỡ", "fo", "a+", "a-", "tả", "đí", "tệ", "fi", "bo"),
        *("ng", "mụ", "ta", "ản", "hì", "nh", "bấ", "cl", "bá", "ad", "li", "pi", "te", "me"),
    )
)
_CONTROL_SYMBOLS = frozenset("|:.·•-–»«<>()[]/")  # "()[]/" and "." may follow a leading space


def may_match(text: str, low: str, words: tuple[str, ...]) -> bool:
    """False only when no match of the pattern ``words`` stands for is possible in ``text``.

    ``low`` is ``text.lower()``, computed once by the caller for several tests.
    """
    for word in words:
        if word in low:
            return True
    return any(c in text for c in _CASE_TRAPS)


def has_colon(text: str) -> bool:
    """AUTHOR_LABEL_RE and AUTHOR_INLINE_RE need a colon; most lines have none."""
    return ":" in text or "：" in text


def may_be_control(text: str) -> bool:
    """False only when BOILERPLATE_LINE_RE cannot match ``text``.

    Judged by how the line starts, and by its full stops: the pattern has "." only as
    the optional last character. (A line of dates and numbers such as "17-08-2023 |
    08:30 1.234" makes the pattern backtrack for half a millisecond before failing.)
    """
    head = text.lstrip()[:2]
    if head:
        first = head[0]
        if not (
            first.isdecimal()
            or first in _CONTROL_SYMBOLS
            or any(c in head for c in _CASE_TRAPS)
            or head.lower() in _CONTROL_PREFIXES
        ):
            return False
    return "." not in text.rstrip()[:-1]


# The name of one of the page's own fields, alone (a tooltip's, a grid's label without its
# colon): "Ngày đăng", "Cập nhật", "Tác giả", "Người duyệt", "Nguồn", "Ảnh", "Lượt xem"
FIELD_NAME_RE = re.compile(
    r"(?i)^\s*(?:ngày(?:\s+[^\W\d]+){1,2}|cập\s+nhật(?:\s+[^\W\d]+){0,2}|thời\s+gian\s+đăng|"
    r"giờ\s+(?:đăng|xuất\s+bản)|thời\s+gian\s+đọc|hạn(?:\s+[^\W\d]+){1,2}|(?:tin|bài)\s*(?:,|và)\s*ảnh|"
    r"tác\s+giả|người\s+(?:viết|đăng|duyệt|tạo)(?:\s+(?:tin|bài))?|biên\s+tập(?:\s+viên)?|nguồn(?:\s+tin)?|ảnh|"
    r"(?:số\s+|tổng\s+(?:số\s+)?)?lượt\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}|số\s+lần\s+xem|bình\s+luận|chuyên\s+mục)\s*:?\s*$"
)
