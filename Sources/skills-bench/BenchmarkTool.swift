import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// `skills-bench`: generates organisations of several sizes and times the reports on them.
///
/// The parent process only orchestrates. Each step at each size runs in a child process
/// (this executable again, with `--child STEP`), which opens the database, prepares
/// untimed, times the step `--runs` times and prints one JSON line: the times and its
/// peak resident memory. So a step's memory is its own, not what earlier steps left.
enum BenchmarkTool {
    static func run(_ arguments: [String]) -> Int32 {
        do {
            let options = try BenchmarkOptions.parse(Array(arguments.dropFirst()))
            if options.wantsHelp {
                FileHandle.standardOutput.write(Data(BenchmarkOptions.usage.utf8))
                return 0
            }
            if let child = options.child {
                try runChild(child, options: options)
            } else {
                try runParent(options)
            }
            return 0
        } catch let error as BenchmarkError {
            FileHandle.standardError.write(Data("skills-bench: \(error)\n".utf8))
            return error.status
        } catch {
            FileHandle.standardError.write(Data("skills-bench: \(error)\n".utf8))
            return 70
        }
    }

    /// The OS login: `generate` makes it the admin, and so it may read everything.
    static var login: String { SystemUser.login }

    /// The shipped frameworks: `$SKILLS_TUI_DATA/frameworks`, else this checkout's.
    static func frameworks() throws -> FrameworkDirectory {
        let data = ProcessInfo.processInfo.environment["SKILLS_TUI_DATA"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks"))
    }

    static func tell(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    // MARK: - Parent

    static func runParent(_ options: BenchmarkOptions) throws {
        let machine = MachineInfo.current
        let folder = options.keepDirectory.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("skills-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if options.keepDirectory == nil { try? FileManager.default.removeItem(at: folder) } }
        var results: [StepResult] = []
        for staff in options.sizes {
            let path = folder.appendingPathComponent("staff-\(staff)-seed-\(options.seed).sqlite").path
            try measure(staff: staff, databasePath: path, postgres: nil, options: options, folder: folder, into: &results)
            // The same steps on PostgreSQL right after SQLite's, so the two are side by side
            // in time as well as in the table.
            if let server = options.postgresURL {
                let url = PostgresBenchDatabase.url(serverURL: server, staff: staff)
                try measure(staff: staff, databasePath: url, postgres: server, options: options, folder: folder, into: &results)
            }
        }
        if !options.skipVersion { results.append(try versionResult(runs: max(options.runs, 5))) }
        let report = BenchmarkReport(machine: machine, options: options, results: results)
        FileHandle.standardOutput.write(Data(report.table.utf8))
        if let jsonPath = options.jsonPath {
            try report.json().write(to: URL(fileURLWithPath: jsonPath))
        }
    }

    /// The rows of one size on one backend. PostgreSQL's rows carry `postgresql:` before
    /// their step id and "(PostgreSQL)" after their title; the command rows are SQLite's only.
    static func measure(
        staff: Int, databasePath path: String, postgres server: String?, options: BenchmarkOptions, folder: URL, into results: inout [StepResult]
    ) throws {
        let prefix = server == nil ? "" : "postgresql:"
        let suffix = server == nil ? "" : " (PostgreSQL)"
        var common = ["--db", path, "--staff", String(staff), "--scratch", folder.path, "--seed", String(options.seed)]
        if let server { common += ["--postgres", server] }
        do {  // one size on one backend
            if server == nil, options.keepDirectory != nil, FileManager.default.fileExists(atPath: path) {
                tell("staff \(staff): reusing \(path)")
            } else {
                let runs = options.includes(GenerateStep.id) ? options.generateRuns ?? options.runs : 1
                var result = try child(GenerateStep.id, common + ["--runs", String(runs)])
                result.stepID = prefix + GenerateStep.id
                result.title = GenerateStep.title + suffix
                result.staff = staff
                result.budget = server == nil ? GenerateStep.budget : GenerateStep.postgresBudget
                if options.includes(GenerateStep.id) { results.append(result) }
                tell("staff \(staff): \(GenerateStep.id) \(BenchmarkReport.duration(result.median)) (\(result.detail))")
            }
            for step in BenchmarkSteps.all where options.includes(step.id) {
                var result = try child(step.id, common + ["--runs", String(options.runs)])
                result.stepID = prefix + step.id
                result.title = step.title + suffix
                result.staff = staff
                result.budget = server == nil ? step.budget : step.postgresBudget
                results.append(result)
                tell("staff \(staff): \(step.id) \(BenchmarkReport.duration(result.median)) (\(result.detail))")
            }
            let commands = server == nil ? CommandSteps.all.filter { options.includes($0.id) } : []
            if commands.contains(where: { CommandSteps.needingCycles.contains($0.id) }),
                let close = try CycleSetup.prepare(databasePath: path, scratch: folder)
            {
                results.append(
                    StepResult(
                        stepID: CycleSetup.id, title: CycleSetup.title, staff: staff, times: [close.milliseconds],
                        peakKilobytes: close.peakKilobytes, detail: "one run", budget: nil))
                tell("staff \(staff): \(CycleSetup.id) \(BenchmarkReport.duration(close.milliseconds))")
            }
            if !commands.isEmpty {
                let context = try commandContext(databasePath: path, scratch: folder)
                for step in commands {
                    let measured = try CommandSteps.measure(step, context: context, runs: options.runs)
                    results.append(
                        StepResult(
                            stepID: step.id, title: step.title, staff: staff, times: measured.times,
                            peakKilobytes: measured.times.isEmpty ? nil : measured.peakKilobytes, detail: measured.detail, budget: step.budget))
                    tell("staff \(staff): \(step.id) \(BenchmarkReport.duration(Measurement.median(measured.times))) (\(measured.detail))")
                }
            }
        }
    }

    /// The person and team the command rows ask about: the same as the in-process rows'.
    static func commandContext(databasePath: String, scratch: URL) throws -> CommandContext {
        let person = try measuredPerson(try Workspace.open(databaseAt: databasePath, login: login))
        return CommandContext(databasePath: databasePath, personLogin: person, largeTeamID: SyntheticOptions.largeTeamID, scratchDirectory: scratch)
    }

    /// Whose gap report is measured: the lead of the middle team by id, a fixed choice
    /// that exists at every size.
    static func measuredPerson(_ workspace: Workspace) throws -> String {
        let teams = try workspace.teamTree().teams
        guard let person = teams[teams.count / 2].leadLogins.first else {
            throw BenchmarkError.failed("the team \(teams[teams.count / 2].id) has no lead")
        }
        return person
    }

    /// Runs one step in a child process and reads its result line.
    static func child(_ stepID: String, _ arguments: [String]) throws -> StepResult {
        let output = try ChildProcess.runSelf(["--child", stepID] + arguments)
        guard let object = try JSONSerialization.jsonObject(with: output) as? [String: Any],
            let times = object["times_ms"] as? [Double], let peak = object["peak_rss_kb"] as? Int
        else {
            throw BenchmarkError.failed("the child for \(stepID) printed no result")
        }
        return StepResult(
            stepID: stepID, title: stepID, staff: nil, times: times, peakKilobytes: peak, detail: object["detail"] as? String ?? "",
            budget: nil)
    }

    /// `skills-tui --version` from start to exit, against the release binary built beside this one.
    static func versionResult(runs: Int) throws -> StepResult {
        let binary = URL(fileURLWithPath: ChildProcess.ownExecutable).deletingLastPathComponent().appendingPathComponent("skills-tui").path
        var result = StepResult(
            stepID: "version", title: "`skills-tui --version` (process start to exit)", staff: nil, times: [], peakKilobytes: nil,
            detail: "not built: swift build -c release --product skills-tui",
            budget: Budget(staff: 0, milliseconds: 50, text: "< 50 ms"))
        guard FileManager.default.isExecutableFile(atPath: binary) else { return result }
        _ = try ChildProcess.timeRun(binary, ["--version"])
        result.times = try (0..<runs).map { _ in try ChildProcess.timeRun(binary, ["--version"]) }
        result.detail = binary
        tell("skills-tui --version: \(BenchmarkReport.duration(result.median))")
        return result
    }

    // MARK: - Child

    static func runChild(_ request: BenchmarkOptions.ChildRequest, options: BenchmarkOptions) throws {
        var times: [Double]
        var detail = ""
        let largeTeamSize = GenerateStep.largeTeamSize(staff: request.staff)
        if request.stepID == GenerateStep.id {
            let synthetic = SyntheticOptions(staff: request.staff, seed: options.seed, largeTeamSize: largeTeamSize)
            times = try GenerateStep.run(
                options: synthetic, path: request.databasePath, runs: options.runs, frameworks: try frameworks(), login: login,
                postgresServer: options.postgresURL)
            detail = "\(try Workspace.open(databaseAt: request.databasePath, login: login).organisationCounts().ratingEvents) rating events"
        } else {
            guard let step = BenchmarkSteps.step(request.stepID) else { throw BenchmarkError.usage("unknown step \(request.stepID)") }
            let workspace = try Workspace.open(databaseAt: request.databasePath, login: login)
            let person = try measuredPerson(workspace)
            let context = BenchmarkContext(
                databasePath: request.databasePath, login: login, staff: request.staff, workspace: workspace,
                largeTeamID: SyntheticOptions.largeTeamID, largeTeamSize: largeTeamSize, personLogin: person,
                scratchDirectory: URL(fileURLWithPath: request.scratchDirectory))
            times = []
            if let measure = step.measure {
                let body = try measure(context)
                for _ in 0..<options.runs {
                    let result = try body()
                    times.append(result.milliseconds)
                    detail = result.detail
                }
            } else {
                let body = try step.prepare(context)
                for _ in 0..<options.runs {
                    times.append(try Measurement.milliseconds { detail = try body() })
                }
            }
        }
        let line: [String: Any] = ["times_ms": times, "peak_rss_kb": Measurement.peakResidentKilobytes(), "detail": detail]
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: line))
    }
}
