"""HTML rendering of the replica portal in the style of an old ASP.NET/DNN ward portal.

Pure functions from plain records to encoded bytes: table layouts, ``ctl00_`` ids, a
``__VIEWSTATE`` blob (also used to pad pages to a target size), Word-pasted markup and
FCKeditor entities in bodies. No I/O and no knowledge of URLs beyond the records given.
"""

from __future__ import annotations

import base64
import random
import re
import struct
import unicodedata
from dataclasses import dataclass, field
from html import escape

from .content import Attachment, Block, Image, Para, Table, Ward, stable_hash, thousands

ARTICLE_TAB = 73
HOME_TAB = 36

# (tabid, label) of the top menu; tab 73 is the news category the portal is about.
TOP_MENU = (
    (HOME_TAB, "Trang chủ"),
    (53, "Giới thiệu"),
    (ARTICLE_TAB, "Tin tức - Sự kiện"),
    (75, "Hoạt động cơ sở"),
    (80, "Văn bản"),
    (85, "Thủ tục hành chính"),
    (90, "Liên hệ"),
)


# --- encoding ----------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258_table() -> dict[str, str]:
    """Precomposed Vietnamese letters -> base letter + combining tone mark (cp1258 style)."""
    table: dict[str, str] = {}
    for cp in list(range(0xC0, 0x1B1)) + list(range(0x1EA0, 0x1EFA)):
        ch = chr(cp)
        try:
            ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", d[0] + "".join(m for m in d[1:] if m not in _TONES))
        candidate = base + "".join(m for m in d[1:] if m in _TONES)
        try:
            candidate.encode("cp1258")
        except UnicodeEncodeError:
            continue
        table[ch] = candidate
    return table


_CP1258 = _cp1258_table()
_CP1258_RE = re.compile("[" + "".join(_CP1258) + "]")


def charset_label(encoding: str) -> str:
    return "windows-1258" if encoding == "cp1258" else "utf-8"


def encode(text: str, encoding: str) -> bytes:
    if encoding == "cp1258":
        text = _CP1258_RE.sub(lambda m: _CP1258[m.group()], text)
        return text.encode("cp1258", "xmlcharrefreplace")
    return text.encode("utf-8")


# FCKeditor-era bodies spell Latin-1 letters and typographic quotes as named entities.
_FCK = {
    c: f"&{name};"
    for c, name in {
        "à": "agrave", "á": "aacute", "â": "acirc", "ã": "atilde", "è": "egrave",
        "é": "eacute", "ê": "ecirc", "ì": "igrave", "í": "iacute", "ò": "ograve",
        "ó": "oacute", "ô": "ocirc", "õ": "otilde", "ù": "ugrave", "ú": "uacute",
        "ý": "yacute", "À": "Agrave", "Á": "Aacute", "Â": "Acirc", "Ê": "Ecirc",
        "Ô": "Ocirc", "Ú": "Uacute", "“": "ldquo", "”": "rdquo", "–": "ndash",
    }.items()
}  # fmt: skip
_FCK_RE = re.compile("[" + "".join(_FCK) + "]")


_SPECIAL = re.compile("[&<>\"']")


def esc(text: str) -> str:
    """html.escape, skipped for the common text that needs none."""
    return escape(text, quote=False) if _SPECIAL.search(text) else text


def text_html(text: str, fck: bool = False) -> str:
    # str.translate is slow on non-ASCII text; replace/sub stay in C.
    out = esc(text)
    if "\xa0" in out:
        out = out.replace("\xa0", "&nbsp;")
    return _FCK_RE.sub(lambda m: _FCK[m.group()], out) if fck else out


def attr(text: str) -> str:
    return escape(text, quote=True) if _SPECIAL.search(text) else text


# --- records -----------------------------------------------------------------------------


@dataclass(slots=True)
class Site:
    """Per-portal rendering settings (mount prefix, ward, charset, sizes)."""

    prefix: str
    ward: Ward
    key: str
    encoding: str = "utf-8"
    page_size_kb: tuple[int, int] | None = None
    visitors: int = 1_502_337
    postback_pager: bool = False  # listing pages reached only through __doPostBack
    _chrome: dict[str, str] = field(default_factory=dict)
    _chrome_bytes: dict[str, bytes] = field(default_factory=dict)

    @property
    def portal_title(self) -> str:
        return f"Cổng thông tin điện tử {self.ward.full}"

    def url(self, path: str) -> str:
        return self.prefix + path

    def tab_url(self, tabid: int) -> str:
        return self.url("/Default.aspx" if tabid == HOME_TAB else f"/Default.aspx?tabid={tabid}")

    def target_size(self, page_key: str) -> int | None:
        if not self.page_size_kb:
            return None
        lo, hi = self.page_size_kb
        frac = (stable_hash(self.key, "size", page_key) % 1001) / 1000
        return int((lo + (hi - lo) * frac) * 1024)


@dataclass(slots=True)
class ArticleView:
    item_id: int
    path: str
    title: str
    date_text: str  # "17/06/2022" or "17/06/2022 08:30"
    lead: str
    blocks: tuple[Block, ...]
    author: str | None
    views: int


@dataclass(slots=True)
class ListItem:
    item_id: int
    path: str
    title: str
    date_text: str
    summary: str
    thumb: str | None
    # Rendered fragments, memoised with the item (items are cached by the portal).
    other_html: str | None = None
    row_html: str | None = None


@dataclass(slots=True)
class Doc:
    href: str
    label: str
    date_text: str


# --- page chrome -------------------------------------------------------------------------

_CSS = """
body{margin:0;padding:0;background:#e8eef4 url(/Portals/_default/Skins/HoiAn/images/bg.gif) repeat-x;font-family:Arial,Tahoma,Verdana;font-size:12px;color:#333}
a{color:#1a4d80;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
.Head{font-weight:bold;font-size:14px;color:#fff;text-transform:uppercase}
.ModuleTitle{background:url(/Portals/_default/Skins/HoiAn/images/title_bg.gif) repeat-x;height:28px;padding-left:10px}
.NewsTitle{font-weight:bold;font-size:13px;color:#1a4d80}.NewsDate{color:#888;font-size:11px}
.NewsSummary{font-size:12px;text-align:justify}.NewsContent p{text-align:justify;margin:6px 0}
.OtherNewsTitle{font-weight:bold;color:#b40000;border-bottom:1px solid #ccc;display:block}
.LeftMenu td{border-bottom:1px dotted #9cb6cf;padding:4px 6px}.LeftMenu a{font-weight:bold}
.Footer{background:#1a4d80;color:#fff;text-align:center;padding:8px;font-size:11px}
.PagingTable td{padding:4px}.PagingLink{border:1px solid #ccc;padding:1px 4px}.PagingCurrent{font-weight:bold;color:#c00}
.BoxTitle{background:#1a4d80;color:#fff;font-weight:bold;padding:5px;text-transform:uppercase}
#TopMenu td{padding:0 12px;height:32px}#TopMenu a{color:#fff;font-weight:bold;text-transform:uppercase}
.image_desc{font-style:italic;font-size:11px;color:#555}.Author{font-weight:bold}
"""

_POSTBACK_JS = """//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>"""

_MENU_JS = """//<![CDATA[
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
  var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
  if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}
function showSubMenu(id){ var m=document.getElementById('sub_'+id); if(m){ m.style.display='block'; } }
function hideSubMenu(id){ var m=document.getElementById('sub_'+id); if(m){ m.style.display='none'; } }
function GotoWebsite(sel){ if(sel.value!=''){ window.open(sel.value,'_blank'); sel.selectedIndex=0; } }
function ShowDate(){ var d=new Date(); var t=new Array('Chủ nhật','Thứ hai','Thứ ba','Thứ tư','Thứ năm','Thứ sáu','Thứ bảy');
  document.write(t[d.getDay()]+', ngày '+d.getDate()+'/'+(d.getMonth()+1)+'/'+d.getFullYear()); }
//]]>"""

_GA_JS = """var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-24517732-1']);
_gaq.push(['_trackPageview']);
(function() {
  var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
  ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
  var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
})();"""

_OTHER_SITES = (
    ("Phòng Văn hóa - Thông tin", "http://vhtt.hoian.gov.vn"),
    ("Phòng Tài chính - Kế hoạch", "http://tckh.hoian.gov.vn"),
    ("Phòng Lao động - TB&XH", "http://ldtbxh.hoian.gov.vn"),
    ("Phường Minh An", "http://minhan.hoian.gov.vn"),
    ("Phường Cẩm Phô", "http://campho.hoian.gov.vn"),
    ("Phường Sơn Phong", "http://sonphong.hoian.gov.vn"),
    ("Phường Cẩm Châu", "http://camchau.hoian.gov.vn"),
    ("Phường Cửa Đại", "http://cuadai.hoian.gov.vn"),
    ("Xã Cẩm Thanh", "http://camthanh.hoian.gov.vn"),
    ("Xã Tân Hiệp", "http://tanhiep.hoian.gov.vn"),
)


def _link_click(site: Site, target: str, mid: int) -> str:
    quoted = target.replace(":", "%3a").replace("/", "%2f")
    return attr(site.url(f"/LinkClick.aspx?link={quoted}&tabid={ARTICLE_TAB}&mid={mid}"))


def _head_open(site: Site) -> str:
    charset = charset_label(site.encoding)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">\r\n'
        '<head id="ctl00_Head1">'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
        '<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />'
        '<meta name="robots" content="INDEX, FOLLOW" />'
        '<meta name="revisit-after" content="1 days" />'
        f'<meta name="copyright" content="{attr("UBND " + site.ward.full)}" />'
        '<meta name="generator" content="DotNetNuke" />'
        '<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico" />'
        '<link href="/Portals/_default/default.css" type="text/css" rel="stylesheet" />'
        '<link href="/Portals/_default/Skins/HoiAn/skin.css" type="text/css" rel="stylesheet" />'
        '<link href="/Portals/0/portal.css" type="text/css" rel="stylesheet" />'
        '<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>'
        '<script type="text/javascript" src="/js/dnncore.js"></script>'
        f'<style type="text/css">{_CSS}</style>'
        "<title>\r\n\t"
    )


def _chrome_top(site: Site) -> str:
    """From the end of <form ...> (after the viewstate) to the start of the content pane."""
    cached = site._chrome.get("top")
    if cached is not None:
        return cached
    w = site.ward
    menu = "".join(
        f'<td onmouseover="showSubMenu({tab})" onmouseout="hideSubMenu({tab})">'
        f'<a href="{attr(site.tab_url(tab))}">{escape(label)}</a></td>'
        for tab, label in TOP_MENU
    )
    left_links = "".join(
        f'<tr><td><img src="/Portals/_default/Skins/HoiAn/images/bullet.gif" alt="" />&nbsp;'
        f'<a href="{attr(site.tab_url(tab))}" class="LeftMenuLink">{escape(label)}</a></td></tr>'
        for tab, label in ((53, "Giới thiệu"), (75, "Hoạt động cơ sở"), (ARTICLE_TAB, "Tin tức - Sự kiện"),
                           (80, "Văn bản mới ban hành"), (85, "Thủ tục hành chính"))
    )  # fmt: skip
    options = "".join(
        f'<option value="{attr(url)}">{escape(label)}</option>' for label, url in _OTHER_SITES
    )
    html = (
        '<script type="text/javascript">\r\n' + _POSTBACK_JS + "\r\n</script>\r\n"
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZLD0Q7_fmu0K8GlQ1TFGgM41&amp;'
        't=634604425351482412" type="text/javascript"></script>\r\n'
        '<script type="text/javascript">\r\n' + _MENU_JS + "\r\n</script>\r\n"
        '<table id="ctl00_tblMain" width="1000" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#ffffff">\r\n'
        '<tr><td id="ctl00_tdBanner" class="Banner">'
        '<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="1000" height="160">'
        '<param name="movie" value="/Portals/0/banner/banner.swf" /><param name="wmode" value="transparent" />'
        f'<img src="/Portals/0/banner/banner.jpg" width="1000" height="160" alt="{attr(site.portal_title)}" />'
        "</object></td></tr>\r\n"
        f'<tr><td id="TopMenu" bgcolor="#1a4d80"><table cellpadding="0" cellspacing="0"><tr>{menu}</tr></table></td></tr>\r\n'
        '<tr><td class="DateBar"><script type="text/javascript">ShowDate();</script>'
        '&nbsp;|&nbsp;<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="SearchBox" />'
        '<input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" class="SearchButton" />'
        "</td></tr>\r\n"
        '<tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>\r\n'
        '<td id="ctl00_LeftPane" width="200" valign="top" class="LeftPane">\r\n'
        '<table class="LeftMenu" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td class="BoxTitle">Giới thiệu</td></tr>'
        f"{left_links}</table>\r\n"
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="BoxTitle">Hoạt động cơ sở</td></tr>'
        + "".join(
            f'<tr><td>&raquo; <a href="{attr(site.tab_url(75))}">{escape(w.khoi_label(k)).capitalize()}</a></td></tr>'
            for k in w.khoi
        )
        + "</table>\r\n"
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="BoxTitle">Website các phòng ban - xã phường</td></tr>'
        '<tr><td><select name="ctl00$ddlWebsite" id="ctl00_ddlWebsite" onchange="GotoWebsite(this)" style="width:180px">'
        f'<option value="">-- Chọn website --</option>{options}</select></td></tr></table>\r\n'
        "</td>\r\n"
        '<td id="ctl00_ContentPane" valign="top" class="ContentPane">\r\n'
    )
    site._chrome["top"] = html
    return html


def _chrome_bottom(site: Site) -> str:
    cached = site._chrome.get("bottom")
    if cached is not None:
        return cached
    w = site.ward
    docs = "".join(
        f'<tr><td>&raquo; <a href="{attr(site.url(f"/Portals/0/files/vanban/VB_{n}.pdf"))}" target="_blank">'
        f"{escape(label)}</a></td></tr>"
        for n, label in enumerate(
            (
                f"Kế hoạch phát triển kinh tế - xã hội {w.full}",
                "Quy chế làm việc của UBND",
                "Quy chế dân chủ ở cơ sở",
            ),
            1,
        )
    )
    html = (
        "</td>\r\n"
        '<td id="ctl00_RightPane" width="200" valign="top" class="RightPane">\r\n'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="BoxTitle">Văn bản mới ban hành</td></tr>'
        f"{docs}</table>\r\n"
        '<table width="100%" cellpadding="2" cellspacing="0" class="Banners">'
        f'<tr><td><a href="{_link_click(site, "http://dieuhanh.hoian.gov.vn", 420)}" target="_blank">'
        '<img src="/Portals/0/banner/dieuhanh.jpg" width="190" alt="banner web dieu hanh" border="0" /></a></td></tr>'
        f'<tr><td><a href="{_link_click(site, "http://www.quangnam.gov.vn", 420)}" target="_blank">'
        '<img src="/Portals/0/banner/quangnam.jpg" width="190" alt="Portal Quảng Nam" border="0" /></a></td></tr>'
        f'<tr><td><a href="{_link_click(site, "http://www.hoian.gov.vn", 420)}" target="_blank">'
        '<img src="/Portals/0/banner/hoian.jpg" width="190" alt="Portal Hội An" border="0" /></a></td></tr>'
        "</table>\r\n"
        "</td></tr></table></td></tr>\r\n"
        '<tr><td class="Footer">'
        f"<b>{escape(site.portal_title.upper())}</b><br />"
        f"Cơ quan chủ quản: Ủy ban nhân dân {escape(w.full)} - thành phố Hội An - tỉnh Quảng Nam<br />"
        f"Địa chỉ: đường {escape(w.street)}, thành phố Hội An - Điện thoại: {escape(w.phone)}<br />"
        "Ghi rõ nguồn “Cổng thông tin điện tử” khi phát hành lại thông tin từ Website này.<br />"
        f'<span id="ctl00_lblCounter">Lượt truy cập: {thousands(site.visitors)}</span>'
        "</td></tr>\r\n"
        "</table>\r\n"
        '<div>\r\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
        'value="/wEWBgKd5PrvBQLd0NzGCgKN9Yr3DgL+raDpAgKM54rGBgK7q7GGCP1Ywq7kQ5Ntg1Y0O9cVvh0+ZJ3f" />\r\n</div>'
        "</form>\r\n"
        '<script type="text/javascript">\r\n' + _GA_JS + "\r\n</script>\r\n"
        "</body>\r\n</html>\r\n"
    )
    site._chrome["bottom"] = html
    return html


# Viewstates are slices of one random base64 pool: looks the same, costs nothing.
_VS_POOL = base64.b64encode(random.Random(1258).randbytes(3 * 64 * 1024))


def _viewstate(site: Site, page_key: str, length: int) -> bytes:
    """A realistic-looking base64 ``__VIEWSTATE`` of exactly ``length`` characters."""
    length = max(64, length - length % 4) - 8
    pool = _VS_POOL
    while len(pool) < length + 4:
        pool += _VS_POOL
    start = stable_hash(site.key, "vs", page_key) % (len(pool) - length) // 4 * 4
    return b"/wEPDwUK" + pool[start : start + length]


def _static(site: Site, name: str) -> bytes:
    """Encoded page chrome, built once per site (and again after a remount)."""
    cached = site._chrome_bytes.get(name)
    if cached is None:
        build = {"head": _head_open, "top": _chrome_top, "bottom": _chrome_bottom}[name]
        cached = site._chrome_bytes[name] = encode(build(site), site.encoding)
    return cached


def _page(
    site: Site, page_key: str, title: str, description: str, action: str, content: str
) -> bytes:
    """Assemble a whole page; the viewstate absorbs the padding towards the target size."""
    head = (
        escape(f"{site.portal_title} - {title}", quote=False)
        + "\r\n</title>"
        + f'<meta name="description" content="{attr(description)}" />'
        + f'<meta name="keywords" content="{attr(site.ward.full + ", Hội An, Quảng Nam, tin tức")}" />'
        + "</head>\r\n<body>\r\n"
        + f'<form name="aspnetForm" method="post" action="{attr(action)}" id="aspnetForm">\r\n'
        + "<div>\r\n"
        + '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n'
        + '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n'
        + '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="'
    )
    parts = [
        _static(site, "head"),
        encode(head, site.encoding),
        b"",  # the viewstate, sized below
        b'" />\r\n</div>\r\n',
        _static(site, "top"),
        encode(content, site.encoding),
        _static(site, "bottom"),
    ]
    size = sum(map(len, parts))
    target = site.target_size(page_key)
    natural = 1200 + stable_hash(site.key, "vslen", page_key) % 2400
    parts[2] = _viewstate(
        site, page_key, natural if target is None else max(natural, target - size)
    )
    return b"".join(parts)


# --- bodies ------------------------------------------------------------------------------


def _word_wrap(text: str, rng: random.Random) -> str:
    """Word-pasted HTML breaks long lines at spaces (a line break is just whitespace)."""
    parts, start = [], 0
    while True:
        cut = text.find(" ", start + 70 + rng.randrange(20))
        if cut < 0:
            break
        parts.append(text[start:cut])
        start = cut + 1
    parts.append(text[start:])
    return "\r\n".join(parts)


def _para_html(text: str, style: int, fck: bool, rng: random.Random) -> str:
    body = text_html(text, fck)
    if style == 1:
        body = _word_wrap(body, rng)
        return (
            '<p class="MsoNormal" style="margin: 6pt 0cm; text-align: justify; text-indent: 36pt; '
            'line-height: 150%"><span lang="VI" style="font-size: 14pt; line-height: 150%; '
            f'font-family: &quot;Times New Roman&quot;,&quot;serif&quot;">{body}</span></p>\r\n'
        )
    if style == 2:
        return f'<div style="text-align: justify;">{body}</div>\r\n'
    if style == 3:
        indent = "&nbsp;" * rng.choice((6, 8, 13))
        return f"<p>{indent} {body}</p>\r\n\r\n"
    return f'<p style="text-align: justify;">{body}</p>\r\n'


def _table_html(table: Table, word: bool, fck: bool) -> str:
    width = len(table.rows[0])
    rows = []
    for n, row in enumerate(table.rows):
        cells = []
        for k, cell in enumerate(row):
            span = width - len(row) + 1 if k == 0 and len(row) < width else 1
            colspan = f' colspan="{span}"' if span > 1 else ""
            text = text_html(cell, fck)
            if n == 0:
                text = f"<b>{text}</b>" if word else f"<strong>{text}</strong>"
            if word:
                cells.append(
                    f'<td{colspan} valign="top" style="border: solid windowtext 1pt; padding: 0cm 5.4pt">'
                    f'<p class="MsoNormal" align="center" style="text-align: center">'
                    f'<span style="font-size: 13pt">{text}</span></p></td>'
                )
            else:
                cells.append(f"<td{colspan}>{text}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>\r\n")
    if word:
        return (
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse: collapse; border: none">\r\n<tbody>\r\n'
            + "".join(rows)
            + "</tbody>\r\n</table>\r\n"
        )
    return (
        '<table border="1" cellpadding="3" cellspacing="0" width="100%">\r\n<tbody>\r\n'
        + "".join(rows)
        + "</tbody>\r\n</table>\r\n"
    )


def _image_html(site: Site, image: Image, boxed: bool, fck: bool) -> str:
    src = attr(site.url(image.src))
    caption = text_html(image.caption, fck)
    if boxed:
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" width="500">'
            f'<tbody><tr><td><img alt="" src="{src}" width="500" /></td></tr>'
            f'<tr><td class="image_desc" style="text-align: center;"><em>{caption}</em></td></tr>'
            "</tbody></table>\r\n"
        )
    return (
        f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px; height: 333px;" /></p>\r\n'
        f'<p style="text-align: center;"><em>{caption}</em></p>\r\n'
    )


def _attachment_html(site: Site, att: Attachment, fck: bool) -> str:
    return (
        f"<p><strong>{text_html(att.lead_in, fck)}</strong> "
        f'<a href="{attr(site.url(att.href))}" target="_blank">'
        '<img src="/images/FileManager/Icons/pdf.gif" border="0" alt="" /> '
        f"{text_html(att.label, fck)}</a></p>\r\n"
    )


def body_html(site: Site, view: ArticleView, seed_style: bool = False) -> str:
    if seed_style:
        # The seed's paragraphs keep their own NBSP indentation, as on the real page.
        paras = "".join(f"<p>{text_html(b.text)}</p>\r\n\r\n" for b in view.blocks)
        return "<p>&nbsp;</p>\r\n\r\n" + paras + "<p>&nbsp;</p>\r\n"
    h = stable_hash(site.key, "style", view.item_id)
    style = h % 4
    fck = (h >> 4) % 10 < 3
    rng = random.Random(h * 7919 + view.item_id)
    parts = ["<p>&nbsp;</p>\r\n"] if rng.random() < 0.3 else []
    for block in view.blocks:
        if isinstance(block, Para):
            parts.append(_para_html(block.text, style, fck, rng))
            if rng.random() < 0.08:
                parts.append("<p>&nbsp;</p>\r\n")
        elif isinstance(block, Table):
            parts.append(_table_html(block, style == 1, fck))
        elif isinstance(block, Image):
            parts.append(_image_html(site, block, (h >> 8) % 3 == 0, fck))
        else:
            parts.append(_attachment_html(site, block, fck))
    if rng.random() < 0.5:
        parts.append("<p>&nbsp;</p>\r\n")
    return "".join(parts)


# --- pages -------------------------------------------------------------------------------


def _module(title: str, inner: str) -> str:
    return (
        '<table class="ModuleContainer" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td class="ModuleTitle_Left"></td><td class="ModuleTitle">'
        f'<span id="ctl00_ContentPane_ctl01_dnnTITLE_lblTitle" class="Head">{title}</span></td>'
        '<td class="ModuleTitle_Right"></td></tr>\r\n'
        f'<tr><td colspan="3" class="ModuleContent">\r\n<!-- Start_Module_412 -->\r\n{inner}'
        "<!-- End_Module_412 -->\r\n</td></tr></table>\r\n"
    )


def _postback_pager(current: int, total: int) -> str:
    target = "ctl00$ContentPane$ctl01$NewsDetail$pgOther"
    links = "".join(
        f'<span class="PagingCurrent">{n}</span> '
        if n == current
        else f"<a href=\"javascript:__doPostBack('{target}','{n}')\" class=\"PagingLink\">{n}</a> "
        for n in range(1, min(total, 10) + 1)
    )
    more = (
        f"<a href=\"javascript:__doPostBack('{target}','11')\" class=\"PagingLink\">...</a>"
        if total > 10
        else ""
    )
    return (
        '<table class="PagingTable" cellpadding="0" cellspacing="0"><tr>'
        f'<td class="PagingInfo">Trang {current} / {total}</td><td>{links}{more}</td></tr>'
        '<tr><td colspan="2">&nbsp;<input name="ctl00$ContentPane$ctl01$NewsDetail$txtGoto" type="text" '
        'size="3" id="ctl00_ContentPane_ctl01_NewsDetail_txtGoto" />'
        '<input type="submit" name="ctl00$ContentPane$ctl01$NewsDetail$btnGoto" value="Go To" '
        'id="ctl00_ContentPane_ctl01_NewsDetail_btnGoto" />&nbsp;</td></tr></table>\r\n'
    )


def _date_picker(selected: str) -> str:
    return (
        '<div class="ViewByDate">Xem theo ngày :'
        '<input name="ctl00$ContentPane$ctl01$NewsDetail$txtDate" type="text" '
        f'value="{attr(selected)}" id="ctl00_ContentPane_ctl01_NewsDetail_txtDate" class="DatePicker" size="10" />'
        '<input type="submit" name="ctl00$ContentPane$ctl01$NewsDetail$btnView" value="Xem" '
        'id="ctl00_ContentPane_ctl01_NewsDetail_btnView" /></div>\r\n'
    )


def article_page(
    site: Site,
    view: ArticleView,
    older: list[ListItem],
    older_pages: int,
    seed_style: bool = False,
) -> bytes:
    """The article page: titles, lead, body, byline, views, 'Tin đã đưa', pager, date box."""
    title = escape(view.title, quote=False)
    rel = view.path[len(site.prefix) :].lstrip("/")
    other = "".join(o.other_html or _other_row(site, o) for o in older)
    author = escape(view.author, quote=False) if view.author else ""
    detail = (
        '<table id="ctl00_ContentPane_ctl01_NewsDetail_tblDetail" width="100%" border="0" cellpadding="0" cellspacing="0">\r\n'
        f'<tr><td class="NewsDetailTitle"><span id="ctl00_ContentPane_ctl01_NewsDetail_lblTitle" class="NewsTitle">{title}</span> '
        f'<span id="ctl00_ContentPane_ctl01_NewsDetail_lblDate" class="NewsDate">({view.date_text})</span></td></tr>\r\n'
        '<tr><td class="NewsDetailSummary"><span id="ctl00_ContentPane_ctl01_NewsDetail_lblSummary" class="NewsSummary">'
        f"<b>{text_html(view.lead)}</b></span></td></tr>\r\n"
        '<tr><td class="NewsDetailContent"><div id="ctl00_ContentPane_ctl01_NewsDetail_divContent" class="NewsContent">\r\n'
        f"{body_html(site, view, seed_style)}</div></td></tr>\r\n"
        '<tr><td align="right" class="NewsAuthor"><span id="ctl00_ContentPane_ctl01_NewsDetail_lblAuthor" class="Author">'
        f"{author}</span></td></tr>\r\n"
        '<tr><td class="NewsTools"><span class="NewsView">Lượt xem:&nbsp; '
        f'<span id="ctl00_ContentPane_ctl01_NewsDetail_lblView">{thousands(view.views)}</span></span> '
        '<a href="javascript:window.print();" class="NewsToolLink"><img src="/images/print.gif" border="0" alt="" />Bản in</a> '
        '<a href="javascript:history.go(-1);" class="NewsToolLink"><img src="/images/back.gif" border="0" alt="" />Quay lại</a>'
        "</td></tr>\r\n</table>\r\n"
        '<div class="OtherNews"><span class="OtherNewsTitle">Tin đã đưa</span>\r\n'
        f'<table width="100%" cellpadding="2" cellspacing="0">{other}</table>\r\n'
        + (_postback_pager(1, older_pages) if older_pages else "")
        + "</div>\r\n"
        + _date_picker(view.date_text[:10])
    )
    description = view.lead[:240]
    return _page(site, view.path, view.title, description, rel, _module(title, detail))


def _other_row(site: Site, item: ListItem) -> str:
    """A 'Tin đã đưa' row: relative link, now and then with tracking junk."""
    rel = f"Default.aspx?tabid={ARTICLE_TAB}&ItemID={item.item_id}"
    if stable_hash(site.key, "other", item.item_id) % 9 == 0:
        rel += "&utm_source=tindadua&utm_medium=web"
    item.other_html = (
        f'<tr><td><img src="/images/arrow.gif" alt="" /> <a href="{attr(rel)}" '
        f'class="OtherNewsLink">{esc(item.title)}</a> '
        f'<span class="OtherNewsDate">({item.date_text})</span></td></tr>\r\n'
    )
    return item.other_html


def _item_links(site: Site, item: ListItem) -> tuple[str, str]:
    """(thumbnail link, 'Chi tiết' link): same article, different URL spellings."""
    h = stable_hash(site.key, "links", item.item_id)
    base = site.url("/Default.aspx")
    thumb = (
        item.path,
        f"{base}?ItemID={item.item_id}&tabid={ARTICLE_TAB}",
        item.path,
        f"{base}?tabid={ARTICLE_TAB}&ItemID={item.item_id}&utm_source=homepage&utm_campaign=tintuc",
    )[h % 4]
    more = (
        item.path + "#chitiet",
        item.path,
        f"Default.aspx?tabid={ARTICLE_TAB}&ItemID={item.item_id}",
    )[(h >> 3) % 3]
    return thumb, more


def _summary(text: str) -> str:
    if len(text) <= 220:
        return text
    cut = text[:220].rsplit(" ", 1)[0]
    return cut + "..."


def _item_row(site: Site, item: ListItem) -> str:
    thumb_link, more_link = _item_links(site, item)
    thumb = site.url(item.thumb) if item.thumb else "/Portals/0/noimage.gif"
    item.row_html = (
        '<tr><td><table width="100%" cellpadding="0" cellspacing="0" class="NewsItem"><tr>'
        f'<td valign="top" width="130" class="NewsImage"><a href="{attr(thumb_link)}">'
        f'<img src="{attr(thumb)}" width="120" height="90" border="0" alt="" /></a></td>'
        f'<td valign="top"><a href="{attr(item.path)}" class="NewsTitle">{esc(item.title)}</a> '
        f'<span class="NewsDate">({item.date_text})</span><br />'
        f'<span class="NewsSummary">{text_html(_summary(item.summary))}</span> '
        f'<a href="{attr(more_link)}" class="NewsMore">Chi tiết...</a></td>'
        "</tr></table></td></tr>\r\n"
    )
    return item.row_html


def _items_html(site: Site, items: list[ListItem]) -> str:
    rows = [item.row_html or _item_row(site, item) for item in items]
    return (
        '<table id="ctl00_ContentPane_ctl01_NewsList_dlNews" cellspacing="0" border="0" '
        'style="width:100%;border-collapse:collapse;">\r\n' + "".join(rows) + "</table>\r\n"
    )


LIST_PAGER_TARGET = "ctl00$ContentPane$ctl01$NewsList$pgList"


def page_link(site: Site, n: int) -> str:
    """Pager links always spell the page number, so page 1 is '...&page=1' here."""
    return site.url(f"/Default.aspx?tabid={ARTICLE_TAB}&page={n}")


def _listing_pager(site: Site, page: int, total: int) -> str:
    if site.postback_pager:
        return _list_postback_pager(page, total)
    first, last = max(1, page - 4), min(total, max(page - 4, 1) + 9)
    parts = [f'<td class="PagingInfo">Trang {page} / {total}</td><td class="Paging">']
    if page > 1:
        parts.append(
            f'<a href="{attr(page_link(site, 1))}" class="PagingLink" title="Trang đầu">«</a> '
        )
        parts.append(
            f'<a href="{attr(page_link(site, page - 1))}" class="PagingLink">Trang trước</a> '
        )
    if first > 1:
        parts.append("... ")
    for n in range(first, last + 1):
        if n == page:
            parts.append(f'<span class="PagingCurrent">{n}</span> ')
        else:
            parts.append(f'<a href="{attr(page_link(site, n))}" class="PagingLink">{n}</a> ')
    if last < total:
        parts.append("... ")
    if page < total:
        parts.append(
            f'<a href="{attr(page_link(site, page + 1))}" class="PagingLink">Trang sau</a> '
        )
        parts.append(
            f'<a href="{attr(page_link(site, total))}" class="PagingLink" title="Trang cuối">»</a>'
        )
    parts.append("</td>")
    return (
        '<table class="PagingTable" cellpadding="0" cellspacing="0"><tr>'
        + "".join(parts)
        + "</tr></table>\r\n"
    )


def _list_postback_pager(page: int, total: int) -> str:
    """Ten numbers around the current page, "..." to the next ten, and Go To (postbacks)."""
    first = (page - 1) // 10 * 10 + 1
    last = min(total, first + 9)

    def link(n: int, text: str) -> str:
        js = f"javascript:__doPostBack('{LIST_PAGER_TARGET}','{n}')"
        return f'<a href="{js}" class="PagingLink">{text}</a> '

    numbers = "".join(
        f'<span class="PagingCurrent">{n}</span> ' if n == page else link(n, str(n))
        for n in range(first, last + 1)
    )
    before = link(first - 1, "...") if first > 1 else ""
    after = link(last + 1, "...") if last < total else ""
    return (
        '<table class="PagingTable" cellpadding="0" cellspacing="0"><tr>'
        f'<td class="PagingInfo">Trang {page} / {total}</td><td>{before}{numbers}{after}</td></tr>'
        '<tr><td colspan="2">&nbsp;<input name="ctl00$ContentPane$ctl01$NewsList$txtGoto" type="text" '
        'size="3" id="ctl00_ContentPane_ctl01_NewsList_txtGoto" />'
        '<input type="submit" name="ctl00$ContentPane$ctl01$NewsList$btnGoto" value="Go To" '
        'id="ctl00_ContentPane_ctl01_NewsList_btnGoto" />&nbsp;</td></tr></table>\r\n'
    )


def listing_page(site: Site, path: str, items: list[ListItem], page: int, total: int) -> bytes:
    """One page of 'Tin tức - Sự kiện': items (title, date, summary, thumbnail) and a pager."""
    crumbs = (
        f'<div class="Breadcrumb"><a href="{attr(site.tab_url(HOME_TAB))}">Trang chủ</a> &raquo; '
        f'<a href="{attr(site.tab_url(ARTICLE_TAB))}">Tin tức - Sự kiện</a></div>\r\n'
    )
    inner = crumbs + (
        _items_html(site, items)
        if items
        else '<p class="Normal">Chưa có tin trong mục này.</p>\r\n'
    )
    if total > 1 and page <= total:
        inner += _listing_pager(site, page, total)
    action = path[len(site.prefix) :].lstrip("/")
    title = "Tin tức - Sự kiện" + (f" - Trang {page}" if page > 1 else "")
    return _page(site, path, title, f"Tin tức - Sự kiện {site.ward.full}", action,
                 _module("Tin tức - Sự kiện", inner))  # fmt: skip


def home_page(site: Site, path: str, items: list[ListItem]) -> bytes:
    inner = (
        _items_html(site, items)
        + f'<div align="right"><a href="{attr(site.tab_url(ARTICLE_TAB))}" class="NewsMore">Xem tiếp &raquo;</a></div>\r\n'
    )
    return _page(site, path, "Trang chủ", site.portal_title, "Default.aspx",
                 _module("Tin mới", inner))  # fmt: skip


def section_page(
    site: Site, path: str, tabid: int, title: str, paragraphs: list[str], docs: list[Doc]
) -> bytes:
    inner = "".join(f'<p class="Normal">{text_html(p)}</p>\r\n' for p in paragraphs)
    if docs:
        inner += (
            '<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr><th>Số/Ký hiệu</th>'
            "<th>Trích yếu</th><th>Ngày ban hành</th></tr>\r\n"
            + "".join(
                f'<tr><td>{n}/UBND</td><td><a href="{attr(site.url(d.href))}">{escape(d.label)}</a></td>'
                f"<td>{d.date_text}</td></tr>\r\n"
                for n, d in enumerate(docs, 1)
            )
            + "</table>\r\n"
        )
    return _page(site, path, title, title, f"Default.aspx?tabid={tabid}",
                 _module(escape(title), inner))  # fmt: skip


def not_found_page(site: Site, path: str) -> bytes:
    inner = (
        '<p class="NormalRed">Không tìm thấy trang hoặc tin bài bạn yêu cầu.</p>'
        f'<p><a href="{attr(site.tab_url(HOME_TAB))}">Về trang chủ</a></p>\r\n'
    )
    return _page(site, path, "Không tìm thấy", "Không tìm thấy", "Default.aspx",
                 _module("Thông báo", inner))  # fmt: skip


# --- non-HTML resources ------------------------------------------------------------------

# A 1x1 baseline JPEG; every image on the portal is this picture.
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////"
    "////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/a"
    "AAgBAQABPxA="
)
GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
# A 1x1 32-bit icon: ICONDIR, one ICONDIRENTRY, BITMAPINFOHEADER, one pixel, AND mask.
_ICO_BMP = (
    struct.pack("<IiiHHIIiiII", 40, 1, 2, 1, 32, 0, 8, 0, 0, 0, 0) + b"\x80\x4d\x1a\xff" + bytes(4)
)
ICO = struct.pack("<HHHBBBBHHII", 0, 1, 1, 1, 1, 0, 0, 1, 32, len(_ICO_BMP), 22) + _ICO_BMP


def pdf_bytes(title: str) -> bytes:
    """A small, structurally valid one-page PDF whose text is ``title`` (ASCII-folded)."""
    from .content import ascii_fold

    text = ascii_fold(title).replace("\\", "").replace("(", "[").replace(")", "]")[:90]
    stream = f"BT /F1 12 Tf 56 780 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


STATIC_CSS = _CSS.encode("utf-8")
STATIC_JS = b"/* dnncore.js (replica) */\nfunction dnn_noop(){return false;}\n"
