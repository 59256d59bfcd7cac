import Foundation
import SkillsMatrix

/// `frameworks import FILE` and `frameworks export ID`: Moodle CSV, CASE and our JSON.
enum FrameworkInterchangeCommands {
    static let formatOption = OptionSpec.value(
        "--format", "FORMAT", "moodle-csv, case or json", choices: FrameworkFormat.allCases.map(\.rawValue))

    static let importFramework = CommandSpec(
        words: ["frameworks", "import"], argumentsUsage: "FILE...", positionalCount: 1...100,
        summary: "install frameworks, or new versions of them, and role profiles (admin)",
        details: """
            Each FILE (or -, standard input: `ssh HOST frameworks import - < pm.csv`) is a
            framework in Moodle CSV, CASE or our JSON, a roles file (roles.json) or a learning
            catalogue (learning.json); all of them are checked as one change and installed
            together, or not at all. A file is checked with the same rules as the shipped frameworks; every
            problem is listed with its line and the import stops (exit 65) with nothing
            changed. Without --format the format is guessed: JSON with a CFDocument is CASE,
            JSON with "roles" a roles file, JSON with "items" a learning catalogue, other JSON
            a framework, anything else Moodle CSV.
            A new version replaces the installed one: competencies it drops are retired (their
            ratings stay in the history), unless a role profile still requires them, which is
            refused; import the new roles file in the same command. The same version is
            accepted only with identical content (then nothing changes); otherwise the version
            must be newer than the installed one (1.10.0 after 1.9.0) and not one that ratings
            already record. A roles file replaces every role profile; every requirement must
            name a competency of an installed or imported framework, and a role that people
            hold must stay. A learning catalogue replaces the installed one; an item that a
            development plan names must stay. To move a database to the shipped content:
            skills-tui frameworks import frameworks/*.json
            """,
        options: [formatOption],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let format = invocation.value("--format").flatMap(FrameworkFormat.init(rawValue:))
            try InputSource.checkStandardInputOnce(invocation.positionals)
            var files: [FrameworkImportFile] = []
            for path in invocation.positionals {
                let read = try InputSource.read(path)
                files.append(FrameworkImportFile(bytes: read.bytes, file: read.name, format: format))
            }
            let plan = try workspace.importFrameworks(files)
            let words = invocation.language.messages
            var text = ""
            for framework in plan.frameworks {
                text += framework.summary(in: invocation.language) + "\n"
                if !framework.retired.isEmpty { text += "  " + words.retiredIDs(framework.retired.joined(separator: ", ")) + "\n" }
                if !framework.added.isEmpty, framework.previous != nil { text += "  " + words.addedIDs(framework.added.joined(separator: ", ")) + "\n" }
                if !framework.changed.isEmpty { text += "  " + words.changedIDs(framework.changed.joined(separator: ", ")) + "\n" }
            }
            if let roles = plan.roles {
                text += roles.summary(in: invocation.language) + "\n"
                if !roles.added.isEmpty { text += "  " + words.addedIDs(roles.added.joined(separator: ", ")) + "\n" }
                if !roles.changed.isEmpty { text += "  " + words.changedIDs(roles.changed.joined(separator: ", ")) + "\n" }
                if !roles.removed.isEmpty { text += "  " + words.removedIDs(roles.removed.joined(separator: ", ")) + "\n" }
            }
            if let learning = plan.learning {
                text += learning.summary + "\n"
                let added = learning.isFirstCatalogue ? [] : learning.added
                if !added.isEmpty { text += "  " + words.addedIDs(added.joined(separator: ", ")) + "\n" }
                if !learning.changed.isEmpty { text += "  " + words.changedIDs(learning.changed.joined(separator: ", ")) + "\n" }
                if !learning.removed.isEmpty { text += "  " + words.removedIDs(learning.removed.joined(separator: ", ")) + "\n" }
            }
            try invocation.report(text, afterRecording: words.theImport(files: invocation.positionals.joined(separator: ", ")))
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
            Moodle CSV and CASE hold one language: --lang picks it (default en, whatever
            LANG or your saved language say: an export is data); CASE sets language on the
            document and every item, and Moodle's labels are in it too. JSON holds every
            language the framework has, or only the one --lang names.
            """,
        options: [formatOption],
        run: { invocation in
            let id = invocation.positionals[0].uppercased()
            let format = invocation.value("--format").flatMap(FrameworkFormat.init(rawValue:)) ?? .json
            let language = invocation.languageOption
            if invocation.hasDatabase {
                try invocation.emit(try invocation.openWorkspace().exportFramework(id, format: format, language: language))
                return ExitStatus.success
            }
            let catalog = try FrameworkCommands.catalog(for: invocation)
            guard let framework = catalog.framework(id) else {
                throw SkillsError.unknownFramework(id, known: catalog.frameworks.map(\.id))
            }
            try invocation.emit(
                try FrameworkInterchange.encode(
                    framework, format: format, language: language, lastChange: FrameworkInterchange.uninstalledLastChange))
            return ExitStatus.success
        })
}
