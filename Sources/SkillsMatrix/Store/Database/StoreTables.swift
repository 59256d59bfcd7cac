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
        StoreTable(
            "audit",
            [("no", .integer), ("at", .integer), ("actor", .text), ("acting_as", .text), ("action", .text), ("subject", .text), ("detail", .text)],
            order: "no", appendOnly: true, generatedKey: true),
        StoreTable(
            "assessment_progress", [("person_no", .integer), ("scope", .text), ("position", .integer), ("updated_at", .integer)],
            order: "person_no, scope"),
    ]
}
