#!/usr/bin/env bash
# Every accuracy figure in the README, recomputed: each line runs one `cronaca eval` command on held-out data
# and keeps its last output line (the scores as JSON) in results/<name>.json.
# Needs ../shared/data beside the checkout. Takes about 10-15 minutes on 2 cores.
set -uo pipefail
cd "$(dirname "$0")/.."
S=${CRONACA_SHARED_DATA:-../shared/data}
# this checkout's code, whichever installed copy the `cronaca` command on PATH belongs to (an older, non-editable
# install elsewhere would otherwise score an older release)
export PYTHONPATH="$PWD/src${PYTHONPATH:+:$PYTHONPATH}"
mkdir -p results
run() {  # name, then the cronaca eval arguments
  local name=$1; shift
  echo "== $name: cronaca eval $*" >&2
  if out=$(cronaca eval "$@" 2>/dev/null | tail -n 1); then echo "$out" > "results/$name.json"; echo "$out" | cut -c1-300 >&2
  else echo "   failed" >&2; fi
}
run ud_it_isdt_test      ud --lang it --gold "$S/ud/it_isdt/it_isdt-ud-test.conllu"
run ud_en_ewt_test       ud --lang en --gold "$S/ud/en_ewt/en_ewt-ud-test.conllu"
run ner_it_kind_wikinews ner --lang it --gold "$S/ner/kind/dataset/wikinews_test.tsv" --format kind
run ner_en_conll_test    ner --lang en --gold "$S/ner/conll2003_en/test.conllu" --format conll
run actors_team_test     actors --gold tests/data/actors_gold.jsonl --split test
run actors_blind_test    actors --gold tests/data/actors_gold2.jsonl --split test
for n in 37 42 44 48 52; do  # fresh blind test sets, each written by a helper and committed before cronaca ran on it
  run actors_blind_test$n actors --gold tests/data/actors_gold${n}_test.jsonl --split test
done
run timex_en_aquaint     timex --gold "$S/time/tempeval3/TBAQ-cleaned/AQUAINT" --format timeml
run timex_it_team_test   timex --gold tests/data/timex_it_gold.jsonl --format cronaca-jsonl --split test
run places_team          places --gold tests/data/places_gold.jsonl
run attribution_polnear_dev attribution --gold "$S/attribution/polnear/dev" --format polnear
run attribution_it_team_test attribution --gold tests/data/attribution_it_gold.jsonl --format cronaca-jsonl --split test
run attribution_it_blind_test attribution --gold tests/data/attribution_it_gold3.jsonl --format cronaca-jsonl --split test
run events_it_team_test  events --gold tests/data/events_it_gold.jsonl --format cronaca-jsonl --split test
run events_en_team_test  events --gold tests/data/events_en_gold.jsonl --format cronaca-jsonl --split test
run events_it_blind_test events --gold tests/data/events_it_gold2.jsonl --format cronaca-jsonl --split test
run events_en_blind_test events --gold tests/data/events_en_gold2.jsonl --format cronaca-jsonl --split test
run events_plover_gsr    events --gold "$S/events/plover/PLOVER_GSR_CAMEO.txt" --format plover-gsr
run events_plover_gsr_test events --gold "$S/events/plover/PLOVER_GSR_CAMEO.txt" --format plover-gsr --split test
