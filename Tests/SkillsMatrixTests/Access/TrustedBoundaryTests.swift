import Foundation
import Testing
@testable import SkillsMatrix

/// What no user of a shared database can bend: the time a change is recorded at, whose
/// name it is made in, and what an inactive person may do.
@Suite("The engine's trusted boundary")
struct TrustedBoundaryTests {
    /// The demo organisation with the demo mark taken off: a shared database like any other.
    static func makeSharedDatabase() throws -> (folder: URL, path: String) {
        let demo = try WorkspaceTests.makeDemo()
        let store = try SkillsStore.open(at: demo.path)
        try store.withTransaction { try store.setMeta("demo", "0") }
        return demo
    }

    @Test("a pinned report time never dates a change on a shared database")
    func reportTimeDatesNothing() throws {
        let shared = try Self.makeSharedDatabase()
        defer { try? FileManager.default.removeItem(at: shared.folder) }
        let future = Date(timeIntervalSince1970: 4_070_908_800)  // 2099-01-01
        let past = Date(timeIntervalSince1970: 1_600_000_000)  // 2020-09-13
        for pinned in [future, past] {
            let workspace = try Workspace.open(databaseAt: shared.path, login: "apatel", reportTime: pinned)
            #expect(workspace.now == pinned)
            let before = Date()
            let event = try workspace.rate(competencyID: "PM.RISK.1", level: 2)
            #expect(event.ratedAt >= before.addingTimeInterval(-1) && event.ratedAt <= Date().addingTimeInterval(1))
            let audit = try #require(try workspace.store.auditEntries(limit: 1).first)
            #expect(abs(audit.at.timeIntervalSince(event.ratedAt)) < 2)
        }
    }

    @Test("in the demo a pinned time dates changes, but never one in the future")
    func demoPinsTime() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let past = Date(timeIntervalSince1970: 1_790_000_000)
        let event = try Workspace.open(databaseAt: demo.path, login: "apatel", reportTime: past).rate(competencyID: "PM.RISK.1", level: 2)
        #expect(event.ratedAt == past)
        let future = Date().addingTimeInterval(86_400)
        let workspace = try Workspace.open(databaseAt: demo.path, login: "apatel", reportTime: future)
        let fingerprint = try DatabaseFingerprint.of(demo.path)
        #expect(performing: { try workspace.rate(competencyID: "PM.RISK.1", level: 3) }, throws: {
            ($0 as? SkillsError).map { if case .futureTime = $0 { true } else { false } } == true
        })
        #expect(try DatabaseFingerprint.of(demo.path) == fingerprint)
    }

    @Test("the schema refuses a rating or audit row dated in the future, from any writer")
    func schemaRefusesFuture() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let store = try SkillsStore.open(at: demo.path)
        let future = Int64(Date().timeIntervalSince1970) + 3_600
        #expect(throws: SkillsError.self) {
            try store.connection.run(
                """
                INSERT INTO rating_events(person_no, competency_no, level, track, rater, note, framework_version, rated_at)
                SELECT p.no, c.no, 2, 'self', p.login, '', '1.0.0', ? FROM people p, competencies c LIMIT 1
                """, [.int(future)])
        }
        #expect(throws: SkillsError.self) {
            try store.connection.run(
                "INSERT INTO audit(at, actor, acting_as, action, subject) VALUES (?, 'x', 'x', 'x', 'x')", [.int(future)])
        }
        // Within the allowed skew of another host's clock, it is accepted.
        try store.recordAudit(actor: "x", actingAs: "x", action: "x", subject: "x", at: Date().addingTimeInterval(60))
    }

    @Test("outside the demo, acting as someone else reads but never changes anything in their name")
    func actingAsReadsOnly() throws {
        let shared = try Self.makeSharedDatabase()
        defer { try? FileManager.default.removeItem(at: shared.folder) }
        let admin = try Workspace.open(databaseAt: shared.path, login: "root", actingAs: "apatel", clock: { Fixtures.now })
        #expect(admin.actor.isReadOnly)
        _ = try admin.gapReport()
        let fingerprint = try DatabaseFingerprint.of(shared.path)
        let refusal = AccessDenied(login: "root", refusal: .changeAs("apatel"))
        #expect(throws: refusal) { try admin.rate(competencyID: "PM.RISK.1", level: 4) }
        #expect(throws: refusal) {
            try admin.answer(competencyID: "PM.RISK.1", level: 4, note: "", scope: .role, nextPosition: 1)
        }
        let lead = try Workspace.open(databaseAt: shared.path, login: "root", actingAs: "hmarsh", clock: { Fixtures.now })
        #expect(throws: AccessDenied(login: "root", refusal: .changeAs("hmarsh"))) {
            try lead.rate(competencyID: "PM.RISK.1", level: 1, person: "apatel")
        }
        #expect(try DatabaseFingerprint.of(shared.path) == fingerprint)
        // In the demo, anyone may act as anyone, changes included.
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        #expect(try WorkspaceTests.open(demo.path, as: "apatel").rate(competencyID: "PM.RISK.1", level: 4).personLogin == "apatel")
    }

    @Test("a person marked inactive loses every right, hr and leading included")
    func inactiveLosesEverything() throws {
        let shared = try Self.makeSharedDatabase()
        defer { try? FileManager.default.removeItem(at: shared.folder) }
        let store = try SkillsStore.open(at: shared.path)
        try store.withTransaction {
            try store.connection.run("UPDATE people SET active = 0 WHERE login IN ('pnair', 'hmarsh')")
        }
        let hr = try Workspace.open(databaseAt: shared.path, login: "pnair")
        #expect(hr.actor.isInactive)
        #expect(hr.actor.rights.isEmpty)
        #expect(throws: AccessDenied(login: "pnair", refusal: .organisation)) { try hr.trainingNeeds() }
        #expect(throws: AccessDenied(login: "pnair", refusal: .inactive)) { try hr.gapReport() }
        let lead = try Workspace.open(databaseAt: shared.path, login: "hmarsh")
        #expect(lead.actor.ledTeamIDs.isEmpty)
        #expect(throws: AccessDenied.self) { try lead.heatmap(team: "project-support-office") }
        #expect(throws: AccessDenied.self) { try lead.rate(competencyID: "PM.RISK.1", level: 1, person: "apatel") }
    }

    @Test("unknown and not-yours-to-see read the same, for people and teams")
    func refusalsGiveNothingAway() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let staff = try WorkspaceTests.open(demo.path, as: "apatel")
        for login in ["ghost", "wli"] {
            #expect(throws: AccessDenied(login: "apatel", refusal: .person(login))) { try staff.gapReport(for: login) }
            #expect(throws: AccessDenied(login: "apatel", refusal: .rate(login))) {
                try staff.rate(competencyID: "PM.RISK.1", level: 1, person: login)
            }
        }
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        let visible = try lead.visibleTeams().map(\.id)
        for team in ["nowhere", "customer-services"] {
            #expect(throws: AccessDenied(login: "hmarsh", refusal: .team(team, visible: visible))) { try lead.heatmap(team: team) }
            #expect(throws: AccessDenied(login: "hmarsh", refusal: .team(team, visible: visible))) { try lead.validationQueue(team: team) }
        }
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        #expect(throws: SkillsError.unknownLogin("ghost")) { try hr.gapReport(for: "ghost") }
        #expect(throws: SkillsError.self) { try hr.heatmap(team: "nowhere") }
        #expect(throws: AccessDenied(login: "pnair", refusal: .validate(teamID: "customer-services"))) {
            try hr.validationQueue(team: "customer-services")
        }
    }
}
