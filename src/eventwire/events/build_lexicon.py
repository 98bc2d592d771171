"""Build ``data/events/cameo.tsv`` and ``verbs.tsv.gz`` from the public codebooks (see NOTICE).

    PYTHONPATH=src python -m eventwire.events.build_lexicon ../shared/data/events

Reads ``codebooks/CAMEO_codefile.txt`` (labels), ``codebooks/CAMEO.goldsteinscale.txt``
(Goldstein weights), ``codebooks/CAMEO2PLOVER-2021.txt`` (PLOVER type, mode, context) and
``dictionaries/CAMEO.2.0.txt`` (verb patterns), then the hand-written
``data/events/verbs_supplement.txt`` (same format; its entries win ties). What is written are
facts (codes, scores, which verb and object words signal which code), not the source files.
"""

from __future__ import annotations

import gzip
import logging
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.events import codes
from eventwire.events.lexicon import VERBS_FILE
from eventwire.events.verb_files import parse_petrarch_verbs, write_verbs_tsv

log = logging.getLogger(__name__)

# 02x appeals mirror 10x demands one to one (0211 <-> 1011 ...): PLOVER folds both into REQUEST.
# 016 "deny responsibility" (rejecting an accusation) is a rejection: PLOVER's REJECT covers
# "all rejections and refusals". 018 "make empathetic comment" (condolences, sympathy to a
# party, Goldstein +3.4) is verbal support: PLOVER's SUPPORT is "any verbal support", "express
# support for, commend". Other 01x statements are no PLOVER event.
#
# Where the 2021 CAMEO->PLOVER table contradicts the PLOVER reference text
# (codebooks/plover_reference.html), the reference wins:
# - 163 "impose embargo, boycott or sanctions": SANCTION is "stop or restrict commercial or
#   other material exchange as a form of protest or punishment", NGEC mode discontinue (the
#   table says COERCE);
# - 1712 "destroy property": listed among COERCE's modes, "destroy property" (table: ASSAULT);
# - 0813/0814 "ease curfew / state of emergency": CONCEDE covers "easing of administrative or
#   legal restrictions ..., remove curfews" (table: RETREAT);
# - 0831 "accede to demands for change in leadership" (CAMEO's code for resigning): "RETREAT
#   also covers resignations of government officials" (table: CONCEDE);
# - 116 "find guilty or liable (legally)": SANCTION's mode convict, "find an entity or behavior
#   guilty", "entity is discussed as being found guilty and sentenced" (table: ACCUSE, whose
#   allege mode stops at trial: "this does not include convictions").
EXTRA_PLOVER = {
    "016": ("REJECT", "", ""),
    "018": ("SUPPORT", "", "diplomatic"),
    "163": ("SANCTION", "discontinue", "economic"),
    "1712": ("COERCE", "seize", "human_security"),
    "0813": ("CONCEDE", "", "legal"),
    "0814": ("CONCEDE", "", "legal"),
    "0831": ("RETREAT", "", "political_institutions"),
    "116": ("SANCTION", "convict", "legal"),
}


def read_labels(path: Path) -> dict[str, str]:
    labels: dict[str, str] = {}
    for line in path.read_text("utf-8", errors="replace").splitlines():
        m = re.match(r"LABEL:\s*(\d+)=\s*(.+)", line)
        if m:
            labels[m.group(1)] = m.group(2).strip()
        m = re.match(r"//(\d\d)[:=]\s*(.+)", line)
        if m:
            labels.setdefault(m.group(1), m.group(2).strip().capitalize())
    return labels


def read_goldstein(path: Path) -> dict[str, str]:
    scores = {}
    for line in path.read_text("utf-8").splitlines()[1:]:
        parts = line.split()
        if len(parts) == 2 and parts[0].isdigit():
            scores[parts[0]] = parts[1]
    return scores


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        m = re.match(r"(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)", line)
        if not m:
            continue
        code, plover, mode, context = m.groups()
        context = ";".join(c.strip() for c in context.replace(",", ";").split(";") if c.strip())
        table.setdefault(code, (plover, mode.strip(), context))
    for code, (plover, mode, context) in list(table.items()):
        if code.startswith("10"):
            table.setdefault("02" + code[2:], (plover, mode, context))
    table.setdefault("02", ("REQUEST", "", ""))
    table.update(EXTRA_PLOVER)
    return table


def build_cameo_tsv(shared: Path) -> str:
    books = shared / "codebooks"
    labels = read_labels(books / "CAMEO_codefile.txt")
    gold = read_goldstein(books / "CAMEO.goldsteinscale.txt")
    plover = read_plover(books / "CAMEO2PLOVER-2021.txt")
    lines = ["# code\tlabel\tgoldstein\tplover\tmode\tcontext   (built by eventwire.events.build_lexicon)"]
    for code in sorted(set(labels) | set(gold) | set(plover), key=lambda c: (c[:2], len(c), c)):
        p_type, mode, context = plover.get(code, ("", "", ""))
        if not p_type and len(code) > 2:
            # Inherit from the nearest listed parent (e.g. 1822 <- 182).
            for n in range(len(code) - 1, 1, -1):
                if code[:n] in plover:
                    p_type, mode, context = plover[code[:n]]
                    break
        lines.append(f"{code}\t{labels.get(code, '')}\t{gold.get(code, '')}\t{p_type}\t{mode}\t{context}")
    return "\n".join(lines) + "\n"


def build_verbs_tsv(shared: Path) -> str:
    cameo = (shared / "dictionaries" / "CAMEO.2.0.txt").read_text("utf-8", errors="replace")
    supplement = resources.files("eventwire").joinpath("data/events/verbs_supplement.txt").read_text("utf-8")
    own = list(dict.fromkeys(parse_petrarch_verbs(supplement)))
    # A verb's bare default from the supplement replaces CAMEO 2.0's rather than tie with it
    # (a tie goes to the classifier). CAMEO 2.0 gives whole blocks of unlike verbs one default:
    # 080 ("yield", PLOVER CONCEDE) to NEGOTIATE, MEDIATE, RATIFY, FREE, PARDON; 190 (FIGHT) to
    # "quarrel", "blast", "disarm"; 150 (MOBILIZE, a show of military force) to RALLY; 173
    # (arrest) to SUE and PROSECUTE; 172 (administrative sanction) to VETO. The classifier read
    # "Hundreds of Georgians rallied outside the Russian embassy" as a show of force: the
    # supplement's default (141, a demonstration) is the verb's checked reading, its patterns
    # keep the other senses ("expel journalists", 174). Kept as ties: CAMEO's own readings that
    # are as common as the supplement's, told apart by what the sentence says is given or who
    # is sent away (SHARED_SENSES).
    redefined = {e.lemma for e in own if not e.pre and not e.post}
    # A pattern the supplement writes again with a code of another PLOVER type replaces CAMEO
    # 2.0's too: "negotiate release" is negotiation (046), not CAMEO's 0831 (a resignation);
    # "expel diplomats" reduces relations (161). Kept beside it, the two tied and the
    # classifier chose between the supplement's reading and the one it was written to correct.
    rewritten = {(e.lemma, e.pre, e.post): e.code for e in own if e.pre or e.post}
    entries = [e for e in dict.fromkeys(parse_petrarch_verbs(cameo))
               if not (not e.pre and not e.post and e.lemma in redefined and e.code not in SHARED_SENSES)
               and not _rewritten(e, rewritten)]
    return write_verbs_tsv(entries + own)


def _rewritten(entry: Any, rewritten: dict[tuple[Any, Any, Any], str]) -> bool:
    """Whether the supplement writes ``entry``'s pattern again with a code of another PLOVER
    type (as the shipped cameo.tsv maps codes: ``main`` writes it before the verbs)."""
    code = rewritten.get((entry.lemma, entry.pre, entry.post))
    return code is not None and _plover_type(code) != _plover_type(entry.code)


def _plover_type(code: str) -> str | None:
    info = codes.to_plover(code)
    return info[0] if info else None


# CAMEO 060 material cooperation ("supply gas", "ease the transit of goods") beside the
# supplement's aid or easing of sanctions (070, 081); 174 deportation ("expelled 300 migrants")
# beside its expulsion of envoys (166).
SHARED_SENSES = frozenset({"060", "174"})


def main(argv: list[str]) -> int:
    shared = Path(argv[0] if argv else "../shared/data/events")
    out = Path(str(resources.files("eventwire").joinpath("data/events")))
    (out / "cameo.tsv").write_text(build_cameo_tsv(shared), "utf-8")
    # mtime=0: the same input builds the same bytes
    (out / VERBS_FILE).write_bytes(gzip.compress(build_verbs_tsv(shared).encode("utf-8"), mtime=0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
