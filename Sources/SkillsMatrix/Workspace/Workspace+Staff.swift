import Foundation

extension Workspace {
    /// Reads a staff file (`login,name,email,team,role,lead`, plus an optional
    /// `team_name`), checks every row, and applies it unless `dryRun` (admins only).
    /// - Returns: what changed, or would change on a dry run.
    /// - Throws: `AccessDenied` before the file is read; `InputFileErrors` listing every
    ///   bad row with its line. Nothing is written when anything is wrong.
    @discardableResult
    public func importStaff(_ bytes: [UInt8], file: String, deactivateMissing: Bool, dryRun: Bool) throws -> StaffImportPlan {
        try AccessPolicy.check(.manageStaff, by: actor)
        let teams = try store.teams()
        let existing = try store.people(includingInactive: true)
        let staff = try OrganisationCSV.staff(
            bytes, file: file, teamIDs: Set(teams.map(\.id)), roleIDs: Set(catalog.roles.map(\.id)), creatingTeams: true,
            existingLogins: Set(existing.map(\.login)))
        let plan = try StaffImportPlan.plan(staff, file: file, existing: existing, teams: teams, deactivateMissing: deactivateMissing)
        if !dryRun, plan.changesAnything {
            try store.applyStaffChanges(plan.changes, actor: actor.realLogin, actingAs: actor.login, now: clock())
        }
        return plan
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
