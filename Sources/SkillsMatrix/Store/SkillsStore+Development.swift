import Foundation

extension SkillsStore {
    /// The database key of an active or inactive person.
    /// - Throws: `SkillsError.unknownLogin` (callers have checked access already).
    func personNumber(_ login: String) throws -> Int64 {
        guard let number = try connection.scalarInt("SELECT no FROM people WHERE login = ?", [.text(login)]) else {
            throw SkillsError.unknownLogin(login)
        }
        return number
    }

    // MARK: - Development plans

    /// Adds a plan item with its first event (planned, with the target date) and an audit
    /// row, in one transaction.
    /// - Returns: the new item's number.
    func addPlanItem(_ item: PlanItem, actor: String) throws -> Int {
        guard let first = item.events.first else { throw SkillsError.unknownPlanItem(item.number) }
        try Self.refuseFutureTime(first.at)
        return try withTransaction {
            let number = try insertPlanItemRows(item)
            try recordAudit(
                actor: actor, actingAs: first.actor, action: "add plan item", subject: "\(item.personLogin) \(item.competencyID)",
                detail: "item \(number): \(item.learningItemID ?? item.text); target \(first.targetDate?.description ?? "-")", at: first.at)
            return number
        }
    }

    /// Inserts a plan item and every one of its events; its `number` is ignored and the
    /// new one returned. Call inside a transaction.
    func insertPlanItemRows(_ item: PlanItem) throws -> Int {
        guard let competency = competencyNumber(of: item.competencyID) else { throw SkillsError.unknownCompetency(item.competencyID) }
        let person = try personNumber(item.personLogin)
        let number = try connection.query(
            "INSERT INTO plan_items(person_no, competency_no, learning_item, description) VALUES (?, ?, ?, ?) RETURNING no",
            [.int(person), .int(competency), DatabaseValue(item.learningItemID), .text(item.text)]
        ) { $0.int(0) }.first ?? 0
        for event in item.events { try insertPlanEvent(number, event) }
        return number
    }

    /// Records a plan item's move to a new state, with an audit row, in one transaction.
    func appendPlanEvent(_ event: PlanEvent, toItem number: Int, personLogin: String, actor: String) throws {
        try Self.refuseFutureTime(event.at)
        try withTransaction {
            try insertPlanEvent(number, event)
            var detail = "item \(number): \(event.state.rawValue)"
            if let day = event.targetDate { detail += "; target \(day)" }
            try recordAudit(
                actor: actor, actingAs: event.actor, action: "move plan item", subject: personLogin, detail: detail, at: event.at)
        }
    }

    func insertPlanEvent(_ number: Int, _ event: PlanEvent) throws {
        try connection.run(
            "INSERT INTO plan_events(plan_item_no, state, target_day, note, actor, at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                .int(Int64(number)), .text(event.state.rawValue), DatabaseValue(event.targetDate?.description), .text(event.note),
                .text(event.actor), .int(Self.seconds(event.at)),
            ])
    }

    /// One plan item, or nil when there is none with that number.
    func planItem(_ number: Int) throws -> PlanItem? {
        try planItems(where: "i.no = ?", [.int(Int64(number))]).first
    }

    /// The plan items of `logins` (everyone's when nil), by item number.
    func planItems(of logins: [String]?) throws -> [PlanItem] {
        guard let logins else { return try planItems(where: "1 = 1", []) }
        return try planItems(where: "p.login IN (\(connection.dialect.idListRows))", [Self.idList(logins)])
    }

    private func planItems(where condition: String, _ parameters: [DatabaseValue]) throws -> [PlanItem] {
        let rows = try connection.query(
            """
            SELECT i.no, p.login, c.id, i.learning_item, i.description, e.state, e.target_day, e.note, e.actor, e.at
            FROM plan_items i JOIN people p ON p.no = i.person_no JOIN competencies c ON c.no = i.competency_no
            JOIN plan_events e ON e.plan_item_no = i.no
            WHERE \(condition) ORDER BY i.no, e.no
            """, parameters
        ) { row in
            (
                number: row.int(0), login: row.text(1), competency: row.text(2), learningItem: row.optionalText(3), text: row.text(4),
                event: PlanEvent(
                    state: PlanState(rawValue: row.text(5)) ?? .planned, targetDate: row.optionalText(6).flatMap(CalendarDay.init(iso:)),
                    note: row.text(7), actor: row.text(8), at: Self.date(row.int64(9)))
            )
        }
        var items: [PlanItem] = []
        var start = rows.startIndex
        while start < rows.endIndex {
            let first = rows[start]
            var end = start
            while end < rows.endIndex, rows[end].number == first.number { end += 1 }
            items.append(
                PlanItem(
                    number: first.number, personLogin: first.login, competencyID: first.competency, learningItemID: first.learningItem,
                    text: first.text, events: rows[start..<end].map(\.event)))
            start = end
        }
        return items
    }

    // MARK: - Certificates

    /// Records a certificate with an audit row; returns its number.
    func addCertificate(_ certificate: Certificate, actingAs: String) throws -> Int {
        try Self.refuseFutureTime(certificate.recordedAt)
        return try withTransaction {
            let number = try insertCertificateRow(certificate)
            try recordAudit(
                actor: certificate.recordedBy, actingAs: actingAs, action: "record certificate", subject: certificate.personLogin,
                detail: "certificate \(number): \(certificate.name) (\(certificate.issuer)), expires \(certificate.expires?.description ?? "never")",
                at: certificate.recordedAt)
            return number
        }
    }

    /// Inserts a certificate and returns its number; the current self ratings of the
    /// competencies in its `supports` cite it. Call inside a transaction.
    func insertCertificateRow(_ certificate: Certificate) throws -> Int {
        let person = try personNumber(certificate.personLogin)
        let number = try connection.query(
            """
            INSERT INTO certificates(person_no, name, issuer, credential_id, gained_day, expires_day, recorded_by, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING no
            """,
            [
                .int(person), .text(certificate.name), .text(certificate.issuer), .text(certificate.credentialID),
                .text(certificate.gained.description), DatabaseValue(certificate.expires?.description), .text(certificate.recordedBy),
                .int(Self.seconds(certificate.recordedAt)),
            ]
        ) { $0.int(0) }.first ?? 0
        for competencyID in certificate.supports {
            try citeCertificate(number, forNewestRatingOf: certificate.personLogin, competencyID: competencyID, track: .selfAssessment)
        }
        return number
    }

    /// Links the rating event just inserted (the newest of its person, competency and
    /// track) to a certificate. Call inside the rating's transaction.
    func citeCertificate(_ certificate: Int, forNewestRatingOf login: String, competencyID: String, track: RatingTrack) throws {
        try connection.run(
            """
            INSERT INTO rating_evidence(event_no, certificate_no)
            SELECT e.no, ? FROM rating_events e JOIN people p ON p.no = e.person_no JOIN competencies c ON c.no = e.competency_no
            WHERE p.login = ? AND c.id = ? AND e.track = ? ORDER BY e.no DESC LIMIT 1
            """, [.int(Int64(certificate)), .text(login), .text(competencyID), .text(track.rawValue)])
    }

    /// One certificate, or nil.
    func certificate(_ number: Int) throws -> Certificate? {
        try certificates(where: "c.no = ?", [.int(Int64(number))]).first
    }

    /// The certificates of `logins` (everyone's when nil), by number, with the competencies
    /// whose ratings cite them.
    func certificates(of logins: [String]?) throws -> [Certificate] {
        guard let logins else { return try certificates(where: "1 = 1", []) }
        return try certificates(where: "p.login IN (\(connection.dialect.idListRows))", [Self.idList(logins)])
    }

    private func certificates(where condition: String, _ parameters: [DatabaseValue]) throws -> [Certificate] {
        let supports = try connection.query(
            """
            SELECT DISTINCT re.certificate_no, co.id, co.no FROM rating_evidence re
            JOIN rating_events e ON e.no = re.event_no JOIN competencies co ON co.no = e.competency_no ORDER BY co.no
            """
        ) { (certificate: $0.int(0), competency: $0.text(1)) }
        let supportsByCertificate = Dictionary(grouping: supports, by: \.certificate)
        return try connection.query(
            """
            SELECT c.no, p.login, c.name, c.issuer, c.credential_id, c.gained_day, c.expires_day, c.recorded_by, c.recorded_at
            FROM certificates c JOIN people p ON p.no = c.person_no WHERE \(condition) ORDER BY c.no
            """, parameters
        ) { row in
            Certificate(
                number: row.int(0), personLogin: row.text(1), name: row.text(2), issuer: row.text(3), credentialID: row.text(4),
                gained: CalendarDay(iso: row.text(5)) ?? CalendarDay(dayNumber: 0), expires: row.optionalText(6).flatMap(CalendarDay.init(iso:)),
                recordedBy: row.text(7), recordedAt: Self.date(row.int64(8)),
                supports: supportsByCertificate[row.int(0)]?.map(\.competency) ?? [])
        }
    }

    /// Current ratings that cite a certificate expired before `today`, by login. Few rows:
    /// only ratings that cite a certificate are looked at.
    func expiredEvidence(before today: CalendarDay) throws -> [String: [ExpiredEvidence]] {
        let rows = try connection.query(
            """
            SELECT p.login, cr.competency_no, cr.self_event = re.event_no
            FROM rating_evidence re
            JOIN certificates c ON c.no = re.certificate_no
            JOIN rating_events e ON e.no = re.event_no
            JOIN current_ratings cr ON cr.person_no = e.person_no AND cr.competency_no = e.competency_no
            JOIN people p ON p.no = e.person_no
            WHERE c.expires_day IS NOT NULL AND c.expires_day < ? AND (cr.self_event = re.event_no OR cr.lead_event = re.event_no)
            """, [.text(today.description)]
        ) { row -> (login: String, evidence: ExpiredEvidence)? in
            let number = row.int(1)
            guard number < competencyIndexByNumber.count, competencyIndexByNumber[number] >= 0 else { return nil }
            return (row.text(0), ExpiredEvidence(competency: competencyIndexByNumber[number], track: row.int(2) != 0 ? .selfAssessment : .lead))
        }
        return Dictionary(grouping: rows.compactMap { $0 }, by: \.login).mapValues { $0.map(\.evidence) }
    }

    // MARK: - Marks

    /// Records a mark set or cleared, with an audit row.
    func addMark(_ event: InterestMarkEvent, actor: String, actingAs: String) throws {
        try Self.refuseFutureTime(event.at)
        try withTransaction {
            try insertMarkRow(event)
            try recordAudit(
                actor: actor, actingAs: actingAs, action: event.isSet ? "set mark" : "clear mark",
                subject: "\(event.login) \(event.competencyID)", detail: event.mark.rawValue, at: event.at)
        }
    }

    /// Inserts a mark row. Call inside a transaction.
    func insertMarkRow(_ event: InterestMarkEvent) throws {
        guard let competency = competencyNumber(of: event.competencyID) else { throw SkillsError.unknownCompetency(event.competencyID) }
        try connection.run(
            "INSERT INTO interest_marks(person_no, competency_no, mark, is_set, at) VALUES (?, ?, ?, ?, ?)",
            [
                .int(try personNumber(event.login)), .int(competency), .text(event.mark.rawValue), .int(event.isSet ? 1 : 0),
                .int(Self.seconds(event.at)),
            ])
    }

    /// The marks set now (the newest row of each person, competency and mark), by login
    /// and competency id; of one person, or of one competency, or of everyone.
    func currentMarks(login: String? = nil, competencyID: String? = nil) throws -> [String: [String: Set<InterestMark>]] {
        var conditions: [String] = []
        var parameters: [DatabaseValue] = []
        if let login {
            conditions.append("p.login = ?")
            parameters.append(.text(login))
        }
        if let competencyID {
            guard let competency = competencyNumber(of: competencyID) else { return [:] }
            conditions.append("m.competency_no = ?")
            parameters.append(.int(competency))
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        var latest: [String: [String: [InterestMark: Bool]]] = [:]
        try connection.forEachRow(
            """
            SELECT p.login, c.id, m.mark, m.is_set FROM interest_marks m
            JOIN people p ON p.no = m.person_no JOIN competencies c ON c.no = m.competency_no \(filter) ORDER BY m.no
            """, parameters
        ) { row in
            guard let mark = InterestMark(rawValue: row.text(2)) else { return }
            latest[row.text(0), default: [:]][row.text(1), default: [:]][mark] = row.int(3) != 0
        }
        return latest.mapValues { byCompetency in
            byCompetency.mapValues { marks in Set(marks.filter(\.value).map(\.key)) }.filter { !$0.value.isEmpty }
        }.filter { !$0.value.isEmpty }
    }

    // MARK: - Who knows what

    /// Active people whose current self or lead rating of `competencyID` is at least
    /// `minimumLevel`, with those ratings. Uses the index on current ratings by competency,
    /// so it reads only the matching rows.
    func peopleRated(_ competencyID: String, atLeast minimumLevel: Int) throws -> [(person: Person, rating: CompetencyRating)] {
        guard let competency = competencyNumber(of: competencyID), let index = catalog.competencyIndex(of: competencyID) else {
            throw SkillsError.unknownCompetency(competencyID)
        }
        var found: [(person: Person, rating: CompetencyRating)] = []
        try connection.forEachRow(
            """
            SELECT p.login, p.name, p.email, t.id, p.role_id, cr.self_level, cr.self_at, cr.lead_level, cr.lead_at
            FROM current_ratings cr \(connection.dialect.indexedBy("current_ratings_by_competency"))
            JOIN people p ON p.no = cr.person_no JOIN teams t ON t.no = p.team_no
            WHERE cr.competency_no = ? AND (cr.self_level >= ? OR cr.lead_level >= ?) AND p.active = 1
            """, [.int(competency), .int(Int64(minimumLevel)), .int(Int64(minimumLevel))]
        ) { row in
            let person = Person(login: row.text(0), name: row.text(1), email: row.text(2), teamID: row.text(3), roleID: row.text(4))
            let rating = CompetencyRating(
                competency: index,
                selfRating: row.isNull(5) ? nil : Rating(level: row.int(5), ratedAt: Self.date(row.int64(6))),
                leadRating: row.isNull(7) ? nil : Rating(level: row.int(7), ratedAt: Self.date(row.int64(8))))
            found.append((person, rating))
        }
        return found
    }
}
