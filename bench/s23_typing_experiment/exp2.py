import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, "/work/wt/typing/bench")
from train_classifier import EmbeddingCache  # noqa

cache = EmbeddingCache(Path("/tmp/typing/emb.npz"))
audit = [json.loads(x) for x in open("/tmp/typing/audit.jsonl")]
tune = [json.loads(x) for x in open("/tmp/typing/tune.jsonl")]
NONE = "NONE"
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
HOWS = ["pattern", "verb", "noun", "obligation", "demand", "none", ""]


def feats(rows, kind, lexw=1.0):
    parts = kind.split("+")
    blocks = [cache.embed([r[p] for r in rows]) for p in parts if p != "lex"]
    if "lex" in parts:
        lex = np.zeros((len(rows), len(TYPES) + 1 + len(HOWS)), dtype=np.float32)
        for i, r in enumerate(rows):
            lex[i, TYPES.index(r["lexicon"]) if r["lexicon"] in TYPES else len(TYPES)] = lexw
            lex[i, len(TYPES) + 1 + (HOWS.index(r["how"]) if r["how"] in HOWS else len(HOWS) - 1)] = lexw
        blocks.append(lex)
    return np.hstack(blocks)


def fit(x, y, c):
    from sklearn.linear_model import LogisticRegression
    counts = Counter(y)
    bal = np.array([len(y) / (len(counts) * counts[v]) for v in y])
    m = LogisticRegression(C=c, max_iter=3000)
    m.fit(x, y, sample_weight=bal)
    return m


def analyse(rows, proba, cls):
    out = Counter()
    ni = cls.index(NONE)
    tcols = [j for j, c in enumerate(cls) if c != NONE]
    for r, p in zip(rows, proba):
        gold_none = r["labels"] == [NONE]
        top = cls[int(p.argmax())]
        ttop = cls[tcols[int(p[tcols].argmax())]]
        pt = float(p[tcols].max())
        pn = float(p[ni])
        out["n"] += 1
        if r["question"]:
            out["q"] += 1
            out["q_none"] += gold_none
            for th in (0.3, 0.5):
                # answer = top type if it is not NONE and p >= th
                if top != NONE and pt >= th:
                    out[f"q_ans{th}"] += 1
                    out[f"q_ans_right{th}"] += ttop in r["labels"]
        if r["lexicon"] is not None:
            out["lex"] += 1
            out["lex_right"] += r["lexicon"] in r["labels"]
            out["lex_gold_none"] += gold_none
            for th in (0.5, 0.7, 0.8, 0.9):
                if pn >= th:
                    out[f"veto{th}"] += 1
                    out[f"veto_goodnone{th}"] += gold_none
                    out[f"veto_killright{th}"] += r["lexicon"] in r["labels"]
            for th in (0.5, 0.7, 0.9):
                if ttop != r["lexicon"] and pt >= th and top != NONE:
                    out[f"over{th}"] += 1
                    out[f"over_fix{th}"] += ttop in r["labels"] and r["lexicon"] not in r["labels"]
                    out[f"over_break{th}"] += r["lexicon"] in r["labels"] and ttop not in r["labels"]
        if not gold_none:
            out["typed"] += 1
            out["type_ok"] += ttop in r["labels"]
        else:
            out["none"] += 1
            out["none_ok"] += top == NONE
        out["pred_none"] += top == NONE
        out["pred_none_ok"] += top == NONE and gold_none
    return out


def run(kind, c, weak, lexw):
    sets = sorted({r["group"] for r in audit})
    keep = [r for r in audit if weak or not r["weak_none"]]
    xa = feats(keep, kind, lexw)
    ya = [r["first_label"] for r in keep]
    total = Counter()
    for g in sets:
        tr = [i for i, r in enumerate(keep) if r["group"] != g]
        te_rows = [r for r in audit if r["group"] == g]  # evaluate on all rows, weak included
        m = fit(xa[tr], [ya[i] for i in tr], c)
        total += analyse(te_rows, m.predict_proba(feats(te_rows, kind, lexw)), list(m.classes_))
    m = fit(xa, ya, c)
    tt = analyse(tune, m.predict_proba(feats(tune, kind, lexw)), list(m.classes_))
    return total, tt, m


def show(t):
    f = lambda a, b: f"{t[a]}/{t[b]}"  # noqa
    s = (f"type {f('type_ok','typed')} ({t['type_ok']/max(1,t['typed']):.3f}) lex {f('lex_right','lex')} "
         f"none_rec {f('none_ok','none')} none_prec {f('pred_none_ok','pred_none')} | q {t['q']} (gold none {t['q_none']}) "
         f"ans.3 {f('q_ans_right0.3','q_ans0.3')} ans.5 {f('q_ans_right0.5','q_ans0.5')} | ")
    s += " ".join(f"veto{th} {t[f'veto{th}']}:none{t[f'veto_goodnone{th}']}/killright{t[f'veto_killright{th}']}" for th in (0.5, 0.7, 0.8, 0.9))
    s += " | " + " ".join(f"over{th} {t[f'over{th}']}:fix{t[f'over_fix{th}']}/break{t[f'over_break{th}']}" for th in (0.5, 0.7, 0.9))
    return s


if __name__ == "__main__":
    for kind in sys.argv[1].split(","):
        for c in [float(v) for v in sys.argv[2].split(",")]:
            for weak in [int(v) for v in sys.argv[3].split(",")]:
                for lexw in [float(v) for v in (sys.argv[4] if len(sys.argv) > 4 else "1").split(",")]:
                    total, tt, _ = run(kind, c, weak, lexw)
                    print(f"== {kind} C={c} weak={weak} lexw={lexw}\n LOSO {show(total)}\n TUNE {show(tt)}", flush=True)
