import Foundation
@testable import SkillsMatrix
import Testing

/// The built binary on a temporary database: outputs, exit statuses, and that a refused
/// command changes nothing.
@Suite("Command line")
struct CommandLineTests {
    @Test("--version and --help work without a database")
    func versionAndHelp() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let version = try runner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.hasPrefix("skills-tui "))
        let help = try runner.run(["--help"])
        #expect(help.status == 0)
        for command in ["  init ", "frameworks validate [FILE...]", "report training-needs", "--no-color", "--as LOGIN"] {
            #expect(help.standardOutput.contains(command), "help lacks \(command)")
        }
        let commandHelp = try runner.run(["report", "training-needs", "--help"])
        #expect(commandHelp.standardOutput.contains("--excel"))
        #expect(!FileManager.default.fileExists(atPath: runner.databasePath))
    }

    @Test("--help lines up its second column in every table, the widest row included")
    func helpColumns() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let pages = [["--help"], ["report", "--help"], ["demo", "--help"], ["report", "training-needs", "--help"], ["rate", "--help"]]
        for arguments in pages + pages.map({ $0 + ["--lang", "nb"] }) {
            let text = try runner.run(arguments).standardOutput
            // Each table: lines that start with two spaces, up to the next blank line.
            for table in text.components(separatedBy: "\n\n") {
                let rows = table.split(separator: "\n").filter { $0.hasPrefix("  ") }
                let starts = rows.compactMap { row -> Int? in
                    guard let gap = row.dropFirst(2).range(of: "  ") else { return nil }
                    var column = row.distance(from: row.startIndex, to: gap.lowerBound)
                    while row[row.index(row.startIndex, offsetBy: column)] == " " { column += 1 }
                    return column
                }
                #expect(Set(starts).count <= 1, "\(arguments): second column starts at \(Set(starts).sorted())")
            }
        }
    }

    @Test("usage mistakes exit 64 with one line on standard error")
    func usageErrors() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        for arguments in [["bogus"], ["report", "gaps", "--bogus"], ["rate", "PM.RISK.1"], ["report"]] {
            let result = try runner.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.standardOutput.isEmpty)
            #expect(result.standardError.hasPrefix("skills-tui: ") || arguments == ["report"], "\(result.standardError)")
        }
    }

    @Test("a missing database exits 66 and says how to create one")
    func missingDatabase() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let result = try runner.run(["report", "gaps"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("skills-tui init"))
    }

    @Test("init creates a 0600 database; a second init refuses and changes nothing")
    func initialise() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let first = try runner.run(["init"])
        #expect(first.status == 0)
        #expect(first.standardOutput.contains("PM 2.0.0 (29 competencies)"))
        let mode = try FileManager.default.attributesOfItem(atPath: runner.databasePath)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let before = try Data(contentsOf: URL(fileURLWithPath: runner.databasePath))
        let second = try runner.run(["init", "--demo"])
        #expect(second.status == 73)
        #expect(second.standardError.contains("already exists"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: runner.databasePath)) == before)
    }

    @Test("the default database lives under XDG_DATA_HOME")
    func defaultPath() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let result = try runner.run(["init"], environment: ["SKILLS_DB": ""])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: runner.folder.appendingPathComponent("xdg/skills-tui/skills.sqlite").path))
    }

    @Test("frameworks validate: shipped files pass; a broken file fails with its line")
    func validate() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let shipped = try runner.run(["frameworks", "validate"])
        #expect(shipped.status == 0)
        #expect(shipped.standardOutput.split(separator: "\n").count == 6)
        #expect(shipped.standardOutput.contains("ok  frameworks/learning.json: learning catalogue 1.0.0 (en, nb)"))
        #expect(shipped.standardOutput.hasSuffix("Content rules: 0 errors, 0 warnings (roles from frameworks/roles.json)\n"))
        let broken = runner.folder.appendingPathComponent("broken.json")
        try "{\n  \"id\": \"XX\",\n  \"name\": \"X\"\n  \"version\": \"1\"\n}\n".write(to: broken, atomically: true, encoding: .utf8)
        let result = try runner.run(["frameworks", "validate", broken.path])
        #expect(result.status == 65)
        #expect(result.standardError.contains("broken.json:4: invalid JSON"))
        let pm = BinaryRunner.repositoryRoot.appendingPathComponent("frameworks/pm.json").path
        let roles = BinaryRunner.repositoryRoot.appendingPathComponent("frameworks/roles.json").path
        let pair = try runner.run(["frameworks", "validate", pm, roles])
        #expect(pair.status == 0, "\(pair.standardError)")
        #expect(pair.standardOutput.contains("10 role profiles"))
        // Content rules: a warning leaves the exit status 0, an error makes it 65.
        let review = BinaryRunner.repositoryRoot.appendingPathComponent("Tests/SkillsMatrixTests/Fixtures/review")
        let warned = try runner.run(["frameworks", "validate", review.appendingPathComponent("clean.json").path, review.appendingPathComponent("roles.json").path])
        #expect(warned.status == 0)
        #expect(warned.standardOutput.contains("clean.json:35: $.areas[0].competencies[1]: warning: no role profile requires TT.A.2"))
        let failed = try runner.run(["frameworks", "validate", review.appendingPathComponent("repeated-indicator.json").path])
        #expect(failed.status == 65)
        #expect(failed.standardOutput.contains("repeated-indicator.json:30: $.areas[0].competencies[0].indicators.3: error: TT.A.1 says the same at levels 2 and 3"))
    }

    @Test("frameworks show prints a competency's level indicators")
    func showCompetency() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let result = try runner.run(["frameworks", "show", "PM.RISK.1"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("3 Practitioner:"))
        #expect(result.standardOutput.contains("Required by: Project Manager (target 3, weight 3)"))
        #expect(try runner.run(["frameworks", "show", "XX"]).status == 65)
    }

    @Test("rate records on the right track; bad input exits non-zero and writes nothing")
    func rate() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        func eventCount() throws -> Int { try SkillsStore.open(at: runner.databasePath).ratingEventCount() }
        let before = try eventCount()
        let own = try runner.run(["--as", "apatel", "rate", "pm.risk.1", "2", "--note", "Åse's workshop, 3 risks logged"])
        #expect(own.status == 0, "\(own.standardError)")
        #expect(own.standardOutput == "Recorded PM.RISK.1 = 2 (Working) for apatel on the self track.\n")
        let lead = try runner.run(["--as", "hmarsh", "rate", "PM.RISK.1", "1", "--person", "apatel"])
        #expect(lead.standardOutput.contains("on the lead track"))
        #expect(try eventCount() == before + 2)
        let refusals: [([String], Int32, String)] = [
            (["--as", "apatel", "rate", "PM.RISK.9", "2"], 65, "unknown competency PM.RISK.9"),
            (["--as", "apatel", "rate", "PM.RISK.1", "7"], 65, "level 7 is outside the scale"),
            (["--as", "apatel", "rate", "PM.RISK.1", "high"], 64, "LEVEL must be a number"),
            // Unknown, or not hers to rate: the same status and words, so nothing is given away.
            (["--as", "apatel", "rate", "PM.RISK.1", "2", "--person", "ghost"], 77, "apatel may not rate ghost: only ghost (self track) or a lead of their team"),
            (["--as", "apatel", "rate", "PM.RISK.1", "2", "--person", "tashworth"], 77, "apatel may not rate tashworth: only tashworth (self track) or a lead of their team"),
            (["--as", "ghost", "rate", "PM.RISK.1", "2"], 65, "unknown login ghost"),
            (["rate", "PM.RISK.1", "2"], 64, "is not a member of staff"),
        ]
        for (arguments, status, message) in refusals {
            let result = try runner.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains(message), "\(arguments): \(result.standardError)")
            #expect(result.standardError.split(separator: "\n").count == 1)
        }
        #expect(try eventCount() == before + 2)
        let history = try SkillsStore.open(at: runner.databasePath).ratingHistory(of: "apatel", competencyID: "PM.RISK.1")
        #expect(Array(history.map(\.track).prefix(2)) == [.lead, .selfAssessment])
        #expect(history[1].note == "Åse's workshop, 3 risks logged")
    }

    @Test("--as is refused for a user who is not an admin of a real (non-demo) database")
    func actingAsRefused() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        let frameworks = try FrameworkDirectory.load(from: BinaryRunner.repositoryRoot.appendingPathComponent("frameworks"))
        let store = try SkillsStore.create(at: runner.databasePath, frameworks: frameworks, administrator: "somebody-else", now: Date())
        try store.apply(
            OrganisationChanges(teams: [Team(id: "t", name: "T")], people: [Person(login: "ann", name: "Ann", teamID: "t", roleID: "team-leader")]),
            actor: "somebody-else", actingAs: "somebody-else", action: "test", now: Date())
        let result = try runner.run(["--as", "ann", "report", "gaps"])
        #expect(result.status == 77)
        #expect(result.standardError.contains("may not act as ann"))
        let organisation = try runner.run(["report", "training-needs"])
        #expect(organisation.status == 77)
    }

    @Test("report gaps --format json: one object per person with login, readiness and requirements")
    func gapsJSON() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let result = try runner.run(["--as", "hmarsh", "report", "gaps", "--team", "project-support-office", "--format", "json"])
        #expect(result.status == 0)
        let people = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(people.count == 7)
        let first = try #require(people.first)
        #expect(first["login"] as? String == "apatel")
        #expect(first["readiness"] is Double)
        let requirement = try #require((first["requirements"] as? [[String: Any]])?.first)
        for key in ["competency_id", "competency_name", "framework", "target", "self", "lead", "effective", "gap", "weight", "stale", "disputed"] {
            #expect(requirement.keys.contains(key), "requirements lack \(key)")
        }
        let single = try runner.run(["--as", "apatel", "report", "gaps", "--format", "json"])
        #expect(try (JSONSerialization.jsonObject(with: Data(single.standardOutput.utf8)) as? [Any])?.count == 1)
        let refused = try runner.run(["--as", "apatel", "report", "gaps", "--person", "tashworth"])
        #expect(refused.status == 77)
        #expect(refused.standardOutput.isEmpty)
    }

    @Test("report training-needs --format csv has exactly the contract's header")
    func trainingNeedsCSV() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let result = try runner.run(["--as", "pnair", "report", "training-needs", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.standardOutput.components(separatedBy: "\r\n")
        // The contract's 16 columns, in order; issue 12 added assessed and rated_against at the end only.
        #expect(lines[0] == "competency_id,competency_name,framework,login,name,team,role,target,self,lead,effective,gap,weight,priority,stale,disputed,assessed,rated_against")
        #expect(lines.count > 50)
        let row = try CSVReader.parse(Array(result.standardOutput.utf8), file: "needs.csv")[1].fields
        #expect(row.count == 18)
        #expect(["true", "false"].contains(row[14]))
        #expect(row[16] == "true")
        let excel = try runner.run(["--as", "pnair", "report", "training-needs", "--format", "csv", "--excel"])
        #expect(excel.standardOutput.hasPrefix("\u{FEFF}competency_id,"))
        let staff = try runner.run(["--as", "apatel", "report", "training-needs"])
        #expect(staff.status == 77)
        let lead = try runner.run(["--as", "hmarsh", "report", "training-needs", "--team", "project-support-office", "--format", "markdown"])
        #expect(lead.status == 0)
        #expect(lead.standardOutput.hasPrefix("# Training needs: team project-support-office"))
    }

    @Test("--output writes a 0600 file and nothing to standard output")
    func outputFile() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let target = runner.folder.appendingPathComponent("needs.json").path
        let result = try runner.run(["--as", "pnair", "--output", target, "report", "training-needs", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: target))) as? [String: Any])
        #expect(json["scope"] as? String == "organisation")
        let badFolder = try runner.run(["--as", "pnair", "--output", "/nonexistent/x.csv", "report", "training-needs"])
        #expect(badFolder.status == 74)
    }

    @Test("heatmap and coverage need --team; coverage shows the single point of failure")
    func teamReports() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        #expect(try runner.run(["--as", "hmarsh", "report", "heatmap"]).status == 64)
        let heatmap = try runner.run(["--as", "hmarsh", "report", "heatmap", "--team", "project-support-office"])
        #expect(heatmap.status == 0)
        #expect(heatmap.standardOutput.contains("PM.RISK.1 Risk analysis"))
        #expect(heatmap.standardOutput.contains("1/7* single point of failure: only tashworth"))
        let coverage = try runner.run(["--as", "hmarsh", "report", "coverage", "--team", "project-support-office", "--without", "tashworth", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(coverage.standardOutput.utf8)) as? [String: Any])
        let leaving = try #require(json["if_leaves"] as? [String: Any])
        #expect((leaving["lost"] as? [String])?.contains("PM.RISK.1") == true)
        // A lead is told the same of a team that does not exist and of one that is not theirs;
        // hr, who sees every team, is told it does not exist.
        let unknown = try runner.run(["--as", "hmarsh", "report", "coverage", "--team", "nowhere"])
        let notTheirs = try runner.run(["--as", "hmarsh", "report", "coverage", "--team", "customer-services"])
        #expect(unknown.status == 77)
        #expect(notTheirs.status == 77)
        #expect(unknown.standardError.replacingOccurrences(of: "nowhere", with: "customer-services") == notTheirs.standardError)
        #expect(try runner.run(["--as", "pnair", "report", "coverage", "--team", "nowhere"]).status == 65)
    }

    @Test(
        "a database written by a newer version is refused with exit 65",
        .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func newerDatabase() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [runner.databasePath, "PRAGMA user_version = 99;"]
        try process.run()
        process.waitUntilExit()
        let result = try runner.run(["--as", "pnair", "report", "training-needs"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("newer skills-tui"))
    }
}
