"""A long JSON Lines stream through `clean --jsonl -j N`: time, order and peak memory.

    python benchmarks/stream_memory.py [--records 10000] [--jobs 2]

Records are the test pages and the sample, varied by a numbered headline, with a bad
record every 1,000 (empty text, a number for text, a line that is not JSON). Prints
records/s, the peak resident memory of the command and of its largest worker at 1/10 of
the records and at all of them (flat memory: the two are close), and checks that every
record came out, in order, and that the bad ones are error records.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs the command and reports the peak RSS of it and its workers (ru_maxrss of the
# largest process among the waited-for children, which is the command or a worker).
CHILD = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)
"""


def write_records(path: Path, count: int) -> set[int]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "pages").glob("*.txt"))]
    texts.append((ROOT / "samples" / "hebei-daily-langfang-page.txt").read_text("utf-8"))
    bad = set()
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            if i % 1000 == 999:
                bad.add(i)
                f.write([json.dumps({"id": i, "text": ""}), json.dumps({"id": i, "text": 5}),
                         "{not json"][len(bad) % 3] + "\n")
                continue
            text = f"# 第{i}版\n\n" + texts[i % len(texts)]
            f.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    return bad


def run(records: Path, out: Path, jobs: int) -> tuple[float, float, int]:
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, sys.executable, "-m", "cleaner",
                           "--jsonl", str(records), "-o", str(out), "-j", str(jobs), "-q",
                           "--per", "page"],
                          capture_output=True, text=True, check=True)
    peak_kb, status = done.stdout.split()
    return time.perf_counter() - began, int(peak_kb) / 1024, int(status)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} at start")
    print(f"{'records':>8} {'seconds':>8} {'rec/s':>7} {'peak MB':>8} {'status':>6} in order")
    with tempfile.TemporaryDirectory(prefix="cleaner-stream-") as tmp:
        for count in (args.records // 10, args.records):
            records = Path(tmp) / f"in-{count}.jsonl"
            bad = write_records(records, count)
            out = Path(tmp) / f"out-{count}.jsonl"
            spent, peak, status = run(records, out, args.jobs)
            ids, errors, lines = [], [], 0
            with open(out, encoding="utf-8") as f:
                for n, line in enumerate(f):
                    record = json.loads(line)
                    lines += 1
                    if "error" in record:
                        errors.append(n)
                    else:
                        ids.append(record["id"])
            in_order = (lines == count and sorted(errors) == sorted(bad)
                        and ids == [i for i in range(count) if i not in bad])
            print(f"{count:>8} {spent:8.1f} {count / spent:7.0f} {peak:8.0f} {status:>6} "
                  f"{'yes' if in_order else 'NO'}")
            out.unlink()
    print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
