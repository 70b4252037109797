# quick-arg: 2
# Dict- and string-heavy text processing: a pseudo-random corpus is generated, split into
# sentences and words, normalised (strip punctuation, lower case), counted (words, bigrams
# with tuple keys, characters, word lengths), indexed (word -> sentence numbers), and
# reported (top words sorted by count then word, a reformatted summary line per sentence).
import sys

WORDS = (
    "the quick brown fox jumps over lazy dog and then runs far away from "
    "a small river where old trees stand near green hills under blue sky while "
    "birds sing songs of summer light wind carries seeds across fields into "
    "quiet valleys people walk slowly along paths talking about weather markets "
    "stories news friends family work travel books music games dreams"
).split()
PUNCT = ",;:!?"


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def make_corpus(rng, sentences):
    out = []
    for s in range(sentences):
        n = 5 + rng.next(12)
        words = []
        for i in range(n):
            w = WORDS[rng.next(len(WORDS))]
            if i == 0:
                w = w.capitalize()
            elif rng.next(9) == 0:
                w = w.upper()
            if rng.next(7) == 0:
                w += PUNCT[rng.next(len(PUNCT))]
            words.append(w)
        out.append(" ".join(words) + ("." if s % 4 else "!"))
    return "  ".join(out)


def normalise(word):
    while word and word[-1] in PUNCT + ".":
        word = word[:-1]
    return word.lower()


def process(text):
    sentences = [s.strip() for s in text.replace("!", ".").split(".") if s.strip()]
    freq = {}
    bigrams = {}
    lengths = {}
    chars = {}
    index = {}
    summary_sum = 0
    for num, sentence in enumerate(sentences):
        words = [normalise(w) for w in sentence.split()]
        words = [w for w in words if w]
        prev = None
        for w in words:
            freq[w] = freq.get(w, 0) + 1
            lengths[len(w)] = lengths.get(len(w), 0) + 1
            if prev is not None:
                key = (prev, w)
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            prev = w
            slots = index.setdefault(w, [])
            if not slots or slots[-1] != num:
                slots.append(num)
        for ch in sentence:
            if ch.isalpha():
                c = ch.lower()
                chars[c] = chars.get(c, 0) + 1
        line = "%04d|%s|%d words|first=%s last=%s" % (
            num, words[0][:3].upper(), len(words), words[0], words[-1])
        if line.endswith("s") or "the" in words:
            summary_sum += len(line.title())
        else:
            summary_sum += len(line.swapcase())
    return sentences, freq, bigrams, lengths, chars, index, summary_sum


def main():
    scale = 80
    if len(sys.argv) > 1:
        scale = int(sys.argv[1])
    rng = Lcg(2024)
    total = 0
    for rep in range(scale):
        text = make_corpus(rng, 300)
        sentences, freq, bigrams, lengths, chars, index, summary_sum = process(text)
        top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        top_pairs = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        longest = max(index.items(), key=lambda kv: (len(kv[1]), kv[0]))
        vowels = sum(chars.get(v, 0) for v in "aeiou")
        total = (total * 31 + summary_sum + len(bigrams) * 7 + vowels
                 + sum(k * v for k, v in lengths.items())) % 1000000007
        if rep == scale - 1:
            print("sentences", len(sentences), "distinct words", len(freq),
                  "distinct bigrams", len(bigrams))
            print("top words", ", ".join("%s=%d" % kv for kv in top))
            print("top bigrams", ", ".join("%s %s=%d" % (a, b, n) for (a, b), n in top_pairs))
            print("most spread word", longest[0], len(longest[1]))
            print("letters", sum(chars.values()), "vowels", vowels)
    print("text checksum", scale, total)


main()
