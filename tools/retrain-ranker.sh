#!/usr/bin/env bash
# Retrains NewsBot's sentence ranker and abstention model on the developer set (tests/data/squad-train-sample only)
# and rewrites src/NewsBot.Core/Answering/RankerWeights.cs. Prints two-fold cross-validation by article first
# (train on half the articles, test on the other half), so a change that only fits these articles shows up.
# Run it after adding, removing or changing a feature (SentenceFeatures / AbstentionFeatures), then run
# `newsbot eval` and commit the new weights with the change.
# NEWSBOT_DISTRACTORS=DIR (for example ../shared/data/bbc/corpus) also asks every question of an index holding DIR's
# articles beside the developer set and trains on both settings (measured, not the default: see the README).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/tests/data/squad-train-sample"
weights="$root/src/NewsBot.Core/Answering/RankerWeights.cs"

dotnet build "$root/src/NewsBot/NewsBot.csproj" -c Release -nologo -v quiet
"$root/src/NewsBot/bin/Release/net10.0/newsbot" eval --corpus "$data/corpus" --questions "$data/questions.jsonl" --train "$weights" ${NEWSBOT_DISTRACTORS:+--distractors "$NEWSBOT_DISTRACTORS"}

# The weights are compiled in: rebuild and measure with them.
dotnet build "$root/src/NewsBot/NewsBot.csproj" -c Release -nologo -v quiet
"$root/src/NewsBot/bin/Release/net10.0/newsbot" eval --corpus "$data/corpus" --questions "$data/questions.jsonl"
