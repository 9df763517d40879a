#!/usr/bin/env python3
"""Writes WordNet's one-word lemmas and their relations as "word<TAB>related related ..." lines (the list may be empty),
sorted, to standard output.

For each one-word lemma, over its first SENSES senses (WordNet lists senses most frequent first): the other one-word
members of the synset (synonyms: "shut" - "close"), and the lemma's derivationally related forms and attributes
("die" - "death", "old" - "age"). Hypernyms and the rest are left out: they drift too far from the question's meaning.
With GLOSS_LIMIT above 0, a lemma is also related, both ways, to the content words of those senses' definitions
("extra": "a minor actor in crowd scenes" relates "extra" to "actor" and "crowd", and each of them back to "extra"),
leaving out words found in more than GLOSS_LIMIT lemmas' definitions (too general to say anything).
Usage: extract_wordnet.py WORDNET_DICT_DIR [SENSES] [GLOSS_LIMIT]
"""
import collections
import re
import sys

POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
RELATIONS = {"+", "="}  # derivationally related form, attribute
DEFINITION_WORDS = 8  # content words taken from the start of a definition
FUNCTION_WORDS = set("""a an the of to in on at by for with from into onto as or and but not no any some that which who whom
whose what when where why how this these those there their its his her him them they it is be are was were been being has
have had do does did used use using especially usually often something someone somebody person people thing things one
ones other another such more most less least very much many make made makes having act part kind type form way state
quality typically etc""".split())


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


def definitions_of(path, lemmas):
    """Synset offset -> the first content words of its definition (the gloss up to its first ";", examples left out)."""
    definitions = {}
    with open(path, encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            head, _, gloss = line.partition(" | ")
            words = [w for w in re.findall(r"[a-z]+", gloss.split(";")[0].lower())
                     if w not in FUNCTION_WORDS and len(w) > 2 and w in lemmas]
            definitions[head.split()[0]] = words[:DEFINITION_WORDS]
    return definitions


def main():
    folder, senses = sys.argv[1].rstrip("/") + "/", int(sys.argv[2]) if len(sys.argv) > 2 else 2
    gloss_limit = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    data = {code: words_of(folder + "data." + name) for name, code in POS.items()}
    related = collections.defaultdict(set)
    first_senses = collections.defaultdict(list)  # lemma -> (part of speech, offset) of its first senses
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
                    first_senses[lemma].append((code, offset))
                    words, pointers = data[code][offset]
                    related[lemma].update(w for w in words if w != lemma and w.isalpha())
                    number = words.index(lemma) + 1 if lemma in words else None
                    for symbol, target, pos, source, target_word in pointers:
                        if symbol not in RELATIONS or source not in (0, number):
                            continue
                        target_words = data["a" if pos == "s" else pos][target][0]
                        chosen = target_words if target_word == 0 else [target_words[target_word - 1]]
                        related[lemma].update(w for w in chosen if w != lemma and w.isalpha())
    if gloss_limit > 0:
        lemmas = set(related)
        definitions = {code: definitions_of(folder + "data." + name, lemmas) for name, code in POS.items()}
        links = {lemma: {w for code, offset in found for w in definitions[code][offset] if w != lemma}
                 for lemma, found in first_senses.items()}
        uses = collections.Counter(w for words in links.values() for w in words)
        for lemma, words in links.items():
            for word in words:
                if uses[word] <= gloss_limit:
                    related[lemma].add(word)
                    related[word].add(lemma)
    # Every one-word lemma is listed, related words or not: the table is also the bot's list of known English words.
    for lemma in sorted(related):
        print(lemma + "\t" + " ".join(sorted(related[lemma])))


if __name__ == "__main__":
    main()
