import Foundation
@testable import SkillsMatrix
import Testing

/// Eight real `skills-tui` processes at once, each recording 1,000 ratings as a person
/// would, one after another (`rate --from FILE`: one transaction and one acknowledged line
/// per rating), into one database: the issue's "8 processes x 1000 ratings through two
/// gateway hosts' worth of processes: 0 lost, 0 duplicated, 0 errors".
struct RatingProcesses {
    static let writers = ["apatel", "ccampbell", "lroberts", "tashworth", "hmarsh", "ejones", "wli", "abjornstad"]
    static let ratingsPerWriter = 1_000
    static let competencies = ["PM.RISK.1", "PM.PSO.1", "DI.FND.1", "DI.FND.2"]

    /// Runs the writers against `database` (a file or a URL holding the demo) and checks
    /// every process, then the events and current ratings stored.
    /// - Returns: how long the eight took, from the first start to the last exit.
    @discardableResult
    static func runAndCheck(database: String, runner: BinaryRunner) throws -> TimeInterval {
        var processes: [(login: String, process: Process, output: URL, error: URL)] = []
        for login in writers {
            let lines = (1...ratingsPerWriter).map { number in
                "\(competencies[number % competencies.count]) \(number % 5) bulk8 \(login) \(number)"
            }
            let input = runner.folder.appendingPathComponent("\(login).ratings")
            try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
            let output = runner.folder.appendingPathComponent("\(login).out")
            let error = runner.folder.appendingPathComponent("\(login).err")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            _ = FileManager.default.createFile(atPath: error.path, contents: nil)
            let process = Process()
            process.executableURL = BinaryRunner.binary
            process.arguments = ["--as", login, "rate", "--from", input.path]
            var environment = ProcessInfo.processInfo.environment
            environment["SKILLS_DB"] = database
            process.environment = environment
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = try FileHandle(forWritingTo: error)
            processes.append((login, process, output, error))
        }
        let started = Date()
        for writer in processes { try writer.process.run() }
        for writer in processes { writer.process.waitUntilExit() }
        let took = Date().timeIntervalSince(started)

        for writer in processes {
            let complaint = try String(contentsOf: writer.error, encoding: .utf8)
            #expect(writer.process.terminationStatus == 0, "\(writer.login) exited \(writer.process.terminationStatus): \(complaint.prefix(300))")
            #expect(complaint.isEmpty, "\(writer.login) said: \(complaint.prefix(300))")
            // One acknowledgement per rating, in order.
            let acknowledged = try String(contentsOf: writer.output, encoding: .utf8).split(separator: "\n")
            #expect(acknowledged.count == ratingsPerWriter)
            #expect(acknowledged.enumerated().allSatisfy { $1.hasPrefix("line \($0 + 1): Recorded ") })
        }
        let store = try SkillsStore.open(at: database)
        let total = Int64(writers.count * ratingsPerWriter)
        #expect(try store.connection.scalarInt("SELECT count(*) FROM rating_events WHERE note LIKE 'bulk8 %'") == total)
        #expect(try store.connection.scalarInt("SELECT count(DISTINCT note) FROM rating_events WHERE note LIKE 'bulk8 %'") == total)
        for login in writers {
            let notes = Set(try store.ratingHistory(of: login).map(\.note).filter { $0.hasPrefix("bulk8 ") })
            #expect(notes == Set((1...ratingsPerWriter).map { "bulk8 \(login) \($0)" }), "\(login)'s ratings are not each there once")
        }
        #expect(try store.connection.scalarInt(currentRatingsNotNewest) == 0)
        return took
    }

    /// Counts the current self ratings that are not their person's newest event for the
    /// competency: 0 when the current ratings agree with the events.
    static let currentRatingsNotNewest = """
        SELECT count(*) FROM current_ratings cr JOIN rating_events e ON e.no = cr.self_event
        WHERE e.rated_at <> cr.self_at OR e.level <> cr.self_level
           OR e.no <> (SELECT max(no) FROM rating_events x
                       WHERE x.person_no = cr.person_no AND x.competency_no = cr.competency_no AND x.track = 'self')
        """
}
