/// The learning catalogue a file brings, against the one installed.
public struct LearningCatalogueChange: Hashable, Sendable {
    public let catalogue: LearningCatalogue
    public let file: String
    public let added: [String]
    /// Item ids whose title, provider, format, hours, cost, address or lifts change.
    public let changed: [String]
    /// Item ids the file no longer has; no development plan names them.
    public let removed: [String]
    /// The currency or the languages change (every cost is read in the new currency).
    public let changesCatalogue: Bool
    /// No catalogue was installed before (a database made before catalogues existed).
    public let isFirstCatalogue: Bool

    public var isUnchanged: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty && !changesCatalogue && !isNewVersion }
    private let isNewVersion: Bool

    /// - Throws: `SkillsError.catalogImport` when the file drops items that plans name.
    init(from installed: LearningCatalogue, to catalogue: LearningCatalogue, file: String, plannedItems: Set<String>) throws {
        let old = Dictionary(installed.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Set(catalogue.items.map(\.id))
        let removed = installed.items.map(\.id).filter { !new.contains($0) }
        let dropped = removed.filter(plannedItems.contains)
        if !dropped.isEmpty { throw SkillsError.catalogImport(file: file, .dropsPlannedLearningItems(dropped)) }
        self.catalogue = catalogue
        self.file = file
        self.added = catalogue.items.map(\.id).filter { old[$0] == nil }
        self.changed = catalogue.items.filter { item in old[item.id].map { $0 != item } ?? false }.map(\.id)
        self.removed = removed
        self.changesCatalogue = installed.currency != catalogue.currency || installed.languages != catalogue.languages
        self.isFirstCatalogue = installed.items.isEmpty
        self.isNewVersion = installed.version != catalogue.version
    }

    /// One line for the audit trail and the command's output.
    public var summary: String {
        if isUnchanged { return "Learning catalogue from \(file) (\(catalogue.version)) is already installed: nothing changed" }
        return "Learning catalogue from \(file) (\(catalogue.version)): \(catalogue.items.count) items; \(added.count) added, \(changed.count) changed, \(removed.count) removed"
    }
}
