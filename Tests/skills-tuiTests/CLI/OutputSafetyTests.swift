import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where results may be written, and what happens when they cannot be: through the built
/// binary, as a user or a script would meet it.
@Suite("Output files and lost reports")
struct OutputSafetyTests {
    /// Standard output that cannot be written: the full disk /dev/full, and a pipe whose
    /// reader has gone.
    static func unwritableOutputs() throws -> [(name: String, handle: FileHandle, keep: Pipe?)] {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        return [("/dev/full", full, nil), ("a closed pipe", pipe.fileHandleForWriting, pipe)]
    }

    static func eventCount(_ runner: BinaryRunner) throws -> Int {
        try runner.run(["export", "ratings"]).standardOutput.split(separator: "\r\n").count - 1
    }

    @Test("rate, staff import and frameworks import whose report is lost say the change was recorded (79), once")
    func lostReports() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let staffFile = runner.folder.appendingPathComponent("staff.csv").path
        let frameworkFile = runner.folder.appendingPathComponent("pm.json").path
        let exported = try runner.run(["frameworks", "export", "PM", "--format", "json"]).standardOutput
        let versionLine = try #require(exported.range(of: "\"version\": \"2.0.0\""))
        for (round, output) in try Self.unwritableOutputs().enumerated() {
            // rate: one new event, not two, and the message says so.
            let before = try Self.eventCount(runner)
            let rated = try runner.run(["rate", "PM.STK.1", "2", "--as", "wli"], standardOutput: output.handle)
            #expect(rated.status == 79, "\(output.name): \(rated.standardError)")
            #expect(rated.standardError.contains("the rating PM.STK.1 = 2 for wli was recorded"), "\(output.name)")
            #expect(rated.standardError.contains("do not run the command again"), "\(output.name)")
            #expect(rated.standardError.split(separator: "\n").count == 1)
            #expect(try Self.eventCount(runner) == before + 1, "\(output.name)")

            // staff import: applied, and said so.
            let login = "lost\(round)"
            try "login,name,email,team,role\n\(login),Lost Report \(round),,customer-services,front-line-staff\n"
                .write(toFile: staffFile, atomically: true, encoding: .utf8)
            let imported = try runner.run(["staff", "import", staffFile], standardOutput: output.handle)
            #expect(imported.status == 79, "\(output.name): \(imported.standardError)")
            #expect(imported.standardError.contains("the staff import of \(staffFile) was recorded"), "\(output.name)")
            #expect(try runner.run(["staff", "list", "--format", "csv"]).standardOutput.contains("\(login),Lost Report"))

            // frameworks import of a newer version: installed, and said so.
            let version = "2.\(round + 1).0"
            try exported.replacingCharacters(in: versionLine, with: "\"version\": \"\(version)\"")
                .write(toFile: frameworkFile, atomically: true, encoding: .utf8)
            let installed = try runner.run(["frameworks", "import", frameworkFile], standardOutput: output.handle)
            #expect(installed.status == 79, "\(output.name): \(installed.standardError)")
            #expect(installed.standardError.contains("the import of \(frameworkFile) was recorded"), "\(output.name)")
            #expect(try runner.run(["frameworks", "list"]).standardOutput.contains(version))
            _ = output.keep
        }
        // A report that cannot be written, with nothing changed, is an I/O error (74).
        for output in try Self.unwritableOutputs() {
            let report = try runner.run(["report", "gaps", "--as", "wli"], standardOutput: output.handle)
            #expect(report.status == 74, "\(output.name): \(report.standardError)")
            #expect(!report.standardError.contains("recorded"))
            // A reader that went away (`| head`) is not told off; a full disk is.
            #expect(report.standardError.isEmpty == (output.name == "a closed pipe"), "\(output.name): \(report.standardError)")
            _ = output.keep
        }
    }

    @Test("--output never writes over the database or a companion file, by any path; /dev/null stays a device")
    func outputNeverTheDatabase() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let alias = runner.folder.appendingPathComponent("alias").path
        try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: runner.folder.path)
        let before = try Self.eventCount(runner)
        let databaseBytes = try Data(contentsOf: URL(fileURLWithPath: runner.databasePath))
        for suffix in ["", "-wal", "-shm", "-journal"] {
            for path in [runner.databasePath + suffix, alias + "/skills.sqlite" + suffix] {
                let result = try runner.run(["--as", "pnair", "--output", path, "report", "training-needs", "--format", "csv"])
                #expect(result.status == 73, "\(path): \(result.standardError)")
                #expect(result.standardError.contains("is the database or one of its files"), "\(path)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: runner.databasePath)) == databaseBytes)
        #expect(!FileManager.default.fileExists(atPath: runner.databasePath + "-journal"))
        #expect(try Self.eventCount(runner) == before)
        // A command that changes data is refused before it changes anything.
        let rate = try runner.run(["--output", alias + "/skills.sqlite-wal", "rate", "PM.STK.1", "2", "--as", "wli"])
        #expect(rate.status == 73)
        #expect(try Self.eventCount(runner) == before)

        let null = try runner.run(["--as", "pnair", "--output", "/dev/null", "export", "ratings"])
        #expect(null.status == 0, "\(null.standardError)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        let folder = try runner.run(["--as", "pnair", "--output", runner.folder.path, "export", "ratings"])
        #expect(folder.status == 73)
        #expect(folder.standardError.contains("is a folder"))
    }

    @Test("a backup killed at any moment leaves nothing under the chosen name")
    func killedBackup() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let generated = try runner.run(["generate", "--staff", "20000"], environment: ["SKILLS_TUI_DATA": BinaryRunner.repositoryRoot.path])
        #expect(generated.status == 0, "\(generated.standardError)")
        let destination = runner.folder.appendingPathComponent("backup.sqlite").path
        var killedMidway = 0
        for delay in stride(from: 10_000, through: 400_000, by: 30_000) {
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = ["--db", runner.databasePath, "backup", destination]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                killedMidway += 1
                #expect(!FileManager.default.fileExists(atPath: destination), "killed after \(delay / 1000) ms")
            } else {
                // It finished first: then the copy is whole.
                #expect(process.terminationStatus == 0)
                #expect(try runner.run(["--db", destination, "staff", "list", "--format", "csv"]).status == 0)
                try FileManager.default.removeItem(atPath: destination)
            }
        }
        #expect(killedMidway >= 3)
        // And a backup left to finish is whole.
        let finished = try runner.run(["backup", destination])
        #expect(finished.status == 0, "\(finished.standardError)")
        #expect(finished.standardOutput.contains("integrity check ok"))
    }
}
