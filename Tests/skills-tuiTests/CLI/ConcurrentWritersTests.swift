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

    /// The issue's figure on SQLite too: 8 processes x 1,000 ratings (`rate --from FILE`,
    /// one transaction each) into one file; writers wait for each other, none fails.
    @Test("8 processes x 1,000 ratings at once: 8,000 recorded, 0 lost, 0 duplicated, 0 errors")
    func eightProcessesThousandEach() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let took = try RatingProcesses.runAndCheck(database: runner.databasePath, runner: runner)
        print("8 processes x 1,000 ratings on SQLite: \(String(format: "%.1f", took)) s")
    }

    /// Runs `commands` as separate processes while another connection holds the write
    /// lock, so that each has read the database before any of them can write; then lets
    /// them go. The busy timeout is 10 s, so each waits.
    /// - Returns: each process's exit status and what it printed.
    static func runWhileLocked(_ runner: BinaryRunner, _ commands: [[String]]) throws -> [(status: Int32, output: String)] {
        let lock = try SQLiteConnection(path: runner.databasePath, mode: .readWrite)
        try lock.execute("BEGIN IMMEDIATE")
        var processes: [(Process, URL)] = []
        for (index, arguments) in commands.enumerated() {
            let log = runner.folder.appendingPathComponent("process-\(index).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let handle = try FileHandle(forWritingTo: log)
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["SKILLS_DB"] = runner.databasePath
            process.environment = environment
            process.standardOutput = handle
            process.standardError = handle
            try process.run()
            processes.append((process, log))
        }
        Thread.sleep(forTimeInterval: 1.5)
        try lock.execute("ROLLBACK")
        return try processes.map { process, log in
            process.waitUntilExit()
            return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
        }
    }

    /// Two admins import staff files that both create the same new team at once: both
    /// succeed, the team made once.
    @Test("two staff imports creating the same new team both succeed", arguments: 1...3)
    func concurrentStaffImports(round: Int) throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let team = "new-team-\(round)"
        var commands: [[String]] = []
        for (index, login) in ["newone", "newtwo"].enumerated() {
            let file = runner.folder.appendingPathComponent("staff-\(index).csv").path
            try "login,name,email,team,role,team_name\n\(login)\(round),New Person,,\(team),front-line-staff,New Team\n"
                .write(toFile: file, atomically: true, encoding: .utf8)
            commands.append(["staff", "import", file])
        }
        for result in try Self.runWhileLocked(runner, commands) {
            #expect(result.status == 0, "\(result.output)")
        }
        let store = try SkillsStore.open(at: runner.databasePath)
        #expect(try store.teams().filter { $0.id == team }.count == 1)
        #expect(Set(try store.people(inTeams: [team]).map(\.login)) == ["newone\(round)", "newtwo\(round)"])
    }

    /// The same for frameworks: two admins import the same new framework at once; the
    /// first installs it and the second finds it already installed.
    @Test("two imports of the same new framework both succeed")
    func concurrentFrameworkImports() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let pm = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("frameworks/pm.json"), encoding: .utf8)
        let file = runner.folder.appendingPathComponent("zz.json").path
        try pm.replacingOccurrences(of: "\"PM", with: "\"ZZ").write(toFile: file, atomically: true, encoding: .utf8)
        let results = try Self.runWhileLocked(runner, [["frameworks", "import", file], ["frameworks", "import", file]])
        for result in results {
            #expect(result.status == 0, "\(result.output)")
        }
        let store = try SkillsStore.open(at: runner.databasePath)
        #expect(store.catalog.frameworks.filter { $0.id == "ZZ" }.count == 1)
        #expect(try store.auditEntries().filter { $0.action == "import framework" && $0.subject.hasPrefix("ZZ ") }.count == 1)
    }
}
