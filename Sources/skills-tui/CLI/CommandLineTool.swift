import Foundation
import SkillsMatrix

/// The program's front door: parses the command line, runs one command, and turns any
/// failure into a one-line message on standard error and a sysexits status.
@MainActor
enum CommandLineTool {
    static let version = "0.1.0"

    static let commands: [CommandSpec] = [
        SetupCommands.initialise, GenerateCommand.generate,
        FrameworkCommands.list, FrameworkCommands.show, FrameworkCommands.validate,
        FrameworkInterchangeCommands.importFramework, FrameworkInterchangeCommands.exportFramework,
        LearningCommands.list, LearningCommands.export,
        StaffCommands.list, StaffCommands.importStaff,
        RateCommand.rate,
        DevelopmentCommands.addPlanItem, DevelopmentCommands.movePlanItem, DevelopmentCommands.addCertificate, DevelopmentCommands.mark,
        ReportCommands.gaps, ReportCommands.heatmap, ReportCommands.coverage, ReportCommands.trainingNeeds,
        DevelopmentReportCommands.trainingPlan, DevelopmentReportCommands.people, DevelopmentReportCommands.certificates,
        DevelopmentReportCommands.plans,
        ReportCommands.completion, ReportCommands.trend, ReportCommands.calibration,
        ArchiveCommands.exportRatings, ArchiveCommands.backup, ArchiveCommands.migrate,
        ProfileCommands.language,
        AccessCommands.add, AccessCommands.list, AccessCommands.revoke, AccessCommands.grant, AccessCommands.withdraw,
        AccessCommands.rights, GatewayCommand.gateway,
    ] + CycleCommands.all + InteractiveCommands.all

    static func run(_ arguments: [String], environment: RuntimeEnvironment = .current) -> Int32 {
        let parsed: ParsedCommandLine
        let speech = SpokenLanguage(LanguageChoice.resolve(option: nil, preference: nil, environment: environment.variables))
        do {
            parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), commands: commands)
            // Over SSH, refused before anything runs: see GatewaySession.
            try environment.gateway?.admit(parsed)
        } catch {
            return fail(error, in: speech.language)
        }
        if let option = parsed.globals["--lang"].flatMap(Language.init(code:)) { speech.language = option }
        do {
            if let gateway = environment.gateway, parsed.wantsHelp, parsed.command == nil, parsed.groupWords.isEmpty {
                try OutputFile.writeToStandardOutput(GatewayHelp.text(for: gateway, commands: commands))
                return ExitStatus.success
            }
            if parsed.wantsVersion {
                try OutputFile.writeToStandardOutput("skills-tui \(version)\n")
                return ExitStatus.success
            }
            if parsed.wantsHelp {
                if parsed.globals["--lang"] == nil, let saved = savedLanguage(parsed, environment: environment) { speech.language = saved }
                let help = Help.text(
                    for: parsed.command, groupWords: parsed.groupWords, commands: commands, in: speech.language,
                    width: TerminalWidth.of(STDOUT_FILENO))
                try OutputFile.writeToStandardOutput(help)
                return ExitStatus.success
            }
        } catch {
            return fail(error, in: speech.language)
        }
        if !parsed.groupWords.isEmpty {
            let help = Help.text(
                for: nil, groupWords: parsed.groupWords, commands: commands, in: speech.language, width: TerminalWidth.of(STDERR_FILENO))
            OutputFile.writeToStandardError(help)
            return ExitStatus.usage
        }
        let command = parsed.command ?? InteractiveCommands.open
        let invocation = Invocation(
            command: command, positionals: parsed.positionals, values: parsed.values, flags: parsed.flags,
            globals: parsed.globals, globalFlags: parsed.globalFlags, environment: environment, speech: speech)
        // A database server that does not answer is waited for: said at once, on
        // standard error, so the person knows why nothing happens (the TUI shows it on
        // its own line while the screen is up).
        let waitWords = speech.language.messages.progressLines
        let sayWait: DatabaseWait.Observer = { wait in
            OutputFile.writeToStandardError("skills-tui: " + TerminalText.inert(waitWords.waiting(wait)) + "\n")
        }
        do {
            // Checked first: a command that changes data must not do so and then fail to
            // say that it did.
            if let output = invocation.outputPath {
                _ = try OutputTarget.check(output, protecting: invocation.databasePath)
            }
            return try DatabaseWait.observing(sayWait) { try command.run(invocation) }
        } catch {
            return fail(error, in: speech.language)
        }
    }

    /// The person's saved language, for `--help`, which otherwise opens no database: read
    /// from a SQLite file that is there (a PostgreSQL server might keep help waiting), and
    /// never a reason for help to fail.
    private static func savedLanguage(_ parsed: ParsedCommandLine, environment: RuntimeEnvironment) -> Language? {
        let path = environment.databasePath(option: parsed.globals["--db"])
        guard !DatabaseLocation.isPostgresURL(path), FileManager.default.fileExists(atPath: path) else { return nil }
        return try? Workspace.open(databaseAt: path, login: environment.login, actingAs: parsed.globals["--as"]).languagePreference()
    }

    /// Reports `error` as `skills-tui: message` (one line per problem), in `language`
    /// where its words are in the catalogue, and returns its status.
    static func fail(_ error: any Error, in language: Language = .en) -> Int32 {
        let (message, status) = ErrorMessage.render(error, in: language)
        // `skills-tui report ... | head`: the reader stopped reading because it had what it
        // wanted. Say nothing, as the shell's own tools do; the status still tells a script
        // that not everything was written. (A change recorded before the pipe closed is
        // `reportNotWritten`, which is always said.)
        if case SkillsError.io(path: "standard output", operation: .write, let cause) = error, cause == String(cString: strerror(EPIPE)) {
            return status
        }
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { "skills-tui: \($0)\n" }
        OutputFile.writeToStandardError(lines.joined())
        return status
    }
}
