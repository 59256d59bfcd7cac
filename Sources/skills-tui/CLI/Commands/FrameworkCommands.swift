import Foundation
import SkillsMatrix

/// `frameworks list | show ID | validate [FILE...]`.
enum FrameworkCommands {
    static let list = CommandSpec(
        words: ["frameworks", "list"], argumentsUsage: "", positionalCount: 0...0,
        options: [],
        run: { invocation in
            try invocation.emit(CatalogFormat.frameworkList(try catalog(for: invocation), language: invocation.language))
            return ExitStatus.success
        })

    static let show = CommandSpec(
        words: ["frameworks", "show"], argumentsUsage: "ID", positionalCount: 1...1,
        options: [],
        run: { invocation in
            let catalog = try catalog(for: invocation)
            let id = invocation.positionals[0]
            if let framework = catalog.framework(id.uppercased()) {
                try invocation.emit(CatalogFormat.framework(framework, language: invocation.language))
            } else if let competency = catalog.competency(id.uppercased()) {
                try invocation.emit(
                    CatalogFormat.competency(competency, framework: catalog.framework(competency.frameworkID) ?? catalog.frameworks[0], roles: catalog.roles, language: invocation.language))
            } else {
                throw SkillsError.unknownFrameworkOrCompetency(id, frameworks: catalog.frameworks.map(\.id))
            }
            return ExitStatus.success
        })

    static let validate = CommandSpec(
        words: ["frameworks", "validate"], argumentsUsage: "[FILE...]", positionalCount: 0...1000,
        options: [],
        run: { invocation in
            let data = try invocation.environment.shippedDataDirectory()
            let shippedFolder = data.appendingPathComponent("frameworks")
            // The shipped files are named as frameworks/pm.json, wherever the folder is.
            var paths = invocation.positionals.map { (path: $0, name: $0) }
            if paths.isEmpty {
                paths = try FileManager.default.contentsOfDirectory(atPath: shippedFolder.path).filter { $0.hasSuffix(".json") }.sorted()
                    .map { (shippedFolder.appendingPathComponent($0).path, "frameworks/" + $0) }
            }
            try InputSource.checkStandardInputOnce(invocation.positionals)
            let files = try paths.map { path -> (bytes: [UInt8], file: String) in
                let read = try InputSource.read(path.path)
                return (read.bytes, path.path == "-" ? read.name : path.name)
            }
            let validation = try FrameworkValidation.run(files, shipped: try? FrameworkDirectory.load(from: shippedFolder))
            try invocation.emit(validation.text(in: invocation.language))
            return validation.hasErrors ? ExitStatus.dataError : ExitStatus.success
        })

    /// The database's catalog, or the shipped one when there is no database yet.
    @MainActor
    static func catalog(for invocation: Invocation) throws -> Catalog {
        if invocation.hasDatabase {
            return try invocation.openWorkspace().catalog
        }
        let data = try invocation.environment.shippedDataDirectory()
        return try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks")).catalog
    }
}
