import Foundation

extension Workspace {
    /// Reads a staff file (`login,name,email,team,role,lead`, plus an optional
    /// `team_name`), checks every row, and applies it unless `dryRun` (admins only).
    ///
    /// The real import works out its plan inside its write transaction, against the
    /// database as it is when the write lock is held: two imports at once (both creating
    /// the same new team, say) then run one after the other, and the second sees what the
    /// first did instead of failing on it.
    /// - Returns: what changed, or would change on a dry run.
    /// - Throws: `AccessDenied` before the file is read; `InputFileErrors` listing every
    ///   bad row with its line. Nothing is written when anything is wrong.
    @discardableResult
    public func importStaff(_ bytes: [UInt8], file: String, deactivateMissing: Bool, dryRun: Bool) throws -> StaffImportPlan {
        try AccessPolicy.check(.manageStaff, by: actor)
        if dryRun { return try staffImportPlan(bytes, file: file, deactivateMissing: deactivateMissing) }
        return try store.withTransaction {
            let plan = try staffImportPlan(bytes, file: file, deactivateMissing: deactivateMissing)
            if plan.changesAnything {
                try store.writeStaffChanges(plan.changes, actor: actor.realLogin, actingAs: actor.login, now: clock())
            }
            return plan
        }
    }

    /// What importing `bytes` would change in the database as it is now.
    private func staffImportPlan(_ bytes: [UInt8], file: String, deactivateMissing: Bool) throws -> StaffImportPlan {
        let teams = try store.teams()
        let existing = try store.people(includingInactive: true)
        let staff = try OrganisationCSV.staff(
            bytes, file: file, teamIDs: Set(teams.map(\.id)), roleIDs: Set(catalog.roles.map(\.id)), creatingTeams: true,
            existingLogins: Set(existing.map(\.login)))
        return try StaffImportPlan.plan(staff, file: file, existing: existing, teams: teams, deactivateMissing: deactivateMissing)
    }

    /// The staff list as CSV (the staff import's columns), streamed into `output`: the
    /// people `staff(team:includingInactive:)` gives. For those who see everyone and ask for
    /// everyone, the rows go from SQLite to the output as bytes, without a `Person` each.
    public func writeStaffCSV(
        team teamID: String? = nil, includingInactive: Bool = false, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput
    ) throws {
        guard teamID == nil, AccessPolicy.allows(.viewOrganisation, actor) else {
            try CatalogFormat.staffCSV(try staff(team: teamID, includingInactive: includingInactive), teams: try teamTree(), writer: writer, to: &output)
            return
        }
        writer.writeStart(header: OrganisationCSV.staffColumns, to: &output)
        try store.forEachStaffRow(includingInactive: includingInactive) { try CatalogFormat.staffCSVRow($0, writer: writer, to: &output) }
        try output.flush()
    }
}
