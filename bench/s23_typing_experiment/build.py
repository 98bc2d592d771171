import json, sys
from collections import Counter
import numpy as np
sys.path.insert(0, "/tmp/typing"); sys.path.insert(0, "/work/wt/typing/bench")
from exp2 import feats, audit
from eventwire.events.classifier import EventClassifier, load_classifier
from sklearn.linear_model import LogisticRegression
c = float(sys.argv[2]); weak = int(sys.argv[3])
excl = sys.argv[4] if len(sys.argv) > 4 else ""
rows = [r for r in audit if (weak or not r["weak_none"]) and r["group"] != excl]
x = feats(rows, "sentence+span"); y = [r["first_label"] for r in rows]
cnt = Counter(y); bal = np.array([len(y) / (len(cnt) * cnt[v]) for v in y])
m = LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=bal)
old = load_classifier("/tmp/typing/old_classifier.npz")
new = EventClassifier([str(k) for k in m.classes_], m.coef_.astype(np.float32), m.intercept_.astype(np.float32),
                      old.mode_labels, old.mode_weights, old.mode_bias, ("sentence", "span"))
np.savez_compressed(sys.argv[1], **new.to_arrays())
print(new.labels, new.type_weights.shape)
