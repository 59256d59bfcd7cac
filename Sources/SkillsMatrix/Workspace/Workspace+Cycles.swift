import Foundation

extension Workspace {
    // MARK: - Cycles

    /// Every review cycle, oldest first. Anyone may list them: a cycle says what is
    /// asked of whom and by when, nothing about anyone's ratings.
    public func cycles() throws -> [ReviewCycle] { try store.cycles() }

    /// The cycle named `name`.
    public func cycle(named name: String) throws -> ReviewCycle {
        let all = try store.cycles()
        guard let found = all.first(where: { $0.name == name }) else { throw SkillsError.unknownCycle(name, known: all.map(\.name)) }
        return found
    }

    /// The open cycle, if any.
    public func openCycle() throws -> ReviewCycle? { try store.cycles().last { $0.isOpen } }

    /// The cycle a report is about when none is named: the open one, else the one
    /// closed last.
    public func currentCycle() throws -> ReviewCycle {
        let all = try store.cycles()
        if let open = all.last(where: \.isOpen) { return open }
        guard let closed = all.filter({ !$0.isOpen }).max(by: { ($0.closedAt ?? $0.opensAt) < ($1.closedAt ?? $1.opensAt) }) else {
            throw SkillsError.noCycle
        }
        return closed
    }

    /// Opens a review cycle now (hr and admin).
    /// - Parameters:
    ///   - teamIDs: teams in scope (each with the teams below it); empty for everyone.
    ///   - frameworkIDs: frameworks assessed; empty for every framework installed.
    ///   - due: the day it is due; the cycle is due at the end of that day (UTC).
    /// - Throws: `AccessDenied`, `SkillsError.cycleAlreadyOpen`, `.cycleNameTaken`,
    ///   `.invalidCycleName`, `.unknownTeam`, `.unknownFramework`, `.dueBeforeOpening`.
    @discardableResult
    public func openCycle(name: String, teamIDs: [String], frameworkIDs: [String], due: CalendarDay) throws -> ReviewCycle {
        try AccessPolicy.check(.manageCycles, by: actor)
        let cycle = try validatedCycle(name: name, teamIDs: teamIDs, frameworkIDs: frameworkIDs, opensAt: clock(), due: due)
        try store.insertCycle(cycle, actor: actor.realLogin, actingAs: actor.login, at: cycle.opensAt)
        return cycle
    }

    /// Opens a review cycle now for `scope` and exactly `frameworkIDs` (hr and admin): the
    /// terminal UI's choice, where "chosen teams" with none chosen, or no framework, is a
    /// mistake rather than "everyone".
    /// - Throws: as `openCycle(name:teamIDs:frameworkIDs:due:)`, and
    ///   `SkillsError.cycleWithoutTeams`, `.cycleWithoutFrameworks`.
    @discardableResult
    public func openCycle(name: String, scope: CycleScope, frameworkIDs: [String], due: CalendarDay) throws -> ReviewCycle {
        try AccessPolicy.check(.manageCycles, by: actor)
        guard !frameworkIDs.isEmpty else { throw SkillsError.cycleWithoutFrameworks }
        switch scope {
        case .organisation:
            return try openCycle(name: name, teamIDs: [], frameworkIDs: frameworkIDs, due: due)
        case .teams(let teamIDs):
            guard !teamIDs.isEmpty else { throw SkillsError.cycleWithoutTeams }
            return try openCycle(name: name, teamIDs: teamIDs, frameworkIDs: frameworkIDs, due: due)
        }
    }

    /// Checks a new cycle against the rules and the cycles there are.
    func validatedCycle(name: String, teamIDs: [String], frameworkIDs: [String], opensAt: Date, due: CalendarDay) throws -> ReviewCycle {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 80, TerminalText.storageProblem(trimmed, onOneLine: true) == nil else {
            throw SkillsError.invalidCycleName(trimmed)
        }
        let existing = try store.cycles()
        if existing.contains(where: { $0.name == trimmed }) { throw SkillsError.cycleNameTaken(trimmed) }
        if let open = existing.first(where: \.isOpen) { throw SkillsError.cycleAlreadyOpen(open.name) }
        for teamID in teamIDs { _ = try team(teamID) }
        let known = catalog.frameworks.map(\.id)
        let frameworks = frameworkIDs.isEmpty ? known : frameworkIDs.map { $0.uppercased() }
        for id in frameworks where !known.contains(id) { throw SkillsError.unknownFramework(id, known: known) }
        guard !frameworks.isEmpty else { throw SkillsError.cycleWithoutFrameworks }
        // Due at the last second of the day (UTC).
        let dueAt = due.adding(days: 1).start.addingTimeInterval(-1)
        guard dueAt > opensAt else { throw SkillsError.dueBeforeOpening(due: due.description, opens: DateText.day(opensAt)) }
        return ReviewCycle(
            name: trimmed, teamIDs: teamIDs.enumerated().filter { !teamIDs[..<$0.offset].contains($0.element) }.map(\.element),
            frameworkIDs: frameworks,
            opensAt: opensAt, dueAt: dueAt, openedBy: actor.login)
    }

    /// Closes the cycle `name` now and records its snapshot (hr and admin).
    /// - Returns: the closed cycle and the snapshot rows recorded.
    @discardableResult
    public func closeCycle(named name: String) throws -> (cycle: ReviewCycle, snapshot: [CycleSnapshotRow]) {
        try AccessPolicy.check(.manageCycles, by: actor)
        var cycle = try self.cycle(named: name)
        guard cycle.isOpen else { throw SkillsError.cycleAlreadyClosed(name) }
        let now = clock()
        let snapshot = try Self.snapshot(of: cycle, store: store, now: now)
        try store.closeCycle(cycle.name, snapshot: snapshot, by: actor.login, actor: actor.realLogin, at: now)
        cycle.closedAt = Date(timeIntervalSince1970: TimeInterval(SkillsStore.seconds(now)))
        cycle.closedBy = actor.login
        return (cycle, snapshot)
    }

    /// The figures of everyone in `cycle` from the current ratings in `store`, scored at
    /// `now`: what closing it records.
    static func snapshot(of cycle: ReviewCycle, store: SkillsStore, now: Date) throws -> [CycleSnapshotRow] {
        let catalog = store.catalog
        let rules = CycleRules(cycle: cycle, catalog: catalog, teams: TeamTree(try store.teams()))
        var builder = CycleSnapshotBuilder(catalog: catalog, keepsPeople: true)
        var included: Set<String> = []
        try store.forEachActivePersonConcurrently { batch in
            for (_, person, ratings) in batch where rules.includes(person) {
                included.insert(person.login)
                builder.add(
                    Scoring.assess(person, ratings: ratings, catalog: catalog, now: now),
                    completion: rules.completion(of: person, ratings: ratings, catalog: catalog, now: now))
            }
        }
        for pair in try store.calibrationPairs(inTeams: nil) where included.contains(pair.login) { builder.add(pair) }
        return builder.snapshot()
    }

    // MARK: - Completion

    /// The acting user's progress in the open cycle, when it includes them.
    public func myCompletion() throws -> (cycle: ReviewCycle, completion: PersonCompletion)? {
        guard let person = actor.person, let cycle = try openCycle() else { return nil }
        let rules = CycleRules(cycle: cycle, catalog: catalog, teams: try teamTree())
        guard rules.includes(person) else { return nil }
        return (cycle, rules.completion(of: person, ratings: try store.currentRatings(of: person.login), catalog: catalog, now: now))
    }

    /// The acting user's progress when the open cycle is past due and they have not
    /// finished: what the SSH gateway reminds them of when they connect.
    public func overdueReminder() throws -> (cycle: ReviewCycle, completion: PersonCompletion)? {
        guard let mine = try myCompletion(), mine.completion.isOverdue(in: mine.cycle, now: now) else { return nil }
        return mine
    }

    /// Who has done how much of `cycleName` (the current cycle when nil): everyone in it
    /// for hr and admin, or one team; for a lead, the members of the teams they lead;
    /// for anyone else, themselves.
    ///
    /// An open cycle is counted from the current ratings; a closed one is read from its
    /// snapshot (people who have left since are listed by login only, without email).
    public func completion(cycle cycleName: String? = nil, team teamID: String? = nil) throws -> CompletionReport {
        let cycle = try cycleName.map { try self.cycle(named: $0) } ?? currentCycle()
        let rules = CycleRules(cycle: cycle, catalog: catalog, teams: try teamTree())
        let scopeTeams = try reportTeams(teamID)
        if !cycle.isOpen { return try closedCompletion(cycle, teams: scopeTeams, teamID: teamID) }
        var completions: [PersonCompletion] = []
        if let scopeTeams, scopeTeams.isEmpty {
            let me = try currentPerson()
            if rules.includes(me) {
                completions = [rules.completion(of: me, ratings: try store.currentRatings(of: me.login), catalog: catalog, now: now)]
            }
        } else if let scopeTeams {
            let ratings = try store.currentRatings(inTeams: scopeTeams)
            for person in try store.people(inTeams: scopeTeams) where rules.includes(person) {
                completions.append(rules.completion(of: person, ratings: ratings[person.login] ?? [], catalog: catalog, now: now))
            }
        } else {
            // Placed by position (login order), as the scan hands people over in no order.
            var byPosition: [PersonCompletion?] = []
            try store.forEachActivePersonConcurrently { batch in
                for (position, person, ratings) in batch where rules.includes(person) {
                    if position >= byPosition.count { byPosition.append(contentsOf: repeatElement(nil, count: position + 1 - byPosition.count)) }
                    byPosition[position] = rules.completion(of: person, ratings: ratings, catalog: catalog, now: now, keepingPending: false)
                }
            }
            completions = byPosition.compactMap { $0 }
        }
        return CompletionReport(cycle: cycle, teamID: teamID, people: CompletionReport.ordered(completions), now: now)
    }

    /// The teams a report covers: `teamID` if the actor may see it, else
    /// `AccessPolicy.defaultReportTeams` (nil for everyone, empty for oneself only).
    func reportTeams(_ teamID: String?) throws -> [String]? {
        guard let teamID else { return AccessPolicy.defaultReportTeams(for: actor) }
        _ = try team(teamID)
        return [teamID]
    }

    /// Completion of a closed cycle, from its snapshot.
    private func closedCompletion(_ cycle: ReviewCycle, teams scopeTeams: [String]?, teamID: String?) throws -> CompletionReport {
        let rows = try store.snapshotRows(cycle: cycle.name, kind: .person)
        let people = Dictionary(try store.people(includingInactive: true).map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        let allowed: Set<String>? = scopeTeams.map { teams in
            teams.isEmpty ? Set([actor.login]) : Set(teams.flatMap { team in people.values.filter { $0.teamID == team }.map(\.login) })
        }
        let completions = rows.compactMap { row -> PersonCompletion? in
            if let allowed, !allowed.contains(row.subject) { return nil }
            let person = people[row.subject] ?? Person(login: row.subject, name: row.subject, teamID: "", roleID: "", isActive: false)
            return PersonCompletion(person: person, done: row.figures.done, total: row.figures.total, lastActivity: nil, pending: [])
        }
        return CompletionReport(cycle: cycle, teamID: teamID, people: CompletionReport.ordered(completions), now: now)
    }
}

/// Who a new review cycle is for: the whole organisation, or chosen teams (each with
/// the teams below it).
public enum CycleScope: Hashable, Sendable {
    case organisation
    case teams([String])
}
