import Foundation

extension Workspace {
    /// Reads a framework file in `format`, checks it, and installs it (admins only).
    ///
    /// The version rules are checked inside the write transaction, against the frameworks
    /// as they are once the write lock is held, so an import that landed meanwhile (the
    /// same file, or another version) is judged rather than overwritten or collided with.
    /// - Returns: what changed; `isUnchanged` when the same version was already installed.
    /// - Throws: `AccessDenied` before the file is read; `InputFileError(s)` for a bad
    ///   file; `SkillsError.catalogImport` when the version rules refuse it. Nothing is written then.
    @discardableResult
    public func importFramework(_ bytes: [UInt8], file: String, format: FrameworkFormat) throws -> FrameworkImportPlan {
        try AccessPolicy.check(.manageFrameworks, by: actor)
        if format == .json, FrameworkJSON.isRolesDocument(bytes) {
            throw SkillsError.catalogImport(file: file, .rolesFileNotFramework)
        }
        if format == .json, LearningJSON.isLearningDocument(bytes) {
            throw SkillsError.catalogImport(file: file, .learningFileNotFramework)
        }
        return try importFrameworks([FrameworkImportFile(bytes: bytes, file: file, format: format)]).frameworks[0]
    }

    /// Reads framework files, at most one roles file (`roles.json`) and at most one learning
    /// catalogue (`learning.json`), checks them as one change (`CatalogImportPlan`) and
    /// installs them in one transaction (admins only):
    /// the way to move a database to new versions that drop or rename competencies.
    /// - Returns: what changed; `isUnchanged` when everything was installed already.
    /// - Throws: `AccessDenied` before any file is read; `InputFileError(s)` for a bad
    ///   file; `SkillsError.catalogImport` when the rules refuse the change. Nothing is written then.
    @discardableResult
    public func importFrameworks(_ files: [FrameworkImportFile]) throws -> CatalogImportPlan {
        try AccessPolicy.check(.manageFrameworks, by: actor)
        var frameworks: [(framework: Framework, file: String)] = []
        var formats: [FrameworkFormat] = []
        var rolesFile: (bytes: [UInt8], file: String)?
        var learningFile: (bytes: [UInt8], file: String)?
        for item in files {
            let format = item.format ?? FrameworkFormat.guess(item.bytes)
            if format == .json, FrameworkJSON.isRolesDocument(item.bytes) {
                if let first = rolesFile {
                    throw SkillsError.catalogImport(file: item.file, .secondRolesFile(first: first.file))
                }
                rolesFile = (item.bytes, item.file)
                continue
            }
            if format == .json, LearningJSON.isLearningDocument(item.bytes) {
                if let first = learningFile {
                    throw SkillsError.catalogImport(file: item.file, .secondLearningFile(first: first.file))
                }
                learningFile = (item.bytes, item.file)
                continue
            }
            frameworks.append((try FrameworkInterchange.decode(item.bytes, file: item.file, format: format), item.file))
            formats.append(format)
        }
        // The plan is worked out inside the write transaction, against the catalogue as it
        // is then: two imports at once cannot both plan against the same old version.
        let plan = try store.withTransaction {
            try store.reloadCatalog()
            let plan = try CatalogImportPlan.plan(
                importing: frameworks, rolesFile: rolesFile, over: catalog, ratedVersions: { try self.store.ratedFrameworkVersions($0) },
                roleHolders: try store.roleHolderCounts(), learningFile: learningFile, installedLearning: learning,
                plannedItems: try store.learningItemsInPlans())
            if plan.isUnchanged { return plan }
            let installs = zip(zip(plan.frameworks, frameworks), formats).filter { !$0.0.0.isUnchanged }.map { pair, format in
                SkillsStore.FrameworkInstall(
                    framework: pair.0.framework, detail: "\(pair.0.summary); from \(pair.1.file) (\(format.rawValue))")
            }
            let roles = plan.roles.flatMap { change in
                change.isUnchanged ? nil : SkillsStore.RolesInstall(profiles: change.profiles, version: change.version, detail: change.summary)
            }
            let learningInstall = plan.learning.flatMap { change in
                change.isUnchanged ? nil : SkillsStore.LearningInstall(catalogue: change.catalogue, detail: change.summary)
            }
            try store.writeCatalogChanges(
                frameworks: installs, roles: roles, learning: learningInstall, actor: actor.realLogin, actingAs: actor.login, now: clock())
            return plan
        }
        try store.reloadCatalog()
        return plan
    }

    /// The installed framework `id` as a file in `format` (in `language`, see
    /// `FrameworkInterchange.encode`). CASE dates every node with the time this version
    /// was installed, so the export is the same bytes every time.
    public func exportFramework(_ id: String, format: FrameworkFormat, language: Language? = nil) throws -> String {
        try AccessPolicy.check(.viewFrameworks, by: actor)
        guard let framework = catalog.framework(id) else {
            throw SkillsError.unknownFramework(id, known: catalog.frameworks.map(\.id))
        }
        let installed = try store.frameworkInstallDates()[id] ?? now
        return try FrameworkInterchange.encode(framework, format: format, language: language, lastChange: installed)
    }
}

/// A file given to `frameworks import`: a framework in any format, or a roles file.
public struct FrameworkImportFile: Sendable {
    public var bytes: [UInt8]
    public var file: String
    /// nil: guessed from the contents (`FrameworkFormat.guess`).
    public var format: FrameworkFormat?

    public init(bytes: [UInt8], file: String, format: FrameworkFormat? = nil) {
        self.bytes = bytes
        self.file = file
        self.format = format
    }
}
