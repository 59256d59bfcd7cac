import Foundation
import SkillsMatrix

/// A parsed command ready to run: its arguments plus the environment it runs in.
@MainActor
struct Invocation {
    let command: CommandSpec
    let positionals: [String]
    let values: [String: String]
    let flags: Set<String>
    let globals: [String: String]
    let globalFlags: Set<String>
    let environment: RuntimeEnvironment
    /// The language this run speaks; a preference saved in the database joins in when
    /// `openWorkspace` opens it (see `LanguageChoice`).
    let speech: SpokenLanguage

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    var databasePath: String { environment.databasePath(option: globals["--db"]) }
    /// Whether there is a database to read: a SQLite file that exists, or a PostgreSQL
    /// URL (whose server is asked only when the database is opened).
    var hasDatabase: Bool {
        DatabaseLocation.isPostgresURL(databasePath) || FileManager.default.fileExists(atPath: databasePath)
    }
    var actingAs: String? { globals["--as"] }
    var outputPath: String? { globals["--output"] }
    var colorDisabled: Bool { globalFlags.contains("--no-color") || environment.prefersNoColor }

    /// `--lang`, when given.
    var languageOption: Language? { globals["--lang"].flatMap(Language.init(code:)) }

    /// `--lang` given to this command, else over SSH the forced command's: what holds over
    /// the person's saved preference.
    var chosenLanguage: Language? { languageOption ?? environment.gateway?.forcedLanguage }

    /// The language to speak in: `--lang`, else the person's saved preference (once the
    /// database is open), else the session's locale, else English.
    var language: Language { speech.language }

    /// `--format`, or text.
    var format: ReportFormat { values["--format"].flatMap(ReportFormat.init(rawValue:)) ?? .text }

    /// The database opened for the OS user (or `--as`); from here on the run speaks the
    /// acting person's saved language, unless `--lang` said otherwise.
    func openWorkspace() throws -> Workspace {
        let workspace = try Workspace.open(
            databaseAt: databasePath, login: environment.login, actingAs: actingAs, reportTime: environment.pinnedTime)
        try adoptLanguage(of: workspace)
        return workspace
    }

    /// From here on, the run speaks the acting person's saved language in `workspace`,
    /// unless `--lang` said otherwise.
    func adoptLanguage(of workspace: Workspace) throws {
        if chosenLanguage == nil, let preference = try workspace.languagePreference() {
            speech.language = preference
        }
    }

    /// Lets go of a large report on another thread once it is written: freeing half a
    /// million needs and 100,000 people one by one took a tenth of the training-needs
    /// CSV's time at 100,000 staff, and the command can exit meanwhile.
    func dropInBackground(_ report: consuming some Sendable) {
        let report = Dropped(report)
        DispatchQueue.global(qos: .utility).async { report.drop() }
    }

    /// Prints `text`, or writes it to `--output`. On a terminal, every format is shown
    /// inert (`TerminalText.inertLines`): a CSV or JSON export is exact data in a file or
    /// a pipe, but a note's escape sequences must not reach the person reading it.
    func emit(_ text: String) throws {
        try emit { $0.write(text) }
    }

    /// Streams what `body` writes to standard output, or to `--output` as the engine's
    /// `OutputTarget` allows (a file through a temporary file and a rename).
    func emit(_ body: (inout ByteOutput) throws -> Void) throws {
        if let outputPath {
            try OutputTarget.check(outputPath, protecting: databasePath).write(body)
        } else {
            try OutputFile.writeToStandardOutput(isatty(STDOUT_FILENO) == 1 ? { output in
                // On a terminal, data becomes text a person reads: made inert first.
                output.write(TerminalText.inertLines(try ByteOutput.text(body)))
            } : body)
        }
    }

    /// Prints the report of a change that has been committed. If it cannot be written
    /// (a full disk, a closed pipe), the error says that `change` was recorded all the
    /// same, so that nobody runs the command again and makes the change twice.
    func report(_ text: String, afterRecording change: String) throws {
        do {
            try emit(text)
        } catch let error as SkillsError {
            switch error {
            case .io(let path, _, let cause): throw SkillsError.reportNotWritten(change: change, path: path, cause: cause)
            default: throw SkillsError.reportNotWritten(change: change, path: outputPath ?? "standard output", cause: error.description)
            }
        }
    }

    /// Something for the person at the terminal: always standard error, so that it never
    /// mixes into a report piped to a file.
    func tell(_ text: String) {
        OutputFile.writeToStandardError(text.hasSuffix("\n") ? text : text + "\n")
    }
}

/// A report handed to another thread to be freed there.
private final class Dropped<Value: Sendable>: @unchecked Sendable {
    // Touched by the thread it is handed to alone, once the writing thread has let go.
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    func drop() { value = nil }
}
