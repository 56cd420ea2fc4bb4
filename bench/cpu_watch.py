"""How much CPU other processes took while a benchmark ran: a warning sign for noisy numbers.

On 2 cores, anything else busy (a test run, a build) slows the measurement. From /proc/stat
(Linux only; elsewhere the figures are None) the machine's busy CPU-seconds during a section
are read, this process and its waited-for children are subtracted, and what is left is the
other processes' share. Hypervisor steal time is reported on its own.
"""

from __future__ import annotations

import os
from pathlib import Path

_STAT = Path("/proc/stat")


class CpuWatch:
    def __init__(self) -> None:
        self._start = _sample()

    def stop(self) -> dict:
        end = _sample()
        if self._start is None or end is None:
            return {"other_cpu_s": None, "steal_s": None}
        busy, steal, own = (after - before for before, after in zip(self._start, end, strict=True))
        return {"other_cpu_s": max(0.0, busy - own), "steal_s": steal}


def _sample() -> tuple[float, float, float] | None:
    try:
        fields = [int(value) for value in _STAT.read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    times = os.times()
    own = times.user + times.system + times.children_user + times.children_system
    return (user + nice + system + irq + softirq) / tick, steal / tick, own
