import Foundation
import Testing
@testable import SkillsMatrix

/// Granting and withdrawing hr and admin: the only way a real department names its HR
/// officers, so every rule is checked against the rights the next session gets.
@Suite("Granting and withdrawing rights (SQLite and PostgreSQL)")
struct WorkspaceRightsTests {
    static func open(_ path: String, _ login: String) throws -> Workspace {
        try Workspace.open(databaseAt: path, login: login, clock: { Fixtures.now })
    }

    @Test("a grant takes effect at the next open, is audited once, and a repeat changes nothing", arguments: Backend.allCases)
    func grantThenWithdraw(backend: Backend) throws {
        let demo = try WorkspaceSSHAccessTests.makeDemoWithInactive(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        #expect(try !Self.open(demo.path, "wli").actor.isHR)
        let admin = try Self.open(demo.path, "root")
        let before = try admin.store.auditEntries(limit: 1_000).count

        #expect(try admin.grant(.hr, to: "wli") == .granted)
        #expect(try admin.grant(.hr, to: "wli") == .unchanged)
        let hr = try Self.open(demo.path, "wli")
        #expect(hr.actor.isHR)
        #expect(AccessPolicy.allows(.exportOrganisation, hr.actor))
        let record = try #require(try admin.grantedRights().first { $0.login == "wli" })
        #expect(record.right == .hr && record.grantedBy == "root" && record.grantedAt == Fixtures.now)

        #expect(try admin.withdraw(.hr, from: "wli") == .withdrawn)
        #expect(try admin.withdraw(.hr, from: "wli") == .unchanged)
        #expect(try !Self.open(demo.path, "wli").actor.isHR)

        let rows = try admin.store.auditEntries(limit: 1_000)
        #expect(rows.count == before + 2)
        #expect(rows.prefix(2).map(\.action) == ["withdraw hr", "grant hr"])
        #expect(rows.prefix(2).map(\.subject) == ["wli", "wli"])
    }

    @Test("only an admin acting as themselves grants, withdraws or lists; nothing changes when refused", arguments: Backend.allCases)
    func onlyAdmins(backend: Backend) throws {
        let demo = try WorkspaceSSHAccessTests.makeDemoWithInactive(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try Self.open(demo.path, "root")
        let before = try admin.grantedRights()
        for login in ["pnair", "rdunn", "wli"] {
            let other = try Self.open(demo.path, login)
            #expect(throws: AccessDenied(login: login, refusal: .manageRights)) { try other.grant(.admin, to: login) }
            #expect(throws: AccessDenied(login: login, refusal: .manageRights)) { try other.withdraw(.hr, from: "pnair") }
            #expect(throws: AccessDenied(login: login, refusal: .manageRights)) { try other.grantedRights() }
        }
        #expect(try admin.grantedRights() == before)
    }

    @Test("unknown and inactive logins get nothing; a login holding a right may get another", arguments: Backend.allCases)
    func whoMayBeGranted(backend: Backend) throws {
        let demo = try WorkspaceSSHAccessTests.makeDemoWithInactive(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try Self.open(demo.path, "root")
        #expect(throws: SkillsError.unknownLogin("ghost")) { try admin.grant(.hr, to: "ghost") }
        #expect(throws: SkillsError.inactivePerson("mlloyd")) { try admin.grant(.hr, to: "mlloyd") }
        // root is not on the staff list, but holds admin: it may be given hr as well.
        #expect(try admin.grant(.hr, to: "root") == .granted)
        #expect(try !admin.grantedRights().contains { $0.login == "ghost" || $0.login == "mlloyd" })
    }

    @Test("the last admin who can act keeps the right; an inactive person's admin grant does not count", arguments: Backend.allCases)
    func lastAdministrator(backend: Backend) throws {
        let demo = try WorkspaceSSHAccessTests.makeDemoWithInactive(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let root = try Self.open(demo.path, "root")
        #expect(throws: SkillsError.lastAdministrator("root")) { try root.withdraw(.admin, from: "root") }

        #expect(try root.grant(.admin, to: "wli") == .granted)
        // wli leaves: their grant stays in the table but gives no rights.
        let staff = try String(contentsOf: Fixtures.demoDirectory.appendingPathComponent("people.csv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("mlloyd,") && !$0.hasPrefix("wli,") }.joined(separator: "\n")
        _ = try root.importStaff(Array(staff.utf8), file: "staff.csv", deactivateMissing: true, dryRun: false)
        #expect(throws: SkillsError.lastAdministrator("root")) { try root.withdraw(.admin, from: "root") }

        #expect(try root.grant(.admin, to: "rdunn") == .granted)
        #expect(try root.withdraw(.admin, from: "root") == .withdrawn)
        #expect(try !Self.open(demo.path, "root").actor.isAdmin)
        #expect(try Self.open(demo.path, "rdunn").actor.isAdmin)
    }
}
