/// Gathers the figures a cycle snapshot records (and a trend's "now" point), person by
/// person, so that a whole organisation is read once and never held as assessments.
///
/// Add each person's assessment (and their cycle completion, when there is a cycle),
/// then the calibration pairs; `snapshot` gives the rows.
public struct CycleSnapshotBuilder {
    /// Sums for one subject, with readiness kept as its two sums until the end.
    struct Accumulator {
        var figures = CycleFigures()
        var weightedGap = 0
        var weightedTarget = 0
        /// Summed gap by catalog position (grown as needed).
        var gapByCompetency: [Int] = []

        mutating func add(_ assessment: PersonAssessment, completion: PersonCompletion?) {
            figures.people += 1
            weightedGap += assessment.totalWeightedGap
            weightedTarget += assessment.totalWeightedTarget
            figures.done += completion?.done ?? 0
            figures.total += completion?.total ?? 0
            for requirement in assessment.requirements where requirement.gap > 0 && !requirement.isUnrated {
                figures.gaps += 1
                if requirement.competency >= gapByCompetency.count {
                    gapByCompetency.append(contentsOf: repeatElement(0, count: requirement.competency + 1 - gapByCompetency.count))
                }
                gapByCompetency[requirement.competency] += requirement.gap
            }
        }

        mutating func add(_ pair: CalibrationPair) {
            var calibration = figures.calibration
            calibration.add(selfLevel: pair.selfLevel, leadLevel: pair.leadLevel)
            figures.pairs = calibration.pairs
            figures.selfMinusLead = calibration.selfMinusLead
            figures.disputes = calibration.disputes
        }

        func finished(catalog: Catalog) -> CycleFigures {
            var result = figures
            if figures.people > 0 { result.readiness = weightedTarget > 0 ? 1 - Double(weightedGap) / Double(weightedTarget) : 1 }
            for (competency, gap) in gapByCompetency.enumerated() where gap > 0 {
                result.gapByCompetency[catalog.competencies[competency].id] = gap
            }
            return result
        }
    }

    private let catalog: Catalog
    private let keepsPeople: Bool
    private var organisation = Accumulator()
    private var teams: [String: Accumulator] = [:]
    private var people: [String: Accumulator] = [:]
    private var leads: [String: Accumulator] = [:]
    private var competencies: [Int: Accumulator] = [:]

    /// - Parameter keepsPeople: whether to keep a row per person (a snapshot does; the
    ///   organisation's trend point needs only the sums).
    public init(catalog: Catalog, keepsPeople: Bool) {
        self.catalog = catalog
        self.keepsPeople = keepsPeople
    }

    public mutating func add(_ assessment: PersonAssessment, completion: PersonCompletion?) {
        organisation.add(assessment, completion: completion)
        teams[assessment.person.teamID, default: Accumulator()].add(assessment, completion: completion)
        if keepsPeople { people[assessment.person.login, default: Accumulator()].add(assessment, completion: completion) }
    }

    /// Adds a calibration pair to its person, team, lead, competency and the organisation.
    public mutating func add(_ pair: CalibrationPair) {
        organisation.add(pair)
        teams[pair.teamID, default: Accumulator()].add(pair)
        if keepsPeople { people[pair.login, default: Accumulator()].add(pair) }
        leads[pair.leadRater, default: Accumulator()].add(pair)
        competencies[pair.competency, default: Accumulator()].add(pair)
    }

    /// Every subject's figures, organisation first, then teams, people, leads and
    /// competencies, each in id order.
    public func snapshot() -> [CycleSnapshotRow] {
        var rows = [CycleSnapshotRow(kind: .organisation, subject: "", figures: organisation.finished(catalog: catalog))]
        for id in teams.keys.sorted() { rows.append(.init(kind: .team, subject: id, figures: teams[id, default: .init()].finished(catalog: catalog))) }
        for id in people.keys.sorted() { rows.append(.init(kind: .person, subject: id, figures: people[id, default: .init()].finished(catalog: catalog))) }
        for id in leads.keys.sorted() { rows.append(.init(kind: .lead, subject: id, figures: leads[id, default: .init()].finished(catalog: catalog))) }
        for competency in competencies.keys.sorted() {
            rows.append(
                .init(kind: .competency, subject: catalog.competencies[competency].id,
                      figures: competencies[competency, default: .init()].finished(catalog: catalog)))
        }
        return rows
    }
}
