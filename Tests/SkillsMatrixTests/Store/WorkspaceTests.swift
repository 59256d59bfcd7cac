import Foundation
import Testing
@testable import SkillsMatrix

/// The engine's front door, on the shipped frameworks and the demo organisation.
@Suite("Workspace on the demo organisation (SQLite and PostgreSQL)")
struct WorkspaceTests {
    static func makeDemo() throws -> (folder: URL, path: String) {
        try makeDemo(.sqlite)
    }

    /// The demo organisation in a new database of `backend`; `path` is its `--db`.
    static func makeDemo(_ backend: Backend) throws -> (folder: URL, path: String) {
        let database = try TestDatabase(backend, fileName: "demo.sqlite")
        let folder = database.folder
        let path = database.location
        _ = try Workspace.create(
            databaseAt: path, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory),
            demoDirectory: Fixtures.demoDirectory, login: "root", clock: { Fixtures.now })
        return (folder, path)
    }

    static func open(_ path: String, as login: String) throws -> Workspace {
        try Workspace.open(databaseAt: path, login: "root", actingAs: login, clock: { Fixtures.now })
    }

    @Test("the demo organisation has what the brief asks for", arguments: Backend.allCases)
    func demoContent(backend: Backend) throws {
        let demo = try Self.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try Self.open(demo.path, as: "pnair")
        let people = try hr.staff()
        #expect((20...30).contains(people.count))
        #expect(Set(people.map(\.roleID)) == Set(hr.catalog.roles.map(\.id)))
        #expect(people.contains { $0.name.contains("Å") || $0.name.contains("ø") || $0.name.contains("æ") })
        let teams = try hr.teamTree().teams
        #expect((3...4).contains(teams.count))
        var stale = 0
        var disputed = 0
        for person in people {
            let report = try hr.gapReport(for: person.login)
            stale += report.staleCount
            disputed += report.disputedCount
        }
        #expect(stale >= 3)
        #expect(disputed >= 3)
        let coverage = try hr.coverage(team: "project-support-office")
        let riskIndex = try #require(hr.catalog.competencyIndex(of: "PM.RISK.1"))
        let risk = try #require(coverage.coverage(of: riskIndex))
        #expect(risk.isSinglePointOfFailure)
        #expect(hr.isDemo)
    }

    @Test("demo: made, kept between runs, replaced by a fresh one; a database with real data is refused untouched", arguments: Backend.allCases)
    func demoReplaced(backend: Backend) throws {
        let database = try TestDatabase(backend, fileName: "demo.sqlite")
        defer { database.remove() }
        let frameworks = try FrameworkDirectory.load(from: Fixtures.frameworksDirectory)
        let recreate = {
            try Workspace.recreateDemo(databaseAt: database.location, frameworks: frameworks, demoDirectory: Fixtures.demoDirectory, login: "root")
        }
        #expect(try !Workspace.databaseExists(at: database.location))
        let first = try recreate()
        let events = try first.allRatingEvents().count
        try Self.open(database.location, as: "apatel").rate(competencyID: "PM.RISK.1", level: 2)
        #expect(try Workspace.databaseExists(at: database.location))
        #expect(try Self.open(database.location, as: "root").allRatingEvents().count == events + 1)
        // Replaced: the rating made in the old demo is gone, the demo is whole again.
        #expect(try recreate().allRatingEvents().count == events)
        let real = try TestDatabase(backend)
        defer { real.remove() }
        let store = try StoreTests.makeStore(real)
        let fingerprint = try DatabaseFingerprint.of(real.location)
        #expect(throws: SkillsError.notTheDemo(path: store.path)) {
            try Workspace.recreateDemo(databaseAt: real.location, frameworks: frameworks, demoDirectory: Fixtures.demoDirectory, login: "root")
        }
        #expect(try DatabaseFingerprint.of(real.location) == fingerprint)
    }

    @Test("staff see only themselves; leads their team; hr everyone", arguments: Backend.allCases)
    func visibility(backend: Backend) throws {
        let demo = try Self.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let staff = try Self.open(demo.path, as: "apatel")
        #expect(try staff.gapReport().person.login == "apatel")
        #expect(try staff.staff().map(\.login) == ["apatel"])
        #expect(throws: AccessDenied.self) { try staff.gapReport(for: "tashworth") }
        #expect(throws: AccessDenied.self) { try staff.heatmap(team: "project-support-office") }
        #expect(throws: AccessDenied.self) { try staff.trainingNeeds() }
        let lead = try Self.open(demo.path, as: "hmarsh")
        #expect(try lead.gapReport(for: "apatel").person.login == "apatel")
        #expect(throws: AccessDenied.self) { try lead.gapReport(for: "ejones") }
        #expect(try lead.heatmap(team: "project-support-office").rows.count == 7)
        #expect(throws: AccessDenied.self) { try lead.trainingNeeds() }
        #expect(try lead.trainingNeeds(team: "project-support-office").people.count == 7)
        let head = try Self.open(demo.path, as: "mhollis")
        #expect(try head.heatmap(team: "customer-services").rows.count > 0)
    }

    @Test("rating: own ratings go on the self track, a lead's on the lead track, others are refused", arguments: Backend.allCases)
    func rating(backend: Backend) throws {
        let demo = try Self.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let before = try SkillsStore.open(at: demo.path).ratingEventCount()
        let staff = try Self.open(demo.path, as: "apatel")
        #expect(try staff.rate(competencyID: "PM.RISK.1", level: 2, note: " ran a workshop ").track == .selfAssessment)
        let lead = try Self.open(demo.path, as: "hmarsh")
        let event = try lead.rate(competencyID: "PM.RISK.1", level: 1, person: "apatel")
        #expect(event.track == .lead)
        #expect(event.raterLogin == "hmarsh")
        let report = try lead.gapReport(for: "apatel")
        let risk = try #require(report.requirements.first { lead.catalog.competencies[$0.competency].id == "PM.RISK.1" })
        #expect(risk.selfRating?.level == 2)
        #expect(risk.leadRating?.level == 1)
        #expect(throws: AccessDenied.self) { try staff.rate(competencyID: "PM.RISK.1", level: 2, person: "tashworth") }
        #expect(throws: AccessDenied.self) { try Self.open(demo.path, as: "swhitfield").rate(competencyID: "PM.RISK.1", level: 2, person: "apatel") }
        #expect(performing: { try staff.rate(competencyID: "PM.RISK.9", level: 2) }, throws: { "\($0)".contains("unknown competency PM.RISK.9") })
        #expect(performing: { try staff.rate(competencyID: "PM.RISK.1", level: 5) }, throws: { "\($0)".contains("0 None, 1 Aware") })
        // Nobody, or someone not hers to rate: one refusal, so it does not tell which.
        #expect(throws: AccessDenied(login: "apatel", refusal: .rate("nobody"))) {
            try staff.rate(competencyID: "PM.RISK.1", level: 2, person: "nobody")
        }
        #expect(throws: AccessDenied(login: "apatel", refusal: .rate("tashworth"))) {
            try staff.rate(competencyID: "PM.RISK.1", level: 2, person: "tashworth")
        }
        let history = try SkillsStore.open(at: demo.path).ratingHistory(of: "apatel", competencyID: "PM.RISK.1")
        #expect(history.first?.note == "")
        #expect(history.dropFirst().first?.note == "ran a workshop")
        #expect(try SkillsStore.open(at: demo.path).ratingEventCount() == before + 2)
    }

    @Test("a bad demo file leaves no database behind")
    func badDemoLeavesNothing() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = folder.appendingPathComponent("demo")
        try FileManager.default.createDirectory(at: demo, withIntermediateDirectories: true)
        for name in ["teams.csv", "people.csv", "grants.csv"] {
            try FileManager.default.copyItem(at: Fixtures.demoDirectory.appendingPathComponent(name), to: demo.appendingPathComponent(name))
        }
        try "login,competency,level,track,rater,days_ago,note\napatel,PM.RISK.1,9,self,apatel,1,\n".write(
            to: demo.appendingPathComponent("ratings.csv"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("db.sqlite").path
        #expect(performing: {
            try Workspace.create(
                databaseAt: path, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory), demoDirectory: demo,
                login: "root")
        }, throws: { "\($0)".contains("ratings.csv:2: level: level must be a whole number from 0 to 4") })
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
