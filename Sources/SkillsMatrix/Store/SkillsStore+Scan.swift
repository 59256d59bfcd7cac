import Foundation

extension SkillsStore {
    /// Calls `body` with every active person, their current ratings and their position
    /// among all people in login order (how reports list people; inactive people leave
    /// gaps), in no particular order.
    ///
    /// This is how whole-organisation reports read 100,000 people and their million-odd
    /// ratings: three sequential scans in one read transaction (logins through their
    /// index, people and current ratings each in key order, merged as they stream), no
    /// query per person, and no string read per rating. Team ids are shared strings, one
    /// per team, rather than a copy per person.
    /// - Complexity: O(p + r) rows for p people and r current ratings, plus O(p) hashing.
    /// - Returns: the number of positions (all people, active or not).
    @discardableResult
    func forEachActivePerson(_ body: (Int, Person, [CompetencyRating]) throws -> Void) throws -> Int {
        try forEachActivePerson(on: connection, body)
    }

    /// The scan, specialised for each backend's connection and rows (the existential
    /// `connection` is opened once here rather than per column read).
    private func forEachActivePerson<Connection: DatabaseConnection>(
        on connection: Connection, _ body: (Int, Person, [CompetencyRating]) throws -> Void
    ) throws -> Int {
        try connection.withTransaction(.read) {
            var teamIDs = try rowNumberMap(of: "teams", String.self)
            try connection.forEachRow("SELECT no, id FROM teams") { teamIDs[$0.int64(0)] = $0.text(1) }
            // Positions in login order; the index on login holds the key, so this reads no table rows.
            var positionOfNumber = try rowNumberMap(of: "people", Int.self)
            var count = 0
            try connection.forEachRow(Self.peopleByLoginQuery) {
                positionOfNumber[$0.int64(0)] = count
                count += 1
            }
            let ratings = try connection.cursor(Self.currentRatingsInKeyOrderQuery, [])
            var ratingPerson = try ratings.step() ? ratings.int64(0) : Int64.max
            var personRatings: [CompetencyRating] = []
            try connection.forEachRow(Self.activePeopleQuery) { row in
                let number = row.int64(0)
                personRatings.removeAll(keepingCapacity: true)
                // Ratings are in person order too: skip those of inactive people, take this person's.
                while ratingPerson < number { ratingPerson = try ratings.step() ? ratings.int64(0) : Int64.max }
                while ratingPerson == number {
                    if let rating = readPackedCurrentRating(ratings) { personRatings.append(rating) }
                    ratingPerson = try ratings.step() ? ratings.int64(0) : Int64.max
                }
                let person = Person(
                    login: row.text(1), name: row.text(2), email: row.text(3), teamID: teamIDs[row.int64(4)] ?? "",
                    roleID: row.text(5), isActive: true)
                if let position = positionOfNumber[number] { try body(position, person, personRatings) }
            }
            // Drains the statement so that it ends its part of the read transaction now.
            while ratingPerson != Int64.max { ratingPerson = try ratings.step() ? ratings.int64(0) : Int64.max }
            return count
        }
    }

    /// An empty map sized for the rows of `table`.
    private func rowNumberMap<Value>(of table: String, _: Value.Type) throws -> RowNumberMap<Value> {
        let sizes = try connection.query("SELECT count(*), coalesce(max(no), 0) FROM \(table)") { ($0.int(0), $0.int64(1)) }
        return RowNumberMap(count: sizes.first?.0 ?? 0, maximumNumber: sizes.first?.1 ?? 0)
    }

    /// The organisation scan's three queries, each one pass in key order (`QueryPlanTests`).
    static let peopleByLoginQuery = "SELECT no FROM people ORDER BY login"
    /// The competency and both levels come packed in one integer (see
    /// `readPackedCurrentRating`): four columns a row instead of six, and no NULL checks,
    /// over a million rows.
    static let currentRatingsInKeyOrderQuery = """
        SELECT person_no, competency_no * 64 + coalesce(self_level, 7) * 8 + coalesce(lead_level, 7), self_at, lead_at
        FROM current_ratings ORDER BY person_no, competency_no
        """
    static let activePeopleQuery = "SELECT no, login, name, email, team_no, role_id FROM people WHERE active = 1 ORDER BY no"

    /// A row of `currentRatingsInKeyOrderQuery`: competency x 64 + self level x 8 + lead
    /// level (7 for none: levels are 0 to 4), then the self and lead times; nil for a
    /// competency no longer in the catalog.
    func readPackedCurrentRating(_ row: some DatabaseRow) -> CompetencyRating? {
        let packed = row.int(1)
        let number = packed >> 6
        guard number >= 0, number < competencyIndexByNumber.count, competencyIndexByNumber[number] >= 0 else { return nil }
        let selfLevel = packed >> 3 & 7
        let leadLevel = packed & 7
        return CompetencyRating(
            competency: competencyIndexByNumber[number],
            selfRating: selfLevel == 7 ? nil : Rating(level: selfLevel, ratedAt: Self.date(row.int64(2))),
            leadRating: leadLevel == 7 ? nil : Rating(level: leadLevel, ratedAt: Self.date(row.int64(3))))
    }

    /// A current-rating row's columns from `first` on (competency_no, self_level, self_at,
    /// lead_level, lead_at), or nil for a competency no longer in the catalog.
    func readCurrentRating(_ row: some DatabaseRow, from first: Int32) -> CompetencyRating? {
        let number = row.int(first)
        guard number >= 0, number < competencyIndexByNumber.count, competencyIndexByNumber[number] >= 0 else { return nil }
        return CompetencyRating(
            competency: competencyIndexByNumber[number],
            selfRating: row.isNull(first + 1) ? nil : Rating(level: row.int(first + 1), ratedAt: Self.date(row.int64(first + 2))),
            leadRating: row.isNull(first + 3) ? nil : Rating(level: row.int(first + 3), ratedAt: Self.date(row.int64(first + 4))))
    }
}
