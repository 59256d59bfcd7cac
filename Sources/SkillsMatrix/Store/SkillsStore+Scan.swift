import Foundation

extension SkillsStore {
    /// Calls `body` with every active person, their current ratings and their position
    /// among all people in login order (how reports list people; inactive people leave
    /// gaps), in no particular order.
    ///
    /// This is how whole-organisation reports read 100,000 people and their million-odd
    /// ratings: two sequential scans in one read transaction (logins through their
    /// index, then people with their ratings packs in key order), no query per person,
    /// and one row per person rather than one per rating: each person's
    /// current ratings come packed in one text (`Schema.ratingPackEntry`). Team ids are
    /// shared strings, one per team, rather than a copy per person.
    /// - Complexity: O(p) rows for p people, and O(r) bytes read for r current ratings.
    /// - Returns: the number of positions (all people, active or not).
    @discardableResult
    func forEachActivePerson(_ body: (Int, Person, [CompetencyRating]) throws -> Void) throws -> Int {
        // Each backend's own type, not the existential `connection`: code for an opened
        // existential is generic at run time, and looked up the rows' type for every
        // column read (a tenth of the reading).
        switch backend {
        case .sqlite(let connection): return try forEachActivePerson(on: connection, body)
        case .postgres(let connection): return try forEachActivePerson(on: connection, body)
        }
    }

    /// The scan, specialised for each backend's connection and rows.
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
            var personRatings: [CompetencyRating] = []
            try connection.forEachRow(Self.activePeopleWithPacksQuery) { row in
                personRatings.removeAll(keepingCapacity: true)
                if !row.isNull(6) { unpackRatings(row.textBytes(6), into: &personRatings) }
                let person = Person(
                    login: row.text(1), name: row.text(2), email: row.text(3), teamID: teamIDs[row.int64(4)] ?? "",
                    roleID: row.text(5), isActive: true)
                if let position = positionOfNumber[row.int64(0)] { try body(position, person, personRatings) }
            }
            return count
        }
    }

    /// An empty map sized for the rows of `table`.
    private func rowNumberMap<Value>(of table: String, _: Value.Type) throws -> RowNumberMap<Value> {
        let sizes = try connection.query("SELECT count(*), coalesce(max(no), 0) FROM \(table)") { ($0.int(0), $0.int64(1)) }
        return RowNumberMap(count: sizes.first?.0 ?? 0, maximumNumber: sizes.first?.1 ?? 0)
    }

    /// The organisation scan's two queries, each one pass in key order (`QueryPlanTests`).
    static let peopleByLoginQuery = "SELECT no FROM people ORDER BY login"
    /// Each active person with their ratings pack (NULL: no ratings), one row each: a
    /// merge of two key-order scans on PostgreSQL, a key lookup per person on SQLite, and
    /// on both one stream that the reading never has to switch away from.
    static let activePeopleWithPacksQuery = """
        SELECT p.no, p.login, p.name, p.email, p.team_no, p.role_id, cp.pack
        FROM people p LEFT JOIN current_rating_packs cp ON cp.person_no = p.no
        WHERE p.active = 1 ORDER BY p.no
        """

    /// Appends the ratings in `pack`, a person's ratings pack as `Schema.ratingPackEntry`
    /// writes it (`packed,selfAt,leadAt` per rating, `;` between ratings), to `ratings`:
    /// read straight from the bytes, without a string per number. A rating of a
    /// competency no longer in the catalog is left out, as is anything that is not a
    /// well-formed entry (the pack is rebuilt from current_ratings, never typed in).
    func unpackRatings(_ pack: UnsafeRawBufferPointer, into ratings: inout [CompetencyRating]) {
        guard var at = pack.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let end = at + pack.count
        var fields: (Int64, Int64, Int64) = (0, 0, 0)
        var field = 0
        var value: Int64 = 0
        var digits = 0
        var negative = false
        var wellFormed = true
        while at < end {
            let byte = at.pointee
            at += 1
            let digit = byte &- UInt8(ascii: "0")
            if digit <= 9 {
                value = value &* 10 &+ Int64(digit)
                digits += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "-"):
                if digits > 0 || negative { wellFormed = false }
                negative = true
            case UInt8(ascii: ","), UInt8(ascii: ";"):
                if digits == 0 { wellFormed = false }
                let number = negative ? -value : value
                switch field {
                case 0: fields.0 = number
                case 1: fields.1 = number
                case 2: fields.2 = number
                default: wellFormed = false
                }
                field += 1
                (value, digits, negative) = (0, 0, false)
                if byte == UInt8(ascii: ";") {
                    if wellFormed, field == 3, let rating = unpackedRating(fields) { ratings.append(rating) }
                    (field, wellFormed) = (0, true)
                }
            default:
                wellFormed = false
            }
        }
        // The last entry has no semicolon after it.
        if wellFormed, field == 2, digits > 0 {
            fields.2 = negative ? -value : value
            if let rating = unpackedRating(fields) { ratings.append(rating) }
        }
    }

    /// One entry of a ratings pack: packed competency and levels, self time, lead time.
    private func unpackedRating(_ fields: (packed: Int64, selfAt: Int64, leadAt: Int64)) -> CompetencyRating? {
        let packed = Int(truncatingIfNeeded: fields.packed)
        let number = packed >> 6
        guard number >= 0, number < competencyIndexByNumber.count, competencyIndexByNumber[number] >= 0 else { return nil }
        let selfLevel = packed >> 3 & 7
        let leadLevel = packed & 7
        return CompetencyRating(
            competency: competencyIndexByNumber[number],
            selfRating: selfLevel == 7 ? nil : Rating(level: selfLevel, ratedAt: Self.date(fields.selfAt)),
            leadRating: leadLevel == 7 ? nil : Rating(level: leadLevel, ratedAt: Self.date(fields.leadAt)))
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
