import Foundation

extension Workspace {
    // MARK: - Trend

    /// Readiness, completion and gaps at the close of each cycle and now: for one person
    /// (`login`), one team (`teamID`), or, when neither is given, the organisation and
    /// every team (hr and admin), the teams a lead leads and themselves, or oneself.
    public func trend(person login: String? = nil, team teamID: String? = nil) throws -> TrendReport {
        let closed = try store.cycles().filter { !$0.isOpen }.sorted { ($0.closedAt ?? $0.opensAt) < ($1.closedAt ?? $1.opensAt) }
        let open = try openCycle()
        let rules = try open.map { CycleRules(cycle: $0, catalog: catalog, teams: try teamTree()) }
        var points = closed.map { TrendReport.Point(label: $0.name, at: $0.closedAt ?? $0.opensAt, cycle: $0) }
        points.append(TrendReport.Point(label: "now", at: now, cycle: open))

        var subjects: [(kind: CycleSnapshotRow.Kind, subject: String)] = []
        var live: [String: CycleFigures] = [:]
        func key(_ kind: CycleSnapshotRow.Kind, _ subject: String) -> String { kind.rawValue + ":" + subject }

        if let login {
            let person = try person(login)
            subjects = [(.person, person.login)]
            live[key(.person, person.login)] = try liveFigures(of: [person], rules: rules)[.organisation]?[""]
        } else if let teamID {
            _ = try team(teamID)
            subjects = [(.team, teamID)]
            live[key(.team, teamID)] = try liveFigures(of: try store.people(inTeams: [teamID]), rules: rules)[.organisation]?[""]
        } else if AccessPolicy.seesEveryone(actor) {
            var builder = CycleSnapshotBuilder(catalog: catalog, keepsPeople: false)
            try store.forEachActivePersonConcurrently { batch in
                for (_, person, ratings) in batch {
                    builder.add(
                        Scoring.assess(person, ratings: ratings, catalog: catalog, now: now),
                        completion: rules.flatMap { $0.includes(person) ? $0.completion(of: person, ratings: ratings, catalog: catalog, now: now) : nil })
                }
            }
            let teams = try teamTree().teams.map(\.id).sorted()
            subjects = [(.organisation, "")] + teams.map { (.team, $0) }
            for row in builder.snapshot() where row.kind == .organisation || row.kind == .team { live[key(row.kind, row.subject)] = row.figures }
        } else {
            if let me = actor.person {
                subjects.append((.person, me.login))
                live[key(.person, me.login)] = try liveFigures(of: [me], rules: rules)[.organisation]?[""]
            }
            for teamID in actor.ledTeamIDs.sorted() {
                subjects.append((.team, teamID))
                live[key(.team, teamID)] = try liveFigures(of: try store.people(inTeams: [teamID]), rules: rules)[.organisation]?[""]
            }
            if subjects.isEmpty { throw SkillsError.notStaff(actor.login) }
        }

        // Each closed cycle's rows of the kinds asked for, read once per kind.
        var recorded: [[String: CycleFigures]] = []
        for cycle in closed {
            var rows: [String: CycleFigures] = [:]
            for kind in Set(subjects.map(\.kind)) {
                let single = subjects.count { $0.kind == kind } == 1 ? subjects.first { $0.kind == kind }?.subject : nil
                for row in try store.snapshotRows(cycle: cycle.name, kind: kind, subject: single) { rows[key(kind, row.subject)] = row.figures }
            }
            recorded.append(rows)
        }
        let series = subjects.map { subject in
            TrendReport.Series(
                kind: subject.kind, subject: subject.subject,
                figures: recorded.map { $0[key(subject.kind, subject.subject)] } + [live[key(subject.kind, subject.subject)]])
        }
        return TrendReport(points: points, series: series)
    }

    /// The figures of `people` taken together (as `[.organisation][""]`), scored now,
    /// with their completion of the open cycle when `rules` is given.
    private func liveFigures(of people: [Person], rules: CycleRules?) throws -> [CycleSnapshotRow.Kind: [String: CycleFigures]] {
        var builder = CycleSnapshotBuilder(catalog: catalog, keepsPeople: false)
        let ratings = people.count == 1
            ? [people[0].login: try store.currentRatings(of: people[0].login)]
            : try store.currentRatings(inTeams: Array(Set(people.map(\.teamID))))
        for person in people where person.isActive {
            let personRatings = ratings[person.login] ?? []
            builder.add(
                Scoring.assess(person, ratings: personRatings, catalog: catalog, now: now),
                completion: rules.flatMap { $0.includes(person) ? $0.completion(of: person, ratings: personRatings, catalog: catalog, now: now) : nil })
        }
        var result: [CycleSnapshotRow.Kind: [String: CycleFigures]] = [:]
        for row in builder.snapshot() { result[row.kind, default: [:]][row.subject] = row.figures }
        return result
    }

    // MARK: - Calibration

    /// Calibration now and at the close of each cycle: the whole organisation for hr and
    /// admin; the teams a lead leads (or one team, `teamID`) for a lead, whose history
    /// shows their teams and their own leniency. The organisation's figure is always
    /// over every pair: it is what each lead is compared with.
    public func calibrationReport(team teamID: String? = nil) throws -> CalibrationReport {
        let scope = try reportTeams(teamID)
        if scope?.isEmpty == true { throw AccessDenied(login: actor.login, refusal: .organisation) }
        let everyone = AccessPolicy.seesEveryone(actor)
        let allPairs = try store.calibrationPairs(inTeams: nil)
        let scopeSet = scope.map(Set.init)
        let pairs = scopeSet.map { teams in allPairs.filter { teams.contains($0.teamID) } } ?? allPairs
        let current = Scoring.calibrationFigures(pairs)
        let organisation = Scoring.calibrationFigures(allPairs).organisation

        let closed = try store.cycles().filter { !$0.isOpen }.sorted { ($0.closedAt ?? $0.opensAt) < ($1.closedAt ?? $1.opensAt) }
        func history(_ kind: CycleSnapshotRow.Kind, visible: (String) -> Bool) throws -> [String: [CalibrationFigure?]] {
            var result: [String: [CalibrationFigure?]] = [:]
            for (index, cycle) in closed.enumerated() {
                for row in try store.snapshotRows(cycle: cycle.name, kind: kind) where visible(row.subject) {
                    result[row.subject, default: Array(repeating: nil, count: closed.count)][index] = row.figures.calibration
                }
            }
            return result
        }
        let leadHistory = try history(.lead) { everyone || $0 == self.actor.login }
        let competencyHistory = try history(.competency) { _ in everyone }
        let teamHistory = try history(.team) { scopeSet?.contains($0) ?? true }
        let organisationHistory = try history(.organisation) { _ in true }
        let empty = [CalibrationFigure?](repeating: nil, count: closed.count)

        func rows(_ figures: [String: CalibrationFigure], history: [String: [CalibrationFigure?]]) -> [CalibrationReport.Row] {
            Set(figures.keys).union(history.keys).sorted().map {
                CalibrationReport.Row(subject: $0, current: figures[$0] ?? CalibrationFigure(), history: history[$0] ?? empty)
            }
        }
        let competencyFigures = Dictionary(
            current.competencies.map { (catalog.competencies[$0.key].id, $0.value) }, uniquingKeysWith: { first, _ in first })
        return CalibrationReport(
            teamIDs: scope, cycles: closed.map(\.name),
            organisation: CalibrationReport.Row(subject: "", current: organisation, history: organisationHistory[""] ?? empty),
            leads: rows(current.leads, history: leadHistory),
            competencies: rows(competencyFigures, history: competencyHistory),
            teams: rows(current.teams, history: teamHistory))
    }
}
