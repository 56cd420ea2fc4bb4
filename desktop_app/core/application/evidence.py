"""Evidence: the sentence (or two) of the top passages that answers a question, found without
the chat model.

The top passages are split into sentences (`split_sentences`) and each sentence is scored
against the question:

- with the reranker when the user installed one: a cross-encoder reads (question, sentence)
  together, the best judge of "does this answer it" Lokal has;
- else with the embedder the search already uses (one batch of sentences per question; the
  cosine of sentence and question) plus keywords: how much of the question's rare words the
  sentence holds (rare among the candidate sentences, so "Octave" in the Octave manual counts
  little and "varargin" a lot). Identifiers, option names and numbers are what small embedders
  blur and what a user's question most often hinges on.

The evidence is the best sentence, widened to its neighbour when the fact spans both, and a
second sentence from elsewhere when it scores nearly as well. Offsets are into the source's
Hit.text, so the window can mark exactly that text.

No Qt, no chat model, no network: core.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from desktop_app.core.application.grounding_types import Evidence
from desktop_app.core.store_types import Hit

# Sentences are taken from this many of the best passages. Measured on the benchmark's 60
# English questions (bench/answer_bench.py): 3 passages give evidence@1 0.52 against 0.45 for 5
# (more passages bring more sentences that restate the question without answering it), refuse
# more unanswerable questions (0.93 against 0.89 at the same threshold, every answerable one
# still found) and embed half the sentences (1.3 s a question on a loaded 2-core machine).
EVIDENCE_SOURCES = 3
# A sentence longer than this (a table, a code listing, text without full stops) is cut at line
# breaks: evidence is something to read at a glance, and the scorers read 256 tokens at most.
MAX_SENTENCE_CHARS = 360
# Fewer word characters than this is not a sentence to score (a page number, a lone bullet):
# it is joined to the sentence after it.
MIN_SENTENCE_LETTERS = 4
# How much the keyword share (0..1) adds to the cosine (about 0.1..0.8) in the embedding scorer.
KEYWORD_WEIGHT = 0.35
# A neighbour joins the best sentence when it scores at least this share of the best score
# (the fact runs on into it), or always when the best one is short (a heading, "For example")
# or ends in a colon.
NEIGHBOUR_SHARE = 0.85
SHORT_SENTENCE_CHARS = 25
# The line before the best sentence joins it when it is a label (a heading, a function's
# signature) of at most this many characters: in reference manuals the name the question asks
# for ("isna", "idivide") is there, and the sentence below only describes it.
LABEL_CHARS = 80
# A second, separate sentence is evidence too when it scores within this of the best one.
SECOND_MARGIN = 0.05

# -- sentences ----------------------------------------------------------------------------------
#
# A careful regular expression, not a library: the text is PDF text (hard line breaks inside
# sentences, words hyphenated across lines, headings and list items without full stops, code),
# which the sentence splitters made for prose (pysbd, NLTK's punkt, which also needs its data
# downloaded) split badly or not at all, and they would add a dependency and tens of
# milliseconds per passage. What this splits on:
# - a full stop, "!", "?" or an ellipsis (and any closing quotes or brackets) before white
#   space, unless the word before is an abbreviation (e.g., z.B., f.eks., t.ex., ...), or the
#   next word starts in lower case (a sentence does not), or it is an ordinal before a month
#   ("3. Mai", "3. maj");
# - a blank line; the start of a list item (a bullet, "1.", "a)", "(2)") on a new line;
# - the end of a short line without closing punctuation (a heading) before a capital.


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ABBREVIATIONS = _word_set(
    """
    e.g i.e etc vs cf al fig figs eq eqs no nos vol pp ch sec approx resp incl excl dr mr mrs ms
    prof st jr sr inc ltd co min max ref refs esp
    z.b d.h u.a bzw usw ggf vgl evtl bspw inkl abb tab nr ca s.o s.u u.ä o.ä sog
    f.eks bl.a dvs osv mht jf evt hhv pga m.m el kl tlf ifm iflg ang ift
    t.ex s.k jfr fr.o.m t.o.m o.s.v p.g.a m.fl d.v.s
    """
)
_MONTHS = _word_set(
    """
    januar februar märz mai juni juli august september oktober november dezember
    januari februari mars maj augusti
    marts
    jan feb mar apr jun jul aug sep sept okt oct nov dec dez
    """
)
_TERMINAL = re.compile(r"(?:\.{3}|…|[.!?])+[\"'’”»)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"[\w.]*\w$")
_BULLET = re.compile(r"[ \t]*(?:[•◦▪‣∙·*–—-]\s|\(?\d{1,2}[.)]\s|\(?[a-zA-Z][.)]\s)")
_CLOSING_PUNCTUATION = ".!?:;,-–—"
_HEADING_CHARS = 60


@dataclass(frozen=True)
class Sentence:
    """A sentence of a source: where it is in the source's text, and the text scored."""

    source: int  # 1-based number of the source
    start: int
    end: int
    text: str  # what the scorers read: hyphenation joined, white space collapsed


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each sentence of `text`, in order, white space trimmed."""
    cuts = {0, len(text)}
    for match in _TERMINAL.finditer(text):
        if _ends_sentence(text, match):
            cuts.add(match.end())
    cuts.update(_line_cuts(text))
    spans = []
    ordered = sorted(cuts)
    for start, end in zip(ordered, ordered[1:], strict=False):
        span = _trimmed(text, start, end)
        if span:
            spans.extend(_cut_long(text, *span))
    return _join_fragments(text, spans)


def _ends_sentence(text: str, match: re.Match) -> bool:
    after = match.end()
    while after < len(text) and text[after].isspace():
        after += 1
    if after >= len(text):
        return True
    following = text[after]
    if following.islower():
        return False
    if not match.group().startswith("."):
        return True
    before = _WORD_BEFORE.search(text, 0, match.start())
    word = before.group().casefold() if before else ""
    if word in _ABBREVIATIONS or word.rstrip(".") in _ABBREVIATIONS:
        return False
    if word.isdigit() and len(word) <= 2:
        next_word = re.match(r"\w+", text[after:])
        if next_word and next_word.group().casefold() in _MONTHS:
            return False
    return True


def _line_cuts(text: str) -> list[int]:
    """Cuts at blank lines, list items and the ends of headings."""
    cuts = []
    lines = text.split("\n")
    longest = max((len(line.strip()) for line in lines), default=0)
    offset = 0
    for number, line in enumerate(lines[:-1]):
        next_start = offset + len(line) + 1
        following = lines[number + 1]
        stripped, next_stripped = line.strip(), following.strip()
        blank = not stripped or not next_stripped
        heading = not blank and (
            len(stripped) <= min(_HEADING_CHARS, 0.7 * longest)
            and stripped[-1] not in _CLOSING_PUNCTUATION
            and (next_stripped[0].isupper() or next_stripped[0] == "\\")
        )
        if blank or heading or _BULLET.match(following):
            cuts.append(next_start)
        offset = next_start
    return cuts


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span longer than MAX_SENTENCE_CHARS, cut at line breaks (else at spaces)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start : start + MAX_SENTENCE_CHARS]
        cut = window.rfind("\n")
        if cut < MAX_SENTENCE_CHARS // 3:
            cut = window.rfind(" ")
        if cut < MAX_SENTENCE_CHARS // 3:
            cut = MAX_SENTENCE_CHARS
        piece = _trimmed(text, start, start + cut)
        if piece:
            pieces.append(piece)
        start += cut
        rest = _trimmed(text, start, end)
        if rest is None:
            return pieces
        start = rest[0]
    pieces.append((start, end))
    return pieces


def _join_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A fragment too short to be a sentence (a number, a bullet) joins the sentence after it."""
    joined: list[tuple[int, int]] = []
    pending: int | None = None
    for start, end in spans:
        if pending is not None:
            start, pending = pending, None
        if _letters(text[start:end]) < MIN_SENTENCE_LETTERS:
            pending = start
            continue
        joined.append((start, end))
    if pending is not None:
        if joined:
            joined[-1] = (joined[-1][0], spans[-1][1])
        else:
            joined.append((pending, spans[-1][1]))
    return joined


def _letters(text: str) -> int:
    return sum(1 for character in text if character.isalnum())


def readable(text: str) -> str:
    """A sentence as a scorer should read it: words hyphenated across lines joined, soft hyphens
    and PDF control characters dropped, white space collapsed."""
    text = re.sub(r"[\u00ad\u0002\ufffe]", "", text)
    text = re.sub(r"(\w)-\s*\n\s*([a-zæøåäöü])", r"\1\2", text)
    return " ".join(text.split())


def sentences_of(sources: Sequence[Hit], count: int = EVIDENCE_SOURCES) -> list[Sentence]:
    """The sentences of the first `count` sources, numbered from 1 as the sources are."""
    sentences = []
    for number, hit in enumerate(sources[:count], start=1):
        for start, end in split_sentences(hit.text):
            sentences.append(Sentence(number, start, end, readable(hit.text[start:end])))
    return sentences


# -- scoring ------------------------------------------------------------------------------------


class SentenceScorer(Protocol):
    kind: str  # names the scale the scores are on: each kind has its own threshold

    def scores(self, query: str, sentences: Sequence[str]) -> list[float]: ...


class RerankerScorer:
    """A cross-encoder's score of each (question, sentence) pair (a logit: 0 is undecided)."""

    kind = "reranker"

    def __init__(self, reranker) -> None:
        self.reranker = reranker

    def scores(self, query: str, sentences: Sequence[str]) -> list[float]:
        return self.reranker.scores(query, list(sentences))


class EmbeddingKeywordScorer:
    """The cosine of question and sentence embeddings, plus KEYWORD_WEIGHT × the share of the
    question's rare words the sentence holds."""

    kind = "embedding"

    def __init__(self, embedder) -> None:
        self.embedder = embedder

    def scores(self, query: str, sentences: Sequence[str]) -> list[float]:
        if not sentences:
            return []
        question = self.embedder.encode_query(query)
        vectors = self.embedder.encode(list(sentences))  # one batch for the whole question
        keywords = keyword_shares(query, sentences)
        return [
            sum(a * b for a, b in zip(question, vector, strict=True)) + KEYWORD_WEIGHT * share
            for vector, share in zip(vectors, keywords, strict=True)
        ]


# Words that say nothing about what is asked, in the four UI languages (and question words).
_STOPWORDS = _word_set(
    """
    the a an and or of to in on at by for with from as is are was were be been being it its this
    that these those there here what which who whom whose when where why how do does did done can
    could should would will shall may might must i me my we our you your he she they them their
    not no yes if then than so but into out about over under up down any all some each every one
    use used using get make way there have has had between without within also only just more
    most other such same very
    og i på at af til en et er den det de som med for om har var ikke jeg du vi man kan skal vil
    hvad hvordan hvilken hvilket hvilke hvem hvor hvornår hvorfor eller fra ved min mit mine din
    dit dine sin sit sine være været bliver blive får få når så også kun mere mest andre samme
    meget nogen noget alle hver uden mellem efter før under over ud op ned bruge bruger brug
    och att på av till ett är det som med för om har var inte jag du vi man kan ska vill vad hur
    vilken vilket vilka vem var när varför eller från vid min mitt mina din ditt dina sin sitt
    sina vara varit blir bli får få så också bara mer mest andra samma mycket någon något alla
    varje utan mellan efter före under över ut upp ner använda använder
    der die das ein eine einen einem einer und oder ist sind war waren sein zu im in am an auf
    aus bei mit von vom zum zur für über unter nicht kein keine ich du wir man kann können soll
    sollte will wie was welche welcher welches wer wo wann warum wenn dann als auch nur mehr
    meist andere gleiche sehr jemand etwas alle jede jeder ohne zwischen nach vor bis es sich mein
    meine dein deine sein seine ihr ihre wird werden wurde benutzen verwenden mache machen
    """
)
_WORD = re.compile(r"\\?\w[\w@+#\-]*\w|\\?\w")


def keywords(text: str) -> list[str]:
    """The words of `text` that carry meaning, folded and cut to a rough stem."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    stems = []
    for word in _WORD.findall(folded):
        if word in _STOPWORDS or (len(word) < 3 and not any(c.isdigit() for c in word)):
            continue
        stems.append(_stem(word))
    return stems


def _stem(word: str) -> str:
    """A rough stem good enough for any of the four languages: a plural "s" off, then the first
    seven characters ("interrupt", "interrupts", "interrupting" meet)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:7]


def keyword_shares(query: str, sentences: Sequence[str]) -> list[float]:
    """For each sentence, the share (0..1) of the question's keywords it holds, each weighed by
    how rare it is among the sentences (inverse document frequency)."""
    wanted = sorted(set(keywords(query)))
    if not wanted or not sentences:
        return [0.0] * len(sentences)
    held = [set(keywords(sentence)) for sentence in sentences]
    count = len(sentences)
    weights = {}
    for stem in wanted:
        frequency = sum(1 for stems in held if stem in stems)
        weights[stem] = math.log((count + 1) / (frequency + 0.5))
    total = sum(weights.values()) or 1.0
    return [sum(weights[stem] for stem in wanted if stem in stems) / total for stems in held]


def scorer_for(retriever) -> SentenceScorer:
    """The reranker's scorer when the retriever has one, else the embedder's with keywords."""
    reranker = retriever.reranker
    if reranker is not None:
        return RerankerScorer(reranker)
    return EmbeddingKeywordScorer(retriever.embedder)


# -- choosing the evidence ----------------------------------------------------------------------


def find_evidence(
    query: str,
    sources: Sequence[Hit],
    scorer: SentenceScorer,
    count: int = EVIDENCE_SOURCES,
) -> list[Evidence]:
    """The evidence for `query` among the first `count` of `sources`, best first: the best
    sentence (with its neighbour when the fact runs on) and, when it scores nearly as well, a
    second one. Empty when the sources have no sentences."""
    sentences = sentences_of(sources, count)
    if not sentences or not query.strip():
        return []
    scores = scorer.scores(query, [sentence.text for sentence in sentences])
    order = sorted(range(len(sentences)), key=lambda index: -scores[index])
    best = order[0]
    first = _with_neighbour(sentences, scores, best)
    chosen = [first]
    used = set(range(first[0], first[1] + 1))
    for index in order[1:]:
        if index in used:
            continue
        if scores[best] - scores[index] <= SECOND_MARGIN:
            chosen.append((index, index))
        break
    return [_evidence(sources, sentences, scores, low, high) for low, high in chosen]


def _with_neighbour(
    sentences: Sequence[Sentence], scores: Sequence[float], best: int
) -> tuple[int, int]:
    """The best sentence's range of indexes, widened to the neighbour the fact runs on into."""
    sentence = sentences[best]
    runs_on = len(sentence.text) < SHORT_SENTENCE_CHARS or sentence.text.rstrip().endswith(":")
    candidates = []
    for neighbour in (best - 1, best + 1):
        if 0 <= neighbour < len(sentences) and sentences[neighbour].source == sentence.source:
            candidates.append(neighbour)
    low = best - 1 if best - 1 in candidates and _is_label(sentences[best - 1].text) else best
    if not candidates:
        return best, best
    neighbour = max(candidates, key=lambda index: scores[index])
    if runs_on and best + 1 in candidates:
        neighbour = best + 1
    elif not (scores[best] > 0 and scores[neighbour] >= NEIGHBOUR_SHARE * scores[best]):
        return low, best
    return min(low, neighbour), max(best, neighbour)


def _is_label(text: str) -> bool:
    """A short line without a full stop: the heading or function signature ("tf = isna (x)")
    that the sentence after it describes, and that often names what the question asks for."""
    return len(text) <= LABEL_CHARS and text.rstrip()[-1:] not in ".!?"


def _evidence(
    sources: Sequence[Hit],
    sentences: Sequence[Sentence],
    scores: Sequence[float],
    low: int,
    high: int,
) -> Evidence:
    source = sentences[low].source
    start, end = sentences[low].start, sentences[high].end
    text = sources[source - 1].text[start:end]
    score = max(scores[index] for index in range(low, high + 1))
    return Evidence(source=source, text=text, start=start, end=end, score=float(score))
