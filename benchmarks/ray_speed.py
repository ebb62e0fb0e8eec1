"""Pages per second of cleaner.ray on a local Ray cluster of 1 and 2 CPUs.

    python benchmarks/ray_speed.py [--pages 400] [--cpus 1 2]

Pages are made as in batch_speed.py (three test pages joined, each page different), written
as JSON Lines, then read_json -> map_batches(Cleaner) -> write_json. The time counts from
the read to the last file written, with the cluster already started; it is the best of
--repeat runs. On a machine other programs keep busy, 2 CPUs fall short of twice 1.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from batch_speed import make_pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--cpus", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    import logging

    import ray

    from cleaner.ray import Cleaner

    ray.data.DataContext.get_current().enable_progress_bars = False
    logging.getLogger("ray").setLevel(logging.WARNING)

    with tempfile.TemporaryDirectory(prefix="cleaner-ray-") as tmp:
        folder = Path(tmp) / "pages"
        size = make_pages(folder, args.pages)
        source = Path(tmp) / "pages.jsonl"
        with open(source, "w", encoding="utf-8") as f:
            for page in sorted(folder.iterdir()):
                f.write(json.dumps({"id": page.stem, "text": page.read_text("utf-8")},
                                   ensure_ascii=False) + "\n")
        print(f"{args.pages} pages, {size / 1e6:.1f} MB; load average "
              f"{os.getloadavg()[0]:.2f} at start")
        print(f"{'CPUs':>4} {'seconds':>8} {'pages/s':>8}")
        for cpus in args.cpus:
            ray.init(num_cpus=cpus + 1, include_dashboard=False, log_to_driver=False,
                     logging_level=logging.WARNING)
            best = None
            for n in range(args.repeat):
                began = time.perf_counter()
                ds = ray.data.read_json(str(source))
                # One actor per CPU measured; one more CPU for reading and writing.
                ds = ds.map_batches(Cleaner, batch_format="pyarrow", batch_size=16,
                                    concurrency=cpus)
                ds.write_json(str(Path(tmp) / f"out-{cpus}-{n}"))
                spent = time.perf_counter() - began
                best = min(best or spent, spent)
            ray.shutdown()
            print(f"{cpus:>4} {best:8.2f} {args.pages / best:8.1f}")
        print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
