import sys
import numpy as np
sys.path.insert(0, "/tmp/typing"); sys.path.insert(0, "/work/wt/typing/bench")
from exp2 import feats, audit
from sklearn.linear_model import LogisticRegression
out, c = sys.argv[1], float(sys.argv[2]); excl = sys.argv[3] if len(sys.argv) > 3 else ""
strong = "--strong" in sys.argv
rows = [r for r in audit if r["lexicon"] is not None and r["group"] != excl and not (strong and r["weak_none"])]
y = np.array([int(r["lexicon"] not in r["labels"]) for r in rows])
m = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(feats(rows, "sentence+span+lex"), y)
np.savez(out, w=m.coef_[0].astype(np.float32), b=np.float32(m.intercept_[0]))
