import pytest

from eventwire.events import codes


@pytest.mark.parametrize(
    ("code", "plover"),
    [("190", "ASSAULT"), ("112", "ACCUSE"), ("020", "REQUEST"), ("0231", "REQUEST"), ("016", "REJECT"),
     ("0874", "RETREAT"), ("036", "AGREE"), ("163", "SANCTION"), ("1712", "COERCE"), ("0813", "CONCEDE"), ("0831", "RETREAT"),
     ("172", "COERCE")],
)  # fmt: skip
def test_to_plover(code, plover):
    # 163, 1712, 0813, 0831: the PLOVER reference text over the 2021 table (build_lexicon.EXTRA_PLOVER)
    assert codes.to_plover(code)[0] == plover


def test_statements_are_no_plover_event():
    assert codes.to_plover("010") is None
    assert codes.lookup("010").label


def test_goldstein_quad_class_and_parent_lookup():
    entry = codes.lookup("190")
    assert entry.goldstein == -10.0 and entry.quad_class == 4
    assert codes.lookup("0511") is not None  # unknown child falls back to its parent
    assert [codes.quad_class(c) for c in ("042", "073", "112", "145")] == [1, 2, 3, 4]


def test_cameo_for_type_and_mode():
    assert codes.to_plover(codes.cameo_for("REQUEST"))[0] == "REQUEST"
    assert codes.cameo_for("REQUEST").startswith("10")
    assert codes.to_plover(codes.cameo_for("ACCUSE", "investigate"))[1] == "investigate"
    for kind in codes.PLOVER_TYPES:
        assert codes.cameo_for(kind), kind


def test_old_type_names():
    assert codes.normalise_type("FIGHT") == ("ASSAULT", None)
    assert codes.normalise_type("disapprove") == ("ACCUSE", "disapprove")
    assert codes.normalise_type("AGREE") == ("AGREE", None)
