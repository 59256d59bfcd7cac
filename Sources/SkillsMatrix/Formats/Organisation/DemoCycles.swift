import Foundation

/// The demo organisation's review cycles, `seeds/demo/cycles.csv`: one closed cycle of
/// history and one open cycle, dated in days before "now" like the demo's ratings.
enum DemoCycles {
    static let fileName = "cycles.csv"

    /// Reads the cycles, oldest first; none when the file is absent.
    /// Columns: name, teams and frameworks (space-separated; empty teams for everyone),
    /// opened_by, opened_days_ago, due_days_ago (negative: due in the future),
    /// closed_days_ago (empty while open).
    static func load(from directory: URL, catalog: Catalog, teamIDs: Set<String>, now: Date) throws -> [ReviewCycle] {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let table = try CSVTable(
            try InputFile.read(url.path), file: url.path,
            required: ["name", "teams", "frameworks", "opened_by", "opened_days_ago", "due_days_ago", "closed_days_ago"], optional: [])
        var errors: [InputFileError] = []
        var cycles: [ReviewCycle] = []
        func date(_ column: String, _ row: CSVRecord) -> Date? {
            guard let days = Int(table.value(column, in: row)) else {
                errors.append(table.failure(row, column: column, .dayCount(column: column)))
                return nil
            }
            return now.addingTimeInterval(-Double(days) * 86_400)
        }
        let frameworks = Set(catalog.frameworks.map(\.id))
        for row in table.rows {
            let teams = table.value("teams", in: row).split(separator: " ").map(String.init)
            let cycleFrameworks = table.value("frameworks", in: row).split(separator: " ").map(String.init)
            if let unknown = teams.first(where: { !teamIDs.contains($0) }) {
                errors.append(table.failure(row, column: "teams", .cycleTeam(unknown)))
                continue
            }
            if let unknown = cycleFrameworks.first(where: { !frameworks.contains($0) }) {
                errors.append(table.failure(row, column: "frameworks", .cycleFramework(unknown)))
                continue
            }
            guard let opens = date("opened_days_ago", row), let due = date("due_days_ago", row) else { continue }
            let closedText = table.value("closed_days_ago", in: row)
            let closed = closedText.isEmpty ? nil : date("closed_days_ago", row)
            if !closedText.isEmpty, closed == nil { continue }
            cycles.append(
                ReviewCycle(
                    name: table.value("name", in: row), teamIDs: teams, frameworkIDs: cycleFrameworks, opensAt: opens, dueAt: due,
                    openedBy: table.value("opened_by", in: row), closedAt: closed, closedBy: closed.map { _ in table.value("opened_by", in: row) }))
        }
        if !errors.isEmpty { throw InputFileErrors(errors) }
        return cycles.sorted { $0.opensAt < $1.opensAt }
    }
}
