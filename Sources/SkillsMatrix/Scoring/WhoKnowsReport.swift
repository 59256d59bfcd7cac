/// Who holds one competency at a level or above: required by their role or not.
public struct WhoKnowsReport: Hashable, Sendable {
    /// One person holding the competency.
    public struct Holder: Hashable, Sendable {
        public let person: Person
        /// The effective level (lead if rated, else self).
        public let level: Int
        public let track: RatingTrack
        /// Their role's target, nil when the role does not require it ("beyond my role").
        public let target: Int?

        public var isBeyondRole: Bool { target == nil }
    }

    /// Catalog position.
    public let competency: Int
    public let minimumLevel: Int
    /// nil for the whole organisation.
    public let teamIDs: [String]?
    /// Highest level first, then team and login.
    public let holders: [Holder]
}

extension Scoring {
    /// The holder `assessment`'s person is of `competency` at `minimumLevel` or above, from
    /// a requirement or from a rating beyond their role; nil if they do not hold it.
    public static func holder(of competency: Int, minimumLevel: Int, in assessment: PersonAssessment) -> WhoKnowsReport.Holder? {
        if let requirement = assessment.requirements.first(where: { $0.competency == competency }) {
            guard let level = requirement.effectiveLevel, level >= minimumLevel, let track = requirement.effectiveTrack else { return nil }
            return .init(person: assessment.person, level: level, track: track, target: requirement.target)
        }
        guard let rating = assessment.beyondRole.first(where: { $0.competency == competency }),
            let effective = rating.leadRating ?? rating.selfRating, effective.level >= minimumLevel
        else { return nil }
        return .init(person: assessment.person, level: effective.level, track: rating.leadRating != nil ? .lead : .selfAssessment, target: nil)
    }

    /// Orders holders: highest level first, then team id, then login.
    public static func orderHolders(_ holders: [WhoKnowsReport.Holder]) -> [WhoKnowsReport.Holder] {
        holders.sorted {
            ($0.level, $1.person.teamID, $1.person.login) > ($1.level, $0.person.teamID, $0.person.login)
        }
    }
}
