import Foundation
import SkillsMatrix

/// `frameworks list | show ID | validate [FILE...]`.
enum FrameworkCommands {
    static let list = CommandSpec(
        words: ["frameworks", "list"], argumentsUsage: "", positionalCount: 0...0,
        summary: "list the frameworks and role profiles",
        details: "Reads the database; without one, the shipped files.",
        options: [],
        run: { invocation in
            try invocation.emit(CatalogFormat.frameworkList(try catalog(for: invocation)))
            return ExitStatus.success
        })

    static let show = CommandSpec(
        words: ["frameworks", "show"], argumentsUsage: "ID", positionalCount: 1...1,
        summary: "show a framework (PM) or one competency with its level indicators (PM.RISK.1)",
        details: "",
        options: [],
        run: { invocation in
            let catalog = try catalog(for: invocation)
            let id = invocation.positionals[0]
            if let framework = catalog.framework(id.uppercased()) {
                try invocation.emit(CatalogFormat.framework(framework))
            } else if let competency = catalog.competency(id.uppercased()) {
                try invocation.emit(
                    CatalogFormat.competency(competency, framework: catalog.framework(competency.frameworkID) ?? catalog.frameworks[0], roles: catalog.roles))
            } else {
                throw SkillsError.unknownFrameworkOrCompetency(id, frameworks: catalog.frameworks.map(\.id))
            }
            return ExitStatus.success
        })

    static let validate = CommandSpec(
        words: ["frameworks", "validate"], argumentsUsage: "[FILE...]", positionalCount: 0...1000,
        summary: "check framework and role files (the shipped ones when no FILE is given)",
        details: """
            Each FILE is a framework (pm.json) or a roles file (roles.json); - reads one from
            standard input. Roles are checked
            against the shipped frameworks plus any framework files given. Prints one line
            per file; the first problem names the file, line and JSON path. Exit status 65
            when a file is invalid.
            """,
        options: [],
        run: { invocation in
            let data = try invocation.environment.shippedDataDirectory()
            if invocation.positionals.isEmpty {
                let directory = data.appendingPathComponent("frameworks")
                let loaded = try FrameworkDirectory.load(from: directory)
                var text = ""
                for framework in loaded.catalog.frameworks {
                    text += "ok  \(framework.id) \(framework.name) \(framework.version): \(framework.areas.count) areas, \(framework.competencies.count) competencies\n"
                }
                text += "ok  roles \(loaded.rolesVersion): \(loaded.catalog.roles.count) role profiles\n"
                try invocation.emit(text)
                return ExitStatus.success
            }
            var frameworks: [(framework: Framework, file: String)] = []
            var rolesFiles: [(bytes: [UInt8], file: String)] = []
            try InputSource.checkStandardInputOnce(invocation.positionals)
            for given in invocation.positionals {
                let (bytes, file) = try InputSource.read(given)
                if isRolesDocument(bytes) {
                    rolesFiles.append((bytes, file))
                } else {
                    frameworks.append((try FrameworkJSON.decodeFramework(bytes, file: file), file))
                }
            }
            try FrameworkDirectory.checkDistinct(frameworks.map(\.framework), files: frameworks.map(\.file))
            var text = ""
            for (framework, file) in frameworks {
                text += "ok  \(file): \(framework.id) \(framework.name) \(framework.version), \(framework.areas.count) areas, \(framework.competencies.count) competencies\n"
            }
            if !rolesFiles.isEmpty {
                var known = Set(frameworks.flatMap { $0.framework.competencies.map(\.id) })
                let givenIDs = Set(frameworks.map(\.framework.id))
                if let shipped = try? FrameworkDirectory.load(from: data.appendingPathComponent("frameworks")) {
                    for framework in shipped.catalog.frameworks where !givenIDs.contains(framework.id) {
                        known.formUnion(framework.competencies.map(\.id))
                    }
                }
                for (bytes, file) in rolesFiles {
                    let roles = try FrameworkJSON.decodeRoles(bytes, file: file, competencyIDs: known)
                    text += "ok  \(file): \(roles.count) role profiles\n"
                }
            }
            try invocation.emit(text)
            return ExitStatus.success
        })

    /// A roles file is an object with a "roles" member; anything else is read as a framework.
    private static func isRolesDocument(_ bytes: [UInt8]) -> Bool {
        guard case .object(let object)? = try? JSONParser.parse(bytes).root else { return false }
        return object["roles"] != nil && object["areas"] == nil
    }

    /// The database's catalog, or the shipped one when there is no database yet.
    @MainActor
    static func catalog(for invocation: Invocation) throws -> Catalog {
        if FileManager.default.fileExists(atPath: invocation.databasePath) {
            return try invocation.openWorkspace().catalog
        }
        let data = try invocation.environment.shippedDataDirectory()
        return try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks")).catalog
    }
}
