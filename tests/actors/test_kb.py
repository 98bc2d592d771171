import time
from datetime import date

from eventwire.actors.kb import Entry, KnowledgeBase, Role, resolve_role, tokens
from eventwire.actors.resolver import builtin_folder


def rutte() -> Entry:
    return Entry(
        id="person:test-rutte",
        kind="person",
        name="Mark Rutte",
        aliases=["Rutte"],
        nationality="NLD",
        roles=[
            Role("NLDGOV", "NLD", "GOV", date(2010, 10, 14), date(2024, 7, 2), "Prime Minister"),
            Role("IGONAT", None, "IGO", date(2024, 10, 1), None, "Secretary General of NATO"),
        ],
    )


def test_tokens_normalise_case_accents_abbreviations_possessives():
    assert tokens("U.S. troops") == ["us", "troops"]
    assert tokens("Russia's army") == ["russia", "'s", "army"]
    assert tokens("Côte d’Ivoire") == ["cote", "divoire"]
    assert tokens("Ban Ki-moon") == ["ban", "ki", "moon"]


def test_roles_at_dates_and_between_them():
    entry = rutte()
    assert resolve_role(entry, date(2020, 1, 1)).code == "NLDGOV"
    assert resolve_role(entry, date(2024, 8, 1)).code == "NLDELI"  # between offices: former official
    assert resolve_role(entry, date(2024, 10, 1)).code == "IGONAT"  # the day the role begins
    assert resolve_role(entry, date(2000, 1, 1)).sector is None  # before any role: country only
    assert resolve_role(entry, date(2000, 1, 1)).country == "NLD"


def test_open_role_is_not_trusted_after_its_source_stops():
    entry = Entry(id="x", kind="person", name="X Y", roles=[Role("MLIGOV", "MLI", "GOV", date(2012, 1, 1), None, None, date(2014, 1, 30))])
    assert resolve_role(entry, date(2013, 1, 1)).sector == "GOV"
    late = resolve_role(entry, date(2020, 1, 1))
    assert late.country == "MLI" and late.sector is None


def test_user_entry_replaces_builtin_with_same_id():
    kb = KnowledgeBase()
    kb.add(rutte())
    changed = rutte()
    changed.aliases = ["M. Rutte"]
    kb.add(changed)
    assert kb.lookup("M. Rutte")[0] is changed
    assert kb.lookup("Rutte") == []


def test_builtin_kb_loads_fast_and_holds_every_kind():
    kb = KnowledgeBase()
    start = time.perf_counter()
    kb.load_built(builtin_folder())
    elapsed = time.perf_counter() - start
    assert elapsed < 3.0  # the bench holds the 1 s bar; this guards against a gross regression
    assert len(kb) > 20000
    kinds = {e.kind for name in ("Russia", "NATO", "Kremlin", "Hamas", "Mark Rutte") for e in kb.lookup(name)}
    assert {"country", "igo", "seat", "group", "person"} <= kinds
    assert kb.agents["troops"][0] == "MIL"
    assert len({e.id for e in kb.lookup("ISO3") or []}) == 0


def test_every_country_has_an_iso3_code():
    import pycountry

    kb = KnowledgeBase()
    kb.load_built(builtin_folder())
    missing = [c.alpha_3 for c in pycountry.countries if f"country:{c.alpha_3}" not in kb]
    assert not missing


def test_a_breakaway_region_code_lies_in_its_recognised_country():
    role = Role.from_dict({"code": "GEOPRE"}, cameo=True)
    assert role.code == "GEOPRE" and role.country == "GEO"
    assert Role.from_dict({"code": "RUSGOV"}, cameo=True).country == "RUS"


def test_a_gzipped_entry_file_is_written_reproducibly_and_loaded(tmp_path):
    import gzip

    from eventwire.actors.kb import write_index, write_jsonl

    entries = [rutte(), Entry(id="person:test-ana", kind="person", name="Ana Lumière\u2028Brito", aliases=[])]
    assert write_jsonl(tmp_path / "persons.jsonl.gz", entries) == 2
    first = (tmp_path / "persons.jsonl.gz").read_bytes()
    write_jsonl(tmp_path / "persons.jsonl.gz", list(reversed(entries)))
    assert (tmp_path / "persons.jsonl.gz").read_bytes() == first  # sorted, and no time in the header
    write_jsonl(tmp_path / "plain.jsonl", entries)
    assert gzip.decompress(first) == (tmp_path / "plain.jsonl").read_bytes()
    (tmp_path / "plain.jsonl").unlink()
    write_index(tmp_path / "index.tsv", entries)
    kb = KnowledgeBase()
    kb.load_built(tmp_path)
    assert len(kb) == 2
    assert kb.lookup("Rutte")[0].roles == rutte().roles
    # a line separator inside a name does not split the entry's line
    assert kb.get("person:test-ana").name == "Ana Lumière\u2028Brito"


def test_the_builtin_persons_ship_gzipped():
    folder = builtin_folder()
    assert (folder / "persons.jsonl.gz").is_file() and not (folder / "persons.jsonl").exists()
    kb = KnowledgeBase()
    kb.load_built(folder)
    assert any(e.kind == "person" for e in kb.lookup("Mark Rutte"))
