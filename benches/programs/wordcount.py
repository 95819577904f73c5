"""Word and bigram frequency counting over deterministically generated text.

A linear congruential generator builds pseudo-English words from syllables,
with random capitalisation and punctuation.  The text is then split into
lines and words, normalised with str methods and counted in dicts.

Usage: wordcount.py [number_of_words]
"""
import sys

SYLLABLES = ["ka", "lo", "mi", "ta", "re", "su", "ne", "po", "vi", "do",
             "an", "el", "or", "ix", "th", "qu", "ba", "zu", "fe", "wy"]
PUNCT = ",.;!?:'\""


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        # Park-Miller "minimal standard" generator: 31-bit results, and the
        # product stays below 2**47, so no big-integer arithmetic is needed
        self.state = self.state * 48271 % 0x7FFFFFFF
        return self.state


def make_vocabulary(rng, size):
    words = set()
    while len(words) < size:
        r = rng.next()
        n = 1 + r % 3 + (r >> 2) % 2
        words.add("".join([SYLLABLES[(r >> (5 + 5 * k)) % 20] for k in range(n)]))
    return sorted(words)


def generate_text(rng, nwords):
    vocab = make_vocabulary(rng, 2000)
    lines = []
    line = []
    for _ in range(nwords):
        r = rng.next()
        # skewed choice: small indices are much more frequent (Zipf-like)
        w = vocab[(r & 0xFFFF) % ((r >> 16) % len(vocab) + 1)]
        r = rng.next()
        if r % 100 < 8:
            w = w.capitalize()
        elif r % 100 < 10:
            w = w.upper()
        if (r >> 8) % 10 == 0:
            w = w + PUNCT[(r >> 12) % len(PUNCT)]
        line.append(w)
        if (r >> 16) % 12 == 0:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    words = {}
    bigrams = {}
    lengths = [0] * 32
    capital_lines = 0
    for line in text.splitlines():
        if line[:1].isupper():
            capital_lines += 1
        prev = ""
        for word in line.split():
            word = word.strip(PUNCT).lower()
            if not word:
                continue
            words[word] = words.get(word, 0) + 1
            lengths[min(len(word), 31)] += 1
            if prev:
                key = prev + " " + word
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            prev = word
    return words, bigrams, lengths, capital_lines


def fold(h, ranked):
    for word, n in ranked:
        for ch in word:
            h = (h * 31 + ord(ch)) & 0xFFFFFFFF
        h = (h * 31 + n) & 0xFFFFFFFF
    return h


def main():
    nwords = int(sys.argv[1]) if len(sys.argv) > 1 else 450000
    text = generate_text(Lcg(42), nwords)
    words, bigrams, lengths, capital_lines = count_words(text)
    ranked = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))
    top_pairs = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:100]
    h = fold(fold(0, ranked), top_pairs)
    for n in lengths:
        h = (h * 31 + n) & 0xFFFFFFFF
    top = ",".join([w + "=" + str(n) for w, n in ranked[:3]])
    print("checksum:", str(len(text)) + ":" + str(len(words)) + ":" + str(len(bigrams))
          + ":" + str(capital_lines) + ":" + top + ":" + str(h))


if __name__ == "__main__":
    main()
