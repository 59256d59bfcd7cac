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
        func warn(_ path: String, _ problem: FrameworkReview.Finding.Problem) {
            findings.append(
                FrameworkReview.Finding(severity: .warning, file: file, line: document?.nearestLine(of: path), path: path, problem: problem))
        }
        for (index, item) in catalogue.items.enumerated() {
            if let cohort = item.cost.cohort, cohort.price >= cohort.size * item.cost.perPerson {
                warn(
                    "$.items[\(index)].cost.cohort",
                    .cohortNotCheaper(item: item.id, size: cohort.size, price: cohort.price))
            }
        }
        let built = Set(catalogue.items.flatMap { $0.lifts.map(\.competencyID) })
        for framework in frameworks {
            for competency in framework.competencies where !competency.localizedLearning.isEmpty && !built.contains(competency.id) {
                warn("$.items", .learningNotBuilt(competency: competency.id, framework: framework.id))
            }
        }
        return findings
    }
}
