import SkillsMatrix

/// An option a command accepts: a flag (`--excel`) or one taking a value (`--team TEAM`).
/// Its help is in each language's `CommandLineCatalogue`, under its name.
struct OptionSpec: Sendable {
    let name: String
    /// The value's placeholder in help ("TEAM"), nil for a flag.
    let valueName: String?
    /// Values accepted, when the option is a choice (`--format`).
    let choices: [String]?

    static func flag(_ name: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, choices: nil)
    }

    static func value(_ name: String, _ valueName: String, choices: [String]? = nil) -> OptionSpec {
        OptionSpec(name: name, valueName: valueName, choices: choices)
    }

    var takesValue: Bool { valueName != nil }
}

/// One command of the command-line contract, e.g. `report gaps`: the machine's part. What
/// a person reads about it (summary, details, options' help) is in each language's
/// `CommandLineCatalogue`, under its `name`.
struct CommandSpec: Sendable {
    /// The words that name it: ["report", "gaps"].
    let words: [String]
    /// Positional arguments as shown in usage ("COMPETENCY LEVEL", "[FILE...]").
    let argumentsUsage: String
    /// How many positional arguments it takes.
    let positionalCount: ClosedRange<Int>
    let options: [OptionSpec]
    let run: @MainActor @Sendable (Invocation) throws -> Int32

    var name: String { words.joined(separator: " ") }

    var usage: String { usageParts.joined(separator: " ") }

    /// The usage line's parts, each kept whole when help breaks the line to fit:
    /// "skills-tui rate", "COMPETENCY LEVEL", "[--note TEXT]".
    var usageParts: [String] {
        var parts = [(["skills-tui"] + words).joined(separator: " ")]
        if !argumentsUsage.isEmpty { parts.append(argumentsUsage) }
        for option in options {
            parts.append("[\(option.name)\(option.valueName.map { " " + $0 } ?? "")]")
        }
        return parts
    }

    func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
}

/// Options every command accepts (their help: `CommandLineCatalogue.globalOptions`).
enum GlobalOptions {
    static let all: [OptionSpec] = [
        .value("--db", "PATH"),
        .value("--as", "LOGIN"),
        .value("--output", "FILE"),
        .flag("--no-color"),
        .value("--lang", "LANG", choices: Language.allCases.map(\.code)),
        .flag("--help"),
        .flag("--version"),
    ]

    static func spec(_ name: String) -> OptionSpec? { all.first { $0.name == name } }
}
