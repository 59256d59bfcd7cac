/// Calibration of self against lead ratings, now and at the close of each cycle: per
/// lead (their leniency), per competency, per team, and for the organisation.
public struct CalibrationReport: Hashable, Sendable {
    /// One subject's figure now and in each closed cycle.
    public struct Row: Hashable, Sendable {
        /// A lead's login, a competency id, a team id; empty for the organisation.
        public let subject: String
        public let current: CalibrationFigure
        /// Aligned with `CalibrationReport.cycles`; nil where the cycle recorded nothing for it.
        public let history: [CalibrationFigure?]

        public init(subject: String, current: CalibrationFigure, history: [CalibrationFigure?]) {
            self.subject = subject
            self.current = current
            self.history = history
        }
    }

    /// The teams the figures are about; nil for the whole organisation.
    public let teamIDs: [String]?
    /// Closed cycles, oldest first.
    public let cycles: [String]
    public let organisation: Row
    public let leads: [Row]
    public let competencies: [Row]
    public let teams: [Row]

    public init(teamIDs: [String]?, cycles: [String], organisation: Row, leads: [Row], competencies: [Row], teams: [Row]) {
        self.teamIDs = teamIDs
        self.cycles = cycles
        self.organisation = organisation
        self.leads = leads
        self.competencies = competencies
        self.teams = teams
    }

    /// How far a lead's leniency sits from the organisation's: lead - organisation, in
    /// levels; nil when either rests on too few pairs.
    public func leniencyDistance(_ lead: Row) -> Double? {
        guard let own = lead.current.leniency, let reference = organisation.current.leniency else { return nil }
        return own - reference
    }
}

extension Scoring {
    /// Calibration figures over `pairs`: the organisation's, and one per lead (whose lead
    /// rating it is), competency (catalog position) and team.
    public static func calibrationFigures(_ pairs: [CalibrationPair]) -> (
        organisation: CalibrationFigure, leads: [String: CalibrationFigure], competencies: [Int: CalibrationFigure],
        teams: [String: CalibrationFigure]
    ) {
        var organisation = CalibrationFigure()
        var leads: [String: CalibrationFigure] = [:]
        var competencies: [Int: CalibrationFigure] = [:]
        var teams: [String: CalibrationFigure] = [:]
        for pair in pairs {
            organisation.add(selfLevel: pair.selfLevel, leadLevel: pair.leadLevel)
            leads[pair.leadRater, default: .init()].add(selfLevel: pair.selfLevel, leadLevel: pair.leadLevel)
            competencies[pair.competency, default: .init()].add(selfLevel: pair.selfLevel, leadLevel: pair.leadLevel)
            teams[pair.teamID, default: .init()].add(selfLevel: pair.selfLevel, leadLevel: pair.leadLevel)
        }
        return (organisation, leads, competencies, teams)
    }
}
