import Foundation

extension Workspace {
    /// Creates a database at `path` with the shipped frameworks and a synthetic
    /// organisation made from `options` (see `SyntheticOrganisation`). `login` becomes its
    /// first admin, as with `create`.
    /// - Parameter creationTime: the day the history is counted back from, and the time
    ///   the rows are dated (nil: now), as for `create`.
    /// - Throws: a usage error for options out of range (before anything is created);
    ///   `.alreadyExists` when something is at `path`. A failure part-way removes the file.
    public static func generate(
        databaseAt path: String, frameworks: FrameworkDirectory, options: SyntheticOptions, login: String, creationTime: Date? = nil
    ) throws -> Workspace {
        let now = creationTime ?? Date()
        let organisation = try SyntheticOrganisation(options: options, catalog: frameworks.catalog, now: now)
        let store = try SkillsStore.create(at: path, frameworks: frameworks, administrator: login, now: now) { store in
            _ = try store.insertSynthetic(organisation, actor: login, now: now)
        }
        return try workspace(for: store, login: login, actingAs: nil, now: now, clock: { Date() })
    }
}
