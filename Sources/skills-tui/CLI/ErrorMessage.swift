import SkillsMatrix

/// How the command line words a failure: the engine's one sentence, then where on the
/// command line to go next. The one place an error becomes text for the terminal.
///
/// Every problem is one line, made inert (`TerminalText.inert`): a login, file name or
/// value in a message is someone's input, and a line break or control sequence in it
/// must show as such, not forge a second error line or drive the terminal.
enum ErrorMessage {
    /// The text (one line per problem, without the `skills-tui: ` prefix) and the exit status.
    static func render(_ error: any Error) -> (text: String, status: Int32) {
        guard let failure = error as? any SkillsFailure else {
            return (TerminalText.inert("unexpected error: \(error)"), ExitStatus.software)
        }
        if let several = failure as? InputFileErrors {
            return (several.errors.map { TerminalText.inert($0.description) }.joined(separator: "\n"), ExitStatus.of(failure.kind))
        }
        var text = TerminalText.inert(failure.description)
        if let error = failure as? SkillsError, let hint = hint(for: error) { text += hint }
        return (text, ExitStatus.of(failure.kind))
    }

    /// What to type next, for the errors where the command line has an answer.
    static func hint(for error: SkillsError) -> String? {
        switch error {
        case .unknownLogin:
            return ": see `skills-tui staff list`"
        case .unknownCompetency:
            return ": see `skills-tui frameworks list`"
        case .notStaff:
            return ": name someone with --person LOGIN"
        case .staffFileListsNobody:
            return " (--deactivate-missing)"
        case .syntheticStaffOutOfRange, .syntheticLargeTeamOutOfRange:
            return " (--staff, --large-team)"
        case .noDatabase:
            return ": create one with `skills-tui init` (or `skills-tui init --demo`), or pass --db PATH"
        case .notADatabase(let path) where DatabaseLocation(path).isPostgres:
            return "; pass --db with the right database (another application's tables are never touched)"
        case .notADatabase:
            return "; pass --db with the right file, or remove it and run `skills-tui init`"
        case .missingPostgresDatabase:
            return ": create it with `createdb`, then run `skills-tui init --db URL`"
        case .uninitialisedDatabase:
            return ": run `skills-tui init --db URL` (or `skills-tui migrate --from FILE --to URL`)"
        case .databaseLoginRefused:
            return "; check the password in the URL or in ~/.pgpass"
        case .alreadyExists, .notTheDemo, .alreadyPopulated:
            return "; give another path"
        case .noShippedData:
            return "; set SKILLS_TUI_DATA to the folder that holds frameworks/ and seeds/"
        case .unknownLearningItem:
            return ": see `skills-tui learning list`"
        case .itemDoesNotLift(_, let competency, _):
            return "; `skills-tui learning list --competency \(competency)` lists the items that do (--item), or use --text"
        case .unknownPlanItem:
            return ": see `skills-tui report plans`"
        case .unknownCertificate:
            return ": see `skills-tui report certificates`"
        case .noSuchKey:
            return "; see `skills-tui access list`"
        case .lastAdministrator:
            return "; see `skills-tui access rights`"
        case .unknownCycle, .cycleAlreadyOpen:
            return " (see `skills-tui cycle list`)"
        case .noCycle:
            return ": HR or an admin opens one with `skills-tui cycle open`"
        case .unknownFramework, .unknownFrameworkOrCompetency, .unknownTeam, .notInTeam, .levelOffScale, .noteTooLong, .unsafeNote,
            .inactivePerson, .walkthroughIsSelfOnly, .ratingSuperseded, .interrupted, .futureTime, .catalogImport, .noTextInLanguage, .notExportable, .noRoleProfiles,
            .unreadableDatabase, .damagedDatabase, .newerDatabase, .leftoverCompanion, .foreignJournal, .backupFailedCheck,
            .databaseBusy, .diskFull, .readOnlyDatabase, .databaseFailure, .invalidDatabaseURL, .databaseUnreachable,
            .commitOutcomeUnknown, .backupNeedsPgDump, .migrationTargetNotEmpty, .migrationMismatch, .io, .isAFolder, .endlessInput, .editedKeyBlock,
            .unterminatedKeyBlock, .keyAlreadyMapped, .keyOutsideBlock, .unwritableOutput, .reportNotWritten,
            .notAnAmount, .notADate, .textTooLong, .emptyText, .targetDateInPast, .planStateChange, .certificateOfAnotherPerson,
            .certificateExpiresBeforeGained, .certificateGainedInFuture,
            .cycleNameTaken, .invalidCycleName, .cycleAlreadyClosed, .dueBeforeOpening, .cycleWithoutFrameworks,
            .nothingToReconfirm:
            return nil
        }
    }
}
