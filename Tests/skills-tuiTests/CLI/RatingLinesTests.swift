import Foundation
@testable import SkillsMatrix
import Testing

/// `rate --from FILE|-`: one rating per line, each its own transaction, acknowledged as
/// it is recorded; a wrong line is named and the others go on.
@Suite("rate --from")
struct RatingLinesTests {
    @Test("each line is recorded and acknowledged; a wrong line is named on standard error, the others go on")
    func linesFromAFile() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let file = runner.folder.appendingPathComponent("ratings.txt")
        try "PM.RISK.1 3 ran the risk workshop\n# a comment\n\nXX.1 2\nPM.RISK.1 9\ndi.fnd.1 2\nDI.FND.2\r\nPM.PSO.1 x\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try runner.run(["--as", "apatel", "rate", "--from", file.path])
        #expect(result.status == 65, "the first failure's status")
        #expect(result.standardOutput == """
            line 1: Recorded PM.RISK.1 = 3 (Practitioner) for apatel on the self track.
            line 6: Recorded DI.FND.1 = 2 (Working) for apatel on the self track.

            """)
        #expect(result.standardError == """
            skills-tui: line 4: unknown competency XX.1: see `skills-tui frameworks list`
            skills-tui: line 5: level 9 is outside the scale: use one of 0 None, 1 Aware, 2 Working, 3 Practitioner, 4 Expert
            skills-tui: line 7: a line is COMPETENCY LEVEL [NOTE], not "DI.FND.2"
            skills-tui: line 8: LEVEL must be a number from 0 to 4, not "x"

            """)
        let history = try SkillsStore.open(at: runner.databasePath).ratingHistory(of: "apatel")
        #expect(history.filter { $0.note == "ran the risk workshop" && $0.level == 3 }.count == 1)
    }

    @Test("standard input is read a line at a time: each rating is acknowledged before the next line is written")
    func acknowledgedLineByLine() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let input = Pipe()
        let output = Pipe()
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["--as", "apatel", "rate", "--from", "-"]
        var environment = ProcessInfo.processInfo.environment
        environment["SKILLS_DB"] = runner.databasePath
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] { environment.removeValue(forKey: name) }
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        for (number, level) in [(1, 2), (2, 4)] {
            input.fileHandleForWriting.write(Data("PM.RISK.1 \(level) step \(number)\n".utf8))
            // Standard input is still open: the answer comes for this line alone.
            var answer = Data()
            while !answer.contains(UInt8(ascii: "\n")) { answer += output.fileHandleForReading.availableData }
            #expect(String(decoding: answer, as: UTF8.self).hasPrefix("line \(number): Recorded PM.RISK.1 = \(level)"))
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("--from takes no COMPETENCY LEVEL, --note or --certificate; without it they are needed")
    func usage() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        for arguments in [["rate", "--from", "-", "PM.RISK.1", "2"], ["rate", "--from", "-", "--note", "x"], ["rate"], ["rate", "PM.RISK.1"]] {
            let result = try runner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
        }
        #expect(try runner.run(["rate", "PM.RISK.1"]).standardError.contains("`rate` needs COMPETENCY LEVEL"))
    }
}
