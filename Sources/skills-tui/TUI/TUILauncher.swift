import Foundation
import SkillsMatrix
import SkillsTUI
#if canImport(Glibc)
import Glibc
#endif

/// Starts the full-screen UI on a database, after checking there is a terminal to run on.
@MainActor
enum TUILauncher {
    /// Refuses (exit 64) when standard input or output is not a terminal: a script gets a
    /// pointer to the reports instead of escape codes.
    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw UsageError(.needsTerminal)
        }
    }

    static func run(databasePath: String, invocation: Invocation, withRolePicker: Bool) throws -> Int32 {
        let environment = invocation.environment
        let open: (String?) throws -> Workspace = { login in
            // Over SSH the person is who their key says, even in a demo organisation.
            if let gateway = environment.gateway, let login, login != gateway.login {
                throw GatewayError.option("--as", login: gateway.login)
            }
            return try Workspace.open(databaseAt: databasePath, login: environment.login, actingAs: login, reportTime: environment.pinnedTime)
        }
        let exportCommand = environment.gateway.map { gateway in
            { @Sendable (teamID: String?, format: ReportFormat, excel: Bool, file: String) -> String in
                RemoteExportCommand.text(destination: gateway.destination, teamID: teamID, format: format, excel: excel, file: file)
            }
        }
        let workspace = try open(invocation.actingAs)
        // --lang, else the acting person's saved preference, else the locale, else English.
        let language = LanguageChoice.resolve(
            option: invocation.languageOption, preference: try workspace.languagePreference(), environment: environment.variables)
        let runtime = TUIRuntime(workspace: workspace, reopen: open, exportCommand: exportCommand, language: language)
        do {
            // Under the screen nothing may write to standard error: each effect shows its
            // waits for the database on the busy line instead (TUIRuntime.perform).
            _ = try DatabaseWait.observing(nil) {
                try CursesTerminal.with(noColor: invocation.colorDisabled) { terminal in
                    EventLoop(runtime: runtime, terminal: terminal).run(withRolePicker: withRolePicker)
                }
            }
        } catch let unavailable as TerminalUnavailable {
            throw UsageError(unavailable.description)
        }
        // Ended by SIGTERM or SIGHUP: say so in the status, as a shell expects (143, 129).
        if let signal = CursesTerminal.stopSignal { return 128 + signal }
        return ExitStatus.success
    }
}
