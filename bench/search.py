"""Benchmark: Vietnamese full-text search over a synthetic archive, ours vs plain FTS5.

One command::

    python bench/search.py --rows 100000 [--rows 1000000]

For each size it builds a deterministic corpus of Vietnamese government news
(generator below), indexes it with :func:`scraper.search.rebuild_index`, and
prints: build times, database and index sizes, the cost of keeping the index
in step per written article, and p50/p95 latency of a mix of queries run
through :func:`scraper.search.search` (ranked, with snippets, 20 hits) and,
side by side, through a plain FTS5 setup (``unicode61 remove_diacritics 2``
over đ-folded text, ``ORDER BY bm25`` + ``snippet()``, LIMIT 20) built on the
same rows. It also prints how much of the plain top 20 ours returns, and the
machine's load average, since latency on a shared machine depends on it.

Databases are kept in ``--workdir`` (default ``bench/out/search``);
``--reuse`` skips rebuilding a database of the same size and seed.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scraper import search  # noqa: E402
from scraper.db import connect  # noqa: E402
from scraper.fold import fold  # noqa: E402


# ---------------------------------------------------------------------------
# Corpus: government-news sentence templates filled with a Vietnamese vocabulary
# weighted so that function words (của, và, các, là), administrative words
# (phường, Đảng, ủy ban) and stock phrases ("Ban Công tác Mặt trận") are very
# frequent, while names, document numbers and places follow a long tail. Words
# that differ only by diacritics (của/cửa/cua, bán/bàn/ban/bạn, đại/dài,
# mặt/mất/mật) all occur, which is what makes folded search hard.
def _split(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


SURNAMES = _split(
    "Nguyễn Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Trần Lê Lê Phạm Phạm Hoàng Huỳnh Phan Vũ "
    "Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Trương Lương Mai Tạ Châu Lâm Đinh Tô Hà Cao "
    "Kiều Thái Văn Lưu Quách Tăng Triệu Khổng Ung Âu Diệp La"
)
MIDDLES = _split(
    "Văn Văn Văn Thị Thị Thị Hữu Đức Minh Thanh Ngọc Quang Xuân Công Đình Thành Kim Bá Như "
    "Hoài Tấn Phước Trọng Khắc Duy Quốc Anh Bảo Mỹ"
)
GIVENS = _split(
    "Hùng Dũng Lan Hương Hoa Tuấn Anh Bình Cường Đạt Hải Hà Hạnh Hiếu Hòa Khánh Long Mai Nam "
    "Nga Phong Phúc Quân Sơn Tâm Thảo Thắng Thủy Trang Trung Tùng Vân Việt Yến Đông Định Đức "
    "Dung Duy Giang Huy Lộc Lợi Nhân Oanh Phương Quý Sang Tài Thịnh Tín Toàn Trí Tuyết Uyên "
    "Vinh Xuân Ánh Bảo Châu Chi Diệp Đào Hậu Hiền Hoàng Kiên Linh Lực Mạnh Nghĩa Nhung Phát "
    "Quyết Sáu Tám Thanh Thu Tiến Tú Vũ Xuyến Đại Đăng Điền Đoan Đông"
)
# Syllables for the long tail of rare names (mostly seen in a handful of articles).
RARE_SYL = _split(
    "Khuê Quỳnh Diễm Nguyệt Thoa Tuyền Luyến Khải Triều Toản Kha Nhạn Loan Huệ Ngân Sương Thùy "
    "Trâm Vỹ Khôi Nhựt Ẩn Ửng Ỷ Điệp Đằng Đĩnh Doãn Dực Giáp Hách Khiêm Lãm Mẫn Nhuận Phiệt "
    "Quế Tiệp Tường Ưng Vĩnh Xoan Yên Lữ Bạch Ông Tiêu Cẩn Chiểu Dĩnh Dậu Giới Hào Hoán Hựu "
    "Kỳ Khang Khuyến Lịch Lũy Miên Nẫm Nhàn Nhiệm Niệm Oánh Phán Phụng Quảng Sỹ Tạo Thạc Thiều "
    "Thuấn Thước Toại Trác Trịnh Truyền Tước Uẩn Ước Vượng Xiêm Yểng Đẩu Đệ Đích Đống Đượm "
    "Dõng Duẩn Dư Giao Hàm Hiển Huấn Hỷ Kế Khanh Lạc Lẫm Liêm Luân Mân Nại Nghị Ngữ Nhị Nhu "
    "Phấn Phổ Quán Sâm Tạc Thể Thiện Thỏa Tiễn Tòng Trạch Trứ Tuân Tuệ Ủy Vạn Viễn Vọng Xướng"
)
PLACES = _split(
    "Cửa Đại|Hội An|Cẩm Thanh|Cẩm An|Cẩm Châu|Minh An|Sơn Phong|Tân An|Thanh Hà|Điện Bàn|"
    "Duy Xuyên|Đại Lộc|Quảng Nam|Đà Nẵng|Hải Châu|Thanh Khê|Sơn Trà|Ngũ Hành Sơn|Liên Chiểu|"
    "Hòa Vang|Hà Nội|Ba Đình|Hoàn Kiếm|Đống Đa|Cầu Giấy|Bình Thạnh|Thủ Đức|Gò Vấp|Cần Thơ|"
    "Ninh Kiều|Huế|Phú Hội|Vĩnh Ninh|Thuận Hòa|Đông Hà|Quy Nhơn|Tuy Hòa|Nha Trang|Đà Lạt|"
    "Buôn Ma Thuột|Pleiku|Kon Tum|Vinh|Thanh Hóa|Nam Định|Thái Bình|Hải Phòng|Hạ Long|Cẩm Phả|"
    "Cửa Lò|Cửa Tùng|Cửa Việt|Đại Cường|Đại Hòa|Điện Ngọc|Tam Kỳ|Núi Thành|Bắc Trà My|Đông Giang",
    sep="|",
)
UNITS = _split(
    "phường|phường|phường|phường|xã|xã|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh|khu phố|"
    "tổ dân phố|thôn|ấp|khối phố",
    sep="|",
)
ORGS = _split(
    "Ủy ban nhân dân|Ủy ban nhân dân|Hội đồng nhân dân|Đảng ủy|Đảng ủy|"
    "Ủy ban Mặt trận Tổ quốc Việt Nam|Ban Công tác Mặt trận|Ban Thường trực Ủy ban MTTQ|"
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh|Hội Nông dân|"
    "Công an|Ban Chỉ huy Quân sự|Trạm Y tế|Trường Tiểu học|Trường Trung học cơ sở|Chi bộ|"
    "Đảng bộ|Ban Tuyên giáo|Phòng Văn hóa và Thông tin|Ủy ban Kiểm tra|Hội Người cao tuổi|"
    "Hội Chữ thập đỏ|Ban Quản lý chợ|Hợp tác xã|Ban Dân vận|Trung tâm Văn hóa - Thể thao",
    sep="|",
)
TITLES = _split(
    "Bí thư Đảng ủy|Phó Bí thư Thường trực Đảng ủy|Chủ tịch Ủy ban nhân dân|"
    "Phó Chủ tịch Ủy ban nhân dân|Chủ tịch Hội đồng nhân dân|Chủ tịch Ủy ban Mặt trận Tổ quốc|"
    "Trưởng Công an|Trưởng ban Công tác Mặt trận|Bí thư Chi bộ|Bí thư Đoàn phường|"
    "Chủ tịch Hội Phụ nữ|Trưởng khu phố|Tổ trưởng tổ dân phố|Trưởng trạm Y tế|"
    "Ủy viên Ban Thường vụ|Trưởng ban Dân vận|Chỉ huy trưởng Quân sự|Hiệu trưởng",
    sep="|",
)
EVENTS = _split(
    "hội nghị|hội nghị|hội nghị|đại hội đại biểu|lễ ra mắt|buổi tiếp xúc cử tri|hội thi|"
    "lễ phát động|lớp tập huấn|buổi sinh hoạt chuyên đề|lễ trao tặng|buổi làm việc|cuộc họp|"
    "đợt kiểm tra|ngày hội Đại đoàn kết toàn dân tộc|lễ kỷ niệm|chương trình giao lưu|"
    "buổi đối thoại|tọa đàm|hội nghị sơ kết|hội nghị tổng kết|kỳ họp thường lệ|lễ khởi công|"
    "lễ khánh thành|buổi tuyên truyền|diễn tập|giải bóng đá|hội trại",
    sep="|",
)
TOPICS = _split(
    "cải cách hành chính|chuyển đổi số|xây dựng nông thôn mới|đô thị văn minh|an ninh trật tự|"
    "phòng cháy chữa cháy|vệ sinh môi trường|an toàn giao thông|bảo hiểm y tế|bảo hiểm xã hội|"
    "giảm nghèo bền vững|phát triển kinh tế xã hội|công tác dân vận|học tập và làm theo tư tưởng "
    "đạo đức phong cách Hồ Chí Minh|phòng chống dịch bệnh|tiêm chủng mở rộng|"
    "bảo vệ chủ quyền biển đảo|phòng chống thiên tai|khắc phục hậu quả bão lũ|"
    "chăm sóc người có công|quyền và nghĩa vụ của công dân|luật đất đai|giải phóng mặt bằng|"
    "chỉnh trang đô thị|phát triển du lịch cộng đồng|bảo vệ rừng dừa Bảy Mẫu|nuôi trồng thủy sản|"
    "khai thác hải sản|quản lý cửa biển|buôn bán hàng hóa|quản lý chợ|văn hóa đọc|"
    "thể dục thể thao|khuyến học khuyến tài|kinh tế tập thể|tuyển quân|bầu cử đại biểu Quốc hội|"
    "phòng chống ma túy|hòa giải ở cơ sở|dịch vụ công trực tuyến|căn cước công dân|"
    "sạt lở bờ biển|xử lý rác thải nhựa|nước sạch nông thôn|tín dụng chính sách|"
    "xây dựng Đảng|kiểm tra giám sát|phát triển đảng viên|công tác cán bộ|thi đua khen thưởng",
    sep="|",
)
VERBS = _split(
    "tổ chức|tổ chức|triển khai|thực hiện|tuyên truyền|vận động|kiểm tra|giám sát|chỉ đạo|"
    "quán triệt|phối hợp|hướng dẫn|tham dự|phát biểu|trao tặng|khen thưởng|biểu dương|đánh giá|"
    "tổng kết|thông qua|ban hành|đề nghị|yêu cầu|nhấn mạnh|ghi nhận|đóng góp|hỗ trợ|thăm hỏi|"
    "động viên|bàn giao|nghiệm thu|khảo sát|rà soát|xử lý|cấp phát|tiếp nhận|giải quyết",
    sep="|",
)
NOUNS = _split(
    "kế hoạch|nhiệm vụ|giải pháp|kết quả|chỉ tiêu|công tác|hoạt động|phong trào|chương trình|"
    "dự án|công trình|tuyến đường|nhà văn hóa|trường học|người dân|hộ gia đình|cán bộ|"
    "đảng viên|đoàn viên|hội viên|thanh niên|học sinh|ngư dân|tàu cá|con cua|cua biển|bãi biển|"
    "cửa sông|cửa biển|cửa hàng|mặt bằng|mặt trận|mặt hàng|bàn làm việc|bạn đọc|ban chấp hành|"
    "ban quản lý|sổ đỏ|đất ở|nhà ở|đường giao thông|cống thoát nước|đèn chiếu sáng|cây xanh|"
    "rác thải|nguồn vốn|ngân sách|kinh phí|tiền mặt|quà tặng|suất quà|gia đình chính sách|"
    "hộ nghèo|hộ cận nghèo|người cao tuổi|trẻ em|phụ nữ|dòng sông|cánh đồng|đồng ruộng|"
    "đồng bào|đồng chí|tầng lớp|bờ kè|đê biển|chợ cá|bến thuyền|mái ấm|nhà tình nghĩa|"
    "hồ sơ|thủ tục|văn bản|tờ trình|nghị quyết|chỉ thị|đề án|quy chế|hương ước|"
    "máy tính|điện thoại thông minh|mạng xã hội|ứng dụng|camera an ninh|loa truyền thanh",
    sep="|",
)
ADJ = _split(
    "hiệu quả|thiết thực|sâu rộng|kịp thời|đồng bộ|nghiêm túc|chặt chẽ|tích cực|bền vững|"
    "trọng tâm|cụ thể|rõ ràng|đúng quy định|an toàn|sôi nổi|ý nghĩa|dài hạn|lâu dài|mạnh mẽ|"
    "thực chất|công khai|minh bạch|chu đáo|phấn khởi|khó khăn|cấp bách|quan trọng",
    sep="|",
)
FOREIGN = _split(
    "COVID-19|Internet|Zalo|Facebook|online|smartphone|QR code|website|email|wifi|ASEAN|UNESCO|"
    "camera|container|logistics|marketing|startup|VNeID|iHanoi|Hue-S",
    sep="|",
)
DOC_KINDS = ("QĐ-UBND", "KH-UBND", "NQ-HĐND", "CT-TTg", "KL-TW", "HD-MTTQ", "TB-UBND", "BC-ĐU")

# Body sentences. {topic} mostly repeats the article's own topic.
TEMPLATES = (
    "Ngày {d} tháng {m}, {org} {unit} {place} {verb} {event} về {topic}.",
    "Sáng ngày {d}/{m}/{y}, {org} {unit} {place} đã {verb} {event} {topic}.",
    "Tham dự {event} có đồng chí {person}, {title} {unit} {place}.",
    "Tại {event}, các đại biểu đã {verb} {noun} {adj} trong {topic}.",
    "Đồng chí {person} {verb} {noun} của {org} trong thời gian qua.",
    "Theo đó, {org} {unit} đã {verb} {n} {noun} với tổng kinh phí hơn {n} triệu đồng.",
    "Qua đó góp phần nâng cao nhận thức của người dân về {topic}.",
    "Năm {y}, {unit} {place} {verb} {noun} {adj}, hoàn thành {n} chỉ tiêu.",
    "Phát biểu chỉ đạo, đồng chí {person} đề nghị {org} tiếp tục {verb} {noun} {adj}.",
    "Dịp này, {org} đã trao tặng {n} suất quà cho {noun} có hoàn cảnh khó khăn.",
    "Ban Công tác Mặt trận khu phố {n} đã {verb} {noun} và {topic}.",
    "{org} {unit} {place} yêu cầu các ngành {verb} {noun} {adj}, đúng quy định.",
    "Bên cạnh đó, còn một số {noun} chưa được {verb} {adj}, nhất là {topic}.",
    "Các đại biểu thống nhất {verb} {noun} của {unit} trong năm {y} và những năm tiếp theo.",
    "Cửa hàng của hộ kinh doanh {person} tại {unit} {place} bán {noun} cho người dân.",
    "Ông {person}, người dân {unit} {place} cho biết: người dân rất phấn khởi với {noun} {adj}.",
    "Bà {person}, {title}, chia sẻ về {topic} và {noun} ở {unit} {place}.",
    "Đảng ủy {unit} {place} đã lãnh đạo thực hiện {topic} đạt kết quả {adj}.",
    "Hội nghị cũng đã {verb} {noun}, {noun} và {noun} trong thời gian tới.",
    "Kết quả, {n} hộ gia đình đã đăng ký {topic}, đạt {n} phần trăm kế hoạch.",
    "Tàu cá của ngư dân {person} cập cửa biển Cửa Đại an toàn sau chuyến đi biển.",
    "Thực hiện {doc} của {org} {unit} về {topic}, {org} đã {verb} {noun} {adj}.",
    "Căn cứ {doc} ngày {d}/{m}/{y}, {unit} {place} {verb} {noun}.",
    "Trong {n} tháng đầu năm, lực lượng công an đã {verb} {n} vụ việc liên quan đến {topic}.",
    "Người dân có thể sử dụng {foreign} để {verb} {noun} nhanh chóng, thuận tiện.",
    "Mặt trận {unit} {place} đã vận động được {n} triệu đồng ủng hộ {noun}.",
    "Đến nay, {unit} đã có {n} {noun} được {verb}, đạt {n} phần trăm.",
    "Nhân dịp này, đồng chí {person} đã gửi lời thăm hỏi đến {noun} và gia đình.",
    "Đoàn công tác đã đến thăm và tặng quà cho gia đình ông {person} ở khu phố {n}.",
    "Chủ tịch Ủy ban nhân dân {unit} {place} {verb} các cơ quan liên quan {verb} {noun}.",
    "Bà con ngư dân phấn khởi vì mùa cua biển năm nay được giá, bán tại chợ cá {place}.",
    "Kinh phí thực hiện từ nguồn ngân sách {unit} và nguồn xã hội hóa của các nhà hảo tâm.",
    "Dự án {noun} tại {unit} {place} có tổng mức đầu tư {n} tỷ đồng, dài {n} mét.",
    "Đại hội đã bầu Ban Chấp hành nhiệm kỳ {y} - {y2} gồm {n} đồng chí.",
    "Ủy ban nhân dân {unit} đề nghị người dân tiếp tục đóng góp ý kiến về {topic}.",
    "Buổi lễ diễn ra trong không khí trang trọng, ấm cúng và ý nghĩa.",
    "Đây là hoạt động thiết thực nhằm chào mừng kỷ niệm {n} năm ngày thành lập {org}.",
    "Mức hỗ trợ là {n} nghìn đồng mỗi người mỗi tháng, áp dụng từ ngày {d}/{m}/{y}.",
    "Công trình được khởi công vào tháng {m}/{y} và dự kiến hoàn thành trong năm {y2}.",
    "Đồng chí {person} đã trao đổi, làm rõ những vấn đề cử tri quan tâm về {topic}.",
)
TITLE_TEMPLATES = (
    "{org} {unit} {place} {verb} {event}",
    "{unit} {place}: {verb} {topic}",
    "{event} về {topic} tại {unit} {place}",
    "{unit} {place} {verb} {noun} {adj}",
    "Đồng chí {person} {verb} {event} {unit} {place}",
    "Ban Công tác Mặt trận khu phố {n} {verb} {topic}",
    "{org} {unit} {place} triển khai {topic} năm {y}",
    "Hiệu quả từ {topic} ở {unit} {place}",
    "{unit} {place} ra mắt mô hình {topic}",
    "Trao tặng {n} suất quà cho {noun} {unit} {place}",
    "{org} {unit} {place} tổ chức {event} nhiệm kỳ {y} - {y2}",
    "Thông báo về việc {verb} {noun} tại {unit} {place}",
)
TITLE_SUFFIX = ("", "", "", "", " năm {y}", " đợt {n}", " (kỳ {n})")
AUTHOR_TAILS = ("", "", "", " - CT. UBMTTQVN phường", " - VP. Đảng ủy", " - Công an phường")
SITE_HOSTS = ("hoian", "danang", "hanoi", "hue", "cantho", "quangnam", "quangtri", "nghean")


def _slug(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


class Corpus:
    """``Corpus(seed).articles(start, count)`` yields article dicts with ids start..start+count-1.

    The vocabulary tables are drawn from ``seed`` alone, each article from
    ``seed`` and its id, so any slice of the corpus is the same on every run
    and on every worker process.
    """

    def __init__(self, seed: int = 20240601, sites: int = 400) -> None:
        self.seed = seed
        rng = random.Random(seed)
        self.rare_names = [
            f"{rng.choice(SURNAMES)} {rng.choice(RARE_SYL)} {rng.choice(RARE_SYL)}"
            for _ in range(60_000)
        ]
        self.sites = []
        for i in range(sites):
            place = PLACES[i % len(PLACES)]
            self.sites.append(
                f"{_slug(place)}{i // len(PLACES) or ''}.{rng.choice(SITE_HOSTS)}.gov.vn"
            )
        self.topic_pool: list[list[str]] = []
        self.rng = rng
        # A shared pool of stock sentences per topic: portals reuse wording a lot.
        for topic in TOPICS:
            self.topic_pool.append([self._fill(rng.choice(TEMPLATES), topic) for _ in range(2500)])

    def _person(self) -> str:
        r = self.rng
        if r.random() < 0.12:
            return r.choice(self.rare_names)
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVENS)}"

    def _fill(self, template: str, topic: str) -> str:
        return template.format_map(_Slots(self, topic))

    def article(self, i: int) -> dict:
        r = self.rng = random.Random(self.seed * 1_000_003 + i)
        topic_i = min(int(r.expovariate(1 / 12)), len(TOPICS) - 1)
        topic = TOPICS[topic_i]
        pool = self.topic_pool[topic_i]
        n_sent = max(3, min(120, int(r.lognormvariate(3.0, 0.55))))
        npool = len(pool)
        rand = r.random
        sents = [pool[int(npool * rand() ** 1.5)] for _ in range(n_sent)]
        # A few sentences of its own: names, numbers and dates unique to the article.
        for _ in range(min(n_sent, 3)):
            sents[r.randrange(n_sent)] = self._fill(r.choice(TEMPLATES), topic)
        paras, k = [], 0
        while k < len(sents):
            step = r.randint(2, 5)
            paras.append(" ".join(sents[k : k + step]))
            k += step
        y = 2012 + min(int(r.random() ** 0.7 * 14), 13)
        published = f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        if r.random() < 0.7:
            published += f"T{r.randint(6, 21):02d}:{r.randint(0, 59):02d}:00+07:00"
        site = self.sites[min(int(r.paretovariate(1.1)) - 1, len(self.sites) - 1)]
        if r.random() < 0.6:
            site = self.sites[r.randrange(len(self.sites))]
        title = self._fill(r.choice(TITLE_TEMPLATES), topic) + self._fill(
            r.choice(TITLE_SUFFIX), topic
        )
        roll = r.random()
        if roll < 0.7:
            author = self._person() + r.choice(AUTHOR_TAILS)
        elif roll < 0.85:
            author = r.choice(
                ("BBT", "Ban biên tập", "Phòng Văn hóa - Thông tin", "Đài truyền thanh")
            )
        else:
            author = None
        return {
            "id": i,
            "url": f"https://{site}/tin-tuc/{_slug(title)[:60]}-{i}.html",
            "site": site,
            "title": title[0].upper() + title[1:],
            "published_at": published,
            "author": author,
            "body": "\n\n".join(paras),
        }

    def articles(self, start: int, count: int) -> Iterator[dict]:
        for i in range(start, start + count):
            yield self.article(i)


class _Slots(dict):
    """Template slots drawn on demand from the corpus' random source."""

    def __init__(self, corpus: Corpus, topic: str) -> None:
        super().__init__()
        self.c, self.topic = corpus, topic

    def __missing__(self, key: str) -> str:
        r = self.c.rng
        if key == "topic":
            return self.topic if r.random() < 0.6 else r.choice(TOPICS)
        if key == "person":
            return self.c._person()
        if key in _CHOICES:
            return r.choice(_CHOICES[key])
        if key == "n":
            return str(min(int(r.expovariate(1 / 20)) + 1, 999))
        if key == "d":
            return str(r.randint(1, 28))
        if key == "m":
            return str(r.randint(1, 12))
        if key == "y":
            return str(r.randint(2012, 2025))
        if key == "y2":
            return str(r.randint(2020, 2030))
        if key == "doc":
            return (
                f"{r.choice(('Quyết định', 'Kế hoạch', 'Nghị quyết', 'Chỉ thị', 'Kết luận'))} "
                f"số {r.randint(1, 3000)}/{r.choice(DOC_KINDS)}"
            )
        raise KeyError(key)


_CHOICES = {
    "org": ORGS,
    "unit": UNITS,
    "place": PLACES,
    "verb": VERBS,
    "event": EVENTS,
    "noun": NOUNS,
    "adj": ADJ,
    "title": TITLES,
    "foreign": FOREIGN,
}


# ---------------------------------------------------------------------------
# Building

CHUNK = 5000
_WORKER: Corpus | None = None


def _worker_init() -> None:
    global _WORKER
    _WORKER = Corpus()


def _chunk(start: int) -> list[tuple]:
    assert _WORKER is not None
    return [
        (a["id"], a["url"], a["site"], a["title"], a["published_at"], a["author"], a["body"])
        for a in _WORKER.articles(start, CHUNK)
    ]


INSERT = (
    "INSERT INTO articles (id, url, site, title, published_at, author, body,"
    " first_seen, last_fetched, content_hash) VALUES (?,?,?,?,?,?,?,"
    " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'bench')"
)
PLAIN = "bench_plain_fts"
PLAIN_DDL = f"""
CREATE VIEW IF NOT EXISTS bench_dfolded AS SELECT id,
    replace(replace(title, 'đ', 'd'), 'Đ', 'D') AS title,
    replace(replace(body, 'đ', 'd'), 'Đ', 'D') AS body,
    replace(replace(author, 'đ', 'd'), 'Đ', 'D') AS author
FROM articles;
CREATE VIRTUAL TABLE IF NOT EXISTS {PLAIN} USING fts5(title, body, author,
    content='bench_dfolded', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
"""


def build(path: Path, rows: int) -> dict[str, float]:
    """Fresh database with ``rows`` articles, our index and the plain FTS5 one; timings."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = connect(path)
    conn = db.conn
    conn.execute("PRAGMA cache_size=-262144")
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    # Triggers are installed after the bulk load, as for an archive indexed late.
    with get_context("fork").Pool(1, initializer=_worker_init) as pool:
        for batch in pool.imap(_chunk, range(1, rows + 1, CHUNK)):
            batch = [r for r in batch if r[0] <= rows]
            conn.execute("BEGIN")
            conn.executemany(INSERT, batch)
            conn.execute("COMMIT")
    times["generate + insert articles"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    search.rebuild_index(db, optimize=False)
    times["our index: rebuild_index()"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    conn.execute(f"INSERT INTO {search.FTS}({search.FTS}) VALUES ('optimize')")
    times["our index: optimize"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    conn.executescript(PLAIN_DDL)
    conn.execute(f"INSERT INTO {PLAIN}({PLAIN}) VALUES ('rebuild')")
    conn.execute(f"INSERT INTO {PLAIN}({PLAIN}) VALUES ('optimize')")
    times["plain FTS5 index: build + optimize"] = time.perf_counter() - t0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('bench_rows', ?)", (str(rows),))
    conn.close()
    return times


def sizes(conn: sqlite3.Connection, path: Path) -> dict[str, int]:
    out = {"database file": path.stat().st_size}
    for label, prefix in (("our index", search.FTS), ("plain FTS5 index", PLAIN)):
        (n,) = conn.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE ? ESCAPE '\\'",
            (prefix.replace("_", "\\_") + "%",),
        ).fetchone()
        out[label] = n or 0
    (n,) = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'articles'").fetchone()
    out["articles table"] = n or 0
    return out


def write_costs(path: Path, rows: int, sample: int = 300) -> dict[str, float]:
    """Per-article cost of keeping the index in step, for articles of 4.5-5.5 KB.

    In the writer's transaction: the INSERT of an article with the index
    triggers and with them dropped (both in transactions rolled back, so the
    database is unchanged), and the ``index_articles()`` call. Commit: one
    article per transaction, as the crawler writes, here and in a scratch
    database without the index.
    """
    corpus = Corpus()
    values: list[tuple] = []
    i = rows + 1
    while len(values) < sample:
        a = corpus.article(i)
        if 4500 <= len(a["body"].encode()) <= 5500:
            values.append(
                (
                    a["id"],
                    a["url"],
                    a["site"],
                    a["title"],
                    a["published_at"],
                    a["author"],
                    a["body"],
                )
            )
        i += 1
    out: dict[str, float] = {}
    db = connect(path)
    conn = db.conn
    for label, drop in (("with index", False), ("without index", True)):
        conn.execute("BEGIN")
        if drop:
            conn.execute(f"DROP TRIGGER {search.FTS}_ai")
        laps = []
        for v in values:
            t0 = time.perf_counter()
            conn.execute(INSERT, v)
            laps.append(time.perf_counter() - t0)
        conn.execute("ROLLBACK")
        out[f"INSERT in a transaction, {label} (median)"] = statistics.median(laps)
        out[f"INSERT in a transaction, {label} (p95)"] = _pct(laps, 95)
    laps = []
    for v in values:
        t0 = time.perf_counter()
        search.index_articles(db, [v[0]])
        laps.append(time.perf_counter() - t0)
    out["index_articles() call (median)"] = statistics.median(laps)
    scratch = path.with_name(path.stem + "-scratch.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    for label, database in (("with index", db), ("without index", connect(scratch))):
        c = database.conn
        laps = []
        for v in values[:100]:
            t0 = time.perf_counter()
            c.execute("BEGIN IMMEDIATE")
            c.execute(INSERT, v)
            c.execute("COMMIT")
            laps.append(time.perf_counter() - t0)
        out[f"BEGIN+INSERT+COMMIT per article, {label} (median)"] = statistics.median(laps)
        out[f"BEGIN+INSERT+COMMIT per article, {label} (mean)"] = statistics.mean(laps)
        c.execute(f"DELETE FROM articles WHERE id IN ({','.join(str(v[0]) for v in values)})")
        c.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
    return out


# ---------------------------------------------------------------------------
# Queries


def query_mix(corpus: Corpus) -> list[dict]:
    """(category, our query, plain FTS5 query, filters). Plain queries are đ-folded FTS5."""
    rare_name = corpus.rare_names[4321]
    mix = [
        ("rare", "Khuê"),
        ("rare", "khue"),
        ("rare", "Bảy Mẫu"),
        ("rare", "VNeID"),
        ("rare name", rare_name),
        ("rare name", fold(rare_name)),
        ("common", "của"),
        ("common", "cua"),
        ("common", "phường"),
        ("common", "Đảng"),
        ("common", "dang"),
        ("AND", "chuyển đổi số phường"),
        ("AND", "an toan giao thong"),
        ("AND", "hội nghị cử tri Cửa Đại"),
        ("AND", "cua bien ngu dan"),
        ("phrase", '"ban công tác mặt trận"'),
        ("phrase", '"ban cong tac mat tran"'),
        ("phrase", '"Ủy ban nhân dân phường"'),
        ("phrase", '"nuôi trồng thủy sản"'),
        ("phrase name", '"Nguyễn Văn Hùng"'),
        ("phrase name", '"nguyen van hung"'),
        ("name", "Trần Thị Lan"),
        ("prefix", "mat*"),
        ("prefix", "nguy*"),
        ("prefix", "khuy*"),
        ("prefix", "chuyển đổi s*"),
        ("prefix", '"Cửa Đ*"'),
        ("OR/NOT", "thiên tai OR bão lũ"),
        ("OR/NOT", "tiêm chủng -COVID"),
    ]
    out = [{"category": c, "query": q, "plain": _plain(q), "filters": {}} for c, q in mix]
    top_site = corpus.sites[0]
    out += [
        {"category": "filter", "query": "phường", "plain": "phuong", "filters": {"site": top_site}},
        {
            "category": "filter",
            "query": "hội nghị",
            "plain": "hoi nghi",
            "filters": {"date_from": "2020-01-01", "date_to": "2020-12-31"},
        },
        {"category": "filter", "query": "Đảng", "plain": "dang", "filters": {"author": "Nguyễn"}},
    ]
    return out


def _plain(query: str) -> str:
    """The same query for plain FTS5: đ-folded, prefix phrases and NOT in FTS5 syntax."""
    q = query.replace("đ", "d").replace("Đ", "D")
    if q.startswith('"') and q.endswith('*"'):
        q = q[:-2] + '"*'
    return q.replace(" -", " NOT ")


def plain_search(conn: sqlite3.Connection, query: dict) -> list[tuple]:
    f = query["filters"]
    where, params = "", []
    if "site" in f:
        where, params = " AND a.site = ?", [f["site"]]
    if "date_from" in f:
        where += " AND a.published_at >= ? AND a.published_at < ?"
        params += [f["date_from"], "2021-01-01"]
    if "author" in f:
        where += " AND a.author LIKE ?"
        params += [f"%{f['author']}%"]
    sql = (
        f"SELECT a.id, a.url, a.title, snippet({PLAIN}, 1, '[', ']', '…', 30) FROM {PLAIN}"
        f" JOIN articles a ON a.id = {PLAIN}.rowid WHERE {PLAIN} MATCH ?{where}"
        f" ORDER BY bm25({PLAIN}, 5.0, 1.0, 2.0) LIMIT 20"
    )
    return conn.execute(sql, [query["plain"], *params]).fetchall()


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def run_queries(path: Path, repeat: int, plain_repeat: int) -> list[dict]:
    db = connect(path)
    conn = db.conn
    conn.execute("PRAGMA cache_size=-262144")
    mix = query_mix(Corpus())
    results = [
        dict(q, ours=[], ours_cpu=[], plain_t=[], hits=0, plain_hits=0, overlap=None) for q in mix
    ]
    # Warm the page cache once (as a long-running archive would be), then measure.
    for r in results:
        search.search(db, r["query"], **r["filters"])
    for _ in range(repeat):
        for r in results:
            t0, c0 = time.perf_counter(), time.process_time()
            hits = search.search(db, r["query"], **r["filters"])
            r["ours"].append(time.perf_counter() - t0)
            r["ours_cpu"].append(time.process_time() - c0)
            r["hits"] = len(hits)
            r["ids"] = [h.id for h in hits]
    for _ in range(plain_repeat):
        for r in results:
            t0 = time.perf_counter()
            rows = plain_search(conn, r)
            r["plain_t"].append(time.perf_counter() - t0)
            r["plain_hits"] = len(rows)
            r["plain_ids"] = [row[0] for row in rows]
    for r in results:
        if r["plain_ids"]:
            r["overlap"] = len(set(r["ids"]) & set(r["plain_ids"])) / len(r["plain_ids"])
    return results


# ---------------------------------------------------------------------------
# Report


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f}"


def report_queries(results: list[dict]) -> None:
    print(
        f"  {'category':12} {'query':34} {'hits':>4} {'ours p50':>9} {'p95':>8} {'cpu p50':>8}"
        f" {'plain p50':>10} {'p95':>8} {'top20 shared':>12}"
    )
    for r in results:
        label = r["query"] + (
            " " + ",".join(f"{k}={v}" for k, v in r["filters"].items()) if r["filters"] else ""
        )
        shared = "-" if r["overlap"] is None else f"{r['overlap'] * 100:.0f}%"
        print(
            f"  {r['category']:12} {label[:34]:34} {r['hits']:>4} {_ms(statistics.median(r['ours']))}"
            f" {_ms(_pct(r['ours'], 95))} {_ms(statistics.median(r['ours_cpu']))}"
            f" {_ms(statistics.median(r['plain_t'])):>10} {_ms(_pct(r['plain_t'], 95))} {shared:>12}"
        )
    ours = [t for r in results for t in r["ours"]]
    cpu = [t for r in results for t in r["ours_cpu"]]
    plain = [t for r in results for t in r["plain_t"]]
    print(
        f"\n  all queries: ours p50 {_ms(statistics.median(ours)).strip()} ms,"
        f" p95 {_ms(_pct(ours, 95)).strip()} ms (CPU p50 {_ms(statistics.median(cpu)).strip()} ms,"
        f" p95 {_ms(_pct(cpu, 95)).strip()} ms) | plain FTS5 p50 {_ms(statistics.median(plain)).strip()} ms,"
        f" p95 {_ms(_pct(plain, 95)).strip()} ms"
    )


def bench(rows: int, workdir: Path, reuse: bool, repeat: int, plain_repeat: int) -> None:
    path = workdir / f"search-{rows}.db"
    print(f"\n=== {rows:,} articles ({path}) ===")
    print(
        f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs"
    )
    reused = False
    if reuse and path.exists():
        conn = sqlite3.connect(path)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'bench_rows'").fetchone()
            reused = row is not None and int(row[0]) == rows
        finally:
            conn.close()
    if reused:
        print("build: reused the existing database (--reuse)")
    else:
        for label, seconds in build(path, rows).items():
            print(f"build: {label:40} {seconds:8.1f} s")
    conn = sqlite3.connect(path)
    for label, n in sizes(conn, path).items():
        print(f"size:  {label:40} {n / 1e6:8.1f} MB")
    conn.close()
    if not reused:
        for label, seconds in write_costs(path, rows).items():
            print(f"write: {label:58} {seconds * 1000:7.3f} ms")
    results = run_queries(path, repeat, plain_repeat)
    print(f"\nqueries ({repeat} timed runs each after a warm-up; plain FTS5 {plain_repeat} runs):")
    report_queries(results)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--workdir", type=Path, default=Path("bench/out/search"))
    parser.add_argument("--reuse", action="store_true", help="reuse a database of that size")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (ours)")
    parser.add_argument("--plain-repeat", type=int, default=3, help="timed runs (plain FTS5)")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    for rows in args.rows or [100_000]:
        bench(rows, args.workdir, args.reuse, args.repeat, args.plain_repeat)


if __name__ == "__main__":
    main()
