/// Text views of frameworks, competencies and staff lists, inert for a terminal
/// (`TerminalText`): framework text comes from files anyone may have written.
public enum CatalogFormat {
    /// The frameworks with their versions and review intervals, then the role profiles.
    public static func frameworkList(_ catalog: Catalog, language: Language) -> String {
        let words = language.messages
        let column = words.columns
        var table = TextTable([
            .init(column.id), .init(column.name, maximumWidth: 40), .init(column.version),
            .init(column.competencies, alignRight: true), .init(column.reviewEvery),
        ])
        for framework in catalog.localized(language).frameworks {
            table.append([
                framework.id, framework.name, framework.version, String(framework.competencies.count),
                words.reviewEvery(days: framework.reviewIntervalDays),
            ])
        }
        var output = table.render()
        output += TerminalText.inertLines(
            "\n" + words.roleProfilesLine(count: catalog.roles.count, ids: catalog.roles.map(\.id).joined(separator: ", ")) + "\n")
        return output
    }

    /// A whole framework: scale, then each area and competency with its indicators.
    public static func framework(_ framework: Framework, language: Language) -> String {
        let words = language.messages
        let framework = framework.localized(language)
        var output = words.frameworkHeading(id: framework.id, name: framework.name, version: framework.version) + "\n"
        output += wrap(framework.description, indent: "") + "\n"
        output += words.ratingsGoStale(days: framework.reviewIntervalDays) + "\n\n" + words.scaleHeading + "\n"
        for level in framework.scale.levels {
            output += wrap("\(level.level) \(level.label): \(level.descriptor)", indent: "  ") + "\n"
        }
        for area in framework.areas {
            output += "\n\(area.id) \(area.name)\n"
            for competency in area.competencies {
                output += "  \(competency.id) \(competency.name): \(competency.description)\n"
            }
        }
        output += "\n" + words.showCompetencyHint + "\n"
        return TerminalText.inertLines(output)
    }

    /// One competency with the indicator of every level, its references and learning,
    /// and the role profiles that require it.
    public static func competency(_ competency: Competency, framework: Framework, roles: [RoleProfile], language: Language) -> String {
        let words = language.messages
        let framework = framework.localized(language)
        let competency = framework.competencies.first { $0.id == competency.id } ?? competency
        var output = "\(competency.id) \(competency.name) (\(framework.name) \(framework.version))\n"
        output += wrap(competency.description, indent: "") + "\n\n"
        output += wrap("0 \(framework.scale.label(of: 0)): \(framework.scale.levels.first?.descriptor ?? "")", indent: "  ") + "\n"
        for level in 1...competency.indicators.count {
            output += wrap("\(level) \(framework.scale.label(of: level)): \(competency.indicator(for: level) ?? "")", indent: "  ") + "\n"
        }
        if !competency.references.isEmpty { output += "\n" + words.referencesHeading + " " + competency.references.joined(separator: ", ") + "\n" }
        if !competency.learning.isEmpty {
            output += "\n" + words.learningHeading + "\n" + competency.learning.map { wrap("- " + $0, indent: "  ") }.joined(separator: "\n") + "\n"
        }
        let requiring = roles.compactMap { role in
            role.requirements.first { $0.competencyID == competency.id }.map {
                words.requiredBy(role: role.name(in: language), target: $0.target, weight: $0.weight)
            }
        }
        if !requiring.isEmpty { output += "\n" + words.requiredByHeading + " " + requiring.joined(separator: "; ") + "\n" }
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

    /// The people as a table, in the order given (by login), with a count.
    public static func staff(_ people: [Person], teams: TeamTree, catalog: Catalog, language: Language) -> String {
        let words = language.messages
        let column = words.columns
        var table = TextTable([
            .init(column.login), .init(column.name, maximumWidth: 32), .init(column.team, maximumWidth: 28),
            .init(column.role, maximumWidth: 36), .init(column.notes),
        ])
        for person in people {
            var notes: [String] = []
            if teams.team(person.teamID)?.leadLogins.contains(person.login) == true { notes.append(words.leadNote) }
            if !person.isActive { notes.append(words.inactiveNote) }
            table.append([
                person.login, person.name, person.teamID, catalog.role(person.roleID)?.name(in: language) ?? person.roleID,
                notes.joined(separator: ", "),
            ])
        }
        return table.render() + words.people(people.count) + "\n"
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
