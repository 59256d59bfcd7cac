import Foundation
import Testing

/// A malformed file through the built binary: its problems in the reader's language, one
/// line each with the file, line and field; the exit status the same in every language.
@Suite("File problems on the command line")
struct FileProblemCommandTests {
    @Test("staff import: every problem of the file in Bokmål with --lang nb, in English without, exit 65 both")
    func staffImport() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let file = runner.folder.appendingPathComponent("staff.csv")
        try "login,name,team,role,lead\nbad login,Ann,customer-services,front-line-staff,maybe\n".write(to: file, atomically: true, encoding: .utf8)
        let norwegian = try runner.run(["--lang", "nb", "staff", "import", file.path])
        #expect(norwegian.status == 65)
        #expect(norwegian.standardError == """
            skills-tui: \(file.path):2: login: «bad login» er ikke et gyldig brukernavn; bruk personens brukernavn på maskinen (bokstaver, sifre, . _ -)
            skills-tui: \(file.path):2: lead: skriv yes eller la feltet stå tomt, ikke «maybe»

            """)
        let english = try runner.run(["--lang", "en", "staff", "import", file.path])
        #expect(english.status == 65)
        #expect(english.standardError.hasSuffix("2: lead: write yes or leave empty, not \"maybe\"\n"))
    }

    @Test("frameworks validate: a broken JSON file, and the summary of the shipped files, in Bokmål")
    func validate() throws {
        let runner = try BinaryRunner.withDemo()
        defer { runner.remove() }
        let file = runner.folder.appendingPathComponent("pm.json")
        try "{\n  \"id\": \"PM\",\n}\n".write(to: file, atomically: true, encoding: .utf8)
        let broken = try runner.run(["--lang", "nb", "frameworks", "validate", file.path])
        #expect(broken.status == 65)
        #expect(broken.standardError == "skills-tui: \(file.path):2: ugyldig JSON i kolonne 13: komma for mye foran «}»; fjern det\n")
        let shipped = try runner.run(["--lang", "nb", "frameworks", "validate"])
        #expect(shipped.status == 0)
        #expect(shipped.standardOutput.contains("ok  frameworks/pm.json: PM Prosjektledelse "))
        #expect(shipped.standardOutput.hasSuffix("\nInnholdsregler: 0 feil, 0 advarsler (roller fra frameworks/roles.json)\n"))
    }
}
