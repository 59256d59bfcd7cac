import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// `skills-tui gateway LOGIN`: the forced command of each key line in the service
/// account's `authorized_keys`, so that one account serves a whole department and who
/// someone is comes from their key.
enum GatewayCommand {
    /// Programs that file-transfer clients ask sshd to run (scp, and sftp's subsystem,
    /// which with a forced command arrives as its program's path).
    static let fileTransferPrograms: Set<String> = ["scp", "sftp", "sftp-server", "internal-sftp", "rsync"]

    static let gateway = CommandSpec(
        words: ["gateway"], argumentsUsage: "LOGIN", positionalCount: 1...1,
        options: [.value("--config", "FILE")],
        run: { invocation in
            let login = invocation.positionals[0]
            guard OrganisationCSV.isValidLogin(login) else { throw GatewayError.invalidLogin(login) }
            if let name = GatewaySession.refusedOptions.first(where: { invocation.globals[$0] != nil }) {
                throw GatewayError.option(name, login: login)
            }
            let sentCommand = invocation.environment.variables["SSH_ORIGINAL_COMMAND"] ?? ""
            let variables = GatewaySession.sanitiseProcessEnvironment()
            let configuration = try GatewayConfiguration.loadForGateway(invocation.value("--config") ?? GatewayConfiguration.defaultPath)
            let workspace = try Workspace.openForKeyHolder(databaseAt: configuration.database ?? "", login: login)
            // The person is known now: from here on they are spoken to in their language.
            let forcedLanguage = invocation.languageOption
            invocation.speech.language = forcedLanguage ?? (try? workspace.languagePreference()) ?? invocation.language
            let session = GatewaySession(
                login: login, configuration: configuration, actor: workspace.actor,
                destination: GatewaySession.destination(configuration: configuration, environment: variables),
                language: invocation.language, forcedLanguage: forcedLanguage)
            let environment = RuntimeEnvironment(variables: variables, gateway: session)
            // One line on standard error, so that it never mixes into a report piped to a file;
            // the TUI's home screen says the same. In the sent command's --lang, if it has one.
            if let overdue = try? workspace.overdueReminder() {
                let language = sentLanguage(sentCommand) ?? invocation.language
                let reminder = language.messages.commandOutputs.overdueReminder(
                    cycle: overdue.cycle.name, due: overdue.cycle.dueAt, done: overdue.completion.done,
                    total: overdue.completion.total, destination: session.destination)
                OutputFile.writeToStandardError(TerminalText.inert(reminder) + "\n")
            }

            if !sentCommand.trimmingCharacters(in: .whitespaces).isEmpty {
                let program = sentCommand.split(separator: " ").first.map { String($0.split(separator: "/").last ?? $0) } ?? ""
                if fileTransferPrograms.contains(program) {
                    let refusal = GatewayError.fileTransfer(program)
                    if program.hasSuffix("sftp") || program == "sftp-server" { SFTPRefusal.answer(with: refusal.described(in: invocation.language)) }
                    throw refusal
                }
                let words = try GatewayWords.split(sentCommand)
                return CommandLineTool.run(["skills-tui"] + words, environment: environment)
            }
            if isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 {
                return CommandLineTool.run(["skills-tui"], environment: environment)
            }
            try OutputFile.writeToStandardOutput(GatewayHelp.text(for: session, commands: CommandLineTool.commands, language: invocation.language))
            return ExitStatus.success
        })

    /// The `--lang` of the command a person sent, when it splits and parses (the gateway
    /// still decides whether to run it).
    @MainActor
    static func sentLanguage(_ command: String) -> Language? {
        guard let words = try? GatewayWords.split(command), let parsed = try? ArgumentParser.parse(words, commands: CommandLineTool.commands) else {
            return nil
        }
        return parsed.globals["--lang"].flatMap(Language.init(code:))
    }
}
