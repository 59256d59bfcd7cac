import Foundation
import Testing
@testable import SkillsMatrix

@Suite("Staff import (SQLite and PostgreSQL)")
struct StaffImportTests {
    static func csv(_ lines: [String], bom: Bool = false, crlf: Bool = false) -> [UInt8] {
        Array(((bom ? "\u{FEFF}" : "") + lines.joined(separator: crlf ? "\r\n" : "\n") + "\n").utf8)
    }

    static let file = [
        "role,login,team,name,lead,email,team_name",
        "project-coordinator,hmarsh,project-support-office,Helen Marsh,,helen.marsh@example-council.gov.uk,",
        "front-line-staff,nnew,digital-services,Nina Nybø,yes,,Digital Services",
        "project-manager,tashworth,project-support-office,Tom Ashworth,yes,tom.ashworth@example-council.gov.uk,",
        "team-leader,wli,education-leisure-it,Wei Li (李伟),,wei.li@example-council.gov.uk,",
    ]

    @Test("a dry run reports and writes nothing; the import then does what it said, once", arguments: Backend.allCases)
    func dryRunThenImport(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let before = try DatabaseFingerprint.of(demo.path)
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let bytes = Self.csv(Self.file, bom: true, crlf: true)
        let dry = try admin.importStaff(bytes, file: "staff.csv", deactivateMissing: false, dryRun: true)
        #expect(try DatabaseFingerprint.of(demo.path) == before)
        #expect(dry.added.map(\.login) == ["nnew"])
        #expect(dry.updated.map(\.after.login) == ["wli"])
        #expect(dry.updated.first?.changes == ["role senior-systems-development-officer -> team-leader"])
        #expect(dry.unchangedCount == 2)
        #expect(dry.newTeams == [Team(id: "digital-services", name: "Digital Services")])
        #expect(Set(dry.leadChanges.map { "\($0.leads ? "+" : "-")\($0.login)@\($0.teamID)" })
            == ["-hmarsh@project-support-office", "+tashworth@project-support-office", "+nnew@digital-services"])

        let done = try admin.importStaff(bytes, file: "staff.csv", deactivateMissing: false, dryRun: false)
        #expect(done.added == dry.added && done.updated == dry.updated && done.leadChanges == dry.leadChanges)
        let after = try WorkspaceTests.open(demo.path, as: "root")
        #expect(try after.store.people(includingInactive: true).count == 26)
        #expect(try after.person("nnew").name == "Nina Nybø")
        #expect(try after.person("wli").roleID == "team-leader")
        let tree = try after.teamTree()
        #expect(tree.team("digital-services")?.leadLogins == ["nnew"])
        #expect(tree.team("project-support-office")?.leadLogins == ["tashworth"])
        let audit = try #require(try after.store.auditEntries(limit: 1).first)
        #expect(audit.action == "import staff" && audit.detail.contains("1 added, 1 updated"))

        // Re-importing the same file changes nothing and adds no audit row.
        let fingerprint = try DatabaseFingerprint.of(demo.path)
        let again = try after.importStaff(bytes, file: "staff.csv", deactivateMissing: false, dryRun: false)
        #expect(!again.changesAnything)
        #expect(try DatabaseFingerprint.of(demo.path) == fingerprint)
    }

    @Test("--deactivate-missing marks absent people inactive, keeps their ratings, and ends their leads", arguments: Backend.allCases)
    func deactivateMissing(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let everyone = try admin.store.people(includingInactive: true)
        let keep = everyone.filter { $0.login != "mlloyd" && $0.login != "rdunn" }
        let lines = ["login,name,email,team,role"] + keep.map { "\($0.login),\($0.name),\($0.email),\($0.teamID),\($0.roleID)" }
        let events = try admin.store.ratingEventCount()
        let plan = try admin.importStaff(Self.csv(lines), file: "staff.csv", deactivateMissing: true, dryRun: false)
        #expect(Set(plan.deactivated.map(\.login)) == ["mlloyd", "rdunn"])
        #expect(plan.leadChanges == [StaffImportPlan.LeadChange(login: "rdunn", teamID: "education-leisure-it", leads: false)])
        let after = try WorkspaceTests.open(demo.path, as: "root")
        #expect(try after.person("mlloyd").isActive == false)
        #expect(try after.store.ratingEventCount() == events)
        #expect(try after.store.ratingHistory(of: "rdunn").isEmpty == false)
        #expect(try after.teamTree().team("education-leisure-it")?.leadLogins == [])
        // No lead column: leads of people in the file stay as they were.
        #expect(try after.teamTree().team("project-support-office")?.leadLogins == ["hmarsh"])
        // Coming back in a later file makes them active again.
        let back = try after.importStaff(
            Self.csv(["login,name,team,role", "mlloyd,Megan Lloyd,education-leisure-it,front-line-staff"]), file: "back.csv",
            deactivateMissing: false, dryRun: false)
        #expect(back.updated.first?.changes == ["reactivated"])
        #expect(try WorkspaceTests.open(demo.path, as: "root").person("mlloyd").isActive)
    }

    @Test("a login that differs only in case from an existing one is refused at its line, nothing written", arguments: Backend.allCases)
    func loginCase(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let before = try DatabaseFingerprint.of(demo.path)
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let file = Self.csv([
            "login,name,team,role", "wli,Wei Li (李伟),education-leisure-it,senior-systems-development-officer",
            "HMarsh,Helen Marsh,project-support-office,project-manager",
        ])
        #expect(throws: InputFileErrors([
            InputFileError(file: "s.csv", line: 3, location: "login", message: "HMarsh differs only in case from the existing login hmarsh; use hmarsh")
        ])) {
            try admin.importStaff(file, file: "s.csv", deactivateMissing: false, dryRun: true)
        }
        #expect(try DatabaseFingerprint.of(demo.path) == before)
    }

    @Test("refusals leave the database as it was: bad rows, an empty file with --deactivate-missing, a non-admin", arguments: Backend.allCases)
    func refusals(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let before = try DatabaseFingerprint.of(demo.path)
        let admin = try WorkspaceTests.open(demo.path, as: "root")
        let bad = Self.csv(["login,name,team,role", "ok1,Fine,customer-services,front-line-staff", "bad login,X,customer-services,nobody"])
        do {
            try admin.importStaff(bad, file: "bad.csv", deactivateMissing: false, dryRun: false)
            Issue.record("accepted a bad file")
        } catch let errors as InputFileErrors {
            #expect(errors.errors.map(\.line) == [3, 3])
        }
        #expect(performing: { try admin.importStaff(Self.csv(["login,name,team,role"]), file: "e.csv", deactivateMissing: true, dryRun: false) },
                throws: { "\($0)".contains("would mark everyone inactive") })
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        #expect(performing: { try lead.importStaff(Self.csv(Self.file), file: "s.csv", deactivateMissing: false, dryRun: true) },
                throws: { $0 is AccessDenied })
        #expect(try DatabaseFingerprint.of(demo.path) == before)
    }
}
