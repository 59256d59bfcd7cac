import Foundation
@testable import SkillsMatrix
import Testing
import TestSupport

/// A command started while PostgreSQL is down tells the person at once that it waits, for
/// how long, and that Ctrl-C stops it; then either goes on once the server is back, or
/// gives up after 30 s with a line that says what to do, and exit status 74 (README,
/// "Running on PostgreSQL").
@Suite("PostgreSQL down when a command starts")
struct PostgresServerDownTests {
    /// A command running as a person would run it, its standard error read as it comes.
    struct Running {
        let process = Process()
        let standardError: URL
        let standardOutput: URL
        let started = Date()

        /// - Parameter interruptible: started with SIGINT's default action, as from a
        ///   shell; the test runner's children inherit it ignored.
        init(_ arguments: [String], database: String, runner: BinaryRunner, name: String, interruptible: Bool = false) throws {
            standardError = runner.folder.appendingPathComponent("\(name).err")
            standardOutput = runner.folder.appendingPathComponent("\(name).out")
            _ = FileManager.default.createFile(atPath: standardError.path, contents: nil)
            _ = FileManager.default.createFile(atPath: standardOutput.path, contents: nil)
            if interruptible {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = ["--default-signal=INT", BinaryRunner.binary.path] + arguments
            } else {
                process.executableURL = BinaryRunner.binary
                process.arguments = arguments
            }
            var environment = ProcessInfo.processInfo.environment
            environment["SKILLS_DB"] = database
            for variable in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] { environment.removeValue(forKey: variable) }
            process.environment = environment
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: standardOutput)
            process.standardError = try FileHandle(forWritingTo: standardError)
            try process.run()
        }

        var said: String { (try? String(contentsOf: standardError, encoding: .utf8)) ?? "" }
        var printed: String { (try? String(contentsOf: standardOutput, encoding: .utf8)) ?? "" }

        /// How long after the start standard error first held a whole line; nil if not
        /// within `limit` seconds.
        func firstLine(within limit: TimeInterval) -> TimeInterval? {
            while Date().timeIntervalSince(started) < limit {
                if said.contains("\n") { return Date().timeIntervalSince(started) }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return nil
        }
    }

    @Test("the wait is said within a second; the command records once the server is back, or exits 74 after 30 s; Ctrl-C stops it at once, with nothing recorded")
    func saysItWaits() throws {
        let cluster = try PostgresCluster.startPrivate()
        defer { cluster.stop() }
        let url = try cluster.createDatabase()
        let runner = BinaryRunner()
        defer { runner.remove() }
        let created = try runner.run(["init", "--demo"], environment: ["SKILLS_DB": url])
        try #require(created.status == 0, "\(created.standardError)")
        try cluster.down()

        // One whose server comes back, and one whose server never does (nothing listens on port 1).
        let rescued = try Running(["--as", "apatel", "rate", "PM.RISK.1", "3", "--note", "after the outage"], database: url, runner: runner, name: "rescued")
        let unreachable = "postgresql://skills_admin@127.0.0.1:1/skills"
        let abandoned = try Running(["report", "gaps"], database: unreachable, runner: runner, name: "abandoned")
        let stopped = try Running(["--as", "apatel", "rate", "PM.RISK.1", "1", "--note", "stopped by Ctrl-C"], database: url, runner: runner, name: "stopped", interruptible: true)

        let name = try PostgresURL(url).displayName
        let saidAfter = try #require(rescued.firstLine(within: 1.0), "nothing said within a second: \(rescued.said)")
        #expect(saidAfter < 1.0)
        #expect(rescued.said == "skills-tui: waiting for PostgreSQL at \(name) (Connection refused): trying again for up to 30 s; Ctrl-C stops\n")
        #expect(abandoned.firstLine(within: 1.0) != nil, "nothing said within a second: \(abandoned.said)")

        // Ctrl-C, as the line says: the command ends at once, as interrupted (130 in a shell).
        #expect(stopped.firstLine(within: 1.0) != nil, "nothing said within a second: \(stopped.said)")
        let interruptedAt = Date()
        stopped.process.interrupt()
        stopped.process.waitUntilExit()
        #expect(Date().timeIntervalSince(interruptedAt) < 1.0)
        #expect(stopped.process.terminationReason == .uncaughtSignal && stopped.process.terminationStatus == SIGINT)

        try cluster.up()
        rescued.process.waitUntilExit()
        #expect(rescued.process.terminationStatus == 0, "\(rescued.said)")
        #expect(rescued.printed.hasPrefix("Recorded PM.RISK.1 = 3"))
        #expect(rescued.said.split(separator: "\n").count == 1, "\(rescued.said)")
        let store = try SkillsStore.open(at: url)
        #expect(try store.ratingHistory(of: "apatel").filter { $0.note == "after the outage" }.count == 1)
        #expect(try store.ratingHistory(of: "apatel").filter { $0.note == "stopped by Ctrl-C" }.isEmpty)

        abandoned.process.waitUntilExit()
        #expect(abandoned.process.terminationStatus == 74)
        let unreachableName = "postgresql://skills_admin@127.0.0.1:1/skills"
        #expect(abandoned.said == """
            skills-tui: waiting for PostgreSQL at \(unreachableName) (Connection refused): trying again for up to 30 s; Ctrl-C stops
            skills-tui: cannot reach PostgreSQL at \(unreachableName) (Connection refused; still so after 30 s): nothing was changed; \
            start the server (or ask whoever runs it), check the host and port, then try again

            """)
        #expect(Date().timeIntervalSince(abandoned.started) >= 30)
    }
}
