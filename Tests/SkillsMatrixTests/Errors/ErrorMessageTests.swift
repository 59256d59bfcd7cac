import Foundation
import Testing
@testable import SkillsMatrix

/// Every message the engine can give, worded once: one example of each case, pinned in
/// `Golden/error-messages.txt` with its kind, so a change of wording is a visible diff.
@Suite("Error messages")
struct ErrorMessageTests {
    static let errors: [SkillsError] = [
        .unknownLogin("ghost"),
        .unknownCompetency("PM.RISK.9"),
        .unknownFramework("XX", known: ["DI", "PM", "SL"]),
        .unknownFrameworkOrCompetency("XX.1", frameworks: ["DI", "PM", "SL"]),
        .unknownTeam("nowhere", visible: ["customer-services", "project-support-office"]),
        .unknownTeam("nowhere", visible: []),
        .notInTeam(login: "wli", teamID: "customer-services"),
        .levelOffScale(
            7,
            labels: zip(["0 None", "1 Aware", "2 Working", "3 Practitioner", "4 Expert"], ["0 Ingen", "1 Grunnleggende", "2 Selvstendig", "3 Avansert", "4 Ekspert"])
                .map { LocalizedText([(.en, $0), (.nb, $1)]) }),
        .noteTooLong(length: 2_001, maximum: 2_000),
        .inactivePerson("jdoe"),
        .notStaff("root"),
        .walkthroughIsSelfOnly,
        .futureTime("2099-01-01T00:00:00Z"),
        .staffFileListsNobody(file: "staff.csv"),
        .catalogImport(file: "pm.json", .sameVersionDifferentContent(framework: "PM", version: "1.0.0", above: "1.0.0")),
        .catalogImport(file: "pm.json", .older(framework: "PM", version: "0.9.0", installed: "1.0.0", above: "1.0.0")),
        .catalogImport(file: "pm.json", .versionAlreadyRated(framework: "PM", version: "1.0.0", above: "1.1.0")),
        .catalogImport(
            file: "pm.json",
            .dropsRequired(
                framework: "PM", version: "2.0.0",
                required: [.init(competency: "PM.RISK.1", roles: ["project-manager", "project-support-officer"])])),
        .catalogImport(file: "roles.json", .dropsHeldRoles([.init(role: "it-service-representative", holders: 1)])),
        .catalogImport(file: "roles.json", .rolesFileNotFramework),
        .catalogImport(file: "again.json", .secondRolesFile(first: "roles.json")),
        .noTextInLanguage(framework: "PM", version: "2.0.0", language: .nb, available: ["en"]),
        .notExportable(frameworkID: "PM", format: "Moodle CSV", problem: "scale level 2 has a comma"),
        .syntheticStaffOutOfRange(10, range: 50...1_000_000),
        .syntheticLargeTeamOutOfRange(80, staff: 100, range: 6...50),
        .syntheticLargeTeamOutOfRange(6, staff: 50, range: nil),
        .noRoleProfiles,
        .noDatabase(path: "/srv/skills.sqlite"),
        .unreadableDatabase(path: "/srv/skills.sqlite", cause: "Permission denied"),
        .notADatabase(path: "/srv/notes.txt"),
        .damagedDatabase(path: "/srv/skills.sqlite", detail: "database disk image is malformed"),
        .newerDatabase(path: "/srv/skills.sqlite", version: 9, known: 3),
        .alreadyExists(path: "/srv/skills.sqlite"),
        .notTheDemo(path: "/srv/skills.sqlite"),
        .alreadyPopulated(path: "/srv/skills.sqlite"),
        .backupFailedCheck(path: "/srv/copy.sqlite", detail: "schema version 0"),
        .databaseBusy(path: "/srv/skills.sqlite"),
        .diskFull(path: "/srv/skills.sqlite"),
        .readOnlyDatabase(path: "/srv/skills.sqlite"),
        .databaseFailure(path: "/srv/skills.sqlite", detail: "CHECK constraint failed: level BETWEEN 0 AND 4"),
        .io(path: "staff.csv", operation: .read, cause: "No such file or directory"),
        .io(path: "/srv/out", operation: .createFolder, cause: "Permission denied"),
        .io(path: "report.csv", operation: .write, cause: "No space left on device"),
        .isAFolder(path: "/srv"),
        .missingFolder(path: "/srv/nowhere/gaps.csv", folder: "/srv/nowhere"),
        .unwritableOutput(path: "alias/skills.sqlite-wal", reason: .database),
        .unwritableOutput(path: "other.sqlite", reason: .anotherDatabase),
        .unwritableOutput(path: "exports", reason: .folder),
        .unwritableOutput(path: "/run/app.sock", reason: .socket),
        .unwritableOutput(path: "/dev/sda", reason: .blockDevice),
        .unwritableOutput(path: "odd", reason: .special),
        .unwritableOutput(path: "gone.csv", reason: .danglingLink),
        .unwritableOutput(path: "/dev/stdout", reason: .notAFile),
        .reportNotWritten(change: "the rating PM.RISK.1 = 3 for wli", path: "standard output", cause: "Broken pipe"),
        .noShippedData(lookedIn: ["/usr/share/skills-tui"]),
        .leftoverCompanion(database: "/srv/skills.sqlite", companion: "/srv/skills.sqlite-wal"),
        .foreignJournal(database: "/srv/skills.sqlite", journal: "/srv/skills.sqlite-journal"),
        .endlessInput(path: "/dev/zero", limit: 64 << 20),
        .unsafeNote(TerminalText.StorageFault(escaped: "\\e", codePoint: "U+001B", onOneLine: false)),
        .editedKeyBlock(path: "/var/lib/skills-tui/.ssh/authorized_keys", line: 4),
        .unterminatedKeyBlock(path: "/var/lib/skills-tui/.ssh/authorized_keys", line: 2),
        .keyAlreadyMapped(fingerprint: "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU", login: "wli"),
        .keyOutsideBlock(fingerprint: "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU", path: "/var/lib/skills-tui/.ssh/authorized_keys", line: 1),
        .noSuchKey(login: "wli", fingerprint: "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"),
        .noSuchKey(login: "wli", fingerprint: nil),
        .lastAdministrator("skills"),
        .notAnAmount("lots"),
        .notADate("31/03/2027"),
        .textTooLong(what: "a plan note", length: 501, maximum: 500),
        .emptyText(what: "a certificate's name"),
        .unknownLearningItem("prince2-9-foundation"),
        .itemDoesNotLift(item: "itil-4-foundation", competency: "PM.RISK.1", lifts: ["PM.STK.2", "PM.RISK.3"]),
        .targetDateInPast("2026-01-31", today: "2026-12-02"),
        .unknownPlanItem(99),
        .planStateChange(item: 4, from: .booked, to: .planned),
        .planStateChange(item: 9, from: .done, to: .cancelled),
        .unknownCertificate(42),
        .certificateOfAnotherPerson(certificate: 4, login: "wli"),
        .certificateExpiresBeforeGained(gained: "2026-03-01", expires: "2025-03-01"),
        .certificateGainedInFuture(gained: "2027-01-01", today: "2026-12-02"),
        .catalogImport(file: "learning.json", .learningFileNotFramework),
        .catalogImport(file: "more.json", .secondLearningFile(first: "learning.json")),
        .catalogImport(file: "learning.json", .dropsPlannedLearningItems(["prince2-7-practitioner", "pm-risk-1-risk-workshop"])),
        .ratingSuperseded(login: "apatel", competencyID: "PM.RISK.1", track: .lead),
        .interrupted,
        .unknownCycle("2025 review", known: ["2026 autumn review", "2026 winter review"]),
        .unknownCycle("2025 review", known: []),
        .cycleNameTaken("2026 winter review"),
        .invalidCycleName(""),
        .cycleAlreadyOpen("2026 winter review"),
        .cycleAlreadyClosed("2026 autumn review"),
        .noCycle,
        .dueBeforeOpening(due: "2026-01-01", opens: "2026-11-24"),
        .cycleWithoutFrameworks,
        .cycleWithoutTeams,
        .nothingToReconfirm("PM.RISK.1"),
        .invalidDatabaseURL("postgresql://skills:***@db host/skills", detail: "invalid URI query parameter"),
        .databaseUnreachable(name: "postgresql://skills@db.example.gov.uk:5432/skills", detail: "Connection refused"),
        .databaseLoginRefused(name: "postgresql://skills@db.example.gov.uk/skills", user: "skills"),
        .missingPostgresDatabase(name: "postgresql://skills@db.example.gov.uk/skils", database: "skils"),
        .uninitialisedDatabase(name: "postgresql://skills@db.example.gov.uk/skills"),
        .notADatabase(path: "postgresql://skills@db.example.gov.uk/payroll"),
        .commitOutcomeUnknown(name: "postgresql://skills@db.example.gov.uk/skills"),
        .backupNeedsPgDump(name: "postgresql://skills@db.example.gov.uk/skills"),
        .migrationTargetNotEmpty(name: "postgresql://skills@db.example.gov.uk/skills", table: "people", rows: 25),
        .migrationMismatch(table: "rating_events", sourceRows: 385, targetRows: 384),
    ]

    static let refusals: [AccessDenied.Refusal] = [
        .person("wli"), .team("nowhere", visible: ["customer-services"]), .team("nowhere", visible: []), .organisation,
        .exportOrganisation, .rate("tashworth"), .validate(teamID: "customer-services"), .manageFrameworks, .manageStaff,
        .backupDatabase, .actAs("psmith"), .changeAs("psmith"), .inactive, .noAccess, .manageAccess, .manageRights, .changePlan("tashworth"),
        .planItem(12), .evidence("tashworth"), .recordCertificate("tashworth"), .certificate(4), .markInterest("tashworth"),
        .evidenceInBulk,
        .withdraw(raterLogin: "hmarsh", person: "apatel"), .withdraw(raterLogin: "apatel", person: "tashworth"), .manageCycles,
    ]

    /// A number per case, by an exhaustive switch: a new case does not compile until it
    /// gets one, and the test below then fails until it has an example.
    static func caseNumber(_ error: SkillsError) -> Int {
        switch error {
        case .unknownLogin: 0
        case .unknownCompetency: 1
        case .unknownFramework: 2
        case .unknownFrameworkOrCompetency: 3
        case .unknownTeam: 4
        case .notInTeam: 5
        case .levelOffScale: 6
        case .noteTooLong: 7
        case .inactivePerson: 8
        case .notStaff: 9
        case .walkthroughIsSelfOnly: 10
        case .futureTime: 11
        case .staffFileListsNobody: 12
        case .catalogImport: 13
        case .notExportable: 14
        case .syntheticStaffOutOfRange: 15
        case .syntheticLargeTeamOutOfRange: 16
        case .noRoleProfiles: 17
        case .noDatabase: 18
        case .unreadableDatabase: 19
        case .notADatabase: 20
        case .damagedDatabase: 21
        case .newerDatabase: 22
        case .alreadyExists: 23
        case .notTheDemo: 24
        case .alreadyPopulated: 25
        case .backupFailedCheck: 26
        case .databaseBusy: 27
        case .diskFull: 28
        case .readOnlyDatabase: 29
        case .databaseFailure: 30
        case .io: 31
        case .isAFolder: 32
        case .noShippedData: 33
        case .noTextInLanguage: 34
        case .leftoverCompanion: 35
        case .foreignJournal: 36
        case .endlessInput: 37
        case .unsafeNote: 38
        case .editedKeyBlock: 39
        case .unterminatedKeyBlock: 40
        case .keyAlreadyMapped: 41
        case .keyOutsideBlock: 42
        case .noSuchKey: 43
        case .lastAdministrator: 59
        case .unwritableOutput: 44
        case .reportNotWritten: 45
        case .notAnAmount: 46
        case .notADate: 47
        case .textTooLong: 48
        case .emptyText: 49
        case .unknownLearningItem: 50
        case .itemDoesNotLift: 51
        case .targetDateInPast: 52
        case .unknownPlanItem: 53
        case .planStateChange: 54
        case .unknownCertificate: 55
        case .certificateOfAnotherPerson: 56
        case .certificateExpiresBeforeGained: 57
        case .certificateGainedInFuture: 58
        case .ratingSuperseded: 60
        case .interrupted: 61
        case .unknownCycle: 62
        case .cycleNameTaken: 63
        case .invalidCycleName: 64
        case .cycleAlreadyOpen: 65
        case .cycleAlreadyClosed: 66
        case .noCycle: 67
        case .dueBeforeOpening: 68
        case .cycleWithoutFrameworks: 69
        case .nothingToReconfirm: 70
        case .invalidDatabaseURL: 71
        case .databaseUnreachable: 72
        case .databaseLoginRefused: 73
        case .missingPostgresDatabase: 74
        case .uninitialisedDatabase: 75
        case .commitOutcomeUnknown: 76
        case .backupNeedsPgDump: 77
        case .migrationTargetNotEmpty: 78
        case .migrationMismatch: 79
        case .cycleWithoutTeams: 80
        case .missingFolder: 81
        }
    }

    static func caseNumber(_ refusal: AccessDenied.Refusal) -> Int {
        switch refusal {
        case .person: 0
        case .team: 1
        case .organisation: 2
        case .exportOrganisation: 3
        case .rate: 4
        case .validate: 5
        case .manageFrameworks: 6
        case .manageStaff: 7
        case .backupDatabase: 8
        case .actAs: 9
        case .changeAs: 10
        case .inactive: 11
        case .noAccess: 12
        case .manageAccess: 13
        case .changePlan: 14
        case .planItem: 15
        case .evidence: 16
        case .recordCertificate: 17
        case .certificate: 18
        case .markInterest: 19
        case .evidenceInBulk: 20
        case .manageRights: 21
        case .withdraw: 22
        case .manageCycles: 23
        }
    }

    @Test("every error and refusal has an example")
    func everyCase() {
        #expect(Set(Self.errors.map(Self.caseNumber)) == Set(0...81))
        #expect(Set(Self.refusals.map(Self.caseNumber)) == Set(0...23))
    }

    @Test("every message is one line, worded as in the golden file of its language", arguments: Language.allCases)
    func messages(language: Language) throws {
        var text = ""
        for error in Self.errors {
            text += "\(error.kind) | \(error.described(in: language))"
            text += language.messages.commandLineHint(error).map { " [hint\($0)]" } ?? ""
            text += "\n"
        }
        for refusal in Self.refusals {
            let denied = AccessDenied(login: "apatel", refusal: refusal)
            text += "\(denied.kind) | \(denied.described(in: language))\n"
        }
        #expect(!text.dropLast().contains("\n\n"))
        if language == .en {
            #expect(Self.errors.allSatisfy { $0.description == $0.described(in: .en) })
        }
        try golden.check(text, language == .en ? "error-messages.txt" : "error-messages.\(language.code).txt")
    }

    @Test("every message and hint is translated: none reads as the English one", arguments: Language.allCases.filter { $0 != .en })
    func translated(language: Language) {
        for error in Self.errors {
            #expect(error.described(in: language) != error.description, "\(error)")
            let hint = language.messages.commandLineHint(error), english = Language.en.messages.commandLineHint(error)
            #expect((hint == nil) == (english == nil), "\(error)")
        }
        for refusal in Self.refusals {
            let denied = AccessDenied(login: "apatel", refusal: refusal)
            #expect(denied.described(in: language) != denied.description, "\(refusal)")
        }
    }
}
