import Foundation
import Testing

/// The pandas peer in bench/peers/ is only a fair comparison if it computes the same
/// thing: it must reproduce `report training-needs --format csv` byte for byte.
@Suite("Peer comparison: pandas")
struct PandasPeerTests {
    static let script = BinaryRunner.repositoryRoot.appendingPathComponent("bench/peers/training_needs_pandas.py").path
    static let requirements = BinaryRunner.repositoryRoot.appendingPathComponent("bench/peers/requirements.txt").path

    struct Run {
        var status: Int32
        var output: Data
        var error: String
    }

    static func python(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: data, error: message)
    }

    /// Installs pandas from requirements.txt when it is missing. A machine where it cannot
    /// be installed fails this test, plainly: the comparison in the README needs it.
    static func requirePandas() throws {
        if try python(["-c", "import pandas"]).status == 0 { return }
        let install = try python(["-m", "pip", "install", "--quiet", "-r", requirements])
        let check = try python(["-c", "import pandas"])
        #expect(check.status == 0, "pandas is not installed and `pip install -r bench/peers/requirements.txt` failed: \(install.error)")
        try #require(check.status == 0)
    }

    @Test("the pandas script writes the same CSV as skills-tui, on a generated organisation and on the demo")
    func sameRows() throws {
        try Self.requirePandas()
        let time = "2026-11-24T09:30:00Z"
        let environment = ["SKILLS_TUI_NOW": time, "SKILLS_TUI_DATA": BinaryRunner.repositoryRoot.path]
        let generated = BinaryRunner()
        let demo = BinaryRunner()
        defer {
            generated.remove()
            demo.remove()
        }
        #expect(try generated.run(["generate", "--staff", "500", "--large-team", "60", "--seed", "7"], environment: environment).status == 0)
        #expect(try demo.run(["init", "--demo"], environment: environment).status == 0)
        // The demo a second time after an upgrade rewords two PM competencies, so that
        // rated_against is filled in.
        let exported = demo.folder.appendingPathComponent("pm.json").path
        let reworded = demo.folder.appendingPathComponent("pm-2.1.0.json").path
        let export = try demo.run(["frameworks", "export", "PM", "--format", "json"], environment: environment)
        try Data(export.standardOutput.utf8).write(to: URL(fileURLWithPath: exported))
        let rewrite = """
            import json, sys
            d = json.load(open(sys.argv[1])); d["version"] = "2.1.0"
            for a in d["areas"]:
                for c in a["competencies"]:
                    if c["id"] in ("PM.RISK.1", "PM.STK.1"):
                        c["indicators"]["3"] = {k: v + " (reworded)" for k, v in c["indicators"]["3"].items()}
            json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
            """
        var runs: [(BinaryRunner, [String])] = [(generated, []), (demo, []), (demo, ["--include-unrated"])]
        runs.append((demo, ["--reworded"]))
        for (runner, options) in runs {
            var flags = options
            if flags == ["--reworded"] {
                flags = []
                #expect(try Self.python(["-c", rewrite, exported, reworded]).status == 0)
                #expect(try runner.run(["frameworks", "import", reworded], environment: environment).status == 0)
            }
            let ours = try runner.run(["report", "training-needs", "--format", "csv"] + flags, environment: environment)
            #expect(ours.status == 0)
            let theirs = try Self.python([Self.script, runner.databasePath, "--now", time] + flags)
            #expect(theirs.status == 0, "\(theirs.error)")
            let ourLines = ours.standardOutput.components(separatedBy: "\r\n")
            let theirLines = String(decoding: theirs.output, as: UTF8.self).components(separatedBy: "\r\n")
            #expect(ourLines.count > 70)
            #expect(ourLines.count == theirLines.count)
            let firstDifference = zip(ourLines, theirLines).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(firstDifference == nil, "line \((firstDifference?.offset ?? 0) + 1): \(firstDifference?.element.0 ?? "") | \(firstDifference?.element.1 ?? "")")
            #expect(Data(ours.standardOutput.utf8) == theirs.output)
            if options == ["--reworded"] { #expect(ourLines.contains { $0.hasSuffix(",2.0.0") }) }
        }
    }
}
