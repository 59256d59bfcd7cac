import Foundation

/// A made-up organisation for trying the tool at scale: a leadership team, departments
/// under it and teams under those, each of 6 to 15 people with one lead, every role
/// profile in use, and rating histories over several review cycles.
///
/// Everything follows from the options' seed: the same seed gives the same teams, people
/// and ratings, in the same order. Rating times are whole days and seconds before `asOf`,
/// the start (UTC midnight) of the day it is generated, as the demo organisation's
/// `days_ago`: ratings are as old (and as many are stale) whenever it is generated, and
/// with the clock pinned (`SKILLS_TUI_NOW`) the database content is identical.
public struct SyntheticOrganisation: Sendable {
    public static let teamSizes = 6...15
    /// Teams under each department.
    static let teamsPerDepartment = 3...8

    public let options: SyntheticOptions
    /// Ratings are dated relative to this moment (UTC midnight).
    public let asOf: Date
    /// Parents before children: the leadership team, then each department followed by its teams.
    public let teams: [Team]
    /// In team order; a team's lead comes first among its members.
    public let people: [Person]
    /// People granted the `hr` right (by position in `people`).
    public let hrPeople: [Int]
    /// For each person, the position in `people` of whoever gives their lead-track ratings:
    /// the lead of their team, or for a team's own lead the lead of the team above.
    /// -1 for the head of the organisation.
    let leadRaterOfPerson: [Int32]
    /// Each person's requirements, resolved against the catalog (shared per role).
    let requirementsOfPerson: [[Catalog.ResolvedRequirement]]
    /// Framework version of each competency, for the events' `framework_version`.
    let frameworkVersionOfCompetency: [String]

    /// Lays out teams and people. Ratings are produced on demand by `forEachRatingEvent`.
    /// - Throws: when the options are out of range or the catalog has no role profiles.
    /// - Complexity: O(staff).
    public init(options: SyntheticOptions, catalog: Catalog, now: Date) throws {
        try options.validate()
        guard !catalog.roles.isEmpty else {
            throw SkillsError.noRoleProfiles
        }
        self.options = options
        self.asOf = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        var builder = Builder(options: options, catalog: catalog)
        builder.build()
        teams = builder.teams
        people = builder.people
        hrPeople = builder.people.count > 1 ? [1] : []
        leadRaterOfPerson = builder.leadRaters
        requirementsOfPerson = builder.people.map { catalog.requirements(ofRole: $0.roleID) }
        frameworkVersionOfCompetency = catalog.competencies.indices.map { catalog.framework(ofCompetency: $0).version }
    }

    /// The large team's id, when the options ask for one.
    public var largeTeamID: String? { options.largeTeamSize > 0 ? SyntheticOptions.largeTeamID : nil }

    // MARK: - Layout

    /// Which roles a team's members (other than its lead) are drawn from, and how often.
    struct RoleMix {
        var lead: String
        var members: [(role: String, weight: Double)]
    }

    static let leadershipMix = RoleMix(
        lead: "head-of-it", members: [("head-of-it", 3), ("team-leader", 1), ("project-manager", 1), ("project-owner", 1)])
    static let departmentMix = RoleMix(
        lead: "head-of-it",
        members: [
            ("team-leader", 2), ("project-manager", 2), ("project-support-officer", 2), ("senior-systems-development-officer", 1),
            ("project-coordinator", 1), ("project-owner", 1),
        ])
    /// One mix per entry of `SyntheticNames.teamWords`.
    static let teamMixes: [RoleMix] = [
        RoleMix(
            lead: "team-leader",
            members: [
                ("project-manager", 3), ("project-support-officer", 3), ("senior-systems-development-officer", 2),
                ("front-line-staff", 1), ("project-coordinator", 1), ("it-service-representative", 1),
            ]),
        RoleMix(lead: "team-leader", members: [("customer-services-officer", 4), ("front-line-staff", 3)]),
        RoleMix(
            lead: "team-leader",
            members: [("front-line-staff", 5), ("customer-services-officer", 2), ("senior-systems-development-officer", 1)]),
        RoleMix(
            lead: "team-leader",
            members: [
                ("senior-systems-development-officer", 4), ("project-support-officer", 1), ("front-line-staff", 2),
                ("it-service-representative", 1),
            ]),
        RoleMix(
            lead: "team-leader",
            members: [("customer-services-officer", 3), ("front-line-staff", 3), ("project-support-officer", 1)]),
        RoleMix(lead: "team-leader", members: [("front-line-staff", 6), ("customer-services-officer", 1)]),
    ]
    static let largeTeamMix = RoleMix(
        lead: "team-leader",
        members: [
            ("customer-services-officer", 4), ("front-line-staff", 4), ("senior-systems-development-officer", 1),
            ("project-support-officer", 1), ("project-manager", 1),
        ])

    /// Builds teams and people in one pass over a single seeded stream.
    private struct Builder {
        let options: SyntheticOptions
        let catalog: Catalog
        let roleIDs: Set<String>
        var random: SplitMix64
        var teams: [Team] = []
        var people: [Person] = []
        var leadRaters: [Int32] = []
        /// Position in `people` of each team's lead, by position in `teams`.
        var leadOfTeam: [Int] = []
        var loginCounts: [String: Int] = [:]
        var teamIDs: Set<String> = []

        init(options: SyntheticOptions, catalog: Catalog) {
            self.options = options
            self.catalog = catalog
            self.roleIDs = Set(catalog.roles.map(\.id))
            self.random = SplitMix64(seed: options.seed, keys: 0)
        }

        mutating func build() {
            var remaining = options.staff - options.largeTeamSize
            people.reserveCapacity(options.staff)
            let root = addTeam(
                id: "leadership", name: "Leadership Team", parent: nil, size: nextSize(&remaining),
                mix: SyntheticOrganisation.leadershipMix)
            var department = 0
            var teamOrdinal = 0
            while remaining > 0 {
                let baseName = SyntheticNames.departmentNames[department % SyntheticNames.departmentNames.count]
                let round = department / SyntheticNames.departmentNames.count
                let name = round == 0 ? baseName : "\(baseName) \(round + 1)"
                let departmentTeam = addTeam(
                    id: Self.slug(name), name: name, parent: root, size: nextSize(&remaining),
                    mix: SyntheticOrganisation.departmentMix)
                if department == 0, options.largeTeamSize > 0 {
                    addTeam(
                        id: SyntheticOptions.largeTeamID, name: "Contact Centre", parent: departmentTeam,
                        size: options.largeTeamSize, mix: SyntheticOrganisation.largeTeamMix)
                }
                let teamCount = random.int(in: SyntheticOrganisation.teamsPerDepartment)
                for number in 1...teamCount where remaining > 0 {
                    let kind = teamOrdinal % SyntheticNames.teamWords.count
                    teamOrdinal += 1
                    let teamName = "\(name) \(SyntheticNames.teamWords[kind]) \(number)"
                    addTeam(
                        id: Self.slug(teamName), name: teamName, parent: departmentTeam, size: nextSize(&remaining),
                        mix: SyntheticOrganisation.teamMixes[kind])
                }
                department += 1
            }
            useEveryRole()
        }

        /// The next team's size: 6...15, leaving either nothing or at least 6 for the next.
        mutating func nextSize(_ remaining: inout Int) -> Int {
            let range = SyntheticOrganisation.teamSizes
            let size = remaining <= range.upperBound ? remaining : random.int(in: range.lowerBound...min(range.upperBound, remaining - range.lowerBound))
            remaining -= size
            return size
        }

        /// Adds a team of `size` people (its lead first) and returns its position.
        @discardableResult
        mutating func addTeam(id: String, name: String, parent: Int?, size: Int, mix: RoleMix) -> Int {
            let index = teams.count
            var uniqueID = id
            var suffix = 2
            while !teamIDs.insert(uniqueID).inserted {
                uniqueID = "\(id)-\(suffix)"
                suffix += 1
            }
            let members = mix.members.filter { roleIDs.contains($0.role) }
            let memberRoles = members.isEmpty ? catalog.roles.map { ($0.id, 1.0) } : members
            let leadRole = roleIDs.contains(mix.lead) ? mix.lead : memberRoles[0].role
            let leadIndex = people.count
            // A team's lead is rated by the lead of the team above; everyone else by their own lead.
            let leadRater = parent.map { Int32(leadOfTeam[$0]) } ?? -1
            for position in 0..<size {
                let role = position == 0 ? leadRole : memberRoles[random.weightedIndex(memberRoles.map(\.weight))].role
                addPerson(team: uniqueID, role: role)
                leadRaters.append(position == 0 ? leadRater : Int32(leadIndex))
            }
            leadOfTeam.append(leadIndex)
            teams.append(Team(id: uniqueID, name: name, parentID: parent.map { teams[$0].id }, leadLogins: [people[leadIndex].login]))
            return index
        }

        mutating func addPerson(team: String, role: String) {
            var nameRandom = SplitMix64(seed: options.seed, keys: 1, UInt64(people.count))
            let name = SyntheticNames.name(&nameRandom)
            let stem = SyntheticNames.loginStem(of: name)
            // Stems are letters only, so a numbered login (`ahansen2`) never meets another stem.
            let count = (loginCounts[stem] ?? 0) + 1
            loginCounts[stem] = count
            let login = count == 1 ? stem : "\(stem)\(count)"
            let parts = name.split(separator: " ")
            let email = (parts.first.map { SyntheticNames.folded(String($0)) } ?? stem) + "."
                + (parts.last.map { SyntheticNames.folded(String($0)) } ?? "") + (count == 1 ? "" : String(count))
                + "@" + SyntheticNames.emailDomain
            people.append(Person(login: login, name: name, email: email, teamID: team, roleID: role))
        }

        /// Gives any role nobody holds to a member (not a lead) of the teams, from the last
        /// person backwards, so that every role profile is exercised even in small runs.
        mutating func useEveryRole() {
            let used = Set(people.map(\.roleID))
            let leads = Set(leadOfTeam)
            var candidate = people.count - 1
            for role in catalog.roles where !used.contains(role.id) {
                while candidate >= 0, leads.contains(candidate) { candidate -= 1 }
                guard candidate >= 0 else { return }
                people[candidate].roleID = role.id
                candidate -= 1
            }
        }

        /// `Children's Services 2` -> `childrens-services-2`.
        static func slug(_ name: String) -> String {
            var words: [String] = []
            var word = ""
            for character in name.lowercased() where character != "'" {
                let folded = SyntheticNames.folded(String(character))
                if !folded.isEmpty {
                    word += folded
                } else if character.isASCII, character.isNumber {
                    word.append(character)
                } else if !word.isEmpty {
                    words.append(word)
                    word = ""
                }
            }
            if !word.isEmpty { words.append(word) }
            return words.isEmpty ? "team" : words.joined(separator: "-")
        }
    }
}
