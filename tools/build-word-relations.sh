#!/usr/bin/env bash
# Rebuilds src/NewsBot.Core/Search/Lexicon/word-relations.tsv.gz, the related-words table answering uses, from
# WordNet 3.0 as Debian packages it (wordnet-base; licence copied to Search/Lexicon/WORDNET-LICENSE.txt).
# Needs apt-get (only to download the package; nothing is installed), dpkg-deb and python3.
# Run it after changing the analyzer (NewsAnalyzer, IrregularForms): the table holds analysed terms.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && apt-get download wordnet-base >/dev/null)
dpkg-deb -x "$work"/wordnet-base_*.deb "$work/package"
python3 "$root/tools/word-relations/extract_wordnet.py" "$work/package/usr/share/wordnet" 2 > "$work/surface.tsv"
dotnet run -c Release --project "$root/tools/NewsBot.Tools" -- compile-word-relations "$work/surface.tsv" \
    "$root/src/NewsBot.Core/Search/Lexicon/word-relations.tsv.gz"
