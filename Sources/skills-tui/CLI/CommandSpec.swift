import SkillsMatrix

/// An option a command accepts: a flag (`--excel`) or one taking a value (`--team TEAM`).
struct OptionSpec: Sendable {
    let name: String
    /// The value's placeholder in help ("TEAM"), nil for a flag.
    let valueName: String?
    let help: String
    /// Values accepted, when the option is a choice (`--format`).
    let choices: [String]?

    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help, choices: nil)
    }

    static func value(_ name: String, _ valueName: String, _ help: String, choices: [String]? = nil) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, help: help, choices: choices)
    }

    var takesValue: Bool { valueName != nil }
}

/// One command of the command-line contract, e.g. `report gaps`.
struct CommandSpec: Sendable {
    /// The words that name it: ["report", "gaps"].
    let words: [String]
    /// Positional arguments as shown in usage ("COMPETENCY LEVEL", "[FILE...]").
    let argumentsUsage: String
    /// How many positional arguments it takes.
    let positionalCount: ClosedRange<Int>
    let summary: String
    /// Longer help: what it prints, examples.
    let details: String
    let options: [OptionSpec]
    let run: @MainActor @Sendable (Invocation) throws -> Int32

    var name: String { words.joined(separator: " ") }

    var usage: String {
        var parts = ["skills-tui"] + words
        if !argumentsUsage.isEmpty { parts.append(argumentsUsage) }
        for option in options {
            parts.append("[\(option.name)\(option.valueName.map { " " + $0 } ?? "")]")
        }
        return parts.joined(separator: " ")
    }

    func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
}

/// Options every command accepts.
enum GlobalOptions {
    static let all: [OptionSpec] = [
        .value("--db", "PATH", "the database file (default: $SKILLS_DB, else $XDG_DATA_HOME/skills-tui/skills.sqlite)"),
        .value("--as", "LOGIN", "act as another user (admins, and anyone in the demo organisation)"),
        .value("--output", "FILE", "write the result to FILE (created 0600, replaced atomically) instead of standard output"),
        .flag("--no-color", "no colour in the TUI (also NO_COLOR=1 or TERM=dumb)"),
        .value(
            "--lang", "LANG",
            "the language to show: en or nb (default: your saved `profile language`, else LC_ALL, LC_MESSAGES or LANG, else en)",
            choices: Language.allCases.map(\.code)),
        .flag("--help", "show help for the command"),
        .flag("--version", "print the version"),
    ]

    static func spec(_ name: String) -> OptionSpec? { all.first { $0.name == name } }
}
