import Foundation

/// The demo organisation shipped in `seeds/demo/`: teams, staff, grants and ratings.
enum DemoOrganisation {
    /// Reads and cross-checks the demo files in `directory` against `catalog`.
    /// Rating ages are relative to `now`.
    static func load(from directory: URL, catalog: Catalog, now: Date) throws -> OrganisationChanges {
        func read(_ name: String) throws -> (bytes: [UInt8], file: String) {
            let url = directory.appendingPathComponent(name)
            return (try InputFile.read(url.path), url.path)
        }
        let teamsFile = try read("teams.csv")
        var teams = try OrganisationCSV.teams(teamsFile.bytes, file: teamsFile.file)
        let staffFile = try read("people.csv")
        let staff = try OrganisationCSV.staff(
            staffFile.bytes, file: staffFile.file, teamIDs: Set(teams.map(\.id)), roleIDs: Set(catalog.roles.map(\.id)))
        for index in teams.indices { teams[index].leadLogins = staff.leadsByTeam[teams[index].id] ?? [] }
        let grantsFile = try read("grants.csv")
        let grants = try OrganisationCSV.grants(grantsFile.bytes, file: grantsFile.file)
        let ratingsFile = try read("ratings.csv")
        let ratings = try OrganisationCSV.ratings(
            ratingsFile.bytes, file: ratingsFile.file,
            people: Dictionary(staff.people.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first }),
            teams: TeamTree(teams), catalog: catalog, now: now)
        return OrganisationChanges(teams: teams, people: staff.people, grants: grants, ratings: ratings)
    }
}
