/// Every table of the schema, in an order that keeps references valid when copied: the
/// one list `migrate` copies, counts and hashes, and from which PostgreSQL's grants to
/// the application role are made. A migration that adds a table adds it here.
enum StoreTables {
    static let all: [StoreTable] = [
        StoreTable("meta", [("key", .text), ("value", .text)], order: "key"),
        StoreTable(
            "frameworks", [("id", .text), ("version", .text), ("position", .integer), ("document", .text), ("installed_at", .integer)],
            order: "id"),
        StoreTable(
            "competencies", [("no", .integer), ("id", .text), ("framework_id", .text), ("retired", .integer)], order: "no",
            generatedKey: true),
        StoreTable("roles", [("id", .text), ("name", .text), ("description", .text), ("position", .integer)], order: "id"),
        StoreTable(
            "role_requirements",
            [("role_id", .text), ("competency_no", .integer), ("target", .integer), ("weight", .integer), ("position", .integer)],
            order: "role_id, competency_no"),
        StoreTable("teams", [("no", .integer), ("id", .text), ("name", .text), ("parent_no", .integer)], order: "no", generatedKey: true),
        StoreTable(
            "people",
            [("no", .integer), ("login", .text), ("name", .text), ("email", .text), ("team_no", .integer), ("role_id", .text), ("active", .integer)],
            order: "no", generatedKey: true),
        StoreTable("team_leads", [("team_no", .integer), ("person_no", .integer)], order: "team_no, person_no"),
        StoreTable(
            "grants", [("login", .text), ("access_right", .text), ("granted_by", .text), ("granted_at", .integer)],
            order: "login, access_right"),
        StoreTable(
            "rating_events",
            [
                ("no", .integer), ("person_no", .integer), ("competency_no", .integer), ("level", .integer), ("track", .text),
                ("rater", .text), ("note", .text), ("framework_version", .text), ("rated_at", .integer),
            ],
            order: "no", appendOnly: true, generatedKey: true),
        StoreTable(
            "current_ratings",
            [
                ("person_no", .integer), ("competency_no", .integer), ("self_level", .integer), ("self_at", .integer),
                ("self_event", .integer), ("lead_level", .integer), ("lead_at", .integer), ("lead_event", .integer),
            ],
            order: "person_no, competency_no", derived: true),
        // Migration 10: each person's current ratings packed into one row.
        StoreTable("current_rating_packs", [("person_no", .integer), ("pack", .text)], order: "person_no", derived: true),
        StoreTable(
            "audit",
            [("no", .integer), ("at", .integer), ("actor", .text), ("acting_as", .text), ("action", .text), ("subject", .text), ("detail", .text)],
            order: "no", appendOnly: true, generatedKey: true),
        StoreTable(
            "assessment_progress", [("person_no", .integer), ("scope", .text), ("position", .integer), ("updated_at", .integer)],
            order: "person_no, scope"),
        // Migration 5: the learning catalogue and development.
        StoreTable(
            "learning_catalogue", [("id", .integer), ("version", .text), ("document", .text), ("installed_at", .integer)], order: "id"),
        StoreTable(
            "plan_items",
            [("no", .integer), ("person_no", .integer), ("competency_no", .integer), ("learning_item", .text), ("description", .text)],
            order: "no", appendOnly: true, generatedKey: true),
        StoreTable(
            "plan_events",
            [
                ("no", .integer), ("plan_item_no", .integer), ("state", .text), ("target_day", .text), ("note", .text), ("actor", .text),
                ("at", .integer),
            ],
            order: "no", appendOnly: true, generatedKey: true),
        StoreTable(
            "certificates",
            [
                ("no", .integer), ("person_no", .integer), ("name", .text), ("issuer", .text), ("credential_id", .text),
                ("gained_day", .text), ("expires_day", .text), ("recorded_by", .text), ("recorded_at", .integer),
            ],
            order: "no", appendOnly: true, generatedKey: true),
        StoreTable("rating_evidence", [("event_no", .integer), ("certificate_no", .integer)], order: "event_no", appendOnly: true),
        StoreTable(
            "interest_marks",
            [("no", .integer), ("person_no", .integer), ("competency_no", .integer), ("mark", .text), ("is_set", .integer), ("at", .integer)],
            order: "no", appendOnly: true, generatedKey: true),
        // Migration 6: withdrawals, after the events they name (their trigger moves the
        // current ratings back, as it did in the original).
        StoreTable(
            "rating_withdrawals", [("event_no", .integer), ("withdrawn_by", .text), ("withdrawn_at", .integer)], order: "event_no",
            appendOnly: true),
        // Migration 7: review cycles (closed after their snapshots arrive), rewordings.
        StoreTable(
            "review_cycles",
            [
                ("no", .integer), ("name", .text), ("team_ids", .text), ("framework_ids", .text), ("opens_at", .integer),
                ("due_at", .integer), ("opened_by", .text), ("closed_at", .integer), ("closed_by", .text),
            ],
            order: "no", generatedKey: true, setAfterCopy: ["closed_at", "closed_by"]),
        StoreTable(
            "cycle_snapshots",
            [
                ("cycle_no", .integer), ("kind", .text), ("subject", .text), ("people", .integer), ("readiness", .real), ("done", .integer),
                ("total", .integer), ("gaps", .integer), ("pairs", .integer), ("self_minus_lead", .integer), ("disputes", .integer),
                ("gap_detail", .text),
            ],
            order: "cycle_no, kind, subject", appendOnly: true),
        StoreTable(
            "wording_changes", [("competency_no", .integer), ("from_version", .text), ("to_version", .text), ("changed_at", .integer)],
            order: "competency_no, to_version"),
        StoreTable("language_preferences", [("login", .text), ("language", .text), ("updated_at", .integer)], order: "login"),
    ]
}
