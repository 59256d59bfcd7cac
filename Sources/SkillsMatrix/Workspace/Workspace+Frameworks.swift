import Foundation

extension Workspace {
    /// Reads a framework file in `format`, checks it, and installs it (admins only).
    /// - Returns: what changed; `isUnchanged` when the same version was already installed.
    /// - Throws: `AccessDenied` before the file is read; `InputFileError(s)` for a bad
    ///   file; `SkillsError.frameworkUpgrade` when the version rules refuse it. Nothing is written then.
    @discardableResult
    public func importFramework(_ bytes: [UInt8], file: String, format: FrameworkFormat) throws -> FrameworkImportPlan {
        try AccessPolicy.check(.manageFrameworks, by: actor)
        let framework = try FrameworkInterchange.decode(bytes, file: file, format: format)
        let plan = try FrameworkImportPlan.plan(
            importing: framework, over: catalog.framework(framework.id), ratedVersions: try store.ratedFrameworkVersions(framework.id),
            roles: catalog.roles, file: file)
        if plan.isUnchanged { return plan }
        try store.installFramework(
            framework, actor: actor.realLogin, actingAs: actor.login,
            detail: "\(plan.summary); from \(file) (\(format.rawValue))", now: clock())
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
