import Foundation
import Testing
@testable import SkillsMatrix

/// Review cycles through the workspace: who may open and close them, what closing
/// records, and that the record never changes.
@Suite("Review cycles in the database (SQLite and PostgreSQL)")
struct ReviewCycleTests {
    static let due = CalendarDay(containing: Fixtures.now).adding(days: 20)

    /// The demo, with its open cycle closed, so that a new one can be opened.
    static func demoWithoutOpenCycle(_ backend: Backend) throws -> (folder: URL, path: String) {
        let demo = try WorkspaceTests.makeDemo(backend)
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        let open = try #require(try hr.openCycle())
        try hr.closeCycle(named: open.name)
        return demo
    }

    @Test("the demo has one closed cycle of history with a snapshot, and one open cycle, the same each time it is made", arguments: Backend.allCases)
    func demoCycles(backend: Backend) throws {
        let first = try WorkspaceTests.makeDemo(backend)
        let second = try WorkspaceTests.makeDemo(backend)
        defer {
            try? FileManager.default.removeItem(at: first.folder)
            try? FileManager.default.removeItem(at: second.folder)
        }
        let hr = try WorkspaceTests.open(first.path, as: "pnair")
        let cycles = try hr.cycles()
        #expect(cycles.count == 2)
        #expect(cycles.filter(\.isOpen).count == 1)
        let closed = try #require(cycles.first { !$0.isOpen })
        let rows = try hr.store.snapshotRows(cycle: closed.name, kind: .person)
        #expect(rows.count == (try hr.staff()).count)
        #expect(rows.contains { $0.figures.done > 0 })
        let again = try WorkspaceTests.open(second.path, as: "pnair")
        for kind in CycleSnapshotRow.Kind.allCases {
            #expect(try hr.store.snapshotRows(cycle: closed.name, kind: kind) == again.store.snapshotRows(cycle: closed.name, kind: kind))
        }
        // The trend has the closed cycle and now; the readiness moved between them.
        let trend = try hr.trend()
        #expect(trend.points.map(\.label) == [closed.name, "now"])
        let organisation = try #require(trend.series.first { $0.kind == .organisation })
        #expect(organisation.figures.allSatisfy { $0 != nil })
        #expect(organisation.figures[0]?.readiness != organisation.figures[1]?.readiness)
        #expect(try hr.calibrationReport().cycles == [closed.name])
    }

    @Test("the terminal UI's way to open a cycle: chosen teams with none chosen and no framework are refused, nothing written; a scope of teams is stored as chosen")
    func openWithScope() throws {
        let demo = try Self.demoWithoutOpenCycle(.sqlite)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        #expect(throws: SkillsError.cycleWithoutTeams) { try hr.openCycle(name: "none", scope: .teams([]), frameworkIDs: ["PM"], due: Self.due) }
        #expect(throws: SkillsError.cycleWithoutFrameworks) { try hr.openCycle(name: "none", scope: .organisation, frameworkIDs: [], due: Self.due) }
        #expect(throws: AccessDenied(login: "hmarsh", refusal: .manageCycles)) {
            try WorkspaceTests.open(demo.path, as: "hmarsh").openCycle(name: "none", scope: .organisation, frameworkIDs: ["PM"], due: Self.due)
        }
        #expect(try hr.openCycle() == nil)
        let opened = try hr.openCycle(name: "two teams", scope: .teams(["project-support-office", "customer-services"]), frameworkIDs: ["di"], due: Self.due)
        #expect(opened.teamIDs == ["project-support-office", "customer-services"] && opened.frameworkIDs == ["DI"])
        #expect(try hr.cycle(named: "two teams") == opened)
    }

    @Test("only hr and admin open and close cycles, and each is audited; staff and leads are refused, nothing written", arguments: Backend.allCases)
    func rights(backend: Backend) throws {
        let demo = try Self.demoWithoutOpenCycle(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        for login in ["wli", "hmarsh"] {
            let refused = try WorkspaceTests.open(demo.path, as: login)
            #expect(throws: AccessDenied(login: login, refusal: .manageCycles)) {
                try refused.openCycle(name: "mine", teamIDs: [], frameworkIDs: [], due: Self.due)
            }
            #expect(throws: AccessDenied(login: login, refusal: .manageCycles)) { try refused.closeCycle(named: "2026 winter review") }
        }
        #expect(try WorkspaceTests.open(demo.path, as: "pnair").cycles().count == 2)
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        let cycle = try hr.openCycle(name: " 2027 spring ", teamIDs: ["customer-services"], frameworkIDs: ["di"], due: Self.due)
        #expect(cycle.name == "2027 spring" && cycle.frameworkIDs == ["DI"] && DateText.timestamp(cycle.dueAt) == Self.due.description + "T23:59:59Z")
        #expect(try hr.store.auditEntries(limit: 1).first?.action == "open cycle")
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        try admin.closeCycle(named: "2027 spring")
        #expect(try admin.store.auditEntries(limit: 1).first?.action == "close cycle")
    }

    @Test("one cycle at a time, unique names, a due date after the opening, known teams and frameworks", arguments: Backend.allCases)
    func refusals(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        #expect(throws: SkillsError.cycleAlreadyOpen("2026 winter review")) {
            try hr.openCycle(name: "another", teamIDs: [], frameworkIDs: [], due: Self.due)
        }
        try hr.closeCycle(named: "2026 winter review")
        #expect(throws: SkillsError.cycleAlreadyClosed("2026 winter review")) { try hr.closeCycle(named: "2026 winter review") }
        #expect(throws: SkillsError.cycleNameTaken("2026 autumn review")) {
            try hr.openCycle(name: "2026 autumn review", teamIDs: [], frameworkIDs: [], due: Self.due)
        }
        #expect(throws: SkillsError.invalidCycleName("")) { try hr.openCycle(name: "  ", teamIDs: [], frameworkIDs: [], due: Self.due) }
        #expect(throws: SkillsError.invalidCycleName("a\u{1B}b")) { try hr.openCycle(name: "a\u{1B}b", teamIDs: [], frameworkIDs: [], due: Self.due) }
        let past = CalendarDay(containing: Fixtures.daysAgo(2))
        #expect(throws: SkillsError.dueBeforeOpening(due: past.description, opens: DateText.day(Fixtures.now))) {
            try hr.openCycle(name: "late", teamIDs: [], frameworkIDs: [], due: past)
        }
        #expect(performing: { try hr.openCycle(name: "x", teamIDs: ["nowhere"], frameworkIDs: [], due: Self.due) },
                throws: { ($0 as? SkillsError).map { if case .unknownTeam = $0 { true } else { false } } ?? false })
        #expect(performing: { try hr.openCycle(name: "x", teamIDs: [], frameworkIDs: ["ZZ"], due: Self.due) },
                throws: { ($0 as? SkillsError).map { if case .unknownFramework = $0 { true } else { false } } ?? false })
        #expect(try hr.cycles().count == 2)
    }

    @Test("a snapshot is append-only: no change, deletion, addition after the close, or reopening, from any writer", arguments: Backend.allCases)
    func snapshotImmutable(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        let before = try hr.store.snapshotRows(cycle: "2026 autumn review", kind: .person)
        let connection = hr.store.connection
        for sql in [
            "UPDATE cycle_snapshots SET done = 99",
            "DELETE FROM cycle_snapshots",
            "INSERT INTO cycle_snapshots(cycle_no, kind, subject) SELECT no, 'person', 'new' FROM review_cycles WHERE closed_at IS NOT NULL",
            "UPDATE review_cycles SET closed_at = NULL WHERE closed_at IS NOT NULL",
            "UPDATE review_cycles SET due_at = due_at + 1",
            "DELETE FROM review_cycles",
        ] {
            #expect(throws: (any Error).self, "\(sql)") { try connection.execute(sql) }
        }
        // Ratings made after the close change the present, never the snapshot.
        let wli = try WorkspaceTests.open(demo.path, as: "wli")
        try wli.rate(competencyID: "DI.FND.1", level: 4)
        #expect(try hr.store.snapshotRows(cycle: "2026 autumn review", kind: .person) == before)
        #expect(try hr.completion(cycle: "2026 autumn review").people.map(\.done) == CompletionReport.ordered(
            before.map { row in PersonCompletion(person: try #require(try hr.store.person(login: row.subject)), done: row.figures.done, total: row.figures.total, lastActivity: nil, pending: []) }
        ).map(\.done))
    }

    @Test("completion: a rating during the cycle counts; re-confirming an older one records a new rating that counts", arguments: Backend.allCases)
    func completionAndReconfirm(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let wli = try WorkspaceTests.open(demo.path, as: "wli")
        let before = try #require(try wli.myCompletion()).completion
        let pending = try #require(before.pending.first)
        let id = wli.catalog.competencies[pending].id
        let eventsBefore = try wli.store.ratingEventCount()
        if try wli.gapReport().requirements.first(where: { $0.competency == pending })?.selfRating != nil {
            try wli.reconfirm(competencyID: id, scope: .role, nextPosition: 1)
        } else {
            #expect(throws: SkillsError.nothingToReconfirm(id)) { try wli.reconfirm(competencyID: id, scope: .role, nextPosition: 1) }
            try wli.rate(competencyID: id, level: 2)
        }
        #expect(try wli.store.ratingEventCount() == eventsBefore + 1)
        let after = try #require(try wli.myCompletion()).completion
        #expect(after.done == before.done + 1)
        #expect(!after.pending.contains(pending))
        // Leads see their members; staff only themselves; hr everyone in the cycle.
        #expect(try wli.completion().people.map(\.person.login) == ["wli"])
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        #expect(Set(try lead.completion().people.map(\.person.teamID)).isSubset(of: lead.actor.ledTeamIDs))
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        #expect(try hr.completion().people.count == (try hr.staff()).count)
        #expect(throws: (any Error).self) { try wli.completion(team: "customer-services") }
    }

    /// A clock that says `start` the first time and a minute later every time after: a
    /// session opened at `start` that records a rating afterwards (the TUI's case).
    final class MovingClock: @unchecked Sendable {
        private let lock = NSLock()
        private var calls = 0

        func read() -> Date {
            lock.lock()
            defer { lock.unlock() }
            calls += 1
            return Fixtures.now.addingTimeInterval(calls == 1 ? 0 : 60)
        }
    }

    @Test("a rating a session records after it was opened counts for the open cycle: completion and the walk-through agree")
    func ratingAfterTheSessionOpened() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let clock = MovingClock()
        let apatel = try Workspace.open(databaseAt: demo.path, login: "root", actingAs: "apatel", clock: { clock.read() })
        let before = try #require(try apatel.myCompletion()).completion
        let step = try #require(try apatel.walkthrough(.role).steps.first { $0.awaitsReconfirmation })
        let id = apatel.catalog.competencies[step.competency].id
        let receipt = try apatel.reconfirm(competencyID: id, scope: .role, nextPosition: 1)
        #expect(receipt.event.ratedAt > apatel.now)
        #expect(try #require(try apatel.myCompletion()).completion.done == before.done + 1)
        let after = try #require(try apatel.walkthrough(.role).steps.first { $0.competency == step.competency })
        #expect(after.countsForCycle && !after.awaitsReconfirmation)
        // Every step: an item of the cycle counts exactly when its self rating is newer than the opening.
        let cycle = try #require(try apatel.openCycle())
        for step in try apatel.walkthrough(.role).steps {
            #expect(step.isCycleItem)
            #expect(step.countsForCycle == ((step.ratings?.selfRating?.ratedAt).map { $0 >= cycle.opensAt } ?? false))
        }
    }

    @Test("re-confirming what was never rated is refused, nothing recorded", arguments: Backend.allCases)
    func reconfirmNothing(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let wli = try WorkspaceTests.open(demo.path, as: "wli")
        let unrated = try #require(try wli.gapReport().requirements.first { $0.selfRating == nil })
        let id = wli.catalog.competencies[unrated.competency].id
        let count = try wli.store.ratingEventCount()
        #expect(throws: SkillsError.nothingToReconfirm(id)) { try wli.reconfirm(competencyID: id, scope: .role, nextPosition: 1) }
        #expect(try wli.store.ratingEventCount() == count)
    }

    @Test("calibration: hr sees every lead; a lead their teams and own leniency history; staff are refused", arguments: Backend.allCases)
    func calibrationAccess(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try WorkspaceTests.open(demo.path, as: "pnair").calibrationReport()
        #expect(hr.leads.count >= 2)
        #expect(hr.organisation.current.pairs == hr.teams.reduce(0) { $0 + $1.current.pairs })
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        let own = try lead.calibrationReport()
        #expect(Set(own.teams.map(\.subject)).isSubset(of: lead.actor.ledTeamIDs))
        #expect(own.organisation.current == hr.organisation.current)
        for row in own.leads where row.subject != "hmarsh" { #expect(row.history.allSatisfy { $0 == nil }) }
        #expect(throws: AccessDenied(login: "wli", refusal: .organisation)) { try WorkspaceTests.open(demo.path, as: "wli").calibrationReport() }
    }

    @Test("an overdue person gets a reminder; someone complete or outside the cycle does not", arguments: Backend.allCases)
    func reminder(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        let report = try hr.completion()
        #expect(report.cycle.isPastDue(at: hr.now))
        let overdue = try #require(report.overdue.first)
        #expect(try WorkspaceTests.open(demo.path, as: overdue.person.login).overdueReminder() != nil)
        if let complete = report.people.first(where: \.isComplete) {
            #expect(try WorkspaceTests.open(demo.path, as: complete.person.login).overdueReminder() == nil)
        }
        #expect(try WorkspaceTests.open(demo.path, as: "root").overdueReminder() == nil)
    }
}
