/// Text views of frameworks, competencies and staff lists, inert for a terminal
/// (`TerminalText`): framework text comes from files anyone may have written.
public enum CatalogFormat {
    public static func frameworkList(_ catalog: Catalog) -> String {
        var table = TextTable([
            .init("Id"), .init("Name", maximumWidth: 40), .init("Version"), .init("Competencies", alignRight: true),
            .init("Review every"),
        ])
        for framework in catalog.frameworks {
            table.append([
                framework.id, framework.name, framework.version, String(framework.competencies.count),
                "\(framework.reviewIntervalDays) days",
            ])
        }
        var output = table.render()
        output += TerminalText.inertLines("\n\(catalog.roles.count) role profiles: " + catalog.roles.map(\.id).joined(separator: ", ") + "\n")
        return output
    }

    /// A whole framework: scale, then each area and competency with its indicators.
    public static func framework(_ framework: Framework) -> String {
        var output = "\(framework.id) \(framework.name), version \(framework.version)\n"
        output += wrap(framework.description, indent: "") + "\n"
        output += "Ratings go stale after \(framework.reviewIntervalDays) days.\n\nScale:\n"
        for level in framework.scale.levels {
            output += wrap("\(level.level) \(level.label): \(level.descriptor)", indent: "  ") + "\n"
        }
        for area in framework.areas {
            output += "\n\(area.id) \(area.name)\n"
            for competency in area.competencies {
                output += "  \(competency.id) \(competency.name): \(competency.description)\n"
            }
        }
        output += "\nShow one competency with its level indicators: skills-tui frameworks show COMPETENCY\n"
        return TerminalText.inertLines(output)
    }

    public static func competency(_ competency: Competency, framework: Framework, roles: [RoleProfile]) -> String {
        var output = "\(competency.id) \(competency.name) (\(framework.name) \(framework.version))\n"
        output += wrap(competency.description, indent: "") + "\n\n"
        output += wrap("0 \(framework.scale.label(of: 0)): \(framework.scale.levels.first?.descriptor ?? "")", indent: "  ") + "\n"
        for level in 1...competency.indicators.count {
            output += wrap("\(level) \(framework.scale.label(of: level)): \(competency.indicator(for: level) ?? "")", indent: "  ") + "\n"
        }
        if !competency.references.isEmpty { output += "\nReferences: " + competency.references.joined(separator: ", ") + "\n" }
        if !competency.learning.isEmpty {
            output += "\nLearning:\n" + competency.learning.map { wrap("- " + $0, indent: "  ") }.joined(separator: "\n") + "\n"
        }
        let requiring = roles.compactMap { role in
            role.requirements.first { $0.competencyID == competency.id }.map { "\(role.name) (target \($0.target), weight \($0.weight))" }
        }
        if !requiring.isEmpty { output += "\nRequired by: " + requiring.joined(separator: "; ") + "\n" }
        return TerminalText.inertLines(output)
    }

    /// The people as the staff import reads them (`OrganisationCSV.staffColumns`), so a
    /// list can be edited and imported back; streamed row by row.
    public static func staffCSV(_ people: [Person], teams: TeamTree, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        writer.writeStart(header: OrganisationCSV.staffColumns, to: &output)
        for person in people {
            let leads = teams.team(person.teamID)?.leadLogins.contains(person.login) == true
            try withUTF8Buffers([person.login, person.name, person.email, person.teamID, person.roleID]) { fields in
                try staffCSVRow(
                    StaffRowBytes(login: fields[0], name: fields[1], email: fields[2], team: fields[3], role: fields[4], leadsTeam: leads),
                    writer: writer, to: &output)
            }
        }
        try output.flush()
    }

    /// One person's row of the staff CSV.
    static func staffCSVRow(_ row: StaffRowBytes, writer: CSVWriter, to output: inout ByteOutput) throws {
        writer.writeField(bytes: row.login, to: &output)
        writer.writeNext(bytes: row.name, to: &output)
        writer.writeNext(bytes: row.email, to: &output)
        writer.writeNext(bytes: row.team, to: &output)
        writer.writeNext(bytes: row.role, to: &output)
        writer.separate(&output)
        if row.leadsTeam { output.write("yes" as StaticString) }
        writer.endRecord(&output)
        try output.flushIfFull()
    }

    public static func staff(_ people: [Person], teams: TeamTree, catalog: Catalog) -> String {
        var table = TextTable([
            .init("Login"), .init("Name", maximumWidth: 32), .init("Team", maximumWidth: 28), .init("Role", maximumWidth: 36),
            .init("Notes"),
        ])
        for person in people {
            var notes: [String] = []
            if teams.team(person.teamID)?.leadLogins.contains(person.login) == true { notes.append("lead") }
            if !person.isActive { notes.append("inactive") }
            table.append([
                person.login, person.name, person.teamID, catalog.role(person.roleID)?.name ?? person.roleID,
                notes.joined(separator: ", "),
            ])
        }
        return table.render() + "\(people.count) \(people.count == 1 ? "person" : "people")\n"
    }

    /// Wraps `text` at 88 columns, continuing lines under `indent` plus two spaces.
    static func wrap(_ text: String, indent: String, width: Int = 88) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            let candidate = line.trimmingWhitespace().isEmpty ? indent + word : line + " " + word
            if DisplayWidth.of(candidate) > width, !line.trimmingWhitespace().isEmpty {
                lines.append(line)
                line = indent + "  " + word
            } else {
                line = candidate
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
