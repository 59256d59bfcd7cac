import Foundation
import Testing
import TestSupport
@testable import SkillsMatrix

/// Text that reaches a terminal is inert: every text report and Markdown export, built
/// from data full of attacks, holds no raw control character; JSON escapes them and
/// reads back exact; CSV stays exact; importers refuse them in names.
@Suite("Text on a terminal")
struct TerminalTextTests {
    @Test("each attack is shown as visible escapes; legitimate text is left alone")
    func escapes() {
        #expect(TerminalText.inert("ok\u{1B}]52;c;Y3VybA==\u{07}") == "ok\\e]52;c;Y3VybA==\\u{07}")
        #expect(TerminalText.inert("\u{9B}31m") == "\\u{9B}31m")
        #expect(TerminalText.inert("Ann\u{202E}fdp.exe") == "Ann\\u{202E}fdp.exe")
        #expect(TerminalText.inert("a\u{0}b\tc\nd\re") == "a\\0b\\tc\\nd\\re")
        #expect(TerminalText.inert("hi\u{E0041}") == "hi\\u{E0041}")
        for (name, text) in HostileText.corpus {
            let shown = TerminalText.inert(text)
            #expect(HostileText.rawControls(in: shown).isEmpty, "\(name)")
            #expect(!shown.contains("\n"), "\(name)")
            #expect(TerminalText.inert(shown) == shown, "\(name): escaping twice changes nothing")
        }
        for text in HostileText.legitimate {
            #expect(TerminalText.inert(text) == text)
            #expect(TerminalText.inertLines(text) == text)
        }
    }

    @Test("as lines: line feeds, CR LF and tabs stay; a lone carriage return does not")
    func lines() {
        #expect(TerminalText.inertLines("a\nb\r\nc\td") == "a\nb\r\nc\td")
        #expect(TerminalText.inertLines("Approved\rRejected\r") == "Approved\\rRejected\\r")
        #expect(TerminalText.inertLines("x\u{1B}[2J\ny") == "x\\e[2J\ny")
        for (name, text) in HostileText.corpus {
            #expect(HostileText.rawControls(in: TerminalText.inertLines(text)).isEmpty, "\(name)")
        }
    }

    @Test("what may be stored: names on one line with nothing hidden; free text with line breaks")
    func storage() {
        for (name, text) in HostileText.corpus {
            #expect(TerminalText.storageProblem(text, onOneLine: true) != nil, "\(name)")
        }
        #expect(TerminalText.storageProblem("a\u{0}b", onOneLine: false)?.hasPrefix("contains \\0 (U+0000), a control character") == true)
        #expect(TerminalText.storageProblem("ok\u{1B}]52;", onOneLine: false)?.hasPrefix("contains \\e (U+001B)") == true)
        #expect(TerminalText.storageProblem("\u{9B}", onOneLine: false) != nil)
        #expect(TerminalText.storageProblem("line one\nline two\r\n\tindented", onOneLine: false) == nil)
        #expect(TerminalText.storageProblem("من\u{200F}ها", onOneLine: false) == nil, "a right-to-left mark belongs in free text")
        for text in HostileText.legitimate {
            #expect(TerminalText.storageProblem(text, onOneLine: true) == nil, "\(text)")
        }
    }

    // MARK: - Every renderer, on data full of attacks

    /// A team, catalog and events whose every name, label and note is an attack.
    enum Hostile {
        static func text(_ index: Int) -> String { HostileText.corpus[index % HostileText.corpus.count].text }

        static let catalog: Catalog = {
            let scale = ProficiencyScale(levels: (0...4).map { ScaleLevel(level: $0, label: "L\($0)" + text($0), descriptor: text($0 + 5)) })
            let competencies = (1...3).map { number in
                Competency(
                    id: "AA.X.\(number)", name: "Name \(number) " + text(number), description: text(number + 3),
                    indicators: (1...4).map { text(number + $0) }, references: ["SFIA9:" + text(number)], learning: [text(number + 7)])
            }
            let framework = Framework(
                id: "AA", name: "Alpha " + text(2), version: "1.0", description: text(4), reviewIntervalDays: 365, scale: scale,
                areas: [CompetencyArea(id: "AA.X", name: text(6), description: text(7), competencies: competencies)])
            let role = RoleProfile(
                id: "analyst", name: "Analyst " + text(9), description: text(10),
                requirements: competencies.map { Requirement(competencyID: $0.id, target: 3, weight: 2) })
            return Catalog(frameworks: [framework], roles: [role])
        }()

        static let team = Team(id: "data-team", name: "Team " + text(0), leadLogins: ["p0"])

        static let people: [Person] = HostileText.corpus.indices.map {
            Person(login: "p\($0)", name: text($0), email: text($0 + 1), teamID: "data-team", roleID: "analyst")
        }

        static let ratings: [String: [CompetencyRating]] = Dictionary(
            uniqueKeysWithValues: people.enumerated().map { index, person in
                (
                    person.login,
                    [
                        CompetencyRating(
                            competency: 0, selfRating: Rating(level: index % 5, ratedAt: Fixtures.daysAgo(Double(index))),
                            leadRating: index % 3 == 0 ? Rating(level: 1, ratedAt: Fixtures.daysAgo(2)) : nil)
                    ]
                )
            })

        static var assessments: [PersonAssessment] {
            people.map { Scoring.assess($0, ratings: ratings[$0.login] ?? [], catalog: catalog, now: Fixtures.now) }
        }

        static let events: [RatingEvent] = people.enumerated().map { index, person in
            RatingEvent(
                personLogin: person.login, competencyID: "AA.X.1", level: 2, track: .selfAssessment, raterLogin: person.login,
                note: text(index), frameworkVersion: "1.0", ratedAt: Fixtures.daysAgo(1))
        }
    }

    /// Every text and Markdown rendering the command line prints, by name, in `language`.
    static func renderings(in language: Language) throws -> [(name: String, text: String)] {
        let catalog = Hostile.catalog
        let assessments = Hostile.assessments
        let heatmap = Scoring.heatmap(team: Hostile.team, assessments: assessments, ratings: Hostile.ratings, catalog: catalog, now: Fixtures.now)
        let coverage = Scoring.coverage(teamID: Hostile.team.id, members: assessments)
        let calibration = Scoring.calibration(teamID: Hostile.team.id, memberRatings: Array(Hostile.ratings.values))
        let impact = Scoring.impactOfLeaving("p0", teamID: Hostile.team.id, members: assessments)
        let needs = Scoring.trainingNeeds(teamID: Hostile.team.id, assessments: assessments)
        let framework = catalog.frameworks[0]
        let plan = try? StaffImportPlan.plan(
            OrganisationCSV.Staff(
                people: Hostile.people, leadsByTeam: [:], newTeams: [Team(id: "new-team", name: HostileText.corpus[0].text)]),
            file: "staff\u{1B}[2J.csv", existing: [], teams: [Hostile.team], deactivateMissing: false)
        var renderings: [(String, String)] = [
            ("gap report", GapReportFormat.text(assessments, catalog: catalog, language: language)),
            (
                "heatmap, every lens",
                HeatmapLens.allCases.map { HeatmapFormat.text(heatmap, catalog: catalog, lens: $0, language: language) }.joined()
            ),
            (
                "coverage with a leaver",
                CoverageFormat.text(
                    coverage, team: Hostile.team, calibration: calibration, impact: impact, catalog: catalog, language: language)
            ),
            ("training needs", TrainingNeedsFormat.text(needs, catalog: catalog, language: language)),
            (
                "training needs, Markdown",
                try ByteOutput.text { try TrainingNeedsFormat.markdown(needs, catalog: catalog, language: language, to: &$0) }
            ),
            ("frameworks list", CatalogFormat.frameworkList(catalog, language: language)),
            ("framework", CatalogFormat.framework(framework, language: language)),
            (
                "competency",
                CatalogFormat.competency(framework.competencies[0], framework: framework, roles: catalog.roles, language: language)
            ),
            ("staff list", CatalogFormat.staff(Hostile.people, teams: TeamTree([Hostile.team]), catalog: catalog, language: language)),
        ]
        if let plan {
            renderings.append(("staff import", StaffImportFormat.text(plan, dryRun: true, language: language)))
        }
        return renderings
    }

    @Test("every text report and Markdown export holds no raw control character, whatever the data, in every language",
          arguments: Language.allCases)
    func renderersAreInert(language: Language) throws {
        let renderings = try Self.renderings(in: language)
        #expect(renderings.count == 10)
        for (name, text) in renderings {
            #expect(!text.isEmpty, "\(name)")
            let raw = HostileText.rawControls(in: text)
            #expect(raw.isEmpty, "\(name) lets through \(raw.map { String($0.value, radix: 16) })")
            // The attack is still there to see, escaped.
            #expect(text.contains("\\e") || text.contains("\\u{"), "\(name) shows no escapes")
        }
    }

    @Test("JSON escapes every control and invisible character, and reads back exact")
    func json() throws {
        let text = try ByteOutput.text { try RatingExportFormat.json(Hostile.events, to: &$0) }
        #expect(HostileText.rawControls(in: text).isEmpty)
        let parsed = try #require(try JSONParser.parse(text).root.arrayValue)
        #expect(parsed.compactMap { $0.objectValue?["note"]?.stringValue } == Hostile.events.map(\.note))
        let gaps = GapReportFormat.json(Hostile.assessments, catalog: Hostile.catalog)
        #expect(HostileText.rawControls(in: gaps).isEmpty)
    }

    @Test("CSV keeps the data exact: it is data, not a terminal")
    func csv() throws {
        let text = try ByteOutput.text { try RatingExportFormat.csv(Hostile.events, to: &$0) }
        let records = try CSVReader.parse(Array(text.utf8), file: "ratings.csv")
        #expect(records.dropFirst().map { $0.fields[7] } == Hostile.events.map(\.note))
    }
}
