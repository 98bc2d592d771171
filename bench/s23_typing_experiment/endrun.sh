#!/bin/bash
# usage: endrun.sh TAG MODELPREFIX  (MODELPREFIX.npz = all-audit model; MODELPREFIX_neN.npz = LOSO models); env EW_EXP_* passed through
TAG=$1; MP=$2
cd /work/wt/typing
export PYTHONPATH=src HF_HUB_OFFLINE=1 OMP_NUM_THREADS=1
PY=/work/main/.venv/bin/python
{
echo "== $TAG tune"; EW_EXP_MODEL=$MP.npz $PY bench/events_misses.py tune 2>&1 | tr -d '\n ' ; echo
for n in 3 4 5 6 7 8 9 10 11 12 13 14; do
  M=$MP.npz; [ -f ${MP}_ne$n.npz ] && M=${MP}_ne$n.npz
  EW_EXP_MODEL=$M $PY -m eventwire run tests/fixtures/news_events$n --db /tmp/typing/au$n.$TAG.db --quiet >/dev/null 2>&1
  $PY -m eventwire export --db /tmp/typing/au$n.$TAG.db --what events --format csv > /tmp/typing/au$n.$TAG.csv 2>/dev/null
  echo "ne$n $($PY bench/events_audit.py /tmp/typing/au$n.$TAG.csv --expected tests/fixtures/news_events$n/expected.tsv | tail -1)"
  rm -f /tmp/typing/au$n.$TAG.db*
done
} > /tmp/typing/end_$TAG.txt 2>&1
