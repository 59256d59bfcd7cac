import Foundation
import Testing

/// The command line in the reader's language: how it is chosen, what changes with it
/// (words, numbers, competency names) and what never does (machine formats).
@Suite("Command line languages", .serialized)
struct LanguageCommandTests {
    static let norwegian = ["LANG": "nb_NO.UTF-8"]

    @Test("LANG=nb_NO speaks Bokmål: the gap report's words and the frameworks' own Norwegian names")
    func localeSpeaksBokmal() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let report = try runner.run(["--as", "wli", "report", "gaps"], environment: Self.norwegian)
        #expect(report.status == 0)
        #expect(report.standardOutput.hasPrefix("Kompetansegap: Wei Li (李伟) (wli)\n"))
        #expect(report.standardOutput.contains("Måloppnåelse: "))
        #expect(report.standardOutput.contains(" %"))
        #expect(!report.standardOutput.contains("Readiness"))
        let english = try runner.run(["--as", "wli", "report", "gaps"])
        #expect(english.standardOutput.hasPrefix("Gap report: Wei Li (李伟) (wli)\n"))
        // A competency's Norwegian name from the framework, not the English one.
        let show = try runner.run(["frameworks", "show", "DI.FND.1"], environment: Self.norwegian)
        let englishShow = try runner.run(["frameworks", "show", "DI.FND.1"])
        #expect(show.status == 0)
        #expect(show.standardOutput.split(separator: "\n").first != englishShow.standardOutput.split(separator: "\n").first)
        #expect(report.standardOutput.contains(String(show.standardOutput.split(separator: "\n")[0].split(separator: " (")[0])))
    }

    @Test("the parser's usage errors speak the locale's language, each with exit status 64", arguments: [
        (["report", "gaps", "--bogus"], "ukjent valg --bogus for `report gaps`"),
        (["reprot"], "ukjent kommando `reprot`"),
        (["report", "gaps", "--format", "xml"], "--format må være en av"),
        (["report", "gaps", "--team"], "--team trenger en verdi (TEAM)"),
        (["rate"], "`rate` trenger"),
    ])
    func usageErrors(arguments: [String], expected: String) throws {
        try Self.expectUsageError(arguments, inBokmal: expected)
    }

    /// `arguments` exit with 64, saying `expected` in Bokmål and something else in English.
    static func expectUsageError(_ arguments: [String], inBokmal expected: String) throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let norwegian = try runner.run(arguments, environment: Self.norwegian)
        #expect(norwegian.status == 64)
        #expect(norwegian.standardError.contains(expected), "\(norwegian.standardError)")
        let english = try runner.run(arguments)
        #expect(english.status == 64)
        #expect(!english.standardError.contains(expected))
    }

    @Test("--lang beats LANG, and a saved preference beats LANG but not --lang; auto clears it")
    func precedence() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        #expect(try runner.run(["--as", "wli", "--lang", "en", "report", "gaps"], environment: Self.norwegian).standardOutput.hasPrefix("Gap report"))
        #expect(try runner.run(["--as", "wli", "report", "gaps", "--lang=nb"]).standardOutput.hasPrefix("Kompetansegap"))

        let saved = try runner.run(["--as", "wli", "profile", "language", "nb"])
        #expect(saved.status == 0)
        #expect(saved.standardOutput == "wli leser nå skills-tui på norsk bokmål (nb); --lang overstyrer fortsatt.\n")
        #expect(try runner.run(["--as", "wli", "report", "gaps"]).standardOutput.hasPrefix("Kompetansegap"))
        #expect(try runner.run(["--as", "wli", "report", "gaps"], environment: ["LANG": "en_GB.UTF-8"]).standardOutput.hasPrefix("Kompetansegap"))
        #expect(try runner.run(["--as", "wli", "--lang", "en", "report", "gaps"]).standardOutput.hasPrefix("Gap report"))
        // Another person's preference is theirs alone.
        #expect(try runner.run(["--as", "rdunn", "report", "gaps"]).standardOutput.hasPrefix("Gap report"))
        #expect(try runner.run(["--as", "wli", "profile", "language"]).standardOutput == "nb nb\n")

        let cleared = try runner.run(["--as", "wli", "profile", "language", "auto"])
        #expect(cleared.status == 0)
        #expect(cleared.standardOutput.hasPrefix("wli has no language preference now"))
        #expect(try runner.run(["--as", "wli", "report", "gaps"]).standardOutput.hasPrefix("Gap report"))
        #expect(try runner.run(["--as", "wli", "profile", "language"], environment: Self.norwegian).standardOutput == "auto nb\n")

        let bad = try runner.run(["--as", "wli", "profile", "language", "de"])
        #expect(bad.status == 64)
        #expect(try runner.run(["--lang", "de", "report", "gaps"]).status == 64)
    }

    @Test("errors and their hints in Bokmål, with the same exit status")
    func errors() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let unknown = try runner.run(["--as", "wli", "rate", "PM.NOPE.9", "2"], environment: Self.norwegian)
        #expect(unknown.status == 65)
        #expect(unknown.standardError == "skills-tui: ukjent kompetanse PM.NOPE.9: se `skills-tui frameworks list`\n")
        let refused = try runner.run(["--as", "wli", "report", "coverage", "--team", "customer-services"], environment: Self.norwegian)
        #expect(refused.status == 77)
        #expect(refused.standardError.hasPrefix("skills-tui: wli kan ikke se team customer-services"))
        let missing = try BinaryRunner().run(["report", "gaps"], environment: Self.norwegian)
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("ingen database i "))
        #expect(missing.standardError.contains("opprett en med `skills-tui init`"))
    }

    @Test("a rating is confirmed in Bokmål with the Norwegian scale label and track")
    func rate() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let rated = try runner.run(["--as", "wli", "--lang", "nb", "rate", "PM.STK.1", "2"])
        #expect(rated.status == 0)
        #expect(rated.standardOutput.hasPrefix("Lagret PM.STK.1 = 2 ("))
        #expect(rated.standardOutput.hasSuffix(") for wli som egenvurdering.\n"))
        #expect(!rated.standardOutput.contains("Working"))
    }

    @Test("CSV, JSON and framework exports are the same bytes whatever the language", arguments: [
        ["--as", "pnair", "report", "training-needs", "--format", "csv"],
        ["--as", "pnair", "report", "training-needs", "--format", "json"],
        ["--as", "hmarsh", "report", "heatmap", "--team", "project-support-office", "--format", "csv"],
        ["--as", "wli", "report", "gaps", "--format", "json"],
        ["--as", "pnair", "staff", "list", "--format", "csv"],
        ["--as", "pnair", "export", "ratings"],
        ["frameworks", "export", "PM", "--format", "case"],
        ["frameworks", "export", "PM", "--format", "moodle-csv"],
    ])
    func machineFormats(arguments: [String]) throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let pinned = ["SKILLS_TUI_NOW": "2026-11-24T09:30:00Z"]
        let english = try runner.run(arguments, environment: pinned)
        let norwegian = try runner.run(arguments, environment: pinned.merging(Self.norwegian) { $1 })
        #expect(english.status == 0)
        #expect(norwegian.standardOutput == english.standardOutput)
        _ = try runner.run(["--as", "pnair", "profile", "language", "nb"])
        #expect(try runner.run(arguments, environment: pinned).standardOutput == english.standardOutput)
    }

    @Test("the commands' own checks speak the reader's language, each with exit status 64", arguments: [
        (["--as", "wli", "rate", "PM.STK.1", "high"], "LEVEL må være et tall fra 0 til 4, ikke «high»"),
        (["--as", "wli", "rate", "PM.STK.1", "2", "--certificate", "first"], "--certificate er nummeret til et sertifikat"),
        (["--as", "wli", "rate", "PM.STK.1", "--from", "-"], "oppgi ikke COMPETENCY LEVEL i tillegg"),
        (["--as", "pnair", "cycle", "open", "2027"], "`cycle open` trenger --due YYYY-MM-DD"),
        (["--as", "pnair", "export", "ratings", "--format", "json", "--excel"], "--excel gjelder bare --format csv"),
        (["migrate", "--from", "a.sqlite"], "migrate trenger --from DB og --to DB"),
        (["generate"], "`generate` trenger --staff N"),
        (["generate", "--staff", "many"], "--staff må være et heltall, ikke «many»"),
        (["access", "grant", "wli", "boss"], "rettigheten må være hr eller admin, ikke «boss»"),
        (["--as", "wli", "profile", "language", "de"], "LANG må være en av en, nb eller auto, ikke «de»"),
        (["frameworks", "validate", "-", "-"], "- (standard inn) er oppgitt mer enn én gang"),
        (["demo"], "terminalgrensesnittet trenger en terminal"),
    ])
    func commandChecks(arguments: [String], expected: String) throws {
        try Self.expectUsageError(arguments, inBokmal: expected)
    }

    @Test("access rights and a missing output folder in Bokmål; the table's values stay as stored")
    func accessAndOutput() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let rights = try runner.run(["access", "rights"], environment: Self.norwegian)
        #expect(rights.status == 0)
        #expect(rights.standardOutput.hasPrefix("Brukernavn"), "\(rights.standardOutput)")
        #expect(rights.standardOutput.contains("Rettighet") && rights.standardOutput.contains(" admin "))
        #expect(try runner.run(["access", "rights"]).standardOutput.hasPrefix("Login"))
        let granted = try runner.run(["access", "grant", "wli", "hr"], environment: Self.norwegian)
        #expect(granted.standardOutput == "Ga wli rettigheten hr\n")
        #expect(try runner.run(["access", "grant", "wli", "hr"]).standardOutput == "wli already holds hr: nothing was changed\n")
        let output = try runner.run(["--as", "wli", "report", "gaps", "--output", runner.folder.path + "/nowhere/gaps.csv"], environment: Self.norwegian)
        #expect(output.status == 74)
        #expect(output.standardError.contains("mappen \(runner.folder.path)/nowhere finnes ikke"), "\(output.standardError)")
    }
}
