"""Every labelled page of the fixture corpora extracts exactly as labelled.

``corpus/`` is the development corpus (8 CMS families); ``holdout/`` (9 other
families), ``holdout2/`` (10 more), ``holdout3/`` … ``holdout5/`` (8 more each),
``holdout6/`` (6 more) and ``holdout7/`` (5 more) were written by someone who never saw
the extractor, and told whether the heuristics carry over to portals they were not built
against (first-run scores in their READMEs).
"""

from __future__ import annotations

import json
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pytest
from read_ahead import RESULTS

from scraper.article import extract_article
from scraper.encoding import decode_html
from scraper.listing import parse_listing
from scraper.models import ARTICLE_FIELDS, Article, ListingPage
from scraper.urls import canonicalize

FIXTURES = Path(__file__).parent / "fixtures"
CORPORA = (
    "corpus",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout28",
    "holdout27",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
    "holdout72",
    "holdout73",
    "holdout74",
    "holdout75",
    "holdout76",
    "holdout77",
    "holdout78",
    "holdout79",
    "holdout80",
    "holdout81",
    "holdout82",
    "holdout83",
    "holdout84",
    "holdout85",
    "holdout86",
    "holdout87",
    "holdout88",
    "holdout89",
    "holdout90",
    "holdout91",
    "holdout92",
    "holdout93",
    "holdout94",
    "holdout95",
    "holdout96",
    "holdout97",
    "holdout98",
    "holdout99",
    "holdout100",
    "holdout101",
    "holdout102",
    "holdout103",
    "holdout104",
    "holdout105",
    "holdout106",
    "holdout107",
    "holdout108",
    "holdout109",
    "holdout110",
    "holdout111",
    "holdout112",
    "holdout113",
    "holdout114",
    "holdout115",
    "holdout116",
    "holdout117",
    "holdout118",
    "holdout119",
    "holdout120",
    "holdout121",
    "holdout122",
    "holdout123",
    "holdout124",
    "holdout125",
    "holdout126",
    "holdout127",
    "holdout128",
    "holdout129",
    "holdout130",
    "holdout131",
    "holdout132",
    "holdout133",
    "holdout134",
    "holdout135",
    "holdout136",
    "holdout137",
    "holdout138",
    "holdout139",
    "holdout140",
    "holdout141",
    "holdout142",
    "holdout143",
    "holdout144",
    "holdout145",
    "holdout146",
    "holdout147",
    "holdout148",
    "holdout149",
    "holdout150",
    "holdout151",
    "holdout152",
    "holdout153",
    "holdout154",
    "holdout155",
    "holdout156",
    "holdout157",
    "holdout158",
    "holdout159",
    "holdout160",
    "holdout163",
    "holdout164",
    "holdout165",
    "holdout166",
    "holdout167",
    "holdout168",
    "holdout171",
    "holdout172",
    "holdout173",
    "holdout174",
    "holdout175",
    "holdout176",
    "holdout177",
    "holdout178",
    "holdout179",
    "holdout180",
    "holdout181",
    "holdout182",
    "holdout183",
    "holdout184",
    "holdout185",
    "holdout186",
    "holdout187",
    "holdout188",
    "holdout189",
    "holdout190",
    "holdout191",
    "holdout192",
    "holdout193",
    "holdout194",
    "holdout195",
    "holdout196",
    "holdout197",
    "holdout198",
    "holdout199",
    "holdout200",
    "holdout201",
    "holdout202",
    "holdout203",
    "holdout204",
    "holdout205",
    "holdout206",
    "holdout207",
    "holdout208",
    "holdout209",
    "holdout210",
    "holdout211",
    "holdout212",
    "holdout213",
    "holdout214",
    "holdout215",
    "holdout216",
    "holdout169",
    "holdout170",
    "holdout161",
    "holdout162",
    "holdout217",
    "holdout218",
    "holdout219",
    "holdout220",
    "holdout221",
    "holdout222",
    "holdout223",
    "holdout224",
    "holdout225",
    "holdout226",
    "holdout227",
    "holdout228",
    "holdout229",
    "holdout230",
    "holdout231",
    "holdout232",
    "holdout233",
    "holdout234",
    "holdout235",
    "holdout236",
    "holdout237",
    "holdout238",
    "holdout239",
    "holdout240",
    "holdout241",
    "holdout242",
    "holdout243",
    "holdout244",
    "holdout245",
    "holdout246",
    "holdout249",
    "holdout247",
    "holdout248",
    "holdout250",
    "holdout251",
    "holdout252",
    "holdout253",
    "holdout254",
    "holdout255",
    "holdout256",
    "holdout257",
    "holdout258",
    "holdout259",
    "holdout260",
    "holdout261",
    "holdout262",
    "holdout263",
    "holdout264",
    "holdout265",
    "holdout266",
    "holdout267",
    "holdout268",
    "holdout269",
    "holdout270",
    "holdout271",
    "holdout272",
    "holdout273",
    "holdout274",
    "holdout275",
    "holdout276",
    "holdout277",
    "holdout278",
    "holdout279",
    "holdout280",
    "holdout281",
    "holdout282",
    "holdout283",
    "holdout284",
    "holdout285",
    "holdout286",
    "holdout287",
    "holdout288",
    "holdout289",
    "holdout290",
    "holdout291",
    "holdout292",
    "holdout293",
    "holdout294",
    "holdout295",
    "holdout296",
    "holdout297",
    "holdout298",
    "holdout299",
    "holdout300",
    "holdout301",
    "holdout302",
    "holdout303",
    "holdout304",
    "holdout305",
    "holdout306",
    "holdout307",
    "holdout308",
    "holdout309",
    "holdout310",
    "holdout311",
    "holdout312",
    "holdout313",
    "holdout314",
    "holdout315",
    "holdout316",
    "holdout317",
    "holdout318",
    "holdout319",
    "holdout320",
    "holdout321",
    "holdout322",
    "holdout323",
    "holdout324",
    "holdout325",
    "holdout326",
    "holdout327",
    "holdout328",
    "holdout329",
    "holdout330",
    "holdout331",
    "holdout332",
    "holdout333",
    "holdout334",
    "holdout335",
    "holdout336",
    "holdout337",
    "holdout338",
    "holdout339",
)
LABELS = [p for name in CORPORA for p in sorted((FIXTURES / name).glob("*/*.json"))]
ARTICLES = [p for p in LABELS if json.loads(p.read_text(encoding="utf-8"))["kind"] == "article"]
LISTINGS = [p for p in LABELS if p not in ARTICLES]
# Pages still read wrongly, with why; strict, so a fix makes the test fail until listed off.
# (none at present; holdout16's Drupal sidebar view was one until its rule landed)
# Pages a general rule cannot read yet (strict: the day a rule reads one, its test fails
# until it is taken off this list). holdout24's short article beside a classless
# "GIỚI THIỆU CHUNG" box was one until its rule landed.
KNOWN_MISSES: dict[str, str] = {
    # holdout28 labels a WordPress category's document entries (type-van_ban, /van-ban/…)
    # as not articles; they are items of the list's own markup, which govnews keeps.
    **{
        f"holdout28/mixed_docs/{name}": "document entries in a news category are labelled "
        "not articles; govnews keeps every entry of the list's markup"
        for name in (
            "nongson-thong-tin-chi-dao-dieu-hanh",
            "nongson-thong-tin-chi-dao-dieu-hanh-page-2",
        )
    },
    # holdout39 labels a "Đến trang" <select> beside the <a> pager as no links; govnews
    # follows its options too (the same listing's pages 7-14, which the pager reaches later).
    "holdout39/jsp_portal/stp-tin-tuc-su-kien-page-2": "the page menu's options are labelled "
    "not links; govnews follows them as pages of the listing",
    # holdout142 labels a GET form's page menu (<select name="trang"> that submits itself)
    # as no links, as holdout39 does; govnews follows its options as the listing's pages.
    **{
        f"holdout142/select_form/anlao-hoat-dong-cua-xa-{name}": "the page menu's options are "
        "labelled not links; govnews follows them as pages of the listing"
        for name in ("p1", "p2", "p9")
    },
    # holdout147 labels a day's listing's "‹ Tuần trước" (to another day's listing) no page;
    # govnews reads a week step as the next page of a list paged by week, as older sets ask.
    **{
        f"holdout147/week_strip/tranphu-tin-ngay-16-12-{name}": "a week step from a day's "
        "listing is labelled no page; govnews reads week steps as pages of a week-paged list"
        for name in ("p1", "p2")
    },
    # holdout149 labels three kinds of link as no page or item that govnews follows by
    # design: a GET jump box's pages (min 1, max 11: govnews submits each), the selected
    # year's tab and its siblings (a year-paged list, as older sets ask), and items left on
    # the old district portal's host (another organisation's domain: a crawl is one site).
    **{
        f"holdout149/{name}": reason
        for names, reason in (
            (
                [f"input_pager/chiengan-tuyen-truyen-{p}" for p in ("p1", "p3", "p11")],
                "a GET jump box's pages are labelled no links; govnews submits each page",
            ),
            (
                [f"year_filter/sonla-chi-dao-dieu-hanh-{p}" for p in ("p1", "p2", "p12")],
                "year tabs are labelled filters; govnews pages a list by its selected year tab",
            ),
            (
                [f"old_host_tail/maichau-tin-dia-phuong-{p}" for p in ("p5", "p6")],
                "items on the old portal's host are labelled items; govnews keeps one site",
            ),
        )
        for name in names
    },
    # holdout44 labels notices linked straight to PDF files as list items; govnews leaves
    # files to the attachment paths (a crawl stores them with the page that links them),
    # as holdout28 labels document entries not articles.
    **{
        f"holdout44/pdf_notices/{name}": "PDF files in a notice list are labelled items; "
        "govnews keeps files out of the article links"
        for name in ("hoaphong-thong-bao-p1", "hoaphong-thong-bao-p2")
    },
    # holdout49 labels a desk ("BBT") signing the text no author; holdout34/holdout39 label
    # a "BBT" signature and holdout40 a unit in the "Tác giả" slot the author, as govnews
    # reads them. (An office in a theme's byline slot, "Phòng VH-TT", is read no author
    # since the nineteenth session, as holdout49/95/137/286/296 label it.)
    **{
        f"holdout49/{name}": "a desk or an office signing the text is labelled no author; "
        "holdout34/39/40 label the same kind of signature as the author"
        for name in ("joomla4_so/quangtri-quan-trac-nuoc-song-thach-han",)
    },
    # holdout72 labels typed "- " lines in a <br> run as list items without their dash;
    # holdout9 and holdout40 keep the dash of such lines, as govnews does.
    "holdout72/local_php/angiang-thong-bao-tuyen-sinh-nang-khieu-the-thao-2026": "typed "
    '"- " lines are labelled without their dash; holdout9/40 label the same lines with it',
    # holdout79's Joomla menu entry that is one article (a text with bulleted links to two
    # sub-pages, service portals and files): govnews takes the two sub-pages of one shape
    # for a list; an article's own links are not yet told from a list of stories.
    "holdout79/joomla_menu/binhlanh-chuyen-doi-so-trang-noi-dung": "a text page's bulleted "
    "links (two sub-pages of one shape) are read as a list of two",
    # holdout81 labels items on third-party hosts (newspapers of a press review, YouTube and
    # a TV station's videos, the national document database), PDF files, and click-counter
    # URLs as linked; govnews keeps the portal organisation's articles only (a crawl is one
    # site), files out of the article links (as holdout44), and a counter's link as the
    # story it reaches (sites8, sites25).
    **{
        f"holdout81/{name}": reason
        for names, reason in (
            (
                ("press_review/nuithanh-diem-bao-p1", "press_review/nuithanh-diem-bao-p2"),
                "a press review's newspaper links are labelled items; govnews keeps the "
                "portal's own articles only",
            ),
            (
                ("video_external/tienhai-video-p1", "video_external/tienhai-video-p2"),
                "YouTube and TV-station links are labelled items; govnews keeps the portal's "
                "own articles only",
            ),
            (
                ("doc_news/stnmt-van-ban-chi-dao-page1", "doc_news/stnmt-van-ban-chi-dao-page3"),
                "PDF files and the national document database's entries are labelled items; "
                "govnews keeps files and other sites out of the article links",
            ),
            (
                ("click_counter/sxd-tin-tuc-p1", "click_counter/sxd-tin-tuc-p3"),
                "click-counter links are labelled as linked; govnews reads a counter's link "
                "as the story it reaches and keeps the portal's own",
            ),
        )
        for name in names
    },
    # holdout83 labels a person named only as the poster ("Người đăng: Hoàng Thị Lý") no
    # author, where older sets (holdout39) label such a name the author; and it labels the
    # local counter under the text, not the original's count pasted above it.
    "holdout83/php_huyen/yenthanh-thi-dua-xoa-nha-tam-nha-dot-nat": "a poster named alone is "
    "labelled no author; holdout39 labels such a name the author",
    "holdout83/wp_phuong/dienbien-phong-chong-duoi-nuoc-tre-em-he-2025": "the original's view "
    "count pasted above the reposted text is read before the local counter under it",
    # holdout57 labels a "Đang phát" player above a video list, repeating the newest video
    # on every page, as no item; govnews reads a story with its own heading and summary
    # right above the list as the list's top story (holdout44 labels such a block items).
    "holdout57/video_listing/lacduong-video-p2": "a now-playing video above the list is "
    "labelled no item; govnews reads it as the list's top story",
    # holdout88 labels a weekly bulletin linked from a week's group heading of a SharePoint
    # grouped list ("Tuần 51 (14/12 - 20/12) (5) · Bản tin y tế tuần 51 · Lịch công tác
    # tuần") as no item; it is a page of the same news library, in the items' URL shape.
    "holdout88/sharepoint_week_groups/soyte-tin-hoat-dong-p1": "a weekly bulletin linked "
    "from a week's group heading is labelled no item; govnews reads it as a story of the list",
    "holdout88/sharepoint_week_groups/soyte-tin-hoat-dong-p2": "a weekly bulletin linked "
    "from a week's group heading is labelled no item; govnews reads it as a story of the list",
    # holdout94 labels an office signing alone under the text ("Phòng Tuyên truyền và Hỗ
    # trợ người nộp thuế") the author; govnews reads only a person's name as a signature.
    "holdout94/mvc_thue/nghean-huong-dan-quyet-toan-thue-tncn-2025": "an office signing alone "
    "is labelled the author; govnews reads only a person's name as a signature",
    # holdout103 labels the count in the document's <title> (Yoast's "Trang 3 trên 11") as
    # the total; holdout65 and holdout91 label the same title count no total, as govnews
    # reads it (the pager itself states none).
    "holdout103/flatsome_wp/phucyen-tin-tuc-su-kien-p3": "a page count stated only in the "
    "<title> is labelled the total; holdout65/91 label the same title count no total",
    # holdout116 labels a wget mirror's items and pages left on the dead original host (the
    # portal of another organisation than the mirror's host) as linked; a govnews crawl is
    # one site, as holdout81's third-party items are not followed. The mirror's own pages,
    # named "danh-sach.php@cm=5&trang=2.html" ("@" for "?"), are not read as its pages yet.
    **{
        f"holdout116/wget_mirror/{name}": "a mirror's links to the dead original host are "
        "labelled items and pages; govnews keeps one site (and reads no '@' for '?')"
        for name in ("taygiang-tin-hoat-dong-p1", "taygiang-tin-hoat-dong-p4")
    },
    # holdout135 labels the selected year's tab ("2026" → ?nam=2026, the list shown, its
    # first page) a filter; govnews keeps a selected year tab's link as a page of the list,
    # as older sets' year-paged lists ask, and so fetches page 1 under both spellings.
    **{
        f"holdout135/year_filter/binhson-phong-chong-thien-tai-{name}": "the selected year's "
        "tab, the list's page 1 under another spelling, is labelled a filter; govnews keeps "
        "it as a page (year-paged lists)"
        for name in ("p2", "p3")
    },
    # holdout138 labels a GET form's page buttons (<button name="trang" value="3">) no URLs;
    # holdout170 labels the same pager the URLs the form submits, as the corpus README now
    # decides for every control a GET form pages by (a pager of buttons alone is the only
    # way on), and govnews reads them so.
    **{
        f"holdout138/button_pager/truongtay-hoi-nong-dan-{name}": "a GET form's page buttons "
        "are labelled no URLs; govnews submits each, as holdout170 and the corpus README ask"
        for name in ("p1", "p2")
    },
    # holdout168's new Google Sites pages (not read yet): each text box sits nine wrappers
    # deep in a <section> of its own, the same kind as the news and footer sections below;
    # govnews takes one box (or the table's) for the text and misses the rest.
    **{
        f"holdout168/gsites_school/{name}": "new Google Sites: the text split over sections "
        "of the footer's own kind, nine wrappers deep; govnews reads one box of it"
        for name in (
            "leloi-hoi-thi-gvdg-cap-truong",
            "leloi-ket-qua-hsg-lop-9-cap-tinh",
            "leloi-ngoai-khoa-phong-chong-duoi-nuoc",
        )
    },
    # holdout171 labels a Substack byline naming the association's own profile ("Khuyến học
    # Điện Phước", the <title>'s "- by …") no author, as holdout106/137 do; the page names
    # no site to tell the profile from a writer, and holdout34/39/40 label a unit the author.
    "holdout171/substack_assoc/dienphuoc-ban-tin-thang-12-2025": "a unit's own profile in the "
    "byline is labelled no author; nothing names the site, and holdout34/39/40 label a unit "
    "there the author",
    # holdout173 labels Framer's "Nổi bật" card above the grid (one story, dated as late as
    # the list's newest) furniture; holdout10 labels page 1's newest story shown as a pick
    # above its list an item, as govnews reads it.
    **{
        f"holdout173/framer_cms/{name}": "a featured card dated as late as the list's newest "
        "is labelled furniture; holdout10 labels page 1's newest pick an item"
        for name in ("hoaphu-tin-tuc", "hoaphu-tiem-chung")
    },
    # holdout177 labels Canva's month buttons ("Tháng 10/2026" to /ban-tin-thang-10-2026)
    # pages of the list; holdout57/73/147 label a month archive's links to other months no
    # pages, as govnews reads them (a rule taking them was tried and broke those five pages).
    **{
        f"holdout177/canva_months/phunuanphu-ban-tin-thang-{name}-2026": "month buttons are "
        "labelled pages; holdout57/73/147 label other months' links no pages"
        for name in ("11", "12")
    },
    # holdout127 and holdout138 label year tabs named with their word ("Năm 2026 / Năm 2025
    # …", one selected) filters; the corpus README, holdout184/cmc_year_tabs and sites28
    # make a selected year's tabs pages of the list, as govnews reads bare years too.
    **{
        name: "year tabs named 'Năm YYYY' are labelled filters; the corpus README and "
        "holdout184 make a selected year's tabs pages"
        for name in (
            "holdout127/year_tabs/nghean-chi-dao-dieu-hanh-p1",
            "holdout127/year_tabs/nghean-chi-dao-dieu-hanh-p2",
            "holdout138/year_tabs/phuloi-hoi-cuu-chien-binh-p1",
            "holdout138/year_tabs/phuloi-hoi-cuu-chien-binh-p2",
        )
    },
    # holdout28, holdout57, holdout63 and holdout147 label a day listing's steps to the day
    # before and after ("« Ngày trước", "Ngày 18/12/2026 ›", "« Thứ Hai, 16/06/2025") no
    # pages; the corpus README and holdout189 make them pages of the list, the way a week
    # step is one.
    **{
        name: "a day listing's day steps are labelled no pages; the corpus README and "
        "holdout189 make them pages"
        for name in (
            "holdout28/date_archive/quangtri-xem-theo-ngay-17-06-2025",
            "holdout57/day_archive/hungyen-tin-ngay-17-12-2025-p1",
            "holdout57/day_archive/hungyen-tin-ngay-17-12-2025-p3",
            "holdout63/day_archive/binhdinh-ngay-17-12-2026-p1",
            "holdout63/day_archive/binhdinh-ngay-17-12-2026-p2",
            "holdout147/day_bulletin/xinman-ban-tin-ngay-16-12",
            "holdout147/day_bulletin/xinman-ban-tin-ngay-16-12-p2",
            "holdout147/day_path_picker/sct-tin-ngay-17-12-p1",
            "holdout147/day_path_picker/sct-tin-ngay-17-12-p2",
            "holdout147/day_path_picker/sct-tin-ngay-17-12-p3",
        )
    },
    # holdout10/17/28/112 label a GET number box ("Đến trang [2] Đi", min and max) beside
    # numbered links no pages; the corpus README, holdout184, holdout189 and holdout192
    # make every page it would ask for a page, as govnews reads it.
    **{
        name: "a number box beside numbered links is labelled no pages; the corpus README "
        "and holdout184/189/192 make its pages pages"
        for name in (
            "holdout10/so_trang_chon/bacgiang-sgd-tin-hoat-dong-trang-14",
            "holdout10/so_trang_chon/bacgiang-sgd-tin-hoat-dong-trang-2",
            "holdout17/tinh_hopnhat/gialai-tin-tu-cong-cu-p3",
            "holdout28/pageindex_select/yendung-tin-tuc-pageindex-3",
            "holdout112/pagedlist_mvc/gialai-tin-trong-tinh-p1",
            "holdout112/pagedlist_mvc/gialai-tin-trong-tinh-p187",
            "holdout112/pagedlist_mvc/gialai-tin-trong-tinh-p47",
        )
    },
    # holdout195 labels the disabled, marked "1" button of a GET form (trang=1) on page 1,
    # saved at the bare URL, a page; holdout41 and holdout139 label Drupal's marked "1"
    # (?page=0) on the bare page this page, as govnews reads a link marked current.
    "holdout195/go_form_pager/quynhonnam-hoat-dong-p1": "page 1 under another spelling, "
    "marked current, is labelled a page; holdout41/139 label the marked link this page",
    # holdout200 labels Drupal's marked "1" (?page=0) on the bare page 1 a page, as holdout195
    # does a form's; holdout41 and holdout139 label it this page.
    "holdout200/vhttdl_drupal_views/hue-tin-van-hoa-the-thao-p1": "page 1 under another "
    "spelling, marked current, is labelled a page; holdout41/139 label the marked link this page",
    # holdout189 labels a GET page menu's selected "1" option (page 1 under another
    # spelling, on page 1) a page; holdout91, holdout200 and holdout210 label the option or
    # link the page marks as shown this page, as govnews reads it.
    "holdout189/get_page_menu/tanhiep-tin-tuc-p1": "a page menu's selected option under "
    "another spelling is labelled a page; holdout91/200/210 label it this page",
    # holdout210 labels a month listing's "‹ November 2026" / "January 2027 ›" steps pages;
    # the corpus README names day and week steps, and holdout57/73/147 label other months'
    # links no pages, as govnews reads them.
    **{
        name: "month steps are labelled pages; the corpus README names day and week steps "
        "only, and holdout57/73/147 label other months' links no pages"
        for name in (
            "holdout210/events_month/lamdong-events-2026-12-p1",
            "holdout210/events_month/lamdong-events-2026-12-p2",
            "holdout210/events_month/lamdong-events-2027-01-p1",
        )
    },
    # holdout200 labels a month strip beside "Tất cả" (the whole list shown) pages, and the
    # "Tất cả" tab itself from page 2; holdout57/73/147 label other months' links no pages,
    # as govnews reads month and year tabs when none of them is the one shown.
    **{
        name: "month tabs beside the whole list's tab are labelled pages; holdout57/73/147 "
        "label other months' links no pages"
        for name in (
            "holdout200/baodang_month_tabs/caobang-xay-dung-dang-p1",
            "holdout200/baodang_month_tabs/caobang-xay-dung-dang-p2",
        )
    },
    # holdout200 labels the video player atop page 2, still showing page 1's newest video,
    # furniture; nothing on page 2 tells it from the page's first story (holdout192's hero).
    "holdout200/ptth_video_player/quangtri-video-thoi-su-p2": "a player atop page 2 showing "
    "page 1's newest video is labelled no item; nothing on the page tells it from a first story",
    # holdout199 and holdout209 label stories a ward's site lists from a department's host or
    # the former wards' sites no items; holdout81 labels the same organisation's other
    # hosts' stories items (a CDN's copies of its old site, opened in a new window too), as
    # govnews reads them. (Reposts opened in a new window from the province portal whose
    # subdomain the ward's site is are read as no items: holdout199 p3, holdout238.)
    **{
        name: "stories on the province's other hosts are labelled no items; holdout81 "
        "labels the same organisation's other hosts' stories items"
        for name in (
            "holdout199/province_synced/tanninh-tin-hoat-dong-p1",
            "holdout209/former_sites/dinhcong-hoat-dong-phuong-p1",
            "holdout209/former_sites/dinhcong-hoat-dong-phuong-p2",
        )
    },
    # holdout239 labels a translator ("Lược dịch: Hoàng Vân", the sapo's first line) the
    # author; holdout185 and holdout197 label translators ("Người dịch:", "Biên dịch:") no
    # author, as govnews reads them.
    "holdout239/sharepoint_sngv/nhat-ban-hop-tac-ha-tang-asean": "a translator is labelled "
    "the author; holdout185/197 label translators no author",
    # holdout251 labels documents' records on the province's official-gazette host
    # (congbao.quangtri.gov.vn among quangtri.gov.vn's cards) no items; holdout81 and
    # holdout84 label the same organisation's other hosts' stories items, as govnews reads them.
    **{
        f"holdout251/congbao_host/quangtri-chi-dao-dieu-hanh-p{n}": "records on the "
        "province's gazette host are labelled no items; holdout81/84 label the same "
        "organisation's other hosts' stories items"
        for n in (1, 3, 9)
    },
    # holdout249 labels an e-magazine story on the portal's own subdomain
    # (emagazine.camau.gov.vn among www.camau.gov.vn's items) no item; holdout81 and
    # holdout84 label the same organisation's other hosts' stories items, as govnews reads them.
    **{
        f"holdout249/tron_loai/camau-tin-tong-hop-p{n}": "a story on the portal's own "
        "e-magazine subdomain is labelled no item; holdout81/84 label the same organisation's "
        "other hosts' stories items"
        for n in (1, 4)
    },
    # holdout249 labels two pinned copies of page 1's stories (the list's own card markup,
    # "is-pinned") in their pinned place, above the list; govnews keeps a story the list
    # holds further down in its list place, as it does for a widget above the list repeating
    # an item (a carousel slide).
    "holdout249/tin_ghim/baichay-tin-tuc-p1": "a pinned copy of a story listed further down is "
    "labelled in its pinned place; govnews keeps the story's place in the list",
    # holdout253 labels a person credited only as the page's poster ("Người đăng: Lương Thị
    # Hạnh", a stat tile's "Người đăng") no author; holdout252 labels such a poster the
    # author, as govnews reads a poster who is a person (an account is never one).
    **{
        f"holdout253/{name}": "a person credited only as the poster is labelled no author; "
        "holdout252 labels such a poster the author"
        for name in (
            "optimizely_sct/thainguyen-ket-qua-kiem-tra-an-toan-dien-mua-mua-bao",
            "sitecore_so/quangngai-cap-giay-chung-nhan-lan-dau",
        )
    },
    # holdout253's AEM download component after the text (its title "Tài liệu đính kèm", the
    # file's link, its format and size as a list of terms) is no text; no rule reads it yet.
    "holdout253/aem_syt/khanhhoa-chien-dich-tiem-vac-xin-soi-2026": "an attachment box of "
    "title, file link and a list of its format and size after the text: no rule reads it yet",
    # holdout256's October CMS template prints the fields' values and then their captions
    # in one CSS grid, the values shuffled, each paired with its caption only by the
    # number in their classes ("pm-v3" and "pm-c3"): no rule reads such a grid yet.
    **{
        f"holdout256/october_huyen/{name}": "values and captions of a CSS grid paired only by "
        "the numbers in their classes: no rule reads it yet"
        for name in (
            "ductrong-ket-qua-xet-tuyen-vien-chuc-2024",
            "ductrong-thang-hanh-dong-attp-2022",
            "ductrong-xuc-tien-tieu-thu-nong-san-2023",
        )
    },
    # holdout261's old PHP list pages by a query whose fields are set apart by ";"
    # (?mod=tintuc;cid=5;page=3): no rule reads such a query's page yet.
    **{
        f"holdout261/raw_amp/eakao-tin-tuc-p{n}": 'a pager whose query fields are set apart by ";": '
        "no rule reads its pages yet"
        for n in (1, 3)
    },
    # holdout263's Kentico template shows two or three blocks of the text and folds the rest
    # into a Bootstrap "collapse" box a "Xem toàn bộ nội dung" button opens, the document's
    # card after both: reading the fold with the text before it took the card too (tried and
    # undone); no rule reads the split text yet.
    **{
        f"holdout263/kentico_bql/{name}": "the text split around a Bootstrap collapse box, "
        "the document's card beside it: no rule reads it yet"
        for name in (
            "bacninh-bao-cao-thu-hut-dau-tu-6-thang-2024",
            "bacninh-quy-che-an-toan-lao-dong-kcn",
            "bacninh-thong-bao-dieu-chinh-quy-hoach-que-vo-ii",
        )
    },
    # holdout263 labels the time of the page's only labelled day, "Cập nhật: 22/01/2026 10:05"
    # after the text, the publication's beside the same day unlabelled under the headline;
    # govnews takes no time from an update line (a later moment, holdout185 and others).
    "holdout263/liferay_stp/lamdong-ke-hoach-pbgdpl-2026": "an update line's time is "
    "labelled the publication's beside the same day unlabelled by the headline; govnews "
    "takes no time from an update",
    # holdout265 labels typed "- " lines without their dash (as holdout219 does; holdout9
    # and 40 keep it, as govnews does), and a document's field table opening the text no
    # text (as holdout250 does; holdout20 labels it text); its Yii template's tabs put the
    # pictures' captions and a signature in tabs no rule reads yet.
    "holdout265/ci_huyen/quynhluu-quynh-hung-ve-dich-nong-thon-moi-2017": 'typed "- " lines '
    "are labelled without their dash; holdout9/40 label the same lines with it",
    "holdout265/mvc_tinh/hagiang-ho-tro-san-xuat-hang-hoa-nong-nghiep": "the document's field "
    "table opening the text is labelled no text; holdout20 labels it text",
    **{
        f"holdout265/yii_so/{name}": "a picture tab's captions and a signature in another tab "
        "of the text: no rule reads them yet"
        for name in ("stp-thi-diem-lltp-tren-vneid", "stp-tro-giup-phap-ly-huong-phung")
    },
    # holdout272 labels a two-column table of fields typed at the top of Kentico's text
    # ("Nguồn | …", "Ảnh | …", "Ngày triển khai | …") no text, the editor's copy of the
    # metadata; govnews reads a table inside the text as text (holdout20 labels a document's
    # field table there text, holdout250 and 265 do not: the same conflict).
    **{
        f"holdout272/kentico_ttyt/{name}": "a table of fields typed in the text is labelled "
        "no text; govnews keeps tables inside the text (holdout20 labels them text)"
        for name in (
            "krongpac-khu-cach-ly-covid-19",
            "krongpac-ky-niem-ngay-thay-thuoc",
            "krongpac-tiem-vac-xin-soi-rubella",
        )
    },
    # holdout268's tabs and widgets no rule reads yet: Liferay's "Hình ảnh" tab holding the
    # pictures' captions and its "Tài liệu" tab's table of files; a "VIDEO" widget's
    # heading set between paragraphs of the text.
    **{
        f"holdout268/{name}": "a tab of the pictures' captions or of the files, or a video "
        "widget's heading inside the text: no rule reads them yet"
        for name in (
            "concrete_ward/thanhkhe-dien-tap-pccc-chung-cu-thanh-loc-dan",
            "liferay_province/lamdong-cao-diem-phong-chay-rung-mua-kho",
            "liferay_province/lamdong-ke-hoach-du-lich-nong-nghiep-2026-2030",
        )
    },
    # (holdout250's two pages whose document header table opens a pasted document are read
    # since the twenty-second session: the table's last row is no sapo of the text, and the
    # document's row under its header dates no page.)
    # holdout47 labels the province portal's stories a district's list opens in a new window
    # ("↗", "Nguồn: Cổng TTĐT tỉnh Quảng Nam") items; holdout199 and holdout238 label the
    # same reposts no items, as the corpus README's "links to another host are never items"
    # does and govnews reads them.
    **{
        f"holdout47/source_links/queson-tin-trong-tinh-p{n}": "the province portal's stories "
        "a district's list opens in a new window are labelled items; holdout199/238 and the "
        "corpus README make them no items"
        for n in (1, 4)
    },
    # holdout202 labels a series part's marks "(Còn nữa)", "(Tiếp theo kỳ trước)" and "(Hết)"
    # no text; holdout34 and holdout66 label them text, as govnews reads them.
    **{
        name: "a series part's continuation marks are labelled no text; holdout34/66 label "
        "them text"
        for name in (
            "holdout202/django_mttq/dongthap-xoa-nha-tam-ky-1",
            "holdout202/django_mttq/dongthap-xoa-nha-tam-ky-2-nfd",
            "holdout202/django_mttq/dongthap-xoa-nha-tam-ky-3",
            "holdout202/struts_baodientu/quangngai-giu-rung-tra-khuc-ky-1-trang-3",
            "holdout202/typo3_tinhuy/quangtri-dang-vien-vung-dao-bai-1",
            "holdout202/typo3_tinhuy/quangtri-dang-vien-vung-dao-bai-2",
        )
    },
    # holdout205: a Joomla tag page's tagged category among its articles (its URL one level
    # shallower, no id) is read as an item.
    "holdout205/joomla_tags/stp-tag-cai-cach-hanh-chinh-p1": "a tagged category listed "
    "among a tag page's articles is read as an item",
    # holdout205: a "Tin cùng chuyên mục" archive links the article it was opened from above
    # its list, in the list's own URL shape (the page's id= names it): read as an item.
    **{
        f"holdout205/same_cat_archive/snnmt-tin-cung-chuyen-muc-p{n}": "the article a "
        "'same section' archive was opened from, linked above its list, is read as an item"
        for n in (1, 2)
    },
    # holdout205: a series page's "Các loạt bài khác" cards under the list, each with its
    # series' "Bài 1" in the list's URL shape: the first card's part is read as an item;
    # and page 2's link to page 1 (/x-42.htm from /x-42/trang-2.htm) is taken for itself.
    **{
        f"holdout205/series_parts/bqt-loat-bai-chinh-quyen-hai-cap-p{n}": "another series' "
        "first part under the list is read as an item (and page 1 from page 2, /x-42.htm "
        "from /x-42/trang-2.htm, for this page)"
        for n in (1, 2)
    },
    # holdout213 labels the selected month tab "[01]" on the landing page (its URL not the
    # page's own) a page, as the corpus README has it for year and month tabs; govnews reads
    # a marked month as the page shown (only a year's tab is exempt).
    "holdout213/asp_month_tabs/quangtri-tin-tuc-landing": "the selected month tab under "
    "another address is labelled a page; govnews reads the marked month as this page",
    # holdout216 labels a festival calendar's month and year tabs pages with no tab of a
    # month shown as the list's page (the corpus README's "tabs of a list paged by month");
    # govnews reads month tabs as filters unless one is the shown month (holdout57/73/147).
    **{
        f"holdout216/lich_thang/bacninh-lich-le-hoi-{m}": "month tabs of a calendar are "
        "labelled pages; holdout57/73/147 label other months' links no pages"
        for m in ("2026-12", "2027-01", "2027-02")
    },
    # holdout192 labels the "Nổi bật" hero card atop page 2 the page's first story;
    # holdout157/aem_list labels a pick atop a later page pinned there, no item, as govnews
    # reads it (nothing on one page tells the two apart).
    "holdout192/hero_stretched/hacthanh-an-ninh-trat-tu-p2": "a badged pick atop page 2 is "
    "labelled an item; holdout157 labels a pick atop a later page pinned, no item",
    # holdout28 and holdout165 label a pager's "1" on page 1 saved at the bare URL, linking
    # page 1 under another spelling (…&cur=1, …&pageIndex=1), this page; the corpus README
    # excludes only "the page's own URL", and holdout181, holdout189 and holdout195 label
    # that link another page, as govnews reads it (a crawl takes the same list there for an
    # alias). (holdout170's form button "1" on page 1 is disabled: govnews reads a disabled
    # button as the page shown, as holdout170 and holdout226 label it.)
    **{
        name: "page 1 under another spelling on page 1 is labelled this page; the corpus "
        "README and holdout181/189/195 label it a page URL"
        for name in (
            "holdout28/pageindex_select/lucnam-tin-hoat-dong",
            "holdout165/liferay62_titlelist/stnmt-tin-tuc-p1",
        )
    },
    # holdout152 labels the signer of a press release's signature block ("TL. CHỦ TỊCH /
    # CHÁNH VĂN PHÒNG / (Đã ký) / Trần Văn Bình") its author and the block no text;
    # holdout52/64/78 label the same blocks of documents text and their signer no author.
    **{
        f"holdout152/{name}": "a document's signature block is labelled the author and no "
        "text; holdout52/64/78 label it text and its signer no author, as govnews reads it"
        for name in (
            "aspnetmvc_city/cantho-tcbc-phien-hop-thuong-ky-thang-02-2026",
            "jsp_province/lamdong-tcbc-xu-ly-vi-pham-khoang-san-2025",
        )
    },
    # holdout218 labels a series part's closing teaser of the next part ("Kỳ tới: Đường đi
    # của những chuyến cát lậu") text; holdout202 labels the same teaser ("Kỳ sau: …") no
    # text, as govnews reads it.
    **{
        f"holdout218/hoitu_cms/quangngai-cat-tac-bai-{n}": "the next part's teaser is labelled "
        "text; holdout202 labels the same teaser no text"
        for n in ("1-ngang-nhien-hut-cat", "2-duong-di-cat-lau")
    },
    # holdout219 labels typed "- " lines of a <br> run without their dash, as holdout72
    # does; holdout9 and holdout40 keep the dash, as govnews does.
    "holdout219/aspnet11_stnmt/stnmt-trien-khai-quan-ly-dat-dai-2009": 'typed "- " lines are '
    "labelled without their dash; holdout9/40 label the same lines with it",
    # holdout224 labels a language's name over the translation ("Bản tiếng Việt", "Tiếng
    # Việt", "Dịch tiếng Việt") an intertitle of the text; holdout75 labels the same tags
    # ("TIẾNG VIỆT", "BẢN TIẾNG VIỆT") no text, as govnews reads them.
    **{
        f"holdout224/{name}": "a language's name over the translation is labelled text; "
        "holdout75 labels the same tag no text"
        for name in (
            "angular_hmong/laocai-hmong-cog-pob-kws-bac-ha",
            "angular_hmong/laocai-hmong-rov-qab-mus-kawm-ntawv-si-ma-cai",
            "angular_hmong/laocai-hmong-ua-si-hnub-xyoo-tshiab-sa-pa",
            "laravel_stv_khmer/stv-khmer-don-tet-chol-chnam-thmay-2023",
            "laravel_stv_khmer/stv-khmer-lop-hoc-chu-khmer-dip-he-2024",
            "laravel_stv_khmer/stv-khmer-ok-om-bok-dua-ghe-ngo-2018",
            "yii2_krt_bahnar/krt-bahnar-hnam-rong-kon-klor",
            "yii2_krt_bahnar/krt-bahnar-romo-kon-ray-nfd",
            "yii2_krt_bahnar/krt-bahnar-sa-ba-nao-kon-ko-tu",
        )
    },
    # holdout228 labels the marked "1" on page 1 (Drupal's ?page=0 with aria-current,
    # Inertia's ?page=1 linking itself) a page, as holdout195/200 do; holdout41 and
    # holdout139 label the link a page marks current this page, as govnews reads it.
    **{
        name: "page 1 under another spelling, marked current, is labelled a page; "
        "holdout41/139 label the marked link this page"
        for name in (
            "holdout228/drupal_bigpipe/snnmt-nong-nghiep-p1",
            "holdout228/inertia_ssr/stc-tai-chinh-ngan-sach-p1",
        )
    },
    # holdout234 labels a sort link ("Sắp xếp: Mới nhất", ?sort=moi-nhat, the order the pager
    # keeps) no page; it shows page 1 under another spelling, which the corpus README makes a
    # page URL, as govnews reads it.
    **{
        f"holdout234/remix_sort_view/stc-tai-chinh-ngan-sach-p{n}": "the sort link showing page "
        "1 in the pager's order is labelled no page; the corpus README makes page 1 under "
        "another spelling a page URL"
        for n in (1, 3)
    },
    # holdout278 labels a "Tin tiêu điểm" panel above page 1's list (naming items 3, 1 and 6
    # and one older story) no part of the list, as holdout234 does; sites1 (s08) made such a
    # highlights box join the list, flagged-out stories included, as govnews reads it.
    "holdout278/nukeviet_hot_box/tamxuan-tin-tuc-su-kien-p1": "a highlights panel sharing "
    "stories with the list is labelled no part of it; sites1 made such a box join the list",
    # holdout281 labels "Tác giả: Văn phòng Sở" (an office) no author; holdout90 labels the
    # same words its author, as govnews reads a labelled byline naming a unit.
    "holdout281/craft_sgd/gialai-danh-ba-phong-chuyen-mon-duong-day-nong": "an office named "
    "as author is labelled no author; holdout90 labels 'Văn phòng Sở' an author",
    # holdout281 labels a line of the report's own header, "Số liệu tính đến: 30/11/2025",
    # text; govnews reads a short "Label: day" line as a field line, no text (as the page's
    # own "Ngày đăng: …" lines in the same shape are).
    "holdout281/concrete_cdc/lamdong-tiem-chung-mo-rong-11-thang-2025": "a report's "
    "'Số liệu tính đến: <day>' line is labelled text; govnews reads it as a field line",
    # holdout282's pages no rule reads yet: a TYPO3 day whose time is only in a field table
    # after the text that no heading names; "Xuất bản lại" over the text,
    # "Xuất bản lần đầu" under it.
    "holdout282/typo3_news/lamdong-nhan-hieu-chung-nhan-da-lat": "the day's time only in an "
    "untitled field table after the text: no rule reads it yet",
    "holdout282/wagtail_board/bacninh-que-vo-khu-cong-nghiep-sinh-thai": "'Xuất bản lại' "
    "over the text, 'Xuất bản lần đầu' under it: no rule prefers the first yet",
    # holdout284 labels a builder's counters and stat cards ("120 căn" over "Nhà Đại đoàn kết
    # bàn giao", "500+ Người tham gia") no text, where older sets (holdout2xx's key-figure
    # cards) label such a figure and its label one line of the text, as govnews joins them;
    # its Beaver and Bricks texts split over a dozen modules and its Brizy div-tables no
    # rule reads yet; YOOtheme's accordion questions (buttons) are labelled text.
    **{
        f"holdout284/{name}": "a builder's counters or stat cards labelled no text (older sets "
        "label key figures text), or a text split over builder modules no rule reads yet"
        for name in (
            "beaver_skhcn/lamdong-14-san-pham-duoc-bao-ho-nhan-hieu",
            "beaver_skhcn/lamdong-nghiem-thu-de-tai-lan-nuoi-cay-mo",
            "beaver_skhcn/lamdong-thong-bao-dat-hang-nhiem-vu-2027",
            "bricks_hoiphunu/dongnai-hoi-thi-phu-nu-kheo-tay-dam-dang",
            "bricks_hoiphunu/dongnai-huong-dan-bhxh-tu-nguyen",
            "bricks_hoiphunu/dongnai-ra-quan-chi-hoi-5-khong-3-sach",
            "brizy_tinhdoan/gialai-khai-mac-hoi-thi-tin-hoc-tre-xxv",
            "brizy_tinhdoan/gialai-ra-quan-thang-thanh-nien-2026-nfd",
            "oxygen_mttq/tuyenquang-thong-bao-ung-ho-quy-vi-nguoi-ngheo",
            "yootheme_phuong/hoakhanh-ngay-hoi-hien-mau-dot-1-2026",
            "yootheme_phuong/hoakhanh-ra-quan-chinh-trang-do-thi-2026",
        )
    },
    # holdout285's pages no rule reads yet: "Lượt truy cập bài viết:" over its count and
    # "(30 ngày qua: …)" (Concrete); an icon list of "Hôm nay / Tuần / Tháng / Tổng" counts
    # (Umbraco); a republished post's first day (Ghost); a short <title> over a long
    # headline in a hidden <h1> (MODX).
    **{
        f"holdout285/{name}": "a field of the page this theme's rules do not read yet"
        for name in (
            "concrete_cms/tanphu-ra-quan-don-dep-kenh-rach-nfd",
            "concrete_cms/tanphu-thu-hoach-buoi-nam-roi-ocop",
            "ghost_casper/taynhatrang-tinh-nguyen-he-2026-dang-lai",
            "modx_revo/bana-ung-pho-mua-lon-sat-lo",
            "umbraco_grid/cantho-nha-o-xa-hoi-cuu-long",
        )
    },
    # holdout292 (scored at the nineteenth session's end, joined with its misses): a tabbed
    # box after the list in the list's own card markup and URL shape read as the list's.
    **{
        f"holdout292/bulma_tabs/soyte-hoat-dong-nganh-p{n}": "a tabbed box of cards in the "
        "list's own markup after the list is read as part of it: no rule yet"
        for n in (1, 3, 11)
    },
    # holdout288 (page builders, fourth set): tab titles only in a tab strip, labelled text
    # before each panel (Flatsome, Divi, Avada);
    # Stackable's count-ups written out; a testimonial in a column beside the text; Avada's
    # call to action;
    # an office's account in Elementor's post info labelled no author (holdout34/39/40
    # label an office there the author).
    **{
        f"holdout288/{name}": "a page builder's part this theme's rules do not read yet"
        for name in (
            "avada_fusion/laocai-hoi-nghi-bao-cao-vien-thang-12-2025",
            "avada_fusion/laocai-phat-dong-dan-van-kheo-2026",
            "divi_builder/ninhbinh-giam-sat-bhyt-ho-gia-dinh-2025",
            "flatsome_ux/tayninh-phong-tranh-lua-dao-truc-tuyen",
            "spectra_stackable/angiang-mo-hinh-lua-tom-u-minh-thuong",
        )
    },
    # holdout293 (texts in accordions, tabs and Q&A blocks): an FAQ kept behind Alpine's
    # x-show with a search box.
    **{
        f"holdout293/{name}": "a text in panels this theme's rules do not read whole yet"
        for name in (
            "laravel_alpine_hcc/hungyen-cau-hoi-thuong-gap-nop-ho-so-truc-tuyen",
            "laravel_alpine_hcc/hungyen-hoi-dap-thay-doi-ho-ten-cho-con-duoi-14-tuoi",
        )
    },
    # holdout294 (two of everything, fifth set): an event box's machine start day above the
    # lead read as the publication (one page shows no publication day, one dates it under
    # the text); a writer named only in a sidebar card beside a document card in the text.
    **{
        f"holdout294/typo3_news/{name}": "an event box's machine start day above the lead is "
        "read as the publication: no rule sets it apart yet"
        for name in (
            "hatinh-dien-dan-lang-nghe-y-kien-nhan-dan",
            "hatinh-hiep-thuong-lan-thu-hai-hdnd-tinh",
        )
    },
    "holdout294/umbraco_blockgrid/thanhhoa-tieng-anh-truc-tuyen-muong-lat": "the writer named "
    "only in a sidebar card, a document card among the text's blocks: no rule reads them yet",
    # holdout295 labels a "Tin nổi bật" posts widget above the list, in the list's own card
    # markup and sharing one story with it, no part of the list (as holdout234/278/290 do);
    # sites1 (s08) made such a highlights box join the list, as govnews reads it.
    **{
        f"holdout295/elementor_posts/tinhdoan-tin-tuc-p{n}": "a highlights widget sharing a "
        "story with the list is labelled no part of it; sites1 made such a box join the list"
        for n in (1, 3, 5)
    },
    # holdout297 (accordions and tabs, second set): a live Q&A's counts line under the
    # headline (Foundation); TYPO3's Q&A whose lawyer signs in a box beside the text, its
    # quoted articles in tabs after a contents box, a closing paragraph after a tab box of
    # its own.
    **{
        f"holdout297/{name}": "a text in panels this theme's rules do not read whole yet"
        for name in (
            "foundation_hcc/quangninh-giao-luu-truc-tuyen-thu-tuc-dat-dai",
            "typo3_sotp/lamdong-hoi-dap-con-nuoi-huong-thua-ke",
            "typo3_sotp/lamdong-hoi-dap-lien-thong-khai-sinh-thuong-tru-bhyt",
            "typo3_sotp/lamdong-huong-dan-chung-thuc-ban-sao-tu-ban-chinh",
        )
    },
    # holdout306 (Q&A sections' lists): questions linked only by "Xem chi tiết →", each
    # answered by a unit whose name links the unit's page: the units' names read as the
    # headlines when they differ (page 2; page 1 repeats one unit and is read).
    "holdout306/chat_bubbles/hcc-giai-dap-p2": "questions linked only by 'Xem chi tiết' beside "
    "linked answering units: the units' links are read as the list",
    # holdout308 (Q&A pages, one question a page): a feedback record's question and its
    # answer apart, a processing timeline between (Laravel); a Yii DetailView of the
    # record's fields, its counter a row (Yii2); a lone answer day's time only in the
    # machine stamp; "Trả lời" over an office's field line.
    **{
        f"holdout308/{name}": "a Q&A page's part no rule reads yet"
        for name in (
            "laravel_pakn/haiphong-pa-2025-021964-karaoke-gay-on",
            "laravel_pakn/haiphong-pa-2026-004518-ho-sau-duong-to-hieu",
            "laravel_pakn/haiphong-pa-2026-005873-thu-gom-rac-luc-hanh",
            "umbraco_sonoivu/snv-co-viec-lam-moi-khi-cho-huong-tro-cap-that-nghiep",
            "umbraco_sonoivu/snv-phu-cap-khu-vuc-cong-chuc-cap-xa-sau-sap-xep",
            "yii2_hcc/hcc-dang-ky-ho-kinh-doanh-sau-khi-bo-cap-huyen-nfd",
            "yii2_hcc/hcc-doi-giay-phep-lai-xe-khi-doi-dia-chi-sau-sap-nhap",
            "yii2_hcc/hcc-thu-tuc-phi-cap-phieu-ly-lich-tu-phap",
        )
    },
    # holdout309 (page builders, seventh set): GenerateBlocks' static stat cards labelled
    # no text (older key-figure cards are text) and Qode's counters printing their figures;
    # Kubio's post meta whose day no rule dates yet, its account chip read as a writer;
    # Helix/SP Page Builder's and Qode's texts split over nested rows no rule joins yet.
    **{
        f"holdout309/{name}": "a page builder's part this theme's rules do not read yet"
        for name in (
            "generateblocks_phuong/haichau-chuyen-doi-so-thu-tuc-hanh-chinh",
            "helix_sppb_vhttdl/ninhbinh-khai-mac-le-hoi-trang-an-2026",
            "kubio_tinhdoan/laocai-ra-quan-tinh-nguyen-he-2025",
            "kubio_tinhdoan/laocai-tuoi-tre-chung-suc-xay-dung-nong-thon-moi",
            "qode_bridge_congdoan/bacninh-huong-dan-mai-am-cong-doan-2025",
            "qode_bridge_congdoan/bacninh-phat-dong-thang-cong-nhan-2025",
        )
    },
    # holdout310 (texts pasted from Word and old editors) keeps Word's list markers
    # ("- Đàn lợn: …", from "mso-list:Ignore" spans) and one soft <br> inside a paragraph,
    # and joins a notice's header table cells with " | "; govnews drops list markers, parts
    # paragraphs at a <br> and reads a layout table's cells apart, as older sets label them.
    **{
        f"holdout310/{name}": "Word's list markers, a soft <br> or a notice's header table "
        "labelled otherwise than older sets"
        for name in (
            "laravel_so/sxd-tap-huan-luat-quy-hoach-do-thi-nong-thon",
            "liferay_xa/phubinh-thong-bao-lich-tiep-cong-dan-thang-3",
            "liferay_xa/phubinh-tiem-phong-gia-suc-vu-xuan",
            "liferay_xa/phubinh-tong-ket-cong-tac-nam-2025",
            "typo3_hoi/hnd-my-tho-tap-huan-lua-giam-phat-thai",
            "umbraco_phuong/tanan-ra-mat-tuyen-duong-van-minh",
        )
    },
    # holdout311 labels Joomla's "Bài viết khác" links (the blog layout's links to the
    # next items) no items; holdout21 and holdout108 label them items, as govnews reads them.
    **{
        f"holdout311/helix_blog_links/ldld-hoat-dong-cong-doan-p{n}": "Joomla's 'Bài viết "
        "khác' links are labelled no items; holdout21/108 label them items"
        for n in (1, 2)
    },
    # holdout313 (Hồ Chí Minh City's lists): SharePoint's list view paged only by two arrows
    # carrying its paging parameters (the row after the last shown); Yii2's active "1"
    # linking ?page=1&per-page=10 on the bare list (its current page).
    "holdout313/sharepoint_listview/dian-tin-hoat-dong-p2": "SharePoint's arrows with its "
    "paging parameters are no pages yet",
    "holdout313/yii2_listview/baria-hoat-dong-dia-phuong-p1": "an active '1' linking page 1 "
    "with a page-size parameter: no rule reads it as the current page yet",
    # holdout314 (Q&A pages, second set): a lawyer's signature or "Luật sư tư vấn:" credit
    # no rule reads as the writer yet; Umbraco's avatar initial ("Đ") over the answer; the
    # asker's address line. (Yii's DetailView pages and the Laravel feedback records are
    # read since the twenty-first session's Q&A record rules.)
    **{
        f"holdout314/{name}": "a Q&A page's part no rule reads yet"
        for name in (
            "umbraco_snv/haiphong-tro-cap-huu-tri-xa-hoi-75-tuoi",
            "umbraco_snv/haiphong-tro-cap-nghi-viec-do-sap-xep-bo-may",
            "umbraco_snv/haiphong-tro-cap-that-nghiep-luat-viec-lam-2025",
            "wagtail_hlhpn/nghean-cam-tiep-xuc-bao-luc-gia-dinh",
            "wagtail_hlhpn/nghean-ly-hon-con-duoi-36-thang-tuoi",
        )
    },
    # holdout315 (Q&A pages, third set): a processing timeline's "Công khai" step as the
    # publication day; a bold right-aligned "Trợ giúp viên pháp lý <name>" as the writer;
    # the answer's office closing it as no text. Its "Trả lời" heading over the answer is
    # labelled no text where holdout314 labels the same heading text (govnews keeps it on
    # a page with no asker's field).
    **{
        f"holdout315/{name}": "a Q&A record's part no rule reads yet, or a part heading "
        "labelled otherwise than holdout314"
        for name in (
            "aspnetcore_tinh/lamdong-giay-phep-xay-dung-nha-o-nong-thon",
            "django_tgpl/tgpl-chia-thua-ke-khong-di-chuc",
            "eportal_dvc/thanhhoa-dvc-nhan-gplx-qua-buu-dien",
            "liferay_bo/moha-nghi-huu-truoc-tuoi-cong-chuc-xa-doi-du",
        )
    },
    # holdout316 (page builders, eighth set) labels count-up and stat widgets text, one
    # paragraph each ("42.600+ hội viên toàn tỉnh"); holdout276/284/288/296 label animated
    # counters no text and holdout309 static stat cards too, as govnews reads them.
    **{
        f"holdout316/{name}": "a builder's counters labelled text; holdout276/284/288/296/309 "
        "label them no text"
        for name in (
            "breakdance_xa/thanhbinh-hoi-cho-xuan-duong-hoa-tet-binh-ngo-nfd",
            "breakdance_xa/thanhbinh-ra-mat-mo-hinh-dan-van-kheo",
            "cornerstone_ccb/quangninh-tong-ket-cong-tac-hoi-ccb-2025",
            "greenshift_phunu/thainguyen-ngay-hoi-phu-nu-khoi-nghiep-2026",
            "greenshift_phunu/thainguyen-nhan-rong-dia-chi-tin-cay",
            "gutenverse_nongdan/gialai-quy-ho-tro-nong-dan-giai-ngan-18-ty",
            "kadence_tinhdoan/nghean-ngay-hoi-hien-mau-chu-nhat-do-2026",
            "kadence_tinhdoan/nghean-ra-quan-tinh-nguyen-mua-dong-2025",
        )
    },
    # holdout317 (accordions and tabs, fourth set) labels a tab strip's titles text, all of
    # them before the panels; holdout293/296/297 label tab strips no text (holdout288 sets
    # each title before its panel), as govnews reads them.
    **{
        f"holdout317/{name}": "a tab strip's titles labelled text; holdout293/296/297 label "
        "them no text"
        for name in (
            "bs5_hcc/tuyenquang-huong-dan-dang-ky-khai-sinh-truc-tuyen",
            "bs5_hcc/tuyenquang-phieu-ly-lich-tu-phap-vneid",
            "foundation_sotp/phutho-thu-tuc-chung-thuc-ban-sao-dien-tu",
            "jqueryui_phuong/thudaumot-huong-dan-dang-ky-ket-hon-nfd",
            "next_aria_sokhcn/quangngai-chinh-sach-ho-tro-doi-moi-cong-nghe-2026",
            "uikit_sonv/ninhbinh-diem-moi-luat-can-bo-cong-chuc-2025",
        )
    },
    # holdout320 labels an office's name alone closing the text ("Phòng Truyền thông") the
    # author; govnews reads no office alone as a writer.
    "holdout320/webforms_moha/moha-hop-giao-ban-thang-02-2026": "an office's name closing "
    "the text is labelled the author; govnews reads no office as a writer",
    # holdout321 (page builders, ninth set): counters and feature boxes with no script
    # figure (govnews reads them as text; the corpus README now makes them no text),
    # SiteOrigin's phone copies hidden only by the layout's generated CSS, YOOtheme's text
    # whose builder parts no rule joins, Drupal Layout Builder's map text and inline
    # "Tác giả" field, Themify's icon-list row beside a picture.
    **{
        f"holdout321/{name}": "a page builder's part no rule reads yet"
        for name in (
            "drupal_layout_builder/dongnai-cong-nhan-24-doanh-nghiep-khcn",
            "drupal_layout_builder/dongnai-sau-rieng-cong-nghe-so-bu-dang",
            "essential_blocks_gp/nghean-thang-cong-nhan-2026",
            "otter_neve/daklak-hoi-dap-sinh-vien-5-tot",
            "siteorigin_vantage/quangtri-ngay-hoi-phu-nu-khoi-nghiep-2025",
            "siteorigin_vantage/quangtri-phu-nu-vung-bien-giu-rung",
            "themify_ultra/phutho-phong-chong-ret-vat-nuoi-nfd",
            "themify_ultra/phutho-tong-ket-ocop-2021-2025",
            "yootheme_joomla/phubinh-thu-hoach-lua-mua-vu-dong",
            "yootheme_joomla/phubinh-to-cong-nghe-so-cong-dong-khong-ngay",
        )
    },
    # holdout328 (page builders, tenth set): Drupal Paragraphs pages, a quote's attribution
    # (its twin copy beside it) and an info box left out
    **{
        f"holdout328/{name}": "a page builder's part no rule reads yet"
        for name in (
            "drupal_paragraphs/hue-khai-mac-festival-nghe-truyen-thong-2025",
            "drupal_paragraphs/hue-trien-lam-anh-di-san",
        )
    },
    # holdout335 (page builders, eleventh set): static stat cards and charts with no
    # counter class (Themify's feature chart, Cornerstone's cards), gallery
    # captions shown on hover, Drupal Layout Builder's sections of text and cards, a
    # Cornerstone page whose text runs on past a quote box
    **{
        f"holdout335/{name}": "a page builder's part no rule reads yet"
        for name in (
            "cornerstone_hnd/laocai-tap-huan-trong-que-huu-co-van-ban",
            "cornerstone_hnd/laocai-ton-vinh-nong-dan-snkd-gioi-2025",
            "drupal_lb_so/quangtri-canh-bao-chay-rung-cap-v",
            "drupal_lb_so/quangtri-trong-rung-go-lon-fsc-2026",
            "themify_ward/hoacuong-huong-dan-bhyt-ho-gia-dinh-2026",
            "yootheme_xa/tienyen-ngay-hoi-van-hoa-cac-dan-toc-2026",
        )
    },
    # holdout329 labels Elementor's tab titles printed again for phones, each over its
    # panel, no text (copies of the strip); holdout288 labels them text, its panels' headings
    "holdout329/wp_elementor_kadence/gialai-huong-dan-dang-ky-tinh-nguyen-he-2026": "Elementor's "
    "phone copies of the tab titles over their panels are labelled no text; holdout288 "
    "labels them text",
    # holdout330 and holdout334 (Q&A pages) date a record whose day has no time at the time
    # of the timeline's step that day ("Đã trả lời", "Đăng công khai"); govnews reads no time
    # from a step
    **{
        name: "the day's time is labelled from the processing timeline's step that day; "
        "govnews reads no step's time"
        for name in (
            "holdout330/dvc_angular/bacninh-ho-kinh-doanh-thay-doi-dia-chi",
            "holdout334/liferay_province/nghean-tro-cap-that-nghiep-nop-ho-so-muon",
        )
    },
    # holdout333 labels a page whose only day is the presented law's issue day ("Ngày ban
    # hành" in its field table by the headline) undated; govnews dates such a page with the
    # document's day when it shows no other (a rule from holdout186–189's pages)
    "holdout333/sharepoint_2019/haiphong-huong-dan-ly-lich-tu-phap-vneid": "the document's "
    "issue day by the headline, the page's only day, is labelled no date; govnews takes it",
    # holdout336 labels an office's name in capitals closing the text ("VĂN PHÒNG HĐND VÀ
    # UBND PHƯỜNG") no text; holdout64 labels such lines text (press releases, a funeral
    # committee's notice), as govnews reads them
    "holdout336/qb_3cms/badon-ky-hop-hdnd-cuoi-nam-2025": "an office's name in capitals "
    "closing the text is labelled no text; holdout64 labels such lines text",
    # holdout325, holdout327 and holdout337 label page 1's own page under another spelling
    # a page (Drupal's current "1" linking ?page=0, a page menu's option ?page=1 on the bare
    # list); govnews leaves a page's own aliases out of its pages, as some thirty older pages
    # label them (holdout41, 91, 139, 210, …) and the corpus README now settles.
    **{
        name: "page 1's own alias (?page=0, ?page=1) is labelled a page; "
        "govnews leaves a page's own aliases out"
        for name in (
            "holdout325/drupal10_views/vktc-hoat-dong-cua-vien-p1",
            "holdout325/laravel_select/ptttn-hoat-dong-cua-cuc-p1",
            "holdout327/drupal_views_table/tand-cantho-hoat-dong-toa-an-p1",
            "holdout327/select_get/congan-hatinh-an-toan-giao-thong-p1",
            "holdout337/get_select/phuvinh-tin-dia-phuong-p1",
        )
    },
    # holdout46 labels a listing in the order CSS shows it (a featured story placed after
    # the grid in the source, moved first with flex order); govnews keeps source order.
    "holdout46/flex_phuong/hoacuongbac-tin-tuc-su-kien-page-2": "a story moved first by CSS "
    "order is labelled first; govnews lists items in source order (the same set)",
}


def _with_known_misses(labels: list[Path]) -> list:
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[key]))
        if (key := f"{p.parent.parent.name}/{p.parent.name}/{p.stem}") in KNOWN_MISSES
        else p
        for p in labels
    ]


def _load(label: Path) -> tuple[dict, str]:
    expected = json.loads(label.read_text(encoding="utf-8"))
    text, _ = decode_html(label.with_suffix(".html").read_bytes(), None)
    return expected, text


def _id(label: Path) -> str:
    return f"{label.parent.parent.name}/{label.parent.name}/{label.stem}"


@pytest.mark.parametrize("corpus", CORPORA)
def test_corpus_is_big_and_varied(corpus: str) -> None:
    labels = [p for p in LABELS if p.parent.parent.name == corpus]
    families = {p.parent.name for p in labels}
    assert len(families) >= 5
    articles = len([p for p in labels if p in ARTICLES])
    listings = len([p for p in labels if p in LISTINGS])
    # every set has both kinds (holdout83: a listing for four of its six families), but for
    # those of listings only (holdout10, … holdout63: 16) and of articles only (holdout85:
    # articles shown inside listing templates, three for each of six families)
    assert (
        (articles >= 15 and listings >= 4)
        or (articles == 0 and listings >= 16)
        or (articles >= 18 and listings == 0)
    )


def _read(labels: list[Path]) -> list[object]:
    """Each label's page read as the test reads it: an article or a listing (in a worker)."""
    read: list[object] = []
    for label in labels:
        expected, html = _load(label)
        if expected["kind"] == "article":
            read.append(extract_article(html, expected["url"]))
        else:
            read.append(parse_listing(html, expected["url"]))
    return read


class _Pages:
    """Every selected page read ahead in the pool of worker processes, in chunks as the
    tests will ask for them; each test then checks its own page."""

    def __init__(self, labels: list[Path], pool: ProcessPoolExecutor | None) -> None:
        self._chunks: dict[Path, tuple[Future[list[object]], int]] = {}
        for start in range(0, len(labels), _CHUNK):
            if pool is None:
                break
            chunk = labels[start : start + _CHUNK]
            future = pool.submit(_read, chunk)
            for n, label in enumerate(chunk):
                self._chunks[label] = (future, n)

    def __getitem__(self, label: Path) -> object:
        if label not in self._chunks:  # (a test asked alone, outside the session's order)
            return _read([label])[0]
        future, n = self._chunks[label]
        return future.result()[n]


_CHUNK = 50


def read_ahead(items: list[pytest.Item], pool: ProcessPoolExecutor) -> _Pages:
    """The selected tests' pages, read in ``pool`` while the rest of the suite runs
    (``tests/read_ahead.py``)."""
    return _Pages(
        [
            item.callspec.params["label"]  # type: ignore[attr-defined]
            for item in items
            if getattr(item, "originalname", "") in ("test_article_fields", "test_listing_links")
        ],
        pool,
    )


@pytest.fixture(scope="module")
def pages(request: pytest.FixtureRequest) -> _Pages:
    found = request.config.stash.get(RESULTS, {}).get(__name__)
    # (outside a session's read-ahead, each page is read as its test asks)
    return found if isinstance(found, _Pages) else _Pages([], None)


@pytest.mark.parametrize("label", _with_known_misses(ARTICLES), ids=_id)
def test_article_fields(label: Path, pages: _Pages) -> None:
    expected = json.loads(label.read_text(encoding="utf-8"))
    art = pages[label]
    assert isinstance(art, Article)
    got = {f: getattr(art, f) for f in ARTICLE_FIELDS}
    assert got == {f: expected[f] for f in ARTICLE_FIELDS}
    assert (art.gone, art.refused) == (None, None)  # every labelled page is an article


@pytest.mark.parametrize("label", _with_known_misses(LISTINGS), ids=_id)
def test_listing_links(label: Path, pages: _Pages) -> None:
    expected = json.loads(label.read_text(encoding="utf-8"))
    page = pages[label]
    assert isinstance(page, ListingPage)
    assert page.article_urls == [canonicalize(u) for u in dict.fromkeys(expected["article_urls"])]
    assert set(page.page_urls) == {canonicalize(u) for u in expected["page_urls"]}
    assert page.total_pages == expected["total_pages"]
    assert page.current_page == expected["current_page"]
    assert (page.forward, page.refused) == (None, None)
