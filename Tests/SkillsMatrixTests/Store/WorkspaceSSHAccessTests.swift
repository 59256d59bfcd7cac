import Foundation
import Testing
@testable import SkillsMatrix

/// The database as the SSH gateway opens it, and the audit of access changes.
@Suite("Workspace for SSH key holders")
struct WorkspaceSSHAccessTests {
    /// The demo organisation with mlloyd marked inactive (root ran init: its admin).
    static func makeDemoWithInactive(_ backend: Backend = .sqlite) throws -> (folder: URL, path: String) {
        let demo = try WorkspaceTests.makeDemo(backend)
        let staff = try String(contentsOf: Fixtures.demoDirectory.appendingPathComponent("people.csv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("mlloyd,") }.joined(separator: "\n")
        let admin = try Workspace.open(databaseAt: demo.path, login: "root", clock: { Fixtures.now })
        _ = try admin.importStaff(Array(staff.utf8), file: "staff.csv", deactivateMissing: true, dryRun: false)
        return demo
    }

    @Test("a key holder is who the key says, with their own rights: a person, a lead, hr, an admin who is not staff")
    func knownKeyHolders() throws {
        let demo = try Self.makeDemoWithInactive()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        for login in ["wli", "rdunn", "pnair", "root"] {
            let workspace = try Workspace.openForKeyHolder(databaseAt: demo.path, login: login)
            #expect(workspace.actor.login == login)
            #expect(workspace.actor.realLogin == login)
            #expect(!workspace.actor.isReadOnly)
        }
        // Not read-only, unlike --as: the key holder rates in their own name.
        let wli = try Workspace.openForKeyHolder(databaseAt: demo.path, login: "wli")
        #expect(try wli.rate(competencyID: "PM.STK.1", level: 2).raterLogin == "wli")
    }

    @Test("an inactive person or an unknown login is refused before anything is read")
    func refusedKeyHolders() throws {
        let demo = try Self.makeDemoWithInactive()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        #expect(throws: AccessDenied(login: "mlloyd", refusal: .inactive)) {
            try Workspace.openForKeyHolder(databaseAt: demo.path, login: "mlloyd")
        }
        #expect(throws: AccessDenied(login: "ghost", refusal: .noAccess)) {
            try Workspace.openForKeyHolder(databaseAt: demo.path, login: "ghost")
        }
    }

    @Test("only an admin may add keys, and only for an active person or a login with a right")
    func whoMayGetAKey() throws {
        let demo = try Self.makeDemoWithInactive()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try Workspace.open(databaseAt: demo.path, login: "root", clock: { Fixtures.now })
        try admin.checkKeyMayBeAdded(for: "wli")
        try admin.checkKeyMayBeAdded(for: "root")
        try admin.checkMayViewAccess()
        #expect(throws: SkillsError.inactivePerson("mlloyd")) { try admin.checkKeyMayBeAdded(for: "mlloyd") }
        #expect(throws: SkillsError.unknownLogin("ghost")) { try admin.checkKeyMayBeAdded(for: "ghost") }
        for login in ["pnair", "rdunn", "wli"] {
            let other = try Workspace.open(databaseAt: demo.path, login: login, clock: { Fixtures.now })
            #expect(throws: AccessDenied(login: login, refusal: .manageAccess)) { try other.checkKeyMayBeAdded(for: login) }
            #expect(throws: AccessDenied(login: login, refusal: .manageAccess)) { try other.checkMayViewAccess() }
            #expect(throws: AccessDenied(login: login, refusal: .manageAccess)) {
                try other.recordAccessChange(.addKey, login: login, keys: [], apply: {})
            }
        }
        // An admin acting as someone else may not change access in their name.
        let actingAs = try Workspace.open(databaseAt: demo.path, login: "root", actingAs: "pnair", clock: { Fixtures.now })
        #expect(throws: AccessDenied.self) { try actingAs.checkKeyMayBeAdded(for: "wli") }
    }

    @Test("each key changed writes one audit row, in the same transaction as the file: none if writing the file fails")
    func auditRows() throws {
        let demo = try Self.makeDemoWithInactive()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try Workspace.open(databaseAt: demo.path, login: "root", clock: { Fixtures.now })
        let keys = [AuthorizedKeysTests.wliKey, AuthorizedKeysTests.pnairKey]
        let before = try admin.store.auditEntries(limit: 1_000).count
        struct DiskFull: Error {}
        #expect(throws: DiskFull.self) { try admin.recordAccessChange(.addKey, login: "wli", keys: keys, apply: { throw DiskFull() }) }
        #expect(try admin.store.auditEntries(limit: 1_000).count == before)
        var applied = false
        try admin.recordAccessChange(.revokeKey, login: "wli", keys: keys, apply: { applied = true })
        #expect(applied)
        let rows = try admin.store.auditEntries(limit: 2)
        #expect(rows.map(\.action) == ["revoke ssh key", "revoke ssh key"])
        #expect(rows.map(\.subject) == ["wli", "wli"])
        #expect(Set(rows.map(\.detail)) == Set(keys.map { "ssh-ed25519 \($0.fingerprint) \($0.comment)" }))
    }
}
