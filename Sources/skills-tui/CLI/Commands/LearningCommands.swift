import Foundation
import SkillsMatrix

/// `learning list` and `learning export`: the learning catalogue. It is installed and
/// replaced with the frameworks (`skills-tui frameworks import learning.json`).
enum LearningCommands {
    static let list = CommandSpec(
        words: ["learning", "list"], argumentsUsage: "", positionalCount: 0...0,
        options: [.value("--competency", "ID")],
        run: { invocation in
            let (catalogue, catalog) = try catalogue(for: invocation)
            let competencyID = invocation.value("--competency")?.uppercased()
            if let competencyID, catalog.competency(competencyID) == nil { throw SkillsError.unknownCompetency(competencyID) }
            try invocation.emit(LearningCatalogueFormat.text(catalogue, competencyID: competencyID))
            return ExitStatus.success
        })

    static let export = CommandSpec(
        words: ["learning", "export"], argumentsUsage: "", positionalCount: 0...0,
        options: [],
        run: { invocation in
            if FileManager.default.fileExists(atPath: invocation.databasePath) {
                try invocation.emit(try invocation.openWorkspace().exportLearningCatalogue())
            } else {
                try invocation.emit(JSONWriter.string(LearningJSON.encode(try catalogue(for: invocation).catalogue)))
            }
            return ExitStatus.success
        })

    /// The database's catalogue, or the shipped one when there is no database yet.
    @MainActor
    static func catalogue(for invocation: Invocation) throws -> (catalogue: LearningCatalogue, catalog: Catalog) {
        if FileManager.default.fileExists(atPath: invocation.databasePath) {
            let workspace = try invocation.openWorkspace()
            return (workspace.learning, workspace.catalog)
        }
        let data = try invocation.environment.shippedDataDirectory()
        let directory = try FrameworkDirectory.load(from: data.appendingPathComponent("frameworks"))
        return (directory.learning ?? .empty, directory.catalog)
    }
}
