#!/usr/bin/env python3
"""Re-reads the sample schemes (sample-data/*.json), prints their totals and asserts their consistency.

Standard library only. Usage:

    python3 sample-data/tools/check_samples.py            # every *.json in sample-data/
    python3 sample-data/tools/check_samples.py FILE ...   # only these files

Counting follows DOMAIN.md §4: a KIEM_NHIEM position takes 0 people whatever its headcount field says;
biên chế = CBCC + VIEN_CHUC; HOP_DONG and CBCC_CAP_XA are shown beside it, never inside.

Exit status 0 when every check passes, 1 otherwise (all failures are listed, not only the first).
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE_DIR = os.path.dirname(HERE)
REPO = os.path.dirname(SAMPLE_DIR)
V2_SQL = os.path.join(REPO, "src", "main", "resources", "db", "migration", "V2__reference_data.sql")
DOMAIN_DIR = os.path.join(REPO, "src", "main", "java", "vn", "vtvlstudio", "domain")

CATS = ("CBCC", "VIEN_CHUC", "HOP_DONG", "CBCC_CAP_XA")
GROUPS = ("LEADERSHIP", "SPECIALISED", "SHARED", "PROFESSIONAL", "SUPPORT")

# Published figures the samples must reproduce (seed 003 and seed 000, DOMAIN.md §9).
EXPECTED = {
    "hau-giang-2024.json": {
        "positions": 322, "CBCC": 568, "VIEN_CHUC": 92, "HOP_DONG": 92, "CBCC_CAP_XA": 0, "bien_che": 660,
        "quotas": {(2022, "CBCC"): 598, (2022, "VIEN_CHUC"): 102, (2024, "CBCC"): 568, (2024, "VIEN_CHUC"): 92,
                   (2024, "HOP_DONG"): 92},
        "min_full_descriptions": 32,
    },
    "duc-pho-2023.json": {
        "quotas_at": {("DP-KDANG", 2022, "CBCC"): 69, ("DP-KDANG", 2022, "VIEN_CHUC"): 3,
                      ("DP-KDANG", 2023, "CBCC"): 66, ("DP-KDANG", 2023, "VIEN_CHUC"): 3,
                      ("DP-KCQ", 2022, "CBCC"): 63, ("DP-KCQ", 2023, "CBCC"): 62,
                      ("DP-KSN", 2022, "VIEN_CHUC"): 1571, ("DP-KSN", 2023, "VIEN_CHUC"): 1578,
                      ("DP-XA", 2022, "CBCC_CAP_XA"): 321, ("DP-XA", 2023, "CBCC_CAP_XA"): 314},
        "min_full_descriptions": 3,
    },
}


class Checker:
    def __init__(self):
        self.failures = []

    def check(self, ok, message):
        if not ok:
            self.failures.append(message)
        return ok


def java_enum(name):
    """Constants of a Java enum in the domain package (first declaration line up to ';' or '}')."""
    path = os.path.join(DOMAIN_DIR, name + ".java")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = re.search(r"enum\s+" + name + r"\s*\{(.*?)[;}]", text, re.S).group(1)
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
    body = re.sub(r"//[^\n]*", "", body)
    return {c.strip() for c in body.split(",") if c.strip()}


def reference_codes():
    with open(V2_SQL, encoding="utf-8") as f:
        sql = f.read()
    grades = set(re.findall(r"^\('([0-9V][0-9.]+)',\s*'[^']*',\s*'[A-Z_]+',", sql, re.M))
    general = set(re.findall(r"^\('(CHUNG_[A-Z_]+)',\s*'GENERAL'", sql, re.M))
    legal = set(re.findall(r"^\('([A-Z0-9_]+)',\s*'[^']*',\s*DATE", sql, re.M))
    regimes = set(re.findall(r"^\('([A-Z0-9_]+)',\s*'[^']*',\s*'[^']*',\s*'(?:CBCC|VIEN_CHUC|PARTY)'", sql, re.M))
    return grades, general, legal, regimes


def effective(p):
    """People a position takes, per category (DOMAIN.md §4)."""
    if p["workload"] == "KIEM_NHIEM":
        return {c: 0 for c in CATS}
    return {c: p["headcount"].get(c, 0) for c in CATS}


def check_file(path, ck, enums, refs, seen):
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    grades, general, legal, regimes = refs
    print(f"\n=== {name} ===")
    scheme, agencies, positions = doc["scheme"], doc["agencies"], doc["positions"]
    quotas, competencies = doc.get("quotas", []), doc.get("competencies", [])

    # --- scheme -------------------------------------------------------------------------------------------------
    ck.check(scheme.get("regime") in regimes, f"{name}: unknown regime {scheme.get('regime')}")
    ck.check(scheme.get("status") in enums["SchemeStatus"], f"{name}: bad status {scheme.get('status')}")
    for ref in scheme.get("legalReferences", []):
        ck.check(ref in legal, f"{name}: unknown legal reference {ref}")

    # --- agencies and units ---------------------------------------------------------------------------------------
    agency_by_code = {}
    units = {}
    for a in agencies:
        code = a["code"]
        ck.check(code not in agency_by_code, f"{name}: duplicate agency code {code}")
        ck.check(code not in seen["agency"], f"{name}: agency code {code} also used in {seen['agency'].get(code)}")
        seen["agency"][code] = name
        agency_by_code[code] = a
        ck.check(a["kind"] in enums["AgencyKind"], f"{code}: bad kind {a['kind']}")
        ck.check(a["level"] in enums["AdminLevel"], f"{code}: bad level {a['level']}")
        ck.check(a["bloc"] in enums["Bloc"], f"{code}: bad bloc {a['bloc']}")
        ag = a.get("autonomyGroup")
        ck.check(ag is None or (isinstance(ag, int) and 1 <= ag <= 4), f"{code}: bad autonomyGroup {ag}")
        ucodes = set()
        for u in a.get("units", []):
            ck.check(u["code"] not in ucodes, f"{code}: duplicate unit code {u['code']}")
            ck.check(u["kind"] in enums["OrgUnitKind"], f"{code}/{u['code']}: bad unit kind {u['kind']}")
            ucodes.add(u["code"])
        units[code] = ucodes
    roots = [a["code"] for a in agencies if a["parent"] is None]
    ck.check(len(roots) == 1, f"{name}: expected one root agency, found {roots}")
    for a in agencies:
        if a["parent"] is not None:
            ck.check(a["parent"] in agency_by_code, f"{a['code']}: parent {a['parent']} not found")
    # no cycles
    for a in agencies:
        hops, cur = 0, a
        while cur["parent"] is not None and cur["parent"] in agency_by_code and hops <= len(agencies):
            cur = agency_by_code[cur["parent"]]
            hops += 1
        ck.check(hops <= len(agencies), f"{a['code']}: parent cycle")
    ck.check(scheme.get("rootAgency") in agency_by_code, f"{name}: rootAgency {scheme.get('rootAgency')} not found")

    # --- competencies -----------------------------------------------------------------------------------------------
    comp_codes = set(general)
    for c in competencies:
        ck.check(c["code"] not in comp_codes, f"{name}: competency {c['code']} defined twice (or shadows a shipped one)")
        ck.check(c["code"] not in seen["competency"],
                 f"{name}: competency {c['code']} also defined in {seen['competency'].get(c['code'])}")
        seen["competency"][c["code"]] = name
        comp_codes.add(c["code"])
        ck.check(c["group"] in enums["CompetencyGroup"], f"{c['code']}: bad group {c['group']}")
        ck.check(sorted(c.get("levels", {})) == ["1", "2", "3", "4", "5"] and all(c["levels"].values()),
                 f"{c['code']}: needs five non-empty level descriptors")
    comp_group = {c["code"]: c["group"] for c in competencies}
    comp_group.update({g: "GENERAL" for g in general})

    # --- positions ------------------------------------------------------------------------------------------------
    pos_by_code = {}
    for p in positions:
        code = p["code"]
        ck.check(code not in pos_by_code, f"{name}: duplicate position code {code}")
        ck.check(code not in seen["position"], f"{name}: position code {code} also used in {seen['position'].get(code)}")
        seen["position"][code] = name
        pos_by_code[code] = p
    full = 0
    for p in positions:
        code = p["code"]
        ck.check(bool(p.get("name")), f"{code}: no name")
        ck.check(p["group"] in enums["GroupKind"], f"{code}: bad group {p['group']}")
        ck.check(p["workload"] in enums["WorkloadType"], f"{code}: bad workload {p['workload']}")
        ck.check(p["role"] in enums["LeadershipRole"], f"{code}: bad role {p['role']}")
        a = agency_by_code.get(p["agency"])
        if ck.check(a is not None, f"{code}: agency {p['agency']} not found"):
            ck.check(a["kind"] != "GROUPING", f"{code}: position on a GROUPING node {p['agency']}")
            if p.get("unit") is not None:
                ck.check(p["unit"] in units[p["agency"]], f"{code}: unit {p['unit']} not in agency {p['agency']}")
        if p.get("linkedTo") is not None:
            target = pos_by_code.get(p["linkedTo"])
            if ck.check(target is not None, f"{code}: linkedTo {p['linkedTo']} not found"):
                ck.check(target["agency"] == p["agency"], f"{code}: linkedTo {p['linkedTo']} is in another agency")
        leader = p["group"] == "LEADERSHIP" or p["role"] != "NONE"
        if leader:
            # LEADER_HOLDS_PROFESSIONAL (seed 003): a leader also carries one professional (or support) position.
            ck.check(p["group"] == "LEADERSHIP" and p["role"] in ("CAP_TRUONG", "CAP_PHO"),
                     f"{code}: leadership role {p['role']} in group {p['group']}")
            target = pos_by_code.get(p.get("linkedTo"))
            ck.check(target is not None and target["group"] != "LEADERSHIP" and target["role"] == "NONE",
                     f"{code}: leadership position not linked to a professional position ({p.get('linkedTo')})")
        else:
            ck.check(p.get("linkedTo") is None, f"{code}: linkedTo on a non-leadership position")
        if p.get("grade") is not None:
            ck.check(p["grade"] in grades, f"{code}: grade {p['grade']} not in the catalogue")
        for k in ("stepMin", "stepMax"):
            v = p.get(k)
            ck.check(v is None or (isinstance(v, int) and 1 <= v <= 5), f"{code}: bad {k} {v}")
        h = p["headcount"]
        ck.check(set(h) <= set(CATS), f"{code}: unknown headcount category {set(h) - set(CATS)}")
        for c in CATS:
            v = h.get(c, 0)
            ck.check(isinstance(v, int) and v >= 0, f"{code}: headcount {c} = {v} is negative or not an integer")
        total = sum(h.get(c, 0) for c in CATS)
        if p["workload"] == "KIEM_NHIEM":
            ck.check(total == 0, f"{code}: KIEM_NHIEM with headcount {total}")
        elif p["workload"] == "MOT_NGUOI":
            ck.check(total == 1, f"{code}: MOT_NGUOI with headcount {total}")
        else:
            ck.check(total > 1, f"{code}: NHIEU_NGUOI with headcount {total}")
        for r in p.get("competencies", []):
            ck.check(r["code"] in comp_codes, f"{code}: competency {r['code']} not defined")
            ck.check(isinstance(r["level"], int) and 1 <= r["level"] <= 5, f"{code}: level {r['level']} out of 1..5")
        if "description" in p:
            dsc = p["description"]
            req = dsc.get("requirements", {})
            tasks = dsc.get("tasks", [])
            complete = (bool(dsc.get("objective")) and 3 <= len(tasks) <= 6
                        and [t["step"] for t in tasks] == list(range(1, len(tasks) + 1))
                        and all(t.get("content") and t.get("output") and t.get("criterion") for t in tasks)
                        and all(dsc.get(k) for k in ("relationsInternal", "relationsExternal", "authority",
                                                     "conditions"))
                        and all(req.get(k) for k in ("training", "certificates", "experience", "qualities",
                                                     "itAndLanguages")))
            groups = {comp_group.get(r["code"]) for r in p.get("competencies", [])}
            covered = "GENERAL" in groups and "PROFESSIONAL" in groups and (
                p["group"] != "LEADERSHIP" or "MANAGEMENT" in groups)
            ck.check(complete, f"{code}: description present but incomplete")
            ck.check(covered, f"{code}: full description without general/professional(/management) competencies")
            if complete and covered:
                full += 1

    # --- quotas ---------------------------------------------------------------------------------------------------
    qkeys = set()
    for q in quotas:
        key = (q["agency"], q["year"], q["category"])
        ck.check(key not in qkeys, f"{name}: duplicate quota {key}")
        qkeys.add(key)
        ck.check(q["agency"] in agency_by_code, f"quota: agency {q['agency']} not found")
        ck.check(q["category"] in enums["StaffCategory"], f"quota {key}: bad category")
        ck.check(isinstance(q["amount"], int) and q["amount"] >= 0, f"quota {key}: negative amount")

    # --- totals ---------------------------------------------------------------------------------------------------
    tot = {c: 0 for c in CATS}
    by_group = {}
    by_group_people = {}
    for p in positions:
        e = effective(p)
        for c in CATS:
            tot[c] += e[c]
        by_group[p["group"]] = by_group.get(p["group"], 0) + 1
        by_group_people[p["group"]] = by_group_people.get(p["group"], 0) + e["CBCC"] + e["VIEN_CHUC"]
    bien_che = tot["CBCC"] + tot["VIEN_CHUC"]
    print(f"positions            {len(positions)}")
    for c in CATS:
        print(f"{c:<20} {tot[c]}")
    print(f"biên chế (CBCC+VC)   {bien_che}")
    print("positions per group  " + ", ".join(f"{g} {by_group[g]}" for g in GROUPS if g in by_group))
    print("biên chế per group   " + ", ".join(f"{g} {by_group_people[g]}" for g in GROUPS if g in by_group))
    kn = sum(1 for p in positions if p["workload"] == "KIEM_NHIEM")
    print(f"kiêm nhiệm positions {kn} (counted 0 people)")
    print(f"full descriptions    {full}")
    print(f"totals               {len(positions)} positions / {tot['CBCC']} CBCC / {tot['VIEN_CHUC']} VC / "
          f"{tot['HOP_DONG']} HĐ / {bien_che} biên chế" + (f" / {tot['CBCC_CAP_XA']} CBCC cấp xã" if tot["CBCC_CAP_XA"] else ""))
    # Quotas summed per year and category over the outermost quota holders only: a quota nested under an
    # ancestor's quota of the same year and category is part of it (roll-up: parent ≥ Σ children).
    years = sorted({q["year"] for q in quotas})
    qmap = {(q["agency"], q["year"], q["category"]): q["amount"] for q in quotas}

    def ancestors(code):
        cur = agency_by_code.get(code)
        while cur is not None and cur["parent"] is not None:
            yield cur["parent"]
            cur = agency_by_code.get(cur["parent"])

    def quota_parent(q):
        for anc in ancestors(q["agency"]):
            if (anc, q["year"], q["category"]) in qmap:
                return anc
        return None

    children = {}
    for q in quotas:
        par = quota_parent(q)
        if par is not None:
            children.setdefault((par, q["year"], q["category"]), []).append(q["amount"])
    for (par, y, c), amounts in sorted(children.items()):
        ck.check(qmap[(par, y, c)] >= sum(amounts),
                 f"{name}: quota {par} {y} {c} = {qmap[(par, y, c)]} below its parts {sum(amounts)}")
    for y in years:
        row = []
        for c in CATS:
            s = sum(q["amount"] for q in quotas if q["year"] == y and q["category"] == c and quota_parent(q) is None)
            if s:
                row.append(f"{c} {s}")
        base = " (baseline)" if any(q["baseline"] for q in quotas if q["year"] == y) else ""
        nested = sum(1 for q in quotas if q["year"] == y and quota_parent(q) is not None)
        extra = f"  [+{nested} nested row(s) inside these]" if nested else ""
        print(f"quotas {y}{base:<11} " + ", ".join(row) + extra)

    # proposed headcount per agency against its latest quota (only agencies that carry positions)
    latest = max(years) if years else None
    people = {}
    for p in positions:
        acc = people.setdefault(p["agency"], {c: 0 for c in CATS})
        for c, v in effective(p).items():
            acc[c] += v
    over = []
    for ag, h in sorted(people.items()):
        for c in CATS:
            if h[c] == 0:
                continue
            q = [x["amount"] for x in quotas if x["agency"] == ag and x["year"] == latest and x["category"] == c]
            if q and h[c] > q[0]:
                over.append(f"{ag} {c} {h[c]} > {q[0]}")
            base = [x["amount"] for x in quotas if x["agency"] == ag and x["baseline"] and x["category"] == c]
            if base:
                ck.check(base[0] >= h[c], f"{ag}: baseline {c} {base[0]} below proposed {h[c]}")
    ck.check(not over, f"{name}: proposed above the {latest} quota: {over}")

    # --- expected published figures ---------------------------------------------------------------------------------
    exp = EXPECTED.get(name)
    if exp:
        for k in ("positions",) + CATS:
            if k in exp:
                got = len(positions) if k == "positions" else tot[k]
                ck.check(got == exp[k], f"{name}: {k} = {got}, expected {exp[k]}")
        if "bien_che" in exp:
            ck.check(bien_che == exp["bien_che"], f"{name}: biên chế {bien_che}, expected {exp['bien_che']}")
        for (y, c), amount in exp.get("quotas", {}).items():
            s = sum(q["amount"] for q in quotas if q["year"] == y and q["category"] == c)
            ck.check(s == amount, f"{name}: quotas {y} {c} sum to {s}, expected {amount}")
        for (ag, y, c), amount in exp.get("quotas_at", {}).items():
            s = [q["amount"] for q in quotas if q["agency"] == ag and q["year"] == y and q["category"] == c]
            ck.check(s == [amount], f"{name}: quota {ag} {y} {c} = {s}, expected {amount}")
        ck.check(full >= exp.get("min_full_descriptions", 0),
                 f"{name}: {full} full descriptions, expected at least {exp.get('min_full_descriptions')}")
    return doc


def main(argv):
    files = argv[1:] or sorted(glob.glob(os.path.join(SAMPLE_DIR, "*.json")))
    enums = {n: java_enum(n) for n in ("AgencyKind", "AdminLevel", "Bloc", "OrgUnitKind", "GroupKind",
                                       "WorkloadType", "LeadershipRole", "StaffCategory", "CompetencyGroup",
                                       "SchemeStatus")}
    refs = reference_codes()
    ck = Checker()
    seen = {"agency": {}, "position": {}, "competency": {}}
    for path in files:
        check_file(path, ck, enums, refs, seen)
    print()
    if ck.failures:
        print(f"FAILED: {len(ck.failures)} problem(s)")
        for f in ck.failures:
            print("  - " + f)
        return 1
    print(f"OK: {len(files)} file(s) checked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
