import Foundation

/// Readers for the organisation's CSV files: teams, staff, grants and rating events.
/// Each reads columns by name, validates every row and reports every problem with its
/// line number before anything is stored.
public enum OrganisationCSV {
    public static let staffColumns = ["login", "name", "email", "team", "role", "lead"]
    public static let grantColumns = ["login", "right"]

    /// Logins are OS user names: a letter or underscore, then letters, digits, `.`, `_` or `-`.
    public static func isValidLogin(_ login: String) -> Bool {
        guard let first = login.unicodeScalars.first, login.unicodeScalars.count <= 64 else { return false }
        let isLetter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        guard isLetter(first) || first == "_" else { return false }
        return login.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }

    /// Team ids: lower-case words of letters and digits joined by `-`.
    public static func isValidTeamID(_ id: String) -> Bool { FrameworkJSON.isRoleID(id) }

    /// Problems of the plain-text `columns` of `row` (names, emails, team names: one line,
    /// nothing a terminal would act on), or of free-text ones (a note): see
    /// `TerminalText.storageProblem`.
    static func textProblems(_ table: CSVTable, _ row: CSVRecord, columns: [String], onOneLine: Bool = true) -> [InputFileError] {
        columns.compactMap { column in
            TerminalText.storageFault(table.value(column, in: row), onOneLine: onOneLine).map { table.failure(row, column: column, .unsafeText($0)) }
        }
    }

    /// `yes`/`no`, `true`/`false`, `1`/`0`, `y`/`n`, or empty (no).
    static func parseFlag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "", "no", "n", "false", "0": return false
        case "yes", "y", "true", "1": return true
        default: return nil
        }
    }

    // MARK: - Teams

    public static func teams(_ bytes: [UInt8], file: String) throws -> [Team] {
        let table = try CSVTable(bytes, file: file, required: ["id", "name"], optional: ["parent"])
        var errors: [InputFileError] = []
        var teams: [Team] = []
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            let id = table.value("id", in: row)
            let name = table.value("name", in: row)
            let parent = table.value("parent", in: row)
            if !isValidTeamID(id) {
                errors.append(table.failure(row, column: "id", .teamID(id)))
            } else if let first = firstLine[id] {
                errors.append(table.failure(row, column: "id", .teamDefinedTwice(id, firstLine: first)))
            } else {
                firstLine[id] = row.line
            }
            if name.isEmpty { errors.append(table.failure(row, column: "name", .teamNeedsName(id))) }
            errors += textProblems(table, row, columns: ["name"])
            teams.append(Team(id: id, name: name, parentID: parent.isEmpty ? nil : parent))
        }
        for (team, row) in zip(teams, table.rows) {
            guard let parent = team.parentID else { continue }
            if firstLine[parent] == nil {
                errors.append(table.failure(row, column: "parent", .unknownParentTeam(parent)))
            }
        }
        let tree = TeamTree(teams)
        for (team, row) in zip(teams, table.rows) where team.parentID != nil {
            if tree.subtree(of: team.id).contains(team.parentID ?? "") {
                errors.append(table.failure(row, column: "parent", .teamBelowItself(team.id)))
            }
        }
        if !errors.isEmpty { throw InputFileErrors(errors) }
        return teams
    }

    // MARK: - Staff

    /// A parsed staff file: people, and which of them lead their team.
    public struct Staff: Sendable {
        public var people: [Person]
        /// Team id -> logins marked `lead` in that team, in file order.
        public var leadsByTeam: [String: [String]]
        /// Teams the file names that do not exist yet (only with `creatingTeams`), named
        /// from the `team_name` column, else after their id.
        public var newTeams: [Team] = []
        /// Whether the file has a `lead` column: only then does it say who leads.
        public var hasLeadColumn = false
        /// Whether the file has an `email` column: without one, emails are left as they are.
        public var hasEmailColumn = false
    }

    /// Parses a staff file (`login,name,email,team,role,lead`, order free).
    /// - Parameters:
    ///   - teamIDs: teams that exist (in the database or in a teams file read alongside).
    ///   - roleIDs: role profiles that exist.
    ///   - creatingTeams: accept a team id that is not in `teamIDs` (it will be created)
    ///     instead of reporting it; the optional `team_name` column names such a team.
    ///   - existingLogins: the logins already in the database. OS logins are
    ///     case-sensitive, so `WLI` would be a second person beside `wli`: a login that
    ///     differs from one of these only in case is reported.
    public static func staff(
        _ bytes: [UInt8], file: String, teamIDs: Set<String>, roleIDs: Set<String>, creatingTeams: Bool = false,
        existingLogins: Set<String> = []
    ) throws -> Staff {
        let table = try CSVTable(
            bytes, file: file, required: ["login", "name", "team", "role"], optional: ["email", "lead"] + (creatingTeams ? ["team_name"] : []))
        let existingByLowercase = Dictionary(existingLogins.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, second in min(first, second) })
        var newTeams: [Team] = []
        var errors: [InputFileError] = []
        var people: [Person] = []
        var leads: [String: [String]] = [:]
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            let login = table.value("login", in: row)
            let name = table.value("name", in: row)
            let email = table.value("email", in: row)
            let team = table.value("team", in: row)
            let role = table.value("role", in: row)
            if !isValidLogin(login) {
                errors.append(table.failure(row, column: "login", .invalidLogin(login, explained: true)))
            } else if let first = firstLine[login.lowercased()] {
                errors.append(table.failure(row, column: "login", .duplicateLogin(login, firstLine: first)))
            } else {
                firstLine[login.lowercased()] = row.line
                if !existingLogins.contains(login), let existing = existingByLowercase[login.lowercased()] {
                    errors.append(
                        table.failure(row, column: "login", .loginDiffersInCase(login, existing: existing)))
                }
            }
            if name.isEmpty { errors.append(table.failure(row, column: "name", .needsDisplayName(login))) }
            errors += textProblems(table, row, columns: ["name", "email", "team_name"])
            if !email.isEmpty, !email.contains("@") {
                errors.append(table.failure(row, column: "email", .notAnEmail(email)))
            }
            if !teamIDs.contains(team) {
                if !creatingTeams {
                    errors.append(table.failure(row, column: "team", .unknownTeam(team, known: teamIDs.sorted())))
                } else if !isValidTeamID(team) {
                    errors.append(table.failure(row, column: "team", .teamID(team)))
                } else if let index = newTeams.firstIndex(where: { $0.id == team }) {
                    if newTeams[index].name == team, !table.value("team_name", in: row).isEmpty { newTeams[index].name = table.value("team_name", in: row) }
                } else {
                    let name = table.value("team_name", in: row)
                    newTeams.append(Team(id: team, name: name.isEmpty ? team : name))
                }
            }
            if !roleIDs.contains(role) {
                errors.append(table.failure(row, column: "role", .unknownRole(role, known: roleIDs.sorted())))
            }
            switch parseFlag(table.value("lead", in: row)) {
            case true?: leads[team, default: []].append(login)
            case false?: break
            case nil:
                errors.append(table.failure(row, column: "lead", .leadFlag(table.value("lead", in: row))))
            }
            people.append(Person(login: login, name: name, email: email, teamID: team, roleID: role))
        }
        if !errors.isEmpty { throw InputFileErrors(errors) }
        return Staff(people: people, leadsByTeam: leads, newTeams: newTeams, hasLeadColumn: table.header.contains("lead"),
            hasEmailColumn: table.header.contains("email"))
    }

    // MARK: - Grants

    public static func grants(_ bytes: [UInt8], file: String) throws -> [(login: String, right: AccessRight)] {
        let table = try CSVTable(bytes, file: file, required: grantColumns)
        var errors: [InputFileError] = []
        var grants: [(login: String, right: AccessRight)] = []
        for row in table.rows {
            let login = table.value("login", in: row)
            if !isValidLogin(login) { errors.append(table.failure(row, column: "login", .invalidLogin(login, explained: false))) }
            guard let right = AccessRight(rawValue: table.value("right", in: row).lowercased()) else {
                errors.append(table.failure(row, column: "right", .accessRight(table.value("right", in: row))))
                continue
            }
            grants.append((login, right))
        }
        if !errors.isEmpty { throw InputFileErrors(errors) }
        return grants
    }

    // MARK: - Ratings

    /// Parses rating events whose time is given as whole days before `now`, so demo data
    /// keeps the same ages (and the same stale ratings) whenever it is loaded.
    /// - Parameters:
    ///   - people: everyone who may be rated, by login.
    ///   - teams: the team tree, to check that a lead rater leads the person's team.
    public static func ratings(
        _ bytes: [UInt8], file: String, people: [String: Person], teams: TeamTree, catalog: Catalog, now: Date
    ) throws -> [RatingEvent] {
        let table = try CSVTable(bytes, file: file, required: ["login", "competency", "level", "track", "rater", "days_ago"], optional: ["note"])
        var errors: [InputFileError] = []
        var events: [RatingEvent] = []
        for row in table.rows {
            let login = table.value("login", in: row)
            let competencyID = table.value("competency", in: row)
            let rater = table.value("rater", in: row)
            guard let person = people[login] else {
                errors.append(table.failure(row, column: "login", .unknownLogin(login)))
                continue
            }
            guard let index = catalog.competencyIndex(of: competencyID) else {
                errors.append(table.failure(row, column: "competency", .unknownCompetency(competencyID)))
                continue
            }
            guard let level = Int(table.value("level", in: row)), ProficiencyScale.levelRange.contains(level) else {
                errors.append(table.failure(row, column: "level", .ratingLevel(table.value("level", in: row))))
                continue
            }
            guard let track = RatingTrack(rawValue: table.value("track", in: row)) else {
                errors.append(table.failure(row, column: "track", .ratingTrack(table.value("track", in: row))))
                continue
            }
            switch track {
            case .selfAssessment where rater != login:
                errors.append(table.failure(row, column: "rater", .selfRater(login: login, rater: rater)))
                continue
            case .lead where !teams.teamsLed(by: rater).contains(person.teamID) || rater == login:
                errors.append(table.failure(row, column: "rater", .notTheirLead(rater: rater, team: person.teamID, login: login)))
                continue
            default: break
            }
            if let fault = TerminalText.storageFault(table.value("note", in: row), onOneLine: false) {
                errors.append(table.failure(row, column: "note", .unsafeText(fault)))
                continue
            }
            guard let days = Int(table.value("days_ago", in: row)), days >= 0 else {
                errors.append(table.failure(row, column: "days_ago", .wholeDays(column: "days_ago")))
                continue
            }
            events.append(
                RatingEvent(
                    personLogin: login, competencyID: competencyID, level: level, track: track, raterLogin: rater,
                    note: table.value("note", in: row),
                    frameworkVersion: catalog.framework(ofCompetency: index).version,
                    ratedAt: now.addingTimeInterval(-Double(days) * 86_400)))
        }
        if !errors.isEmpty { throw InputFileErrors(errors) }
        // Oldest first, so the events' order in the database follows time.
        return events.enumerated().sorted { ($0.element.ratedAt, $0.offset) < ($1.element.ratedAt, $1.offset) }.map(\.element)
    }
}
