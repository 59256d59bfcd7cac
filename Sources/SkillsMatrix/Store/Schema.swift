/// The database schema as a list of migrations, applied in order and recorded in
/// `PRAGMA user_version`. A migration is never edited once released: add a new one.
enum Schema {
    struct Migration {
        let version: Int
        let summary: String
        let sql: String
    }

    static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// `PRAGMA application_id` of every skills-tui database: the bytes of "SKTU"
    /// (0x534B5455). SQLite keeps it in the file's header so that any program can tell
    /// whose file it is; we refuse a file that another program has marked as its own.
    static let applicationID: Int32 = 0x534B_5455

    /// The last schema version made before databases carried `applicationID`; migration
    /// 4 marks them, once their schema has been checked to be ours.
    static let lastUnmarkedVersion = 3

    static let migrations: [Migration] = [
        Migration(
            version: 1, summary: "frameworks, organisation, append-only ratings, audit",
            sql: """
                CREATE TABLE meta(
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;

                -- A framework is kept as its JSON document (the same format as frameworks/*.json);
                -- competencies get integer keys so that ratings can refer to them compactly.
                CREATE TABLE frameworks(
                    id TEXT PRIMARY KEY,
                    version TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    document TEXT NOT NULL,
                    installed_at INTEGER NOT NULL
                );
                CREATE TABLE competencies(
                    no INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    framework_id TEXT NOT NULL REFERENCES frameworks(id),
                    retired INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE roles(
                    id TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    description TEXT NOT NULL DEFAULT '',
                    position INTEGER NOT NULL
                );
                CREATE TABLE role_requirements(
                    role_id TEXT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
                    competency_no INTEGER NOT NULL REFERENCES competencies(no),
                    target INTEGER NOT NULL CHECK (target BETWEEN 1 AND 4),
                    weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 3),
                    position INTEGER NOT NULL,
                    PRIMARY KEY (role_id, competency_no)
                ) WITHOUT ROWID;

                CREATE TABLE teams(
                    no INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    parent_no INTEGER REFERENCES teams(no)
                );
                CREATE TABLE people(
                    no INTEGER PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    email TEXT NOT NULL DEFAULT '',
                    team_no INTEGER NOT NULL REFERENCES teams(no),
                    role_id TEXT NOT NULL REFERENCES roles(id),
                    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
                );
                CREATE INDEX people_by_team ON people(team_no, active);
                CREATE TABLE team_leads(
                    team_no INTEGER NOT NULL REFERENCES teams(no),
                    person_no INTEGER NOT NULL REFERENCES people(no),
                    PRIMARY KEY (team_no, person_no)
                ) WITHOUT ROWID;
                CREATE INDEX team_leads_by_person ON team_leads(person_no);
                CREATE TABLE grants(
                    login TEXT NOT NULL,
                    access_right TEXT NOT NULL CHECK (access_right IN ('hr', 'admin')),
                    granted_by TEXT NOT NULL,
                    granted_at INTEGER NOT NULL,
                    PRIMARY KEY (login, access_right)
                ) WITHOUT ROWID;

                -- Every rating ever given. Never updated or deleted: the triggers refuse.
                CREATE TABLE rating_events(
                    no INTEGER PRIMARY KEY,
                    person_no INTEGER NOT NULL REFERENCES people(no),
                    competency_no INTEGER NOT NULL REFERENCES competencies(no),
                    level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
                    track TEXT NOT NULL CHECK (track IN ('self', 'lead')),
                    rater TEXT NOT NULL,
                    note TEXT NOT NULL DEFAULT '',
                    framework_version TEXT NOT NULL,
                    rated_at INTEGER NOT NULL
                );
                CREATE INDEX rating_events_by_person ON rating_events(person_no, competency_no, track, rated_at);
                CREATE TRIGGER rating_events_refuse_update BEFORE UPDATE ON rating_events
                BEGIN
                    SELECT RAISE(ABORT, 'rating events are append-only: record a new rating instead');
                END;
                CREATE TRIGGER rating_events_refuse_delete BEFORE DELETE ON rating_events
                BEGIN
                    SELECT RAISE(ABORT, 'rating events are append-only and cannot be deleted');
                END;

                -- The newest event of each track per person and competency, kept by triggers in
                -- the same transaction as the event, so reports read one row per rated competency
                -- instead of searching the history. It can always be rebuilt from rating_events.
                CREATE TABLE current_ratings(
                    person_no INTEGER NOT NULL,
                    competency_no INTEGER NOT NULL,
                    self_level INTEGER,
                    self_at INTEGER,
                    self_event INTEGER,
                    lead_level INTEGER,
                    lead_at INTEGER,
                    lead_event INTEGER,
                    PRIMARY KEY (person_no, competency_no)
                ) WITHOUT ROWID;
                CREATE TRIGGER rating_events_track_self AFTER INSERT ON rating_events WHEN NEW.track = 'self'
                BEGIN
                    INSERT INTO current_ratings(person_no, competency_no, self_level, self_at, self_event)
                    VALUES (NEW.person_no, NEW.competency_no, NEW.level, NEW.rated_at, NEW.no)
                    ON CONFLICT(person_no, competency_no) DO UPDATE
                    SET self_level = excluded.self_level, self_at = excluded.self_at, self_event = excluded.self_event
                    WHERE current_ratings.self_at IS NULL OR excluded.self_at >= current_ratings.self_at;
                END;
                CREATE TRIGGER rating_events_track_lead AFTER INSERT ON rating_events WHEN NEW.track = 'lead'
                BEGIN
                    INSERT INTO current_ratings(person_no, competency_no, lead_level, lead_at, lead_event)
                    VALUES (NEW.person_no, NEW.competency_no, NEW.level, NEW.rated_at, NEW.no)
                    ON CONFLICT(person_no, competency_no) DO UPDATE
                    SET lead_level = excluded.lead_level, lead_at = excluded.lead_at, lead_event = excluded.lead_event
                    WHERE current_ratings.lead_at IS NULL OR excluded.lead_at >= current_ratings.lead_at;
                END;

                -- Who changed what, when. `actor` is the OS login that ran the program;
                -- `acting_as` is whose rights were used (they differ under --as).
                CREATE TABLE audit(
                    no INTEGER PRIMARY KEY,
                    at INTEGER NOT NULL,
                    actor TEXT NOT NULL,
                    acting_as TEXT NOT NULL,
                    action TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    detail TEXT NOT NULL DEFAULT ''
                );
                CREATE TRIGGER audit_refuse_update BEFORE UPDATE ON audit
                BEGIN
                    SELECT RAISE(ABORT, 'the audit trail is append-only');
                END;
                CREATE TRIGGER audit_refuse_delete BEFORE DELETE ON audit
                BEGIN
                    SELECT RAISE(ABORT, 'the audit trail is append-only');
                END;
                """),
        Migration(
            version: 2, summary: "where each person stopped in a self-assessment walk-through",
            sql: """
                -- One row per person and walk-through (their role's requirements, or one whole
                -- framework), written in the same transaction as each answer, so a restart
                -- after a crash resumes at the next competency.
                CREATE TABLE assessment_progress(
                    person_no INTEGER NOT NULL REFERENCES people(no),
                    scope TEXT NOT NULL,
                    position INTEGER NOT NULL CHECK (position >= 0),
                    updated_at INTEGER NOT NULL,
                    PRIMARY KEY (person_no, scope)
                ) WITHOUT ROWID;
                """),
        Migration(
            version: 3, summary: "no rating or audit row dated in the future",
            sql: """
                -- A rating dated in the future would stay the current one for good. The program
                -- dates changes with the real clock; these refuse anything else, from any writer.
                -- 300 s: the clocks of two gateway hosts never agree to the second.
                CREATE TRIGGER rating_events_refuse_future BEFORE INSERT ON rating_events
                WHEN NEW.rated_at > CAST(strftime('%s', 'now') AS INTEGER) + 300
                BEGIN
                    SELECT RAISE(ABORT, 'a rating cannot be dated in the future');
                END;
                CREATE TRIGGER audit_refuse_future BEFORE INSERT ON audit
                WHEN NEW.at > CAST(strftime('%s', 'now') AS INTEGER) + 300
                BEGIN
                    SELECT RAISE(ABORT, 'an audit row cannot be dated in the future');
                END;
                """),
        Migration(
            version: 4, summary: "marked as a skills-tui database (PRAGMA application_id)",
            sql: "PRAGMA application_id = \(applicationID);"),
        Migration(
            version: 5, summary: "learning catalogue, development plans, certificates as evidence, mentor and growth marks",
            sql: """
                -- The learning catalogue as installed from frameworks/learning.json (the same
                -- format); one row, replaced whole by an import. Plan items name its items by id.
                CREATE TABLE learning_catalogue(
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    version TEXT NOT NULL,
                    document TEXT NOT NULL,
                    installed_at INTEGER NOT NULL
                );

                -- A step of a person's development plan. What it is never changes; where it
                -- stands is its newest plan event. Days are 'YYYY-MM-DD'.
                CREATE TABLE plan_items(
                    no INTEGER PRIMARY KEY,
                    person_no INTEGER NOT NULL REFERENCES people(no),
                    competency_no INTEGER NOT NULL REFERENCES competencies(no),
                    learning_item TEXT,
                    description TEXT NOT NULL DEFAULT '',
                    CHECK (learning_item IS NOT NULL OR description <> '')
                );
                CREATE INDEX plan_items_by_person ON plan_items(person_no);
                CREATE TABLE plan_events(
                    no INTEGER PRIMARY KEY,
                    plan_item_no INTEGER NOT NULL REFERENCES plan_items(no),
                    state TEXT NOT NULL CHECK (state IN ('planned', 'booked', 'done', 'cancelled')),
                    target_day TEXT CHECK (target_day IS NULL OR target_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    note TEXT NOT NULL DEFAULT '',
                    actor TEXT NOT NULL,
                    at INTEGER NOT NULL
                );
                CREATE INDEX plan_events_by_item ON plan_events(plan_item_no, no);

                -- Certificates a person holds; a rating event may cite one (rating_evidence).
                -- A correction is a new certificate: rows are never changed.
                CREATE TABLE certificates(
                    no INTEGER PRIMARY KEY,
                    person_no INTEGER NOT NULL REFERENCES people(no),
                    name TEXT NOT NULL CHECK (name <> ''),
                    issuer TEXT NOT NULL,
                    credential_id TEXT NOT NULL DEFAULT '',
                    gained_day TEXT NOT NULL,
                    expires_day TEXT CHECK (expires_day IS NULL OR expires_day >= gained_day),
                    recorded_by TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL
                );
                CREATE INDEX certificates_by_person ON certificates(person_no);
                CREATE TABLE rating_evidence(
                    event_no INTEGER PRIMARY KEY REFERENCES rating_events(no),
                    certificate_no INTEGER NOT NULL REFERENCES certificates(no)
                );
                CREATE INDEX rating_evidence_by_certificate ON rating_evidence(certificate_no);

                -- "Willing to mentor" and "want to grow", set and cleared by the person: the
                -- newest row per person, competency and mark counts.
                CREATE TABLE interest_marks(
                    no INTEGER PRIMARY KEY,
                    person_no INTEGER NOT NULL REFERENCES people(no),
                    competency_no INTEGER NOT NULL REFERENCES competencies(no),
                    mark TEXT NOT NULL CHECK (mark IN ('mentor', 'grow')),
                    is_set INTEGER NOT NULL CHECK (is_set IN (0, 1)),
                    at INTEGER NOT NULL
                );
                CREATE INDEX interest_marks_by_competency ON interest_marks(competency_no, person_no);
                CREATE INDEX interest_marks_by_person ON interest_marks(person_no);

                -- Who is at or above a level in one competency, read from the index alone
                -- without touching every rating.
                \(currentRatingsByCompetency)

                """
                + appendOnly("plan_items", "plan items", instead: "record a plan event")
                + appendOnly("plan_events", "plan events", instead: "record a new event", datedBy: "at")
                + appendOnly("certificates", "certificates", instead: "record a new certificate")
                + appendOnly("rating_evidence", "rating evidence rows", instead: "record a new rating")
                + appendOnly("interest_marks", "marks", instead: "record a new mark", datedBy: "at")),
        Migration(
            version: 6, summary: "ratings taken back (undo) by the person who made them",
            sql: """
                -- A rating its maker takes back ("undo"). The event stays in rating_events, which
                -- is never changed; this row says it no longer counts. Append-only as well.
                CREATE TABLE rating_withdrawals(
                    event_no INTEGER PRIMARY KEY REFERENCES rating_events(no),
                    withdrawn_by TEXT NOT NULL,
                    withdrawn_at INTEGER NOT NULL
                );
                CREATE TRIGGER rating_withdrawals_refuse_update BEFORE UPDATE ON rating_withdrawals
                BEGIN
                    SELECT RAISE(ABORT, 'withdrawals are append-only');
                END;
                CREATE TRIGGER rating_withdrawals_refuse_delete BEFORE DELETE ON rating_withdrawals
                BEGIN
                    SELECT RAISE(ABORT, 'withdrawals are append-only');
                END;
                CREATE TRIGGER rating_withdrawals_refuse_future BEFORE INSERT ON rating_withdrawals
                WHEN NEW.withdrawn_at > CAST(strftime('%s', 'now') AS INTEGER) + 300
                BEGIN
                    SELECT RAISE(ABORT, 'a withdrawal cannot be dated in the future');
                END;
                -- The current rating of the withdrawn event's track falls back to the newest
                -- event of that track not withdrawn (the order the insert triggers keep: time,
                -- then the order recorded), or to none; a row with neither track goes.
                CREATE TRIGGER rating_withdrawals_recompute AFTER INSERT ON rating_withdrawals
                BEGIN
                    UPDATE current_ratings SET self_event = (
                        SELECT e.no FROM rating_events e
                        WHERE e.person_no = current_ratings.person_no AND e.competency_no = current_ratings.competency_no
                            AND e.track = 'self' AND e.no NOT IN (SELECT event_no FROM rating_withdrawals)
                        ORDER BY e.rated_at DESC, e.no DESC LIMIT 1)
                    WHERE person_no = (SELECT person_no FROM rating_events WHERE no = NEW.event_no)
                        AND competency_no = (SELECT competency_no FROM rating_events WHERE no = NEW.event_no)
                        AND self_event = NEW.event_no;
                    UPDATE current_ratings SET lead_event = (
                        SELECT e.no FROM rating_events e
                        WHERE e.person_no = current_ratings.person_no AND e.competency_no = current_ratings.competency_no
                            AND e.track = 'lead' AND e.no NOT IN (SELECT event_no FROM rating_withdrawals)
                        ORDER BY e.rated_at DESC, e.no DESC LIMIT 1)
                    WHERE person_no = (SELECT person_no FROM rating_events WHERE no = NEW.event_no)
                        AND competency_no = (SELECT competency_no FROM rating_events WHERE no = NEW.event_no)
                        AND lead_event = NEW.event_no;
                    UPDATE current_ratings SET
                        self_level = (SELECT level FROM rating_events WHERE no = current_ratings.self_event),
                        self_at = (SELECT rated_at FROM rating_events WHERE no = current_ratings.self_event),
                        lead_level = (SELECT level FROM rating_events WHERE no = current_ratings.lead_event),
                        lead_at = (SELECT rated_at FROM rating_events WHERE no = current_ratings.lead_event)
                    WHERE person_no = (SELECT person_no FROM rating_events WHERE no = NEW.event_no)
                        AND competency_no = (SELECT competency_no FROM rating_events WHERE no = NEW.event_no);
                    DELETE FROM current_ratings
                    WHERE person_no = (SELECT person_no FROM rating_events WHERE no = NEW.event_no)
                        AND competency_no = (SELECT competency_no FROM rating_events WHERE no = NEW.event_no)
                        AND self_event IS NULL AND lead_event IS NULL;
                END;
                """),
        Migration(
            version: 7, summary: "review cycles, their snapshots at close, and when competencies were reworded",
            sql: """
                -- A review cycle: what is assessed (teams, frameworks) and by when. A cycle is
                -- never deleted; the one change it admits is being closed, once.
                CREATE TABLE review_cycles(
                    no INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    team_ids TEXT NOT NULL DEFAULT '[]',
                    framework_ids TEXT NOT NULL,
                    opens_at INTEGER NOT NULL,
                    due_at INTEGER NOT NULL CHECK (due_at > opens_at),
                    opened_by TEXT NOT NULL,
                    closed_at INTEGER,
                    closed_by TEXT
                );
                CREATE TRIGGER review_cycles_refuse_delete BEFORE DELETE ON review_cycles
                BEGIN
                    SELECT RAISE(ABORT, 'review cycles are kept for good');
                END;
                CREATE TRIGGER review_cycles_close_once BEFORE UPDATE ON review_cycles
                WHEN OLD.closed_at IS NOT NULL OR NEW.closed_at IS NULL OR NEW.no IS NOT OLD.no
                    OR NEW.name IS NOT OLD.name OR NEW.team_ids IS NOT OLD.team_ids
                    OR NEW.framework_ids IS NOT OLD.framework_ids OR NEW.opens_at IS NOT OLD.opens_at
                    OR NEW.due_at IS NOT OLD.due_at OR NEW.opened_by IS NOT OLD.opened_by
                BEGIN
                    SELECT RAISE(ABORT, 'a review cycle can only be closed, and only once');
                END;

                -- What a cycle found when it closed, one row per person, team, lead and
                -- competency and one for the organisation: written with the close, never changed.
                CREATE TABLE cycle_snapshots(
                    cycle_no INTEGER NOT NULL REFERENCES review_cycles(no),
                    kind TEXT NOT NULL CHECK (kind IN ('organisation', 'team', 'person', 'lead', 'competency')),
                    subject TEXT NOT NULL,
                    people INTEGER NOT NULL DEFAULT 0,
                    readiness REAL,
                    done INTEGER NOT NULL DEFAULT 0,
                    total INTEGER NOT NULL DEFAULT 0,
                    gaps INTEGER NOT NULL DEFAULT 0,
                    pairs INTEGER NOT NULL DEFAULT 0,
                    self_minus_lead INTEGER NOT NULL DEFAULT 0,
                    disputes INTEGER NOT NULL DEFAULT 0,
                    gap_detail TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (cycle_no, kind, subject)
                ) WITHOUT ROWID;
                CREATE TRIGGER cycle_snapshots_refuse_update BEFORE UPDATE ON cycle_snapshots
                BEGIN
                    SELECT RAISE(ABORT, 'a cycle snapshot is append-only');
                END;
                CREATE TRIGGER cycle_snapshots_refuse_delete BEFORE DELETE ON cycle_snapshots
                BEGIN
                    SELECT RAISE(ABORT, 'a cycle snapshot is append-only');
                END;
                CREATE TRIGGER cycle_snapshots_refuse_closed BEFORE INSERT ON cycle_snapshots
                WHEN (SELECT closed_at FROM review_cycles WHERE no = NEW.cycle_no) IS NOT NULL
                BEGIN
                    SELECT RAISE(ABORT, 'the snapshot of a closed cycle cannot be added to');
                END;

                -- A framework upgrade that changed a competency's indicators: ratings made
                -- before it were made against the older wording.
                CREATE TABLE wording_changes(
                    competency_no INTEGER NOT NULL REFERENCES competencies(no),
                    from_version TEXT NOT NULL,
                    to_version TEXT NOT NULL,
                    changed_at INTEGER NOT NULL,
                    PRIMARY KEY (competency_no, to_version)
                ) WITHOUT ROWID;
                """),
        Migration(
            version: 8, summary: "the language each login reads the tool in",
            sql: """
                -- Set with `skills-tui profile language` or in the TUI; absent, the session's
                -- locale decides. Keyed by login, so an administrator without a staff record
                -- has one too. The code is checked by the program (a third language needs no
                -- migration).
                CREATE TABLE language_preferences(
                    login TEXT PRIMARY KEY,
                    language TEXT NOT NULL,
                    updated_at INTEGER NOT NULL
                ) WITHOUT ROWID;
                """),
        Migration(
            version: 9, summary: "current ratings read in person order from their key alone",
            sql: """
                -- Nothing to change here: current_ratings is a WITHOUT ROWID table, stored in
                -- its key's order with its levels and times beside the key. PostgreSQL's
                -- migration 9 gives its table the same (a key that includes them).
                SELECT 1;
                """),
        Migration(
            version: 10, summary: "each person's current ratings packed into one row, for the organisation scan",
            sql: """
                -- One row per person with their current ratings packed as text: what the
                -- whole-organisation reports read, one row a person instead of one a rating
                -- (see `ratingPackEntry`). Kept by triggers on current_ratings in the same
                -- transaction; it can always be rebuilt from current_ratings.
                CREATE TABLE current_rating_packs(
                    person_no INTEGER PRIMARY KEY,
                    pack TEXT NOT NULL
                );
                """ + ratingPackTriggers + rebuildRatingPacks),
    ]

    // `ratingPackEntry`, `rebuildRatingPacks` and `ratingPackTriggers` are part of
    // migration 10 and also what a bulk load runs: like the migration, they are never
    // edited. A different pack is a new migration with constants of its own.

    /// A person's current ratings as one text, in competency order: for each rating
    /// `competency x 64 + self level x 8 + lead level` (7 for no rating: levels are 0 to
    /// 4), the self time and the lead time (0 for none), separated by commas, and the
    /// ratings by semicolons. PostgreSQL's `PostgresSchema.ratingPack` writes the same.
    static let ratingPackEntry =
        "(competency_no * 64 + coalesce(self_level, 7) * 8 + coalesce(lead_level, 7)) || ',' || coalesce(self_at, 0) || ',' || coalesce(lead_at, 0)"

    /// Every person's pack made anew from current_ratings: after migration 10 and after a
    /// bulk load, which drops `ratingPackTriggers` while it writes (one pass over the
    /// loaded ratings instead of a pack rewritten per rating).
    static let rebuildRatingPacks = "\nDELETE FROM current_rating_packs;\n" + packs(of: nil)

    /// The triggers that keep a person's pack as their current ratings change. SQLite
    /// writes one transaction at a time, so repacking from what the table holds is exact.
    static let ratingPackTriggers = ratingPackTriggerEvents.map { trigger in
        """

        CREATE TRIGGER \(trigger.name) AFTER \(trigger.event) ON current_ratings
        BEGIN DELETE FROM current_rating_packs WHERE person_no = \(trigger.row).person_no;
        \(packs(of: "\(trigger.row).person_no")) END;
        """
    }.joined()

    /// The names of `ratingPackTriggers`, which a bulk load drops and makes again.
    static let ratingPackTriggerNames = ratingPackTriggerEvents.map(\.name)

    private static let ratingPackTriggerEvents: [(name: String, event: String, row: String)] = [
        ("current_ratings_pack_insert", "INSERT", "NEW"), ("current_ratings_pack_update", "UPDATE", "NEW"),
        ("current_ratings_pack_delete", "DELETE", "OLD"),
    ]

    /// Writes the packs of the person numbered `person` (an SQL expression), or of
    /// everyone when nil; someone with no current ratings gets no pack. One person's
    /// ratings are concatenated in the order their key gives them; everyone's are grouped
    /// by a sort that keeps each person's rows in the order they arrive (SQLite numbers
    /// them), which `RatingPackTests` checks against packs written out in Swift.
    private static func packs(of person: String?) -> String {
        let ratings = "SELECT person_no, \(ratingPackEntry) AS entry FROM current_ratings"
        guard let person else {
            return """
                INSERT INTO current_rating_packs(person_no, pack)
                SELECT person_no, group_concat(entry, ';') FROM (\(ratings) ORDER BY person_no, competency_no) GROUP BY person_no;
                """
        }
        return """
            INSERT INTO current_rating_packs(person_no, pack)
            SELECT \(person), group_concat(entry, ';') FROM (\(ratings) WHERE person_no = \(person) ORDER BY competency_no) HAVING count(*) > 0;
            """
    }

    /// The index the who-knows-what search reads. A bulk load (`insertSynthetic`) drops it
    /// and builds it again afterwards, which is a third quicker than keeping it up row by row.
    static let currentRatingsByCompetency =
        "CREATE INDEX current_ratings_by_competency ON current_ratings(competency_no, self_level, lead_level, self_at, lead_at);"

    /// Triggers that refuse any UPDATE or DELETE of `table` and, with `datedBy`, a row
    /// dated more than 300 s ahead of the clock: for the tables of events that are never
    /// changed. `rows` names them in the messages; `instead` says what to do.
    static func appendOnly(_ table: String, _ rows: String, instead: String, datedBy column: String? = nil) -> String {
        var sql = """

            CREATE TRIGGER \(table)_refuse_update BEFORE UPDATE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(rows) are append-only: \(instead) instead'); END;
            CREATE TRIGGER \(table)_refuse_delete BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(rows) are append-only and cannot be deleted'); END;
            """
        if let column {
            sql += """

                CREATE TRIGGER \(table)_refuse_future BEFORE INSERT ON \(table)
                WHEN NEW.\(column) > CAST(strftime('%s', 'now') AS INTEGER) + 300
                BEGIN SELECT RAISE(ABORT, '\(rows) cannot be dated in the future'); END;
                """
        }
        return sql
    }

    /// Brings the database up to `latestVersion`, one migration per transaction.
    /// - Throws: when the database was written by a newer version of the program.
    static func migrate(_ connection: SQLiteConnection) throws {
        let current = try userVersion(connection)
        if current > latestVersion { throw newerDatabase(connection.path, version: current) }
        if current == latestVersion { return }
        for migration in migrations where migration.version > current {
            try connection.withTransaction(.serializable) {
                // Another process may have migrated while we waited for the write lock.
                let now = try userVersion(connection)
                if now > latestVersion { throw newerDatabase(connection.path, version: now) }
                guard now < migration.version else { return }
                try connection.execute(migration.sql)
                try connection.execute("PRAGMA user_version = \(migration.version)")
            }
        }
    }

    static func userVersion(_ connection: SQLiteConnection) throws -> Int {
        Int(try connection.scalarInt("PRAGMA user_version") ?? 0)
    }

    static func applicationID(_ connection: SQLiteConnection) throws -> Int32 {
        Int32(truncatingIfNeeded: try connection.scalarInt("PRAGMA application_id") ?? 0)
    }

    // MARK: - Whose file it is

    /// Checks that an existing database is ours before anything is written to it, and
    /// returns its schema version.
    ///
    /// Ours: marked with `applicationID`; or, made before the mark, at a version up to
    /// `lastUnmarkedVersion` with every table, index and trigger that version's migrations
    /// create, exactly as they create them. Anything else (another program's file, with
    /// whatever `user_version`) is refused untouched.
    /// - Throws: `.notADatabase`, or `.newerDatabase` for one of ours from a newer version.
    static func checkOwnership(_ connection: SQLiteConnection) throws -> Int {
        let version = try userVersion(connection)
        switch try applicationID(connection) {
        case applicationID where version > latestVersion:
            throw newerDatabase(connection.name, version: version)
        case applicationID where version > 0:
            return version
        case 0 where (1...lastUnmarkedVersion).contains(version):
            guard try hasSchema(ofVersion: version, connection) else { throw SkillsError.notADatabase(path: connection.name) }
            return version
        default:
            throw SkillsError.notADatabase(path: connection.name)
        }
    }

    /// Whether `connection` holds every schema object migrations 1...`version` make, with
    /// the same SQL (SQLite keeps each object's statement as it was written).
    static func hasSchema(ofVersion version: Int, _ connection: SQLiteConnection) throws -> Bool {
        let expected = try SQLiteConnection(path: ":memory:", mode: .readWriteCreate)
        for migration in migrations where migration.version <= version { try expected.execute(migration.sql) }
        let objects = "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema"
        let read = { (row: SQLiteStatement) in [row.text(0), row.text(1), row.text(2), row.text(3)] }
        return Set(try expected.query(objects, [], read)).isSubset(of: Set(try connection.query(objects, [], read)))
    }

    private static func newerDatabase(_ path: String, version: Int) -> SkillsError {
        .newerDatabase(path: path, version: version, known: latestVersion)
    }
}
