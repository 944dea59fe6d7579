#!/usr/bin/env python3
"""One-off converter from the design team's open data (../shared/data) into the files this
repository ships. Run from the repository root: python3 tools/convert-shared-data.py ../shared/data
The product and its tests read only the converted files, never ../shared."""
import json, math, os, shutil, sys

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
out_matching = "Marketplace.Matching/OpenData"
os.makedirs(out_matching, exist_ok=True)

concepts = json.load(open(f"{src}/taxonomy/jobtech-taxonomy-concepts.json", encoding="utf-8"))
groups_export = json.load(open(f"{src}/taxonomy/ssyk4-groups-related-skills.json", encoding="utf-8"))["data"]["concepts"]

group_by_concept = {c["conceptId"]: code for code, c in concepts["occupation-group"].items()}
skills = {c["conceptId"]: c["preferredTerm"] for c in concepts["skill"].values()}
groups = []
for g in sorted(groups_export, key=lambda g: group_by_concept.get(g["id"], "9999")):
    related = sorted({r["id"] for r in g.get("related", []) if r.get("type") == "skill"})
    for r in g.get("related", []):
        if r.get("type") == "skill" and r["id"] not in skills:
            skills[r["id"]] = r["preferred_label"]
    groups.append({
        "id": g["id"],
        "ssyk": group_by_concept.get(g["id"]),
        "label": g["preferred_label"],
        "skills": related,
    })
missing = [g for g in groups if g["ssyk"] is None]
assert not missing, f"groups without SSYK code: {len(missing)}"

def simple(kind, key="code"):
    return [{"id": c["conceptId"], key: code, "label": c["preferredTerm"]}
            for code, c in sorted(concepts[kind].items())]

taxonomy = {
    "source": "JobTech Taxonomy (Arbetsförmedlingen), snapshot 2020-01; group→skill relations from the JobTech Taxonomy API",
    "occupationGroups": groups,
    "occupationFields": simple("occupation-field"),
    "skills": [{"id": k, "label": v} for k, v in sorted(skills.items(), key=lambda kv: kv[1])],
    "languages": simple("language"),
    "drivingLicences": simple("driving-license"),
    "municipalities": simple("municipality"),
    "regions": simple("region"),
    "educationLevels": simple("sun-education-level-1"),
}
with open(f"{out_matching}/taxonomy.json", "w", encoding="utf-8") as f:
    json.dump(taxonomy, f, ensure_ascii=False, separators=(",", ":"))

# Postcodes: GeoNames rows, municipality taken from the nearest JobTech locality because
# GeoNames' municipality columns are wrong for some rows (see ../shared/data/README.md).
places = json.load(open(f"{src}/geo/jobtech-places.json", encoding="utf-8"))
def dist(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    x = (lo2 - lo1) * math.cos((la1 + la2) / 2)
    return math.hypot(x, la2 - la1)
rows = []
cache = {}
for line in open(f"{src}/geo/geonames-postal-codes-SE.tsv", encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    postcode, place, lat, lon = p[1].replace(" ", ""), p[2], float(p[9]), float(p[10])
    key = (lat, lon)
    if key not in cache:
        best = min(places, key=lambda pl: dist(key, (pl["latitud"], pl["longitud"])))
        cache[key] = best["kommunkod"]
    rows.append((postcode, place, cache[key], lat, lon))
rows.sort()
with open(f"{out_matching}/postcodes.tsv", "w", encoding="utf-8") as f:
    f.write("postcode\tplace\tmunicipality\tlat\tlon\n")
    for r in rows:
        f.write(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]:.4f}\t{r[4]:.4f}\n")

os.makedirs("Marketplace.Web/Seed/Data", exist_ok=True)
shutil.copyfile(f"{src}/gtfs/kalmar-minified-gtfs.zip", "Marketplace.Web/Seed/Data/kalmar-gtfs.zip")
os.makedirs("Marketplace.Tests/TestData", exist_ok=True)
shutil.copyfile(f"{src}/gtfs/carta-chattanooga-gtfs.zip", "Marketplace.Tests/TestData/carta-chattanooga-gtfs.zip")
print(f"{len(groups)} groups, {len(skills)} skills, {len(rows)} postcodes, {len(set(cache))} points")
