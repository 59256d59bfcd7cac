import Foundation
import Testing
import TestSupport
@testable import SkillsMatrix

/// The words for what is wrong in a data file, and `frameworks validate`'s report: every
/// problem has its text in every language, and the readers' problems come out in Bokmål.
@Suite("File problem words")
struct FileProblemWordsTests {
    static let fault = TerminalText.StorageFault(escaped: "\\e", codePoint: "U+001B", onOneLine: true)

    /// One value of every `InputFileProblem` case (`everyCase` checks that none is missing).
    static let problems: [InputFileProblem] = [
        .notUTF8(found: "UTF-16", kind: .json), .invalidUTF8Line, .unsafeText(fault),
        .quoteInsideUnquotedField, .textAfterClosingQuote, .unclosedQuote, .raggedRow(fields: 3, headerFields: 4),
        .emptyCSV(columns: ["login", "name"]), .duplicateColumn("login"), .missingColumn("team", required: ["login", "team"]),
        .unknownColumn("colour", allowed: ["login", "team"]),
        .invalidJSON(column: 7, .leadingZeros), .missingMember("version"), .unknownMember("nmae", expected: ["id", "name"]),
        .wrongKind(expected: .array, found: .object), .emptyText,
        .frameworkID("pm"), .reviewInterval(0), .areaID("PM.gov", frameworkID: "PM"), .competencyID("PM.GOV.x", areaID: "PM.GOV"),
        .reference("SFIA9"), .duplicateID("PM.GOV.1", firstAt: "$.areas[0].competencies[0].id"),
        .duplicateIDOnLine("PM.GOV.1", firstLine: 4), .missingIndicator(level: 3), .scaleLevelCount(4),
        .scaleLevelOrder(found: 2, position: 1), .emptyArea("PM.GOV"), .noAreas, .frameworkDefinedTwice("PM", otherFile: "pm.json"),
        .unknownLanguage("de"), .languageListedTwice("nb"), .noLanguages, .plainTextExpected(language: "en"),
        .textPerLanguageExpected(languages: ["en", "nb"]), .notAFileLanguage("sv", languages: ["en", "nb"]), .missingLanguageText(.nb),
        .roleID("Project Manager"), .duplicateRole("project-manager"), .unknownRequiredCompetency("PM.X.1"),
        .competencyTwiceInRole(role: "project-manager", competency: "PM.GOV.1"), .targetOutOfRange(5), .weightOutOfRange(4),
        .roleWithoutRequirements("project-manager"),
        .currencyCode("kr"), .duplicateItem("prince2", firstAt: "$.items[0]"), .itemID("Prince2"), .unknownFormat("video", allowed: "course, book"),
        .hoursOutOfRange(2500.5, maximum: 2000), .notAWebAddress("www.example.org"), .cohortSize(1), .priceOutOfRange(-1, maximum: 1_000_000),
        .unknownLiftedCompetency("PM.X.1"), .competencyListedTwice("PM.GOV.1"), .liftLevel(0), .noLifts,
        .teamID("Customer Services"), .teamDefinedTwice("it", firstLine: 2), .teamNeedsName("it"), .unknownParentTeam("ops"),
        .teamBelowItself("it"), .invalidLogin("a b", explained: true), .duplicateLogin("wli", firstLine: 2),
        .loginDiffersInCase("WLI", existing: "wli"), .needsDisplayName("wli"), .notAnEmail("wli.example.org"),
        .unknownTeam("ops", known: ["it"]), .unknownRole("boss", known: ["project-manager"]), .leadFlag("maybe"), .accessRight("root"),
        .unknownLogin("ghost"), .unknownCompetency("PM.X.1"), .ratingLevel("5"), .ratingTrack("peer"), .selfRater(login: "wli", rater: "hmarsh"),
        .notTheirLead(rater: "wli", team: "it", login: "hmarsh"), .wholeDays(column: "days_ago"),
        .planNumber, .itemDoesNotBuild(item: "prince2", competency: "DI.FND.1"), .itemOrText, .targetDays, .unknownPlanItem,
        .planMove(item: 3, to: "done", from: "dropped"), .moveBeforePrevious, .certificateNumber, .certificateName, .expiryDays,
        .noSelfRatingToSupport(login: "wli", competency: "PM.GOV.1"), .interestMark(allowed: "mentor, grow"),
        .cycleTeam("ops"), .cycleFramework("XX"), .dayCount(column: "due_days_ago"),
        .moodleEmpty(header: "a,b"), .moodleHeaderWidth(found: 3, expected: 11, header: "a,b"),
        .moodleColumn(position: 2, found: "Id", expected: "Id number"), .moodleNoFrameworkRow, .moodleSecondFrameworkRow(firstLine: 2),
        .moodleNoAreas, .moodleRepeatedHeading("References", firstLine: 4), .moodleDescriptionFormat("9"), .moodleFrameworkName,
        .moodleFrameworkDescription(versionHeading: "Version"), .moodleVersionLine(heading: "Version"),
        .moodleReviewIntervalNumber(heading: "Review interval", value: "two years", days: "days"),
        .moodleReviewIntervalLine(heading: "Review interval", days: "days"), .moodleScaleConfiguration(example: "[{\"scaleid\":\"1\"}]"),
        .moodleScaleValues(count: 3), .moodleScaleList(heading: "Scale", firstLabel: "None"),
        .moodleScaleLevelLine(heading: "Scale", prefix: "2 Working:"), .moodleEquivalents(level: 2, heading: "Equivalents"),
        .moodleScaleDescriptor(level: 2, label: "Working", prefix: "2 Working:"), .moodleEmptyIDNumber(example: "PM.GOV.1"),
        .moodleEmptyShortname(id: "PM.GOV.1"), .moodleAreaDescription("PM.GOV"), .moodleUnknownParent("PM.X"),
        .moodleParentLoop(["PM.A", "PM.B", "PM.A"]), .moodleBelowNonArea(id: "PM.GOV.1.1", parent: "PM.GOV.1"), .moodleEmptyArea("PM.GOV"),
        .moodleCompetencyDescription(id: "PM.GOV.1", indicatorsHeading: "Level indicators"),
        .moodleNoIndicators(id: "PM.GOV.1", heading: "Level indicators", firstLabel: "Aware", lastLabel: "Expert"),
        .moodleMissingIndicator(id: "PM.GOV.1", level: 3, label: "Practitioner", heading: "Level indicators"),
        .moodleEmptyIndicator(id: "PM.GOV.1", level: 2), .moodleIndicatorNumber(id: "PM.GOV.1", found: "5. More"),
        .caseNotAFramework, .caseUUID("ABC"), .caseSecondItem(identifier: "0a1b"), .caseHumanCodingScheme,
        .caseItemLanguage(item: "nb", document: "en"), .caseAbbreviatedStatement(code: "PM.GOV"), .caseNoSuchItem("urn:x"),
        .caseNoSuchNode("urn:y"), .caseSecondParent(code: "PM.GOV.1", firstAt: "$.CFAssociations[0]"), .caseNotInTree(code: "PM.GOV.1"),
        .caseLoop(["PM.A", "PM.B", "PM.A"]), .caseBelowNonArea(code: "PM.GOV.1.1", parent: "PM.GOV.1"), .caseIndicatorsTwice(code: "PM.GOV.1"),
        .caseSecondScale, .caseNoScale, .caseNoAreas, .caseTakenFromCode(.frameworkID("pm"), code: "pm.GOV"),
        .caseNoIndicators(code: "PM.GOV.1"), .caseEmptyArea("PM.GOV"), .caseLanguage("de"), .caseIndicatorScore(5),
        .caseIndicatorTwice(code: "PM.GOV.1", score: 2), .caseScaleScore(7), .about("PM.GOV.1", .reference("SFIA9")),
        .sshKey(.privateKey), .gatewaySetting(.expectsSetting), .text("free text"),
    ]

    static let syntaxProblems: [JSONSyntaxProblem] = [
        .textAfterDocument, .endsWhereValueExpected, .valueExpectedFound(","), .valueExpected, .memberNameExpected, .duplicateMember("id"),
        .colonExpected(after: "id"), .trailingComma(before: "}"), .commaOrBraceExpected(after: "id"), .commaOrBracketExpected,
        .tooDeep(levels: 512), .unterminatedString, .stringNotUTF8, .unterminatedEscape, .unknownEscape("q"), .lineBreakInString,
        .controlCharacterInString, .highSurrogateAlone, .invalidLowSurrogate, .invalidUnicodeEscape, .loneSurrogate, .fourHexDigits,
        .numberNeedsDigits, .leadingZeros, .digitAfterPoint, .exponentNeedsDigits, .numberOutOfRange, .unquotedWord,
    ]

    static let findings: [FrameworkReview.Finding.Problem] = [
        .repeatedIndicator(competency: "PM.GOV.1", earlier: 2, level: 3, languages: ["en", "nb"]), .notRequired(competency: "PM.GOV.1"),
        .reference(ReferenceSchemes.ReferenceProblem(reference: "SFIA9:XXXX", kind: .unknownSFIASkill("XXXX"))), .cohortNotCheaper(item: "prince2", size: 8, price: 9000),
        .learningNotBuilt(competency: "PM.GOV.1", framework: "PM"),
    ]

    /// Every SSH public key problem.
    static let keyProblems: [SSHKeyProblem] = [
        .tooLong(bytes: 70_000), .notUTF8, .privateKey, .noKey, .secondKey(firstLine: 1), .controlCharacter, .emptyLine,
        .options("no-pty,command=\"x\""), .unknownType("ssh-dss", known: ["ssh-ed25519", "ssh-rsa"]), .noKeyData,
        .notBase64(type: "ssh-ed25519"), .malformed(type: "ssh-ed25519"), .typeMismatch(type: "ssh-ed25519", named: "ssh-rsa"),
        .weakRSA(bits: 1024),
    ]

    /// Every problem of a line of the SSH gateway's configuration file.
    static let settingProblems: [InputFileProblem] = [
        .expectsSetting, .noValue(setting: "database"), .notAnAccount("not a login"), .notAbsolute(setting: "database", value: "skills.sqlite"),
        .unknownSetting("databse", settings: ["account", "database"]),
    ].map { InputFileProblem.gatewaySetting($0) }

    /// Every kind of reference problem, with every code shape and edition note.
    static let referenceProblems: [ReferenceSchemes.ReferenceProblem] = {
        typealias Problem = ReferenceSchemes.ReferenceProblem
        let shapes: [Problem.CodeShape] = [.prince2, .apm, .icb4, .digComp, .essentialDigitalSkills, .prosjektveiviseren]
        let notes: [Problem.EditionNote?] = [nil, .prince2Practices, .apmSecond, .apmThirdUnconfirmed]
        let kinds: [Problem.Kind] = [
            .notSchemeAndCode, .unknownSFIASkill("XXXX"), .sfiaLevelsMissing(skill: "PRMG", defined: 4...7),
            .sfiaLevelsOutside(skill: "RLMT", defined: 4...7), .notECF(code: "Z.9"), .unknownScheme(prefix: "ITIL", known: ["SFIA9", "ICB4"]),
        ] + shapes.map { .notInScheme(code: "nope", shape: $0) } + notes.map { .unversioned(use: "PRINCE2-7", note: $0) }
        return kinds.map { Problem(reference: "X:Y", kind: $0) }
    }()

    /// A case's name: its label when it has values, else the value itself.
    static func caseName(_ value: Any) -> String {
        Mirror(reflecting: value).children.first?.label ?? "\(value)"
    }

    /// The case names declared in `enumName`'s body in `file`.
    static func declaredCases(_ enumName: String, in file: String) throws -> Set<String> {
        let source = try String(contentsOf: Repository.url(file), encoding: .utf8)
        let start = try #require(source.range(of: "enum \(enumName)"))
        let body = source[start.upperBound...]
        let end = try #require(body.range(of: "\n}\n"))
        let pattern = try NSRegularExpression(pattern: #"^\s+case (\w+)"#, options: .anchorsMatchLines)
        let text = String(body[..<end.lowerBound])
        return Set(pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        })
    }

    @Test("the samples hold every case of the problem enums, so every case is checked below")
    func everyCase() throws {
        #expect(Set(Self.problems.map(Self.caseName)) == (try Self.declaredCases("InputFileProblem", in: "Sources/SkillsMatrix/Errors/InputFileProblem.swift")))
        #expect(Set(Self.syntaxProblems.map(Self.caseName)) == (try Self.declaredCases("JSONSyntaxProblem", in: "Sources/SkillsMatrix/Formats/JSON/JSONParser.swift")))
        #expect(Set(Self.findings.map(Self.caseName)) == ["repeatedIndicator", "notRequired", "reference", "cohortNotCheaper", "learningNotBuilt"])
        #expect(Set(Self.keyProblems.map(Self.caseName)) == (try Self.declaredCases("SSHKeyProblem", in: "Sources/SkillsMatrix/Errors/InputFileProblem.swift")))
        #expect(Set(Self.settingProblems.map { problem -> String in
            guard case .gatewaySetting(let setting) = problem else { return "" }
            return Self.caseName(setting)
        }) == (try Self.declaredCases("GatewaySettingProblem", in: "Sources/SkillsMatrix/Errors/InputFileProblem.swift")))
    }

    @Test("every problem has one line of text in every language", arguments: Language.allCases)
    func everyLanguage(language: Language) {
        let words = language.messages.fileProblems
        var texts: [(String, String)] = Self.problems.map { ("\($0)", words.describe($0)) }
        texts += Self.syntaxProblems.map { ("\($0)", words.describe($0)) }
        texts += Self.findings.map { ("\($0)", words.describe($0)) }
        texts += Self.referenceProblems.map { ("\($0)", words.describe($0)) }
        texts += Self.keyProblems.map { ("\($0)", words.describe($0)) }
        texts += Self.settingProblems.map { ("\($0)", words.describe($0)) }
        for (name, text) in texts {
            #expect(!text.isEmpty && !text.contains("\n"), "\(name)")
        }
    }

    @Test("every problem is translated: none reads as the English one", arguments: Language.allCases.filter { $0 != .en })
    func translated(language: Language) {
        let words = language.messages.fileProblems
        let english = Language.en.messages.fileProblems
        // Free text comes worded by its reader, the same in every language.
        for problem in Self.problems where Self.caseName(problem) != "text" {
            #expect(words.describe(problem) != english.describe(problem), "\(problem)")
        }
        for problem in Self.syntaxProblems { #expect(words.describe(problem) != english.describe(problem), "\(problem)") }
        for problem in Self.findings { #expect(words.describe(problem) != english.describe(problem), "\(problem)") }
        for problem in Self.referenceProblems { #expect(words.describe(problem) != english.describe(problem), "\(problem)") }
        for problem in Self.keyProblems { #expect(words.describe(problem) != english.describe(problem), "\(problem)") }
        for problem in Self.settingProblems { #expect(words.describe(problem) != english.describe(problem), "\(problem)") }
        // Each shape and note has words of its own.
        #expect(Set(Self.referenceProblems.map(words.describe)).count == Self.referenceProblems.count)
        #expect(words.severity(.error) != english.severity(.error))
        #expect(words.severity(.warning) != english.severity(.warning))
        #expect(words.rolesSource(.shipped) != english.rolesSource(.shipped))
        #expect(words.rolesSource(.none) != english.rolesSource(.none))
        #expect(words.validationSummary(errors: 1, warnings: 2, roles: .file("r.json")) != english.validationSummary(errors: 1, warnings: 2, roles: .file("r.json")))
    }

    @Test("a staff file's problems come out in Bokmål, each on its line, names and columns as they are")
    func staffInBokmal() throws {
        let csv = "login,name,team,role,lead\nHMarsh,,customer-services,boss,maybe\nwli,Wei Li,nowhere,project-manager,\n"
        let error = try #require(throws: InputFileErrors.self) {
            try OrganisationCSV.staff(
                Array(csv.utf8), file: "staff.csv", teamIDs: ["customer-services"], roleIDs: ["project-manager"], existingLogins: ["hmarsh"])
        }
        #expect(error.described(in: .nb).split(separator: "\n") == [
            "staff.csv:2: login: HMarsh skiller seg bare med store og små bokstaver fra brukernavnet hmarsh, som finnes fra før; bruk hmarsh",
            "staff.csv:2: name: HMarsh må ha et visningsnavn",
            "staff.csv:2: role: ukjent rolle «boss»; kjente roller: project-manager",
            "staff.csv:2: lead: skriv yes eller la feltet stå tomt, ikke «maybe»",
            "staff.csv:3: team: ukjent team «nowhere»; kjente team: customer-services",
        ])
        #expect(error.description.contains("staff.csv:2: lead: write yes or leave empty, not \"maybe\""))
    }

    @Test("a broken JSON file and a broken CSV file say where and what in Bokmål")
    func syntaxInBokmal() throws {
        let json = try #require(throws: InputFileError.self) { try FrameworkJSON.decodeFramework(Array("{\n  \"id\": 01\n}".utf8), file: "pm.json") }
        #expect(json.described(in: .nb) == "pm.json:2: ugyldig JSON i kolonne 10: tall kan ikke begynne med null")
        #expect(json.description == "pm.json:2: invalid JSON at column 10: numbers may not have leading zeros")
        let member = try #require(throws: InputFileError.self) { try FrameworkJSON.decodeFramework(Array("{\"id\": \"PM\", \"colour\": 1}".utf8), file: "pm.json") }
        #expect(member.described(in: .nb).hasPrefix("pm.json:1: $.colour: ukjent felt «colour»; forventet et av areas, description, id,"))
        let csv = try #require(throws: InputFileError.self) { try CSVReader.parse(Array("a,b\n1,\"2\n".utf8), file: "t.csv") }
        #expect(csv.described(in: .nb) == "t.csv:2: et felt i anførselstegn blir aldri avsluttet; legg til det avsluttende anførselstegnet")
        let encoded = try #require(throws: InputFileError.self) { try CSVReader.parse([0xFF, 0xFE, 0x61, 0x00], file: "t.csv") }
        #expect(encoded.described(in: .nb) == "t.csv: er UTF-16-tekst; lagre filen som UTF-8 (CSV UTF-8 i Excel)")
        #expect(InputFileError(file: InputFile.standardInputName, line: 1, problem: .noAreas).described(in: .nb)
            == "standard inndata:1: et rammeverk må ha minst ett område")
    }

    @Test("a typed problem equals the free text it is worded as in English")
    func equality() {
        let typed = InputFileError(file: "s.csv", line: 3, location: "login", problem: .loginDiffersInCase("HMarsh", existing: "hmarsh"))
        #expect(typed == InputFileError(file: "s.csv", line: 3, location: "login", message: "HMarsh differs only in case from the existing login hmarsh; use hmarsh"))
        #expect(typed != InputFileError(file: "s.csv", line: 3, location: "login", message: "something else"))
    }

    @Test("frameworks validate's report: the lines for the files, the findings and the summary in Bokmål")
    func validationInBokmal() throws {
        let folder = Repository.url("Tests/SkillsMatrixTests/Fixtures/review")
        let files = try ["repeated-indicator.json", "roles.json"].map { name in
            (bytes: try InputFile.read(folder.appendingPathComponent(name).path), file: name)
        }
        let validation = try FrameworkValidation.run(files, shipped: nil)
        #expect(validation.text(in: .nb) == """
            ok  repeated-indicator.json: TT Test 1.0 (en, nb), 1 område, 2 kompetanser
            ok  roles.json: roller 1, 1 rolleprofil
            repeated-indicator.json:30: $.areas[0].competencies[0].indicators.3: feil: TT.A.1 sier det samme på nivå 2 og 3 (på minst ett av språkene en, nb); skriv hva en person gjør annerledes på nivå 3
            repeated-indicator.json:42: $.areas[0].competencies[1].indicators.3: feil: TT.A.2 sier det samme på nivå 2 og 3 (på minst ett av språkene en, nb); skriv hva en person gjør annerledes på nivå 3
            repeated-indicator.json:35: $.areas[0].competencies[1]: advarsel: ingen rolleprofil krever TT.A.2, så den kommer aldri med i en rapport; gjør den til et krav i en rolle, eller fjern den
            Innholdsregler: 2 feil, 1 advarsel (roller fra roles.json)

            """)
        #expect(validation.text.hasPrefix("ok  repeated-indicator.json: TT Test 1.0 (en, nb), 1 areas, 2 competencies\n"))
        #expect(validation.text.hasSuffix("Content rules: 2 errors, 1 warning (roles from roles.json)\n"))
    }
}
