extension SkillsStore {
    /// Hands every person (active ones only unless `includingInactive`), in login order,
    /// to `body` as the bytes the database holds, with whether they lead their own team: the
    /// whole staff list written without a `Person` or a `String` per row.
    func forEachStaffRow(includingInactive: Bool, _ body: (StaffRowBytes) throws -> Void) throws {
        try connection.forEachRow(includingInactive ? Self.everyoneQuery : Self.activeStaffQuery) { row in
            try body(
                StaffRowBytes(
                    login: row.textBytes(0), name: row.textBytes(1), email: row.textBytes(2),
                    team: row.textBytes(3), role: row.textBytes(4), leadsTeam: row.int(5) != 0))
        }
    }

    /// People by login (through its index), their team's id by key, and whether they lead
    /// it by the key of `team_leads`: the plan `QueryPlanTests` pins.
    private static let staffColumns = """
        SELECT p.login, p.name, p.email, t.id, p.role_id,
          EXISTS (SELECT 1 FROM team_leads l WHERE l.team_no = p.team_no AND l.person_no = p.no)
        FROM people p JOIN teams t ON t.no = p.team_no
        """
    static let activeStaffQuery = staffColumns + " WHERE p.active = 1 ORDER BY p.login"
    static let everyoneQuery = staffColumns + " ORDER BY p.login"
}
