/// `frameworks validate`: framework and roles files loaded with the tool's own loader,
/// then reviewed against the content rules (`FrameworkReview`).
public struct FrameworkValidation: Sendable {
    public var frameworks: [(file: String, framework: Framework)]
    public var roleFiles: [(file: String, version: String, count: Int)]
    public var learningFiles: [(file: String, catalogue: LearningCatalogue)] = []
    /// Which role profiles the review judged "required by a role" against.
    public var rolesSource: RolesSource
    public var findings: [FrameworkReview.Finding]

    /// Where the role profiles of a review came from.
    public enum RolesSource: Hashable, Sendable {
        /// The first roles file given.
        case file(String)
        /// The shipped `roles.json`.
        case shipped
        /// No roles file given and none shipped.
        case none
    }

    /// `rolesSource` in English words.
    public var rolesReviewedAgainst: String { Language.en.messages.fileProblems.rolesSource(rolesSource) }

    /// Whether a finding is an error (warnings alone leave the files valid).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Loads every file (a framework, a roles file when it has `roles`, a learning
    /// catalogue when it has `items`), checks that
    /// frameworks are distinct and that roles name competencies of the given frameworks
    /// or, for frameworks not given, of `shipped`; then reviews each framework against the
    /// first roles file given, else the shipped roles.
    /// - Throws: `InputFileError` for the first problem the loader finds.
    public static func run(_ files: [(bytes: [UInt8], file: String)], shipped: FrameworkDirectory?) throws -> FrameworkValidation {
        var frameworks: [(file: String, framework: Framework, document: JSONDocument?)] = []
        var rolesFiles: [(bytes: [UInt8], file: String)] = []
        var catalogueFiles: [(bytes: [UInt8], file: String)] = []
        for (bytes, file) in files {
            if FrameworkJSON.isRolesDocument(bytes) {
                rolesFiles.append((bytes, file))
            } else if LearningJSON.isLearningDocument(bytes) {
                catalogueFiles.append((bytes, file))
            } else {
                let framework = try FrameworkJSON.decodeFramework(bytes, file: file)
                frameworks.append((file, framework, try? JSONParser.parse(bytes, recordingLines: true)))
            }
        }
        try FrameworkDirectory.checkDistinct(frameworks.map(\.framework), files: frameworks.map(\.file))
        let givenIDs = Set(frameworks.map(\.framework.id))
        var known = Set(frameworks.flatMap { $0.framework.competencies.map(\.id) })
        for framework in shipped?.catalog.frameworks ?? [] where !givenIDs.contains(framework.id) {
            known.formUnion(framework.competencies.map(\.id))
        }
        var roleFiles: [(file: String, version: String, count: Int)] = []
        var reviewRoles: (profiles: [RoleProfile], source: RolesSource)?
        for (bytes, file) in rolesFiles {
            let decoded = try FrameworkJSON.decodeRolesFile(bytes, file: file, competencyIDs: known)
            roleFiles.append((file, decoded.version, decoded.roles.count))
            if reviewRoles == nil { reviewRoles = (decoded.roles, .file(file)) }
        }
        let roles = reviewRoles ?? shipped.map { ($0.catalog.roles, .shipped) } ?? ([], .none)
        var findings = frameworks.flatMap { item in
            FrameworkReview.review(item.framework, file: item.file, roles: roles.profiles, document: item.document)
        }
        var learningFiles: [(file: String, catalogue: LearningCatalogue)] = []
        let frameworksInForce = frameworks.map(\.framework)
            + (shipped?.catalog.frameworks ?? []).filter { !givenIDs.contains($0.id) }
        for (bytes, file) in catalogueFiles {
            let catalogue = try LearningJSON.decode(bytes, file: file, competencyIDs: known)
            learningFiles.append((file, catalogue))
            findings += LearningReview.review(
                catalogue, file: file, frameworks: frameworksInForce, document: try? JSONParser.parse(bytes, recordingLines: true))
        }
        return FrameworkValidation(
            frameworks: frameworks.map { ($0.file, $0.framework) }, roleFiles: roleFiles, learningFiles: learningFiles,
            rolesSource: roles.source, findings: findings)
    }

    /// One line per file, then one per finding and a count, in English.
    public var text: String { text(in: .en) }

    /// One line per file, then one per finding and a count, in `language`.
    public func text(in language: Language) -> String {
        let words = language.messages.fileProblems
        var text = ""
        for (file, framework) in frameworks {
            text += words.validFramework(
                file: file, id: framework.id, name: framework.localizedName[language], version: framework.version, languages: framework.languages.map(\.code),
                areas: framework.areas.count, competencies: framework.competencies.count) + "\n"
        }
        for roles in roleFiles { text += words.validRoles(file: roles.file, version: roles.version, profiles: roles.count) + "\n" }
        for (file, catalogue) in learningFiles {
            text += words.validLearning(
                file: file, version: catalogue.version, languages: catalogue.languages.map(\.code), items: catalogue.items.count,
                currency: catalogue.currency) + "\n"
        }
        for finding in findings { text += finding.described(in: language) + "\n" }
        let errors = findings.filter { $0.severity == .error }.count
        text += words.validationSummary(errors: errors, warnings: findings.count - errors, roles: rolesSource) + "\n"
        return text
    }
}
