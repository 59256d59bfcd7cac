import Foundation

extension Workspace {
    /// Reads a framework file in `format`, checks it, and installs it (admins only).
    ///
    /// The version rules are checked inside the write transaction, against the frameworks
    /// as they are once the write lock is held, so an import that landed meanwhile (the
    /// same file, or another version) is judged rather than overwritten or collided with.
    /// - Returns: what changed; `isUnchanged` when the same version was already installed.
    /// - Throws: `AccessDenied` before the file is read; `InputFileError(s)` for a bad
    ///   file; `SkillsError.frameworkUpgrade` when the version rules refuse it. Nothing is written then.
    @discardableResult
    public func importFramework(_ bytes: [UInt8], file: String, format: FrameworkFormat) throws -> FrameworkImportPlan {
        try AccessPolicy.check(.manageFrameworks, by: actor)
        let framework = try FrameworkInterchange.decode(bytes, file: file, format: format)
        let plan = try store.withTransaction {
            try store.reloadCatalog()
            let plan = try FrameworkImportPlan.plan(
                importing: framework, over: catalog.framework(framework.id),
                ratedVersions: try store.ratedFrameworkVersions(framework.id), roles: catalog.roles, file: file)
            if !plan.isUnchanged {
                try store.writeFramework(
                    framework, actor: actor.realLogin, actingAs: actor.login,
                    detail: "\(plan.summary); from \(file) (\(format.rawValue))", now: clock())
            }
            return plan
        }
        try store.reloadCatalog()
        return plan
    }

    /// The installed framework `id` as a file in `format`. CASE dates every node with
    /// the time this version was installed, so the export is the same bytes every time.
    public func exportFramework(_ id: String, format: FrameworkFormat) throws -> String {
        try AccessPolicy.check(.viewFrameworks, by: actor)
        guard let framework = catalog.framework(id) else {
            throw SkillsError.unknownFramework(id, known: catalog.frameworks.map(\.id))
        }
        let installed = try store.frameworkInstallDates()[id] ?? now
        return try FrameworkInterchange.encode(framework, format: format, lastChange: installed)
    }
}
