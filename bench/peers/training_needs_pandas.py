#!/usr/bin/env python3
"""The organisation's training needs from a skills-tui database, the way an analyst would
write it with pandas: read the tables, join, compute, sort, write CSV.

It reproduces `skills-tui report training-needs --format csv` row for row (README,
"How scores are computed"), so the two can be timed against each other:

    python3 bench/peers/training_needs_pandas.py DATABASE [--now 2026-11-24T09:30:00Z] > tna.csv
"""
import argparse
import json
import sqlite3
import sys
from datetime import datetime, timezone

import pandas as pd

HEADER = [
    "competency_id", "competency_name", "framework", "login", "name", "team", "role",
    "target", "self", "lead", "effective", "gap", "weight", "priority", "stale", "disputed",
    "assessed", "rated_against",
]


def guard(text):
    """A field a spreadsheet would run as a formula gets a leading ' (as skills-tui does)."""
    if not text:
        return text
    first = text[0]
    if first in "=@\t\r":
        return "'" + text
    if first in "+-":
        body = text[1:]
        mantissa, _, exponent = body.replace("E", "e").partition("e")
        digits = mantissa.replace(".", "", 1)
        plain = digits.isascii() and digits.isdigit() and ("e" not in body.lower() or (
            exponent.lstrip("+-").isascii() and exponent.lstrip("+-").isdigit()))
        return text if plain else "'" + text
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--now", help="judge staleness at this ISO 8601 time (default: now)")
    parser.add_argument("--include-unrated", action="store_true", help="list requirements nobody has rated too")
    args = parser.parse_args()
    now = datetime.fromisoformat(args.now.replace("Z", "+00:00")) if args.now else datetime.now(timezone.utc)
    now_seconds = now.timestamp()

    db = sqlite3.connect(f"file:{args.database}?mode=ro", uri=True)
    read = lambda sql: pd.read_sql_query(sql, db)

    # The catalog: competencies in framework order, with names and review intervals.
    catalog = []
    for _, framework in read("SELECT id, document FROM frameworks ORDER BY position, id").iterrows():
        document = json.loads(framework["document"])
        for area in document["areas"]:
            for competency in area["competencies"]:
                name = competency["name"]
                # Content 2.0 names each competency in every language it ships; reports are in English.
                name = name["en"] if isinstance(name, dict) else name
                catalog.append((competency["id"], name, framework["id"], document["reviewIntervalDays"]))
    catalog = pd.DataFrame(catalog, columns=["competency_id", "competency_name", "framework", "interval"])
    catalog["order"] = range(len(catalog))

    people = read("""SELECT p.no AS person_no, p.login, p.name, t.id AS team, p.role_id AS role
                     FROM people p JOIN teams t ON t.no = p.team_no WHERE p.active = 1""")
    requirements = read("""SELECT r.role_id AS role, c.no AS competency_no, c.id AS competency_id, r.target, r.weight
                           FROM role_requirements r JOIN competencies c ON c.no = r.competency_no""")
    ratings = read("""SELECT person_no, competency_no, self_level, self_at, lead_level, lead_at FROM current_ratings""")

    rows = people.merge(requirements, on="role").merge(catalog, on="competency_id")
    rows = rows.merge(ratings, on=["person_no", "competency_no"], how="left")
    rows["self"] = rows["self_level"].astype("Int64")
    rows["lead"] = rows["lead_level"].astype("Int64")
    rows["effective"] = rows["lead"].fillna(rows["self"])
    rows["effective_at"] = rows["lead_at"].fillna(rows["self_at"])
    rows["gap"] = (rows["target"] - rows["effective"].fillna(0)).clip(lower=0).astype("int64")
    rows["stale"] = (now_seconds - rows["effective_at"] > rows["interval"] * 86_400).fillna(False).astype(bool)
    rows["disputed"] = ((rows["self"] - rows["lead"]).abs() >= 2).fillna(False).astype(bool)

    # Coverage: members of the same team meeting their target for the competency.
    meeting = rows[rows["gap"] == 0].groupby(["team", "competency_id"]).size().rename("meeting")
    # Only requirements rated short of target are needs, unless unrated ones are asked for.
    short = rows["gap"] > 0
    if not args.include_unrated:
        short &= rows["effective"].notna()
    needs = rows[short].merge(meeting, on=["team", "competency_id"], how="left")
    needs["meeting"] = needs["meeting"].fillna(0)
    needs["bonus"] = needs["meeting"].map(lambda count: 2 if count == 0 else (1 if count == 1 else 0))
    needs["priority"] = needs["gap"] * needs["weight"] + needs["bonus"]

    # Competencies by total priority, then people, then catalog order; needs by priority,
    # then gap, then team and login.
    groups = needs.groupby("competency_id").agg(total=("priority", "sum"), people=("login", "size"))
    needs = needs.merge(groups, on="competency_id")
    needs = needs.sort_values(
        ["total", "people", "order", "priority", "gap", "team", "login"],
        ascending=[False, False, True, False, False, True, True], kind="stable")

    for column in ["competency_id", "competency_name", "framework", "login", "name", "team", "role"]:
        needs[column] = needs[column].map(guard)
    needs["assessed"] = needs["effective"].notna()
    # A rating made before a framework upgrade changed the competency's indicators was
    # made against the wording of the version before the first such change after it.
    changes = read("""SELECT c.id AS competency_id, w.from_version, w.changed_at
                      FROM wording_changes w JOIN competencies c ON c.no = w.competency_no""")
    needs["need_no"] = range(len(needs))
    later = needs[["need_no", "competency_id", "effective_at"]].merge(changes, on="competency_id")
    later = later[later["changed_at"] > later["effective_at"]].sort_values(["need_no", "changed_at"], kind="stable")
    first = later.drop_duplicates("need_no").set_index("need_no")["from_version"]
    needs["rated_against"] = needs["need_no"].map(first).astype("object").fillna("")
    for column in ["stale", "disputed", "assessed"]:
        needs[column] = needs[column].map({True: "true", False: "false"})
    needs[HEADER].to_csv(sys.stdout, index=False, lineterminator="\r\n")


if __name__ == "__main__":
    main()
