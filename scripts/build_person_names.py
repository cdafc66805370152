"""Build factdiff/data/person_names.json: first names and surnames, lower case, from the US
Census Bureau's 1990 name frequency lists (public domain), as shipped in the ``names``
package's source (MIT; dist.male.first, dist.female.first, dist.all.last). The English name
tagger reads "a known first name" and "a known surname" as features: "Hank Green" and "Will
Rogers" are persons although "green" and "will" are English words.

    pip download --no-deps --no-binary :all: -d /tmp/names names
    python scripts/build_person_names.py /tmp/names/names-0.3.0.tar.gz
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "factdiff" / "data" / "person_names.json"
SURNAMES = 30_000  # the most frequent surnames (about 85 in a hundred US residents)


def column(archive: tarfile.TarFile, name: str) -> list[str]:
    member = next(m for m in archive.getmembers() if m.name.endswith(f"names/{name}"))
    lines = archive.extractfile(member).read().decode("ascii").splitlines()
    return [line.split()[0].lower() for line in lines if line.strip()]


def main() -> None:
    with tarfile.open(sys.argv[1]) as archive:
        first = column(archive, "dist.male.first") + column(archive, "dist.female.first")
        last = column(archive, "dist.all.last")[:SURNAMES]
    data = {"first": sorted(set(first)), "last": sorted(set(last))}
    OUT.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"{len(data['first']):,} first names, {len(data['last']):,} surnames -> {OUT}")


if __name__ == "__main__":
    main()
