"""The time a whole-document task has left, from the model calls it has made so far.

A call costs its prompt's tokens at the rate the model reads them, plus its answer's tokens at
the rate it writes them; both rates are measured on the calls done (reading is many times
faster than writing, so one rate would be wrong either way). What is left is the pieces not
read yet, their notes, and the calls that combine the notes: counted from the notes' average
length so far. Until one call is done there is no rate, and no estimate.
"""

from __future__ import annotations


class TimeLeft:
    def __init__(self) -> None:
        self.read_tokens = 0
        self.read_seconds = 0.0
        self.written_tokens = 0
        self.write_seconds = 0.0
        self.notes = 0  # map calls measured
        self.note_tokens = 0  # tokens they wrote

    def add_call(
        self,
        prompt_tokens: int,
        first_piece_seconds: float,
        written_tokens: int,
        seconds: float,
        note: bool,
    ) -> None:
        """One call done: its prompt read in `first_piece_seconds`, then `written_tokens`
        written until `seconds`."""
        self.read_tokens += prompt_tokens
        self.read_seconds += max(0.0, first_piece_seconds)
        # The first piece came with the prompt's time: the rest were written after it.
        self.written_tokens += max(0, written_tokens - 1)
        self.write_seconds += max(0.0, seconds - first_piece_seconds)
        if note:
            self.notes += 1
            self.note_tokens += written_tokens

    @property
    def known(self) -> bool:
        return self.notes > 0 and self.read_tokens > 0

    @property
    def average_note(self) -> float:
        return self.note_tokens / self.notes if self.notes else 0.0

    def seconds(self, to_read: float, to_write: float) -> float | None:
        """Seconds to read `to_read` prompt tokens and write `to_write` tokens; None until a
        call is measured."""
        if not self.known:
            return None
        read_rate = self.read_seconds / self.read_tokens
        # A call that wrote one piece has no writing rate yet: reading's is the closest guess.
        write_rate = self.write_seconds / self.written_tokens if self.written_tokens else read_rate
        return max(0.0, to_read * read_rate + to_write * write_rate)

    def summary_left(
        self,
        pieces_left_tokens: int,
        pieces_left: int,
        notes_to_combine: int,
        prompt_overhead: int,
        final_tokens: int,
        capacity: int,
    ) -> float | None:
        """Seconds left of a summary: `pieces_left` map calls (their text `pieces_left_tokens`),
        then the notes of `notes_to_combine` parts combined, level after level while they do
        not fit `capacity` tokens, then a final answer of about `final_tokens`."""
        if not self.known:
            return None
        note = max(1.0, self.average_note)
        to_read = pieces_left_tokens + pieces_left * prompt_overhead
        to_write = pieces_left * note
        notes = notes_to_combine
        while notes > 1 and notes * note > capacity:  # a combining level: read, write groups
            # Groups of at least two notes (as the run makes them), so each level has fewer.
            groups = min(-(-int(notes * note) // max(1, capacity)), -(-notes // 2))
            to_read += notes * note + groups * prompt_overhead
            to_write += groups * note
            notes = groups
        to_read += notes * note + prompt_overhead
        to_write += final_tokens
        return self.seconds(to_read, to_write)


def rounded_duration(seconds: float) -> tuple[int, str]:
    """A time left as people say it: (value, unit), unit "s" (to 5 s, under a minute), "min"
    (rounded up, under 90 minutes) or "h". Front ends put it in words and their language."""
    if seconds < 57.5:
        return max(5, int(round(seconds / 5)) * 5), "s"
    if seconds < 90 * 60:
        return max(1, -int(-seconds // 60)), "min"
    return int(round(seconds / 3600)), "h"


def duration_text(seconds: float) -> str:
    """'about 3 min' (English, for the CLI)."""
    value, unit = rounded_duration(seconds)
    return f"about {value} {unit}"
