import Foundation
import SkillsMatrix

/// `frameworks import FILE` and `frameworks export ID`: Moodle CSV, CASE and our JSON.
enum FrameworkInterchangeCommands {
    static let formatOption = OptionSpec.value("--format", "FORMAT", choices: FrameworkFormat.allCases.map(\.rawValue))

    static let importFramework = CommandSpec(
        words: ["frameworks", "import"], argumentsUsage: "FILE...", positionalCount: 1...100,
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
