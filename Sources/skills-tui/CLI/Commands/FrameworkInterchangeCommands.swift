import Foundation
import SkillsMatrix

/// `frameworks import FILE` and `frameworks export ID`: Moodle CSV, CASE and our JSON.
enum FrameworkInterchangeCommands {
    static let formatOption = OptionSpec.value(
        "--format", "FORMAT", "moodle-csv, case or json", choices: FrameworkFormat.allCases.map(\.rawValue))

    static let importFramework = CommandSpec(
        words: ["frameworks", "import"], argumentsUsage: "FILE", positionalCount: 1...1,
        summary: "install a framework, or a new version of one, from Moodle CSV, CASE or JSON (admin)",
        details: """
            The file is checked with the same rules as the shipped frameworks; every problem is
            listed with its line and the import stops (exit 65) with nothing changed. Without
            --format the format is guessed: JSON with a CFDocument is CASE, other JSON is ours,
            anything else Moodle CSV.
            A new version replaces the installed one: competencies it drops are retired (their
            ratings stay in the history), unless a role profile requires them, which is refused.
            The same version is accepted only with identical content (then nothing changes);
            otherwise the version must be newer than the installed one (1.10.0 after 1.9.0)
            and not one that ratings already record.
            """,
        options: [formatOption],
        run: { invocation in
            let path = invocation.positionals[0]
            let workspace = try invocation.openWorkspace()
            let bytes = try InputFile.read(path)
            let format = invocation.value("--format").flatMap(FrameworkFormat.init(rawValue:)) ?? FrameworkFormat.guess(bytes)
            let plan = try workspace.importFramework(bytes, file: path, format: format)
            var text = plan.summary + "\n"
            if !plan.retired.isEmpty {
                text += "Retired (their ratings stay in the history): \(plan.retired.joined(separator: ", "))\n"
            }
            if !plan.added.isEmpty, plan.previous != nil { text += "Added: \(plan.added.joined(separator: ", "))\n" }
            if !plan.changed.isEmpty { text += "Changed: \(plan.changed.joined(separator: ", "))\n" }
            try invocation.report(text, afterRecording: "the import of \(path)")
            return ExitStatus.success
        })

    static let exportFramework = CommandSpec(
        words: ["frameworks", "export"], argumentsUsage: "ID", positionalCount: 1...1,
        summary: "write a framework as Moodle CSV, CASE 1.1 JSON or our JSON (default json)",
        details: """
            Moodle CSV uses the tool_lpimportcsv header; level indicators, the scale's
            descriptors, version and review interval go into the Descriptions as Markdown.
            CASE is a CFPackage whose identifiers derive from our ids, so the same framework
            always exports to the same bytes; its lastChangeDateTime is when the version was
            installed. Reads the database; without one, the shipped files, dated
            1970-01-01T00:00:00Z (nothing was installed).
            """,
        options: [formatOption],
        run: { invocation in
            let id = invocation.positionals[0].uppercased()
            let format = invocation.value("--format").flatMap(FrameworkFormat.init(rawValue:)) ?? .json
            if FileManager.default.fileExists(atPath: invocation.databasePath) {
                try invocation.emit(try invocation.openWorkspace().exportFramework(id, format: format))
                return ExitStatus.success
            }
            let catalog = try FrameworkCommands.catalog(for: invocation)
            guard let framework = catalog.framework(id) else {
                throw SkillsError.unknownFramework(id, known: catalog.frameworks.map(\.id))
            }
            try invocation.emit(try FrameworkInterchange.encode(framework, format: format, lastChange: FrameworkInterchange.uninstalledLastChange))
            return ExitStatus.success
        })
}
