"""Agreement of the second, independent grouping of 160 test reports with the first
(`corpus/clusters/second/`): B-cubed and pairwise scores, the first annotator's grouping as gold.

Run: `python scripts/cluster_agreement.py`.
"""

from __future__ import annotations

import json
import sys

from corpus_files import ROOT

sys.path.insert(0, str(ROOT))
from warta.eval.event_clusters import compare  # noqa: E402

CL = ROOT / "corpus" / "clusters"


def main() -> None:
    first = {r["report"]: r["cluster"] for r in map(json.loads, (CL / "ann" / "c02.jsonl").open(encoding="utf-8"))}
    second = {r["report"]: r["cluster"]
              for r in map(json.loads, (CL / "second" / "c02-second.jsonl").open(encoding="utf-8"))}
    sc = compare({k: first[k] for k in second}, second)
    print(f"{len(second)} reports; clusters: first {len(set(first[k] for k in second))}, second "
          f"{len(set(second.values()))}; B-cubed P {sc.bcubed_p:.3f} R {sc.bcubed_r:.3f} F1 {sc.bcubed_f1:.3f}; "
          f"pairwise P {sc.pairwise.precision:.3f} R {sc.pairwise.recall:.3f} F1 {sc.pairwise.f1:.3f}")


if __name__ == "__main__":
    main()
