import Foundation
@testable import SkillsMatrix
import Testing

@Suite("export ratings, backup, --output files")
struct ArchiveCommandTests {
    @Test("backups taken while two processes rate are each one consistent moment, and open")
    func backupWhileWriting() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        func rateAudits(_ path: String) throws -> Int {
            try SkillsStore.open(at: path).auditEntries(limit: 1_000_000).filter { $0.action == "rate" }.count
        }
        let baseEvents = try SkillsStore.open(at: runner.databasePath).ratingEventCount()
        let baseAudits = try rateAudits(runner.databasePath)
        var writers: [Process] = []
        for login in ["apatel", "tashworth"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "for i in $(seq 1 150); do \"$BINARY\" --as \(login) rate PM.RISK.1 $(( i % 5 )) >/dev/null || exit 1; done"]
            var environment = ProcessInfo.processInfo.environment
            environment["BINARY"] = BinaryRunner.binary.path
            environment["SKILLS_DB"] = runner.databasePath
            process.environment = environment
            try process.run()
            writers.append(process)
        }
        var backups: [String] = []
        while writers.contains(where: \.isRunning) || backups.count < 2 {
            let path = runner.folder.appendingPathComponent("backup-\(backups.count).sqlite").path
            let result = try runner.run(["backup", path])
            #expect(result.status == 0, "\(result.standardError)")
            backups.append(path)
            usleep(150_000)
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        let finalEvents = try SkillsStore.open(at: runner.databasePath).ratingEventCount()
        #expect(finalEvents == baseEvents + 300)
        var midway = 0
        for path in backups {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600)
            let events = try SkillsStore.verifiedCopy(at: path)
            let store = try SkillsStore.open(at: path)
            #expect(try store.integrityProblems().isEmpty)
            // Every rating and its audit row are written in one transaction: a torn copy would show it.
            #expect(events - baseEvents == (try rateAudits(path)) - baseAudits, "\(path)")
            if events > baseEvents, events < finalEvents { midway += 1 }
        }
        #expect(midway >= 1, "no backup was taken while the writers were busy (\(backups.count) backups)")
        let again = try runner.run(["backup", backups[0]])
        #expect(again.status == 73)
        #expect(try runner.run(["--as", "pnair", "backup", runner.folder.appendingPathComponent("x.sqlite").path]).status == 77)
    }

    @Test("export ratings: every event, hr or admin only, notes neutralised in CSV and withheld from admins")
    func exportRatings() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let note = "=HYPERLINK(\"http://x\",\"click\")"
        #expect(try runner.run(["--as", "apatel", "rate", "PM.RISK.1", "3", "--note", note]).status == 0)
        let csv = try runner.run(["--as", "pnair", "export", "ratings"])
        #expect(csv.status == 0)
        let records = try CSVReader.parse(Array(csv.standardOutput.utf8), file: "ratings.csv")
        #expect(records[0].fields == RatingExportFormat.csvHeader)
        #expect(records.count == 1 + 387)
        #expect(records.last?.fields[7] == "'" + note)
        let json = try runner.run(["--as", "pnair", "export", "ratings", "--format", "json"])
        let events = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(events.count == 387)
        #expect(events.last?["note"] as? String == note)
        #expect(events.last?["level"] as? Int == 3)
        // Notes are private to the person, their leads and hr: an admin gets every event without them.
        let admin = try runner.run(["--as", "root", "export", "ratings", "--format", "json"])
        let adminEvents = try #require(try JSONSerialization.jsonObject(with: Data(admin.standardOutput.utf8)) as? [[String: Any]])
        #expect(adminEvents.count == 387)
        #expect(adminEvents.allSatisfy { ($0["note"] as? String) == "" })
        let refused = try runner.run(["--as", "hmarsh", "export", "ratings"])
        #expect(refused.status == 77)
        #expect(refused.standardOutput.isEmpty)
    }

    @Test("--output replaces an existing 0644 file with a 0600 one, atomically")
    func outputReplacesPermissions() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let target = runner.folder.appendingPathComponent("needs.csv").path
        _ = FileManager.default.createFile(atPath: target, contents: Data("old contents\n".utf8), attributes: [.posixPermissions: 0o644])
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber)?.intValue == 0o644)
        for arguments in [["report", "training-needs", "--format", "csv"], ["export", "ratings"]] {
            let result = try runner.run(["--as", "pnair", "--output", target] + arguments)
            #expect(result.status == 0)
            #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            let contents = try String(contentsOfFile: target, encoding: .utf8)
            #expect(!contents.contains("old contents"))
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: target)
        }
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: runner.folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }
}
