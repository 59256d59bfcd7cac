import Foundation

extension Catalog {
    /// The changes of wording of the competency at catalog position `competency`, oldest first.
    public func wordingChanges(ofCompetency competency: Int) -> [WordingChange] {
        competency >= 0 && competency < wordingChangesOfCompetency.count ? wordingChangesOfCompetency[competency] : []
    }

    /// Which change a rating made at `ratedAt` predates: the position of the first change
    /// after it in `wordingChanges(ofCompetency:)`, or nil when it was made against the
    /// wording in force.
    public func outdatedWording(ofCompetency competency: Int, ratedAt: Date) -> Int? {
        wordingChanges(ofCompetency: competency).firstIndex { $0.changedAt > ratedAt }
    }

    /// The version a rating with `outdatedWording` position `change` was made against.
    public func ratedAgainstVersion(ofCompetency competency: Int, change: Int?) -> String? {
        guard let change else { return nil }
        let changes = wordingChanges(ofCompetency: competency)
        return change >= 0 && change < changes.count ? changes[change].fromVersion : nil
    }

    /// The same catalog with the wording changes recorded in the database, by competency id.
    func with(wordingChanges byID: [String: [WordingChange]]) -> Catalog {
        var catalog = self
        catalog.wordingChangesOfCompetency = competencies.map { (byID[$0.id] ?? []).sorted { $0.changedAt < $1.changedAt } }
        return catalog
    }
}
