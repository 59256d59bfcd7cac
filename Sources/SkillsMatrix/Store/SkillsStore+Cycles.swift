import Foundation

extension SkillsStore {
    // MARK: - Cycles

    static let cycleColumns = "name, team_ids, framework_ids, opens_at, due_at, opened_by, closed_at, closed_by"

    private static func readCycle(_ row: some DatabaseRow) -> ReviewCycle {
        ReviewCycle(
            name: row.text(0), teamIDs: idArray(row.text(1)), frameworkIDs: idArray(row.text(2)),
            opensAt: date(row.int64(3)), dueAt: date(row.int64(4)), openedBy: row.text(5),
            closedAt: row.isNull(6) ? nil : date(row.int64(6)), closedBy: row.optionalText(7))
    }

    /// A JSON array of strings as stored by `idList`; anything else reads as empty.
    private static func idArray(_ text: String) -> [String] {
        guard case .array(let values)? = try? JSONParser.parse(text).root else { return [] }
        return values.compactMap { if case .string(let id) = $0 { return id } else { return nil } }
    }

    /// Every cycle, oldest opening first.
    func cycles() throws -> [ReviewCycle] {
        try connection.query("SELECT \(Self.cycleColumns) FROM review_cycles ORDER BY opens_at, no", []) { Self.readCycle($0) }
    }

    /// Records a new cycle and its audit row in one transaction.
    func insertCycle(_ cycle: ReviewCycle, actor: String, actingAs: String, at now: Date) throws {
        try withTransaction {
            try connection.run(
                """
                INSERT INTO review_cycles(name, team_ids, framework_ids, opens_at, due_at, opened_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(cycle.name), Self.idList(cycle.teamIDs), Self.idList(cycle.frameworkIDs),
                    .int(Self.seconds(cycle.opensAt)), .int(Self.seconds(cycle.dueAt)), .text(cycle.openedBy),
                ])
            try recordAudit(
                actor: actor, actingAs: actingAs, action: "open cycle", subject: cycle.name,
                detail: "\(cycle.scopeDescription); frameworks \(cycle.frameworkIDs.joined(separator: ", ")); due \(DateText.day(cycle.dueAt))",
                at: now)
        }
    }

    /// Writes the snapshot rows, then marks the cycle closed, with its audit row, in one
    /// transaction: a cycle is closed with its snapshot or not at all.
    func closeCycle(_ name: String, snapshot: [CycleSnapshotRow], by login: String, actor: String, at now: Date) throws {
        try withTransaction {
            guard let number = try connection.scalarInt("SELECT no FROM review_cycles WHERE name = ?", [.text(name)]) else {
                throw SkillsError.unknownCycle(name, known: try cycles().map(\.name))
            }
            let insert = try connection.rowWriter(
                into: "cycle_snapshots",
                columns: [
                    "cycle_no", "kind", "subject", "people", "readiness", "done", "total", "gaps", "pairs", "self_minus_lead", "disputes",
                    "gap_detail",
                ])
            for row in snapshot {
                let figures = row.figures
                try insert.writeRow([
                    .int(number), .text(row.kind.rawValue), .text(row.subject), .int(Int64(figures.people)),
                    figures.readiness.map { .double($0) } ?? .null, .int(Int64(figures.done)), .int(Int64(figures.total)),
                    .int(Int64(figures.gaps)), .int(Int64(figures.pairs)), .int(Int64(figures.selfMinusLead)),
                    .int(Int64(figures.disputes)), .text(figures.gapDetail),
                ])
            }
            try insert.finish()
            try connection.run(
                "UPDATE review_cycles SET closed_at = ?, closed_by = ? WHERE no = ?",
                [.int(Self.seconds(now)), .text(login), .int(number)])
            try recordAudit(
                actor: actor, actingAs: login, action: "close cycle", subject: name,
                detail: "snapshot of \(snapshot.count { $0.kind == .person }) people, \(snapshot.count { $0.kind == .team }) teams",
                at: now)
        }
    }

    /// The snapshot rows of a closed cycle, of one kind (and one subject when given).
    func snapshotRows(cycle name: String, kind: CycleSnapshotRow.Kind, subject: String? = nil) throws -> [CycleSnapshotRow] {
        var sql = """
            SELECT s.subject, s.people, s.readiness, s.done, s.total, s.gaps, s.pairs, s.self_minus_lead, s.disputes, s.gap_detail
            FROM cycle_snapshots s JOIN review_cycles c ON c.no = s.cycle_no WHERE c.name = ? AND s.kind = ?
            """
        var parameters: [DatabaseValue] = [.text(name), .text(kind.rawValue)]
        if let subject {
            sql += " AND s.subject = ?"
            parameters.append(.text(subject))
        }
        return try connection.query(sql + " ORDER BY s.subject", parameters) { row in
            CycleSnapshotRow(
                kind: kind, subject: row.text(0),
                figures: CycleFigures(
                    people: row.int(1), readiness: row.isNull(2) ? nil : row.double(2), done: row.int(3), total: row.int(4),
                    gaps: row.int(5), pairs: row.int(6), selfMinusLead: row.int(7), disputes: row.int(8),
                    gapByCompetency: CycleFigures.gaps(fromDetail: row.text(9))))
        }
    }

    /// Appends the demo's rating events that come after a cycle's close, in one transaction.
    func appendDemoRatings(_ events: [RatingEvent], actor: String, now: Date) throws {
        guard !events.isEmpty else { return }
        try withTransaction {
            for event in events { try insertRatingEvent(event) }
            try recordAudit(actor: actor, actingAs: actor, action: "load demo ratings", subject: "organisation", detail: "\(events.count) ratings", at: now)
        }
    }

    // MARK: - Calibration pairs

    /// Every current pair of self and lead ratings of active people (in `teamIDs` when
    /// given) of competencies in force, with who gave the lead rating.
    func calibrationPairs(inTeams teamIDs: [String]?) throws -> [CalibrationPair] {
        var sql = """
            SELECT p.login, t.id, cr.competency_no, cr.self_level, cr.lead_level, e.rater
            FROM current_ratings cr
            JOIN people p ON p.no = cr.person_no
            JOIN teams t ON t.no = p.team_no
            JOIN rating_events e ON e.no = cr.lead_event
            WHERE p.active = 1 AND cr.self_level IS NOT NULL AND cr.lead_level IS NOT NULL
            """
        var parameters: [DatabaseValue] = []
        if let teamIDs {
            sql += " AND t.id IN (\(connection.dialect.idListRows))"
            parameters.append(Self.idList(teamIDs))
        }
        var pairs: [CalibrationPair] = []
        try connection.forEachRow(sql + " ORDER BY cr.person_no, cr.competency_no", parameters) { row in
            let number = row.int(2)
            guard number >= 0, number < competencyIndexByNumber.count, competencyIndexByNumber[number] >= 0 else { return }
            pairs.append(
                CalibrationPair(
                    login: row.text(0), teamID: row.text(1), competency: competencyIndexByNumber[number], selfLevel: row.int(3),
                    leadLevel: row.int(4), leadRater: row.text(5)))
        }
        return pairs
    }
}
