/// Who knows what: everyone visible to the searcher whose self or lead rating of one
/// competency is at or above a level, with the two tracks counted apart and ratings no
/// lead has confirmed marked as such.
public struct PeopleSearchResult: Hashable, Sendable {
    /// Position in `Catalog.competencies`.
    public let competency: Int
    public let minimumLevel: Int
    /// nil for everyone the searcher may see.
    public let teamID: String?
    /// Highest effective level first, lead-confirmed before self-only, then by login.
    public let entries: [PeopleSearchEntry]

    public init(competency: Int, minimumLevel: Int, teamID: String?, entries: [PeopleSearchEntry]) {
        self.competency = competency
        self.minimumLevel = minimumLevel
        self.teamID = teamID
        self.entries = entries
    }

    /// People whose self rating is at or above the level.
    public var selfCount: Int { entries.count { $0.meetsBySelf } }
    /// People whose lead rating is at or above the level.
    public var leadCount: Int { entries.count { $0.meetsByLead } }
    /// People listed on their self rating alone: no lead has rated them in it.
    public var unvalidatedCount: Int { entries.count { $0.isUnvalidated } }
    public var mentorCount: Int { entries.count { $0.marks.contains(.mentor) } }
}

/// One person found by a who-knows-what search.
public struct PeopleSearchEntry: Hashable, Sendable {
    public let person: Person
    public let selfRating: Rating?
    public let leadRating: Rating?
    public let marks: Set<InterestMark>
    public let minimumLevel: Int

    public init(person: Person, selfRating: Rating?, leadRating: Rating?, marks: Set<InterestMark>, minimumLevel: Int) {
        self.person = person
        self.selfRating = selfRating
        self.leadRating = leadRating
        self.marks = marks
        self.minimumLevel = minimumLevel
    }

    public var meetsBySelf: Bool { (selfRating?.level ?? -1) >= minimumLevel }
    public var meetsByLead: Bool { (leadRating?.level ?? -1) >= minimumLevel }
    /// Listed on a self rating that no lead rating confirms or corrects.
    public var isUnvalidated: Bool { leadRating == nil }
    /// The level that counts, as everywhere: lead if rated, else self.
    public var effectiveLevel: Int? { (leadRating ?? selfRating)?.level }
}

extension Scoring {
    /// The people among `candidates` at or above `minimumLevel` on either track, ranked:
    /// highest effective level first, a lead rating before a self rating alone, then login.
    public static func peopleSearch(
        competency: Int, minimumLevel: Int, teamID: String?,
        candidates: [(person: Person, rating: CompetencyRating, marks: Set<InterestMark>)]
    ) -> PeopleSearchResult {
        let entries = candidates.compactMap { candidate -> PeopleSearchEntry? in
            let entry = PeopleSearchEntry(
                person: candidate.person, selfRating: candidate.rating.selfRating, leadRating: candidate.rating.leadRating,
                marks: candidate.marks, minimumLevel: minimumLevel)
            return entry.meetsBySelf || entry.meetsByLead ? entry : nil
        }.sorted { left, right in
            let leftLevel = left.effectiveLevel ?? -1
            let rightLevel = right.effectiveLevel ?? -1
            if leftLevel != rightLevel { return leftLevel > rightLevel }
            if left.isUnvalidated != right.isUnvalidated { return !left.isUnvalidated }
            return left.person.login < right.person.login
        }
        return PeopleSearchResult(competency: competency, minimumLevel: minimumLevel, teamID: teamID, entries: entries)
    }
}
