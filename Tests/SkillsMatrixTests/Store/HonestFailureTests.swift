import CSQLite
import Foundation
import Testing
import TestSupport
@testable import SkillsMatrix

/// Failures say what really happened: a full disk is full, a read-only file system or
/// folder is read-only, and neither is ever called damaged.
@Suite("Honest failures of the database")
struct HonestFailureTests {
    @Test("SQLite's result codes and the system's errors map to what happened")
    func mapping() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        // Extended codes are C macros, which do not import: primary code | (n << 8).
        let SQLITE_IOERR_READ = SQLITE_IOERR | (1 << 8)
        let SQLITE_IOERR_WRITE = SQLITE_IOERR | (3 << 8)
        let SQLITE_IOERR_FSYNC = SQLITE_IOERR | (4 << 8)
        let SQLITE_READONLY_DIRECTORY = SQLITE_READONLY | (6 << 8)
        func error(_ code: Int32, _ systemError: Int32 = 0) -> SkillsError {
            SQLiteFailure.error(code: code, message: "message", systemError: systemError, path: path)
        }
        #expect(error(SQLITE_FULL) == .diskFull(path: path))
        #expect(error(SQLITE_IOERR_WRITE, ENOSPC) == .diskFull(path: path))
        #expect(error(SQLITE_IOERR_FSYNC, EDQUOT) == .diskFull(path: path))
        #expect(error(SQLITE_READONLY) == .readOnlyDatabase(path: path))
        #expect(error(SQLITE_READONLY_DIRECTORY) == .readOnlyDatabase(path: path))
        #expect(error(SQLITE_IOERR_WRITE, EROFS) == .readOnlyDatabase(path: path))
        #expect(error(SQLITE_PERM) == .readOnlyDatabase(path: path))
        #expect(error(SQLITE_BUSY) == .databaseBusy(path: path))
        #expect(error(SQLITE_LOCKED) == .databaseBusy(path: path))
        #expect(error(SQLITE_NOTADB) == .notADatabase(path: path))
        #expect(error(SQLITE_CORRUPT) == .damagedDatabase(path: path, detail: "message"))
        #expect(error(SQLITE_CANTOPEN, ENOENT) == .unreadableDatabase(path: path, cause: "No such file or directory"))
        #expect(error(SQLITE_IOERR_READ, EIO) == .databaseFailure(path: path, detail: "message: Input/output error"))
    }

    /// A database of ours on `mount`, made elsewhere and copied in.
    static func database(on mount: ScratchMount) throws -> String {
        let demo = try WorkspaceTests.makeDemo()
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let path = mount.folder.appendingPathComponent("skills.sqlite").path
        try FileManager.default.copyItem(atPath: demo.path, toPath: path)
        return path
    }

    @Test("a full disk is a full disk: the rating is refused as such and the file is as it was", .enabled(if: ScratchMount.isAvailable))
    func diskFull() throws {
        let mount = try ScratchMount(kilobytes: 1_024)
        defer { mount.unmount() }
        let path = try Self.database(on: mount)
        mount.fill()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let note = String(repeating: "evidence ", count: 200)
        #expect(throws: SkillsError.diskFull(path: path)) {
            // Enough ratings to need a new page whatever space the log had left.
            let workspace = try Workspace.open(databaseAt: path, login: "root", actingAs: "apatel", clock: { Fixtures.now })
            for _ in 0..<50 { try workspace.rate(competencyID: "PM.RISK.1", level: 2, note: note) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // A new database on the full disk: refused as full, under the name asked for.
        let other = mount.folder.appendingPathComponent("new.sqlite").path
        #expect(throws: SkillsError.diskFull(path: other)) {
            try Workspace.create(
                databaseAt: other, frameworks: try FrameworkDirectory.load(from: Fixtures.frameworksDirectory),
                demoDirectory: Fixtures.demoDirectory, login: "root")
        }
        #expect(!FileManager.default.fileExists(atPath: other))
    }

    @Test("a read-only file system: reports are read, changes refused as read-only, nothing written", .enabled(if: ScratchMount.isAvailable))
    func readOnlyFileSystem() throws {
        let mount = try ScratchMount(kilobytes: 1_024)
        defer { mount.unmount() }
        let path = try Self.database(on: mount)
        try mount.remountReadOnly()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let workspace = try Workspace.open(databaseAt: path, login: "apatel")
        #expect(try workspace.gapReport().person.login == "apatel")
        #expect(throws: SkillsError.readOnlyDatabase(path: path)) { try workspace.rate(competencyID: "PM.RISK.1", level: 2) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.folder.path) == ["skills.sqlite"])
    }

    @Test(
        "a folder that cannot be written: refused as read-only, never as damaged or missing",
        .enabled(if: geteuid() == 0 && FileManager.default.fileExists(atPath: "/usr/bin/chattr")))
    func readOnlyFolder() throws {
        let demo = try WorkspaceTests.makeDemo()
        defer {
            Self.chattr("-i", demo.folder.path)
            try? FileManager.default.removeItem(at: demo.folder)
        }
        // Immutable: not even root may create the log beside the database.
        Self.chattr("+i", demo.folder.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: demo.path))
        #expect(throws: SkillsError.readOnlyDatabase(path: demo.path)) {
            try Workspace.open(databaseAt: demo.path, login: "apatel").rate(competencyID: "PM.RISK.1", level: 2)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: demo.path)) == before)
    }

    static func chattr(_ flag: String, _ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        try? process.run()
        process.waitUntilExit()
    }
}
