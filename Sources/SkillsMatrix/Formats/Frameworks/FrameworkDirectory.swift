import Foundation

/// A folder of framework files plus `roles.json` and, optionally, the learning catalogue
/// `learning.json`, such as the shipped `frameworks/`.
public struct FrameworkDirectory: Sendable {
    public static let rolesFileName = "roles.json"

    public var catalog: Catalog
    public var rolesVersion: String
    /// The learning catalogue, when the folder has one.
    public var learning: LearningCatalogue?

    public init(catalog: Catalog, rolesVersion: String, learning: LearningCatalogue? = nil) {
        self.catalog = catalog
        self.rolesVersion = rolesVersion
        self.learning = learning
    }

    /// Loads and cross-checks every `*.json` framework in `directory`, its roles file and
    /// its learning catalogue if there is one.
    /// - Throws: `InputFileError` naming the file and place of the first problem.
    public static func load(from directory: URL) throws -> FrameworkDirectory {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw SkillsError.io(path: directory.path, operation: .read, cause: SystemFailure.reason(of: error))
        }
        let frameworkFiles = names.filter { $0.hasSuffix(".json") && $0 != rolesFileName && $0 != LearningJSON.fileName }.sorted()
        var frameworks: [Framework] = []
        for name in frameworkFiles {
            let url = directory.appendingPathComponent(name)
            frameworks.append(try FrameworkJSON.decodeFramework(try InputFile.read(url.path), file: url.path))
        }
        try checkDistinct(frameworks, files: frameworkFiles.map { directory.appendingPathComponent($0).path })
        let rolesURL = directory.appendingPathComponent(rolesFileName)
        let competencyIDs = Set(frameworks.flatMap { $0.competencies.map(\.id) })
        let rolesBytes = try InputFile.read(rolesURL.path)
        let roles = try FrameworkJSON.decodeRolesFile(rolesBytes, file: rolesURL.path, competencyIDs: competencyIDs)
        var learning: LearningCatalogue?
        if names.contains(LearningJSON.fileName) {
            let learningURL = directory.appendingPathComponent(LearningJSON.fileName)
            learning = try LearningJSON.decode(try InputFile.read(learningURL.path), file: learningURL.path, competencyIDs: competencyIDs)
        }
        return FrameworkDirectory(
            catalog: Catalog(frameworks: frameworks, roles: roles.roles), rolesVersion: roles.version, learning: learning)
    }

    /// Two files may not define the same framework: ids must be unique across the set.
    public static func checkDistinct(_ frameworks: [Framework], files: [String]) throws {
        var firstFile: [String: String] = [:]
        for (framework, file) in zip(frameworks, files) {
            if let other = firstFile[framework.id] {
                throw InputFileError(file: file, location: "$.id", problem: .frameworkDefinedTwice(framework.id, otherFile: other))
            }
            firstFile[framework.id] = file
        }
    }
}
