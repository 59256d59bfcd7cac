extension Workspace {
    /// Who holds `competencyID` at `minimumLevel` or above, whether their role requires it
    /// or not: in the organisation (hr and admin), the teams a lead leads, or one team.
    public func whoKnows(competencyID: String, minimumLevel: Int = 1, team teamID: String? = nil) throws -> WhoKnowsReport {
        let competency = try competencyIndex(competencyID)
        let scope = try reportTeams(teamID)
        if scope?.isEmpty == true { throw AccessDenied(login: actor.login, refusal: .organisation) }
        var holders: [WhoKnowsReport.Holder] = []
        if let scope {
            let ratings = try store.currentRatings(inTeams: scope)
            for person in try store.people(inTeams: scope) {
                let assessment = Scoring.assess(person, ratings: ratings[person.login] ?? [], catalog: catalog, now: now)
                if let holder = Scoring.holder(of: competency, minimumLevel: minimumLevel, in: assessment) { holders.append(holder) }
            }
        } else {
            try store.forEachActivePersonConcurrently { batch in
                for (_, person, ratings) in batch where ratings.contains(where: { $0.competency == competency }) {
                    let assessment = Scoring.assess(person, ratings: ratings, catalog: catalog, now: now)
                    if let holder = Scoring.holder(of: competency, minimumLevel: minimumLevel, in: assessment) { holders.append(holder) }
                }
            }
        }
        return WhoKnowsReport(competency: competency, minimumLevel: minimumLevel, teamIDs: scope, holders: Scoring.orderHolders(holders))
    }
}
