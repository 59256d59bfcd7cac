/// Renders a team `Heatmap` as text or CSV. (HTML and SVG pictures: `HeatmapPicture`.)
public enum HeatmapFormat {
    /// A cell as text: the level, then how it stands against target, so it reads without colour.
    /// `3✓` meets target, `1-2` two short, `?` unrated, `·` not required; `!` marks a
    /// disputed rating and `~` a stale one.
    public static func cellText(_ cell: HeatmapCell, lens: HeatmapLens) -> String {
        var text: String
        switch cell.band(lens) {
        case .notRequired: text = cell.level(lens).map { "(\($0))" } ?? "·"
        case .unrated: text = "?"
        case .met: text = "\(cell.level(lens) ?? 0)✓"
        default:
            let gap = Scoring.gap(target: cell.requirement?.target ?? 0, level: cell.level(lens))
            text = "\(cell.level(lens) ?? 0)-\(gap)"
        }
        if let requirement = cell.requirement {
            if requirement.isDisputed { text += "!" }
            if lens == .effective, requirement.isStale { text += "~" }
        }
        return text
    }

    /// "3/7": members meeting target / members requiring it, with `*` on a single point of
    /// failure unless `markingSinglePointOfFailure` is false (pictures mark it their own way).
    public static func coverageText(_ coverage: CompetencyCoverage?, markingSinglePointOfFailure: Bool = true) -> String {
        guard let coverage else { return "" }
        let mark = markingSinglePointOfFailure && coverage.isSinglePointOfFailure ? "*" : ""
        return "\(coverage.meeting.count)/\(coverage.requiredBy.count)" + mark
    }

    /// What the cell and coverage texts mean, a line each.
    public static func legendLines(in language: Language) -> [String] { language.messages.heatmapLegendLines }

    /// The English lines, for views not yet in the catalogue's languages.
    public static var legendLines: [String] { legendLines(in: .en) }

    /// What the cell and coverage texts mean, in two lines.
    public static func legend(in language: Language) -> String { language.messages.heatmapLegend }

    // MARK: - Text

    /// Numbered columns with a key below, so the grid stays narrow; in `language`.
    public static func text(_ heatmap: Heatmap, catalog: Catalog, lens: HeatmapLens = .effective, language: Language) -> String {
        let words = language.messages
        let catalog = catalog.localized(language)
        var output = TerminalText.inertLines(
            words.heatmapTitle(team: heatmap.team.name, teamID: heatmap.team.id, lens: lens, people: heatmap.rows.count) + "\n")
        output += words.heatmapLegend + "\n\n"
        if heatmap.rows.isEmpty { return output + words.teamHasNoActiveMembers + "\n" }
        let column = words.columns
        var columns: [TextTable.Column] = [.init(column.person, maximumWidth: 30), .init(column.ready, alignRight: true)]
        columns += heatmap.competencies.indices.map { TextTable.Column(String($0 + 1), alignRight: true) }
        var table = TextTable(columns)
        for row in heatmap.rows {
            table.append(
                ["\(row.person.name) (\(row.person.login))", words.percent(row.readiness(lens))]
                    + row.cells.map { cellText($0, lens: lens) })
        }
        table.append([column.coverage, ""] + heatmap.competencies.map { coverageText(heatmap.coverage(lens).coverage(of: $0)) })
        output += table.render()
        output += "\n"
        var key = TextTable([.init("#", alignRight: true), .init(column.competency, maximumWidth: 50), .init(column.coverage)])
        for (index, competencyIndex) in heatmap.competencies.enumerated() {
            let competency = catalog.competencies[competencyIndex]
            let coverage = heatmap.coverage(lens).coverage(of: competencyIndex)
            let standing = [coverageText(coverage), coverage.map { CoverageFormat.standing($0, in: language) } ?? ""].filter { !$0.isEmpty }
            key.append([String(index + 1), "\(competency.id) \(competency.name)", standing.joined(separator: " ")])
        }
        return output + key.render()
    }

    // MARK: - CSV

    /// A matrix for spreadsheets: a row per person, a column per competency holding the
    /// chosen level ("unrated" when required but not rated, empty when not required),
    /// then a coverage row counting members who meet target.
    public static func csv(
        _ heatmap: Heatmap, catalog: Catalog, lens: HeatmapLens = .effective, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput
    ) throws {
        writer.writeStart(header: ["login", "name", "role", "readiness"] + heatmap.competencies.map { catalog.competencies[$0].id }, to: &output)
        for row in heatmap.rows {
            writer.writeField(row.person.login, to: &output)
            writer.writeNext(row.person.name, to: &output)
            writer.writeNext(row.person.roleID, to: &output)
            writer.writeNext(String(RequirementFields.rounded(row.readiness(lens))), to: &output)
            for cell in row.cells {
                writer.separate(&output)
                if let level = cell.level(lens) {
                    output.write(level)
                } else if cell.requirement != nil {
                    output.write("unrated" as StaticString)
                }
            }
            writer.endRecord(&output)
            try output.flushIfFull()
        }
        writer.writeRecord(
            ["coverage", "members meeting target", "", ""]
                + heatmap.competencies.map { String(heatmap.coverage(lens).coverage(of: $0)?.meeting.count ?? 0) },
            to: &output)
        try output.flush()
    }
}
