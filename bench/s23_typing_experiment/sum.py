import re, sys
for f in sys.argv[1:]:
    txt = open(f).read()
    tune = re.search(r'"tp":(\d+),"fp":(\d+),"fn":(\d+)', txt)
    c = r = w = m = rn = rd = 0
    per = []
    for line in txt.splitlines():
        mm = re.match(r"ne(\d+) coded (\d+) \(right (\d+), wrong (\d+), may-only (\d+)\); precision [\d.]+; recall (\d+)/(\d+)", line)
        if mm:
            n, a, b, cc, d, e, g = map(int, mm.groups())
            c += a; r += b; w += cc; m += d; rn += e; rd += g
            per.append(f"{n}:{e}/{cc}")
    tp, fp, fn = map(int, tune.groups()) if tune else (0, 0, 0)
    f1 = 2 * tp / (2 * tp + fp + fn) if tune else 0
    print(f"{f.split('/')[-1]:24s} tune tp{tp} fp{fp} fn{fn} F1 {f1:.3f} | audits coded {c} right {r} wrong {w} P {(r)/(r+w) if r+w else 0:.4f} recall {rn}/{rd} = {rn/rd if rd else 0:.4f}  [{' '.join(per)}]")
