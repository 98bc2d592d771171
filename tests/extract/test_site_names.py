"""Given names and the site's own name: the owner of a personal site as its author."""

from __future__ import annotations

from lxml import html as lxml_html

from eventwire.extract import metadata as md
from eventwire.extract.authors import find_authors
from eventwire.extract.given_names import is_given_name, is_surname, known_full_name, starts_with_given_name
from eventwire.extract.site_names import person_site_owner, site_names


def _tree_meta(page: str) -> tuple:
    tree = lxml_html.fromstring(page)
    meta = md.meta_values(tree)
    return tree, meta, md.jsonld_articles(md.jsonld_objects(tree))


def test_given_names_cover_several_languages_and_accents() -> None:
    for name in ("Mary", "José", "Jose", "Søren", "Katarzyna", "Aoife", "Matteo", "Priya", "Yuki"):
        assert is_given_name(name), name
    for word in ("Accruent", "Renovation", "Online", "will", "the"):
        assert not is_given_name(word), word


def test_a_known_full_name_needs_a_surname_after_the_given_name() -> None:
    assert known_full_name("Pierce Freeman")
    assert known_full_name("Dr. Jane A. Roe")
    assert known_full_name("Marta van der Berg")
    assert is_surname("Smith-Jones")
    # a given name opening a brand's name: no surname follows
    assert starts_with_given_name("Ava Community Energy")
    assert not known_full_name("Ava Community Energy")
    assert not known_full_name("Stanford Online")
    assert not known_full_name("Journey To College")
    assert not known_full_name("Freeman")


def test_site_names_are_read_from_title_home_link_copyright_and_feed() -> None:
    page = """<html><head><title>Self-hosting a database | Pierce Freeman</title>
    <link rel="alternate" type="application/rss+xml" title="Pierce Freeman"></head>
    <body><nav><a href="/">Pierce Freeman</a></nav><h1>Self-hosting a database</h1><p>Text.</p>
    <footer>&copy; 2025 Pierce Freeman. All rights reserved.</footer></body></html>"""
    found = site_names(*_tree_meta(page))
    assert found == {"title": ["Pierce Freeman"], "home": ["Pierce Freeman"], "copyright": ["Pierce Freeman"], "feed": ["Pierce Freeman"]}


def test_the_owner_of_a_personal_site_without_a_byline_is_its_author() -> None:
    page = """<html><head><title>Self-hosting a database | Pierce Freeman</title></head>
    <body><nav><a href="/">Pierce Freeman</a> <a href="/about">About</a></nav><h1>Self-hosting a database</h1>
    <p>I run my own database server.</p></body></html>"""
    assert find_authors(*_tree_meta(page)) == ["Pierce Freeman"]


def test_the_site_name_in_one_place_only_names_no_owner() -> None:
    page = """<html><head><title>Self-hosting a database | Pierce Freeman</title></head>
    <body><h1>Self-hosting a database</h1><p>Text.</p></body></html>"""
    assert person_site_owner(*_tree_meta(page)) == []


def test_a_business_named_like_a_person_is_no_site_owner() -> None:
    page = """<html><head><title>Healthy teeth | Ava Community Energy</title>
    <meta property="og:site_name" content="Ava Community Energy"></head>
    <body><a href="/">Ava Community Energy</a><h1>Healthy teeth</h1><p>Text.</p>
    <footer>Copyright © 2024 Ava Community Energy</footer></body></html>"""
    assert find_authors(*_tree_meta(page)) == []
    page = page.replace("Ava Community Energy", "Grace Miller Clinic")
    assert find_authors(*_tree_meta(page)) == []


def test_a_byline_beats_the_site_owner() -> None:
    page = """<html><head><title>Guest post | Pierce Freeman</title></head>
    <body><a href="/">Pierce Freeman</a><h1>Guest post</h1><p>By Nora Quist</p><p>Text.</p></body></html>"""
    assert find_authors(*_tree_meta(page)) == ["Nora Quist"]


def test_the_build_reads_census_files_and_faker_providers(tmp_path) -> None:
    import gzip
    import sys

    from eventwire.extract import build_given_names as build

    census = tmp_path / "names" / "names"
    census.mkdir(parents=True)
    (census / "dist.male.first").write_text("JAMES          3.318  3.318      1\nWILL   0.1 0.1 2\n")
    (census / "dist.female.first").write_text("MARY           2.629  2.629      1\n")
    (census / "dist.all.last").write_text("SMITH 1.0 1.0 1\nJOHNSON 0.8 1.8 2\n")
    person = tmp_path / "faker" / "faker" / "providers" / "person"
    (person / "xx_XX").mkdir(parents=True)
    for folder in (tmp_path / "faker" / "faker", tmp_path / "faker" / "faker" / "providers", person):
        (folder / "__init__.py").write_text("")
    (person / "xx_XX" / "__init__.py").write_text(
        "class Provider:\n    first_names_female = {'Zoë': 0.5, 'Анна': 0.5}\n    last_names = ('Kowalska',)\n"
    )
    out, surnames = tmp_path / "given.txt.gz", tmp_path / "last.txt.gz"
    assert build.build(tmp_path / "names", tmp_path / "faker", out, surnames) == (4, 3)
    # accents kept and dropped; Cyrillic and English stop words ("will") left out
    assert gzip.open(out, "rt").read().split() == ["james", "mary", "zoe", "zoë"]
    assert gzip.open(surnames, "rt").read().split() == ["johnson", "kowalska", "smith"]
    assert "faker" not in sys.modules


def test_the_post_author_of_a_wordpress_data_layer_is_the_last_resort() -> None:
    script = '<script>var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"Ren\\u00e9e Okafor"};</script>'
    page = f"""<html><head>{script}</head><body><h1>Learning languages</h1><p>Text.</p></body></html>"""
    assert find_authors(*_tree_meta(page)) == ["Renée Okafor"]
    # a byline on the page comes first
    page = page.replace("<p>Text.</p>", "<p>By Nora Quist</p><p>Text.</p>")
    assert find_authors(*_tree_meta(page)) == ["Nora Quist"]
    # a placeholder is no author
    assert find_authors(*_tree_meta(page.replace("Ren\\u00e9e Okafor", "admin").replace("<p>By Nora Quist</p>", ""))) == []
