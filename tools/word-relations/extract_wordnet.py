#!/usr/bin/env python3
"""Writes WordNet's one-word lemmas and their relations as "word<TAB>related related ..." lines (the list may be empty),
sorted, to standard output.

For each one-word lemma, over its first SENSES senses (WordNet lists senses most frequent first): the other one-word
members of the synset (synonyms: "shut" - "close"), and the lemma's derivationally related forms and attributes
("die" - "death", "old" - "age"). Hypernyms and the rest are left out: they drift too far from the question's meaning.
Usage: extract_wordnet.py WORDNET_DICT_DIR [SENSES]
"""
import collections
import sys

POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
RELATIONS = {"+", "="}  # derivationally related form, attribute


def words_of(path):
    synsets = {}
    with open(path, encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):  # licence header
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            words = [fields[4 + 2 * i].lower().split("(")[0] for i in range(count)]
            i = 4 + 2 * count
            pointers = []
            for _ in range(int(fields[i])):
                symbol, target, pos, source_target = fields[i + 1:i + 5]
                pointers.append((symbol, target, pos, int(source_target[:2], 16), int(source_target[2:], 16)))
                i += 4
            synsets[offset] = (words, pointers)
    return synsets


def main():
    folder, senses = sys.argv[1].rstrip("/") + "/", int(sys.argv[2]) if len(sys.argv) > 2 else 2
    data = {code: words_of(folder + "data." + name) for name, code in POS.items()}
    related = collections.defaultdict(set)
    for name, code in POS.items():
        with open(folder + "index." + name, encoding="latin-1") as lines:
            for line in lines:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma = fields[0]
                if not lemma.isalpha():
                    continue
                pointer_count = int(fields[3])
                offsets = fields[6 + pointer_count:]
                for offset in offsets[:senses]:
                    words, pointers = data[code][offset]
                    related[lemma].update(w for w in words if w != lemma and w.isalpha())
                    number = words.index(lemma) + 1 if lemma in words else None
                    for symbol, target, pos, source, target_word in pointers:
                        if symbol not in RELATIONS or source not in (0, number):
                            continue
                        target_words = data["a" if pos == "s" else pos][target][0]
                        chosen = target_words if target_word == 0 else [target_words[target_word - 1]]
                        related[lemma].update(w for w in chosen if w != lemma and w.isalpha())
    # Every one-word lemma is listed, related words or not: the table is also the bot's list of known English words.
    for lemma in sorted(related):
        print(lemma + "\t" + " ".join(sorted(related[lemma])))


if __name__ == "__main__":
    main()
