import Foundation
@testable import SkillsMatrix
import Testing

@Suite("Concurrent writers")
struct ConcurrentWritersTests {
    /// Four processes each record 200 ratings into one database at the same time: all 800
    /// events arrive and no "database is locked" reaches anyone.
    @Test("4 processes x 200 ratings lose nothing")
    func fourWriters() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let before = try SkillsStore.open(at: runner.databasePath).ratingEventCount()
        let writers = ["apatel", "ccampbell", "lroberts", "tashworth"]
        let competencies = ["PM.RISK.1", "PM.PSO.1", "DI.FND.1", "DI.FND.2"]
        var processes: [(Process, URL)] = []
        for login in writers {
            let log = runner.folder.appendingPathComponent("\(login).log")
            let script = """
                for i in $(seq 1 200); do
                  "$BINARY" --as \(login) rate "$(echo \(competencies.joined(separator: " ")) | cut -d' ' -f$(( i % 4 + 1 )))" $(( i % 5 )) --note "run $i" >/dev/null || echo "FAILED $i"
                done
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            var environment = ProcessInfo.processInfo.environment
            environment["BINARY"] = BinaryRunner.binary.path
            environment["SKILLS_DB"] = runner.databasePath
            process.environment = environment
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            processes.append((process, log))
        }
        for (process, log) in processes {
            process.waitUntilExit()
            let output = try String(contentsOf: log, encoding: .utf8)
            #expect(process.terminationStatus == 0)
            #expect(output.isEmpty, "a writer reported: \(output.prefix(300))")
            #expect(!output.contains("locked"))
        }
        let store = try SkillsStore.open(at: runner.databasePath)
        #expect(try store.ratingEventCount() == before + 800)
        for login in writers {
            #expect(try store.ratingHistory(of: login).filter { $0.note.hasPrefix("run ") }.count == 200)
        }
    }
}
