import Foundation
import TestSupport

/// Runs the built `skills-tui` binary as a user would, on a database in a temporary folder.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The binary built beside the test bundle (`.build/<triple>/debug/skills-tui`).
    static let binary: URL = Bundle.main.bundleURL.appendingPathComponent("skills-tui")

    static let repositoryRoot = Repository.root

    let folder: URL
    var databasePath: String { folder.appendingPathComponent("skills.sqlite").path }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Runs the binary with `arguments` and `SKILLS_DB` pointing into this runner's folder.
    /// - Parameter standardOutput: where the binary's standard output goes instead of a
    ///   file that is read back (`standardOutput` of the result is then empty).
    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:], standardOutput: FileHandle? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLS_DB"] = databasePath
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        environment.removeValue(forKey: "SKILLS_TUI_DATA")
        environment.removeValue(forKey: "SKILLS_TUI_NOW")
        // The language comes from the test, not from the machine that runs it.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] { environment.removeValue(forKey: name) }
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let outputURL = folder.appendingPathComponent("out-\(UUID().uuidString)")
        let errorURL = folder.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        process.standardOutput = standardOutput ?? output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        try error.close()
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self))
    }

    /// A runner whose database holds the demo organisation.
    static func withDemo() throws -> BinaryRunner {
        let runner = BinaryRunner()
        let result = try runner.run(["init", "--demo"])
        guard result.status == 0 else { throw RunnerError(message: "init --demo failed: \(result.standardError)") }
        return runner
    }

    struct RunnerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
