# Checks (realistic): word frequency counting with a dict over a fixed text, sorting by count then word.
text = """the quick brown fox jumps over the lazy dog
The dog barks and the fox runs away
a quick brown dog is a happy dog"""
counts = {}
for line in text.split("\n"):
    for word in line.lower().split():
        counts[word] = counts.get(word, 0) + 1
print(len(counts), "distinct words")
print(counts)
ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ordered[:5]:
    print(word, n)
lengths = {}
for word in counts:
    n = len(word)
    if n not in lengths:
        lengths[n] = []
    lengths[n].append(word)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))
print("top letters:", "".join(top[:6]))
print("total words:", sum(counts.values()))
