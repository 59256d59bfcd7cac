/// The content rules for a learning catalogue beyond what its loader enforces, reported
/// by `frameworks validate` as warnings (a catalogue that loads is usable):
/// - a cohort price that is never cheaper than buying its places one by one;
/// - a competency whose framework suggests learning for it, while no catalogue item
///   builds it: the suggestion never reaches a training plan.
public enum LearningReview {
    /// Reviews `catalogue`, read from `file`, against the frameworks it will be used with.
    public static func review(
        _ catalogue: LearningCatalogue, file: String, frameworks: [Framework], document: JSONDocument? = nil
    ) -> [FrameworkReview.Finding] {
        var findings: [FrameworkReview.Finding] = []
        func warn(_ path: String, _ message: String) {
            findings.append(
                FrameworkReview.Finding(severity: .warning, file: file, line: document?.nearestLine(of: path), path: path, message: message))
        }
        for (index, item) in catalogue.items.enumerated() {
            if let cohort = item.cost.cohort, cohort.price >= cohort.size * item.cost.perPerson {
                warn(
                    "$.items[\(index)].cost.cohort",
                    "\(item.id): a cohort of \(cohort.size) costs \(cohort.price), no less than \(cohort.size) single places; lower the cohort price or leave the cohort out")
            }
        }
        let built = Set(catalogue.items.flatMap { $0.lifts.map(\.competencyID) })
        for framework in frameworks {
            for competency in framework.competencies where !competency.localizedLearning.isEmpty && !built.contains(competency.id) {
                warn("$.items", "\(competency.id) has learning suggestions in \(framework.id), but no catalogue item builds it; add one")
            }
        }
        return findings
    }
}
