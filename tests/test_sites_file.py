"""Sites files are validated before any fetch; problems name file, line and key."""

from pathlib import Path

import pytest

from scraper.errors import ConfigError
from scraper.sites import load_sites

ROOT = Path(__file__).parent.parent


def test_example_sites_file_loads() -> None:
    sites = load_sites(ROOT / "sites.example.toml")
    assert [s.name for s in sites] == ["cuadai", "hoian", "quangnam"]
    assert sites[0].profile == "aspnet-ward" and sites[0].delay == 1.0 and sites[0].concurrency == 2
    assert sites[1].delay == 2.0
    assert sites[2].concurrency == 1


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "sites.toml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[site]]\nname = "a"\nlisting = [\n', "sites.toml: "),
        (
            '[[site]]\nname = "a"\nlisting = ["http://a.vn/"]\ncolour = "red"\n',
            "line 4: unknown key 'colour'",
        ),
        ('[[site]]\nname = "a"\n', "line 1: site has no 'listing' URL"),
        ('[[site]]\nname = "a"\nlisting = ["ftp://a.vn/"]\n', "line 3: not an http(s) URL"),
        (
            '[[site]]\nlisting = ["http://a.vn/"]\nprofile = "nope"\n',
            "line 3: unknown profile 'nope'",
        ),
        (
            '[[site]]\nlisting = ["http://a.vn/"]\ndelay = -1\n',
            "line 3: delay must be a number >= 0",
        ),
        (
            '[[site]]\nlisting = ["http://a.vn/"]\n\n[[site]]\nlisting = ["http://a.vn/x"]\n',
            "line 4: duplicate site name 'a.vn'",
        ),
        ("", "no [[site]] entries"),
    ],
)
def test_malformed_sites_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_sites(_write(tmp_path, text))
    assert message in str(err.value)
    assert str(err.value).startswith(str(tmp_path / "sites.toml"))


def test_toml_syntax_error_names_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"sites.toml: line 2, column \d+: "):
        load_sites(_write(tmp_path, '[[site]]\nname = "a\nlisting = []\n'))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such sites file"):
        load_sites(tmp_path / "nope.toml")
