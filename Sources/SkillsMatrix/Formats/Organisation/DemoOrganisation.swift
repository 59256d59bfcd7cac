import Foundation

/// The demo organisation shipped in `seeds/demo/`: teams, staff, grants and ratings, and
/// where the folder has them, development plans, certificates and marks.
enum DemoOrganisation {
    /// Reads and cross-checks the demo files in `directory` against `catalog` and
    /// `learning`. Ages and days are relative to `now`.
    static func load(from directory: URL, catalog: Catalog, learning: LearningCatalogue = .empty, now: Date) throws -> OrganisationChanges {
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
        var changes = OrganisationChanges(teams: teams, people: staff.people, grants: grants, ratings: ratings)
        let context = DevelopmentCSV.Context(
            people: Dictionary(staff.people.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first }), catalog: catalog,
            learning: learning,
            selfRated: Dictionary(grouping: ratings.filter { $0.track == .selfAssessment }, by: \.personLogin).mapValues { Set($0.map(\.competencyID)) },
            now: now)
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        if names.contains("certificates.csv") {
            let file = try read("certificates.csv")
            changes.certificates = try DevelopmentCSV.certificates(file.bytes, file: file.file, context: context)
        }
        if names.contains("plans.csv") {
            changes.planItems = try DevelopmentCSV.plans(
                items: try read("plans.csv"), events: names.contains("plan-events.csv") ? try read("plan-events.csv") : ([], "plan-events.csv"),
                context: context)
        }
        if names.contains("marks.csv") {
            let file = try read("marks.csv")
            changes.marks = try DevelopmentCSV.marks(file.bytes, file: file.file, context: context)
        }
        return changes
    }
}
