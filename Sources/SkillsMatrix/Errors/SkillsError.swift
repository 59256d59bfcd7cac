/// Everything the engine refuses or fails at, as values. Each case is worded once, in
/// `description`, in words that hold for every front end; the command line adds its own
/// hints (which command or option to use) and the TUI its own, without parsing the text.
///
/// Refusals for reasons of access are `AccessDenied`; malformed files are
/// `InputFileError(s)`.
public enum SkillsError: SkillsFailure, Hashable, Sendable {
    // MARK: Things asked for by name

    /// No person has this login. Only said to those who may see everyone; anyone else
    /// gets `AccessDenied.person`, worded the same whether the login exists or not.
    case unknownLogin(String)
    case unknownCompetency(String)
    case unknownFramework(String, known: [String])
    /// Neither a framework nor a competency (`frameworks show ID`).
    case unknownFrameworkOrCompetency(String, frameworks: [String])
    /// No team has this id; `visible` are the teams the user may see. Only said to
    /// those who may see every team (see `unknownLogin`).
    case unknownTeam(String, visible: [String])
    case notInTeam(login: String, teamID: String)

    // MARK: Requests that cannot be carried out

    /// `labels` are "0 None" ... "4 Expert", in each language the scale is written in.
    case levelOffScale(Int, labels: [LocalizedText])
    case noteTooLong(length: Int, maximum: Int)
    /// The note holds a control character (see `TerminalText.storageFault`).
    case unsafeNote(TerminalText.StorageFault)
    /// The person rated is marked inactive.
    case inactivePerson(String)
    /// The acting login is not a member of staff, and the request is about "me".
    case notStaff(String)
    /// A walk-through answer would be recorded on the lead track.
    case walkthroughIsSelfOnly
    /// Taking back a rating that is no longer the current one of its track (a newer one
    /// was given, or it was taken back already).
    case ratingSuperseded(login: String, competencyID: String, track: RatingTrack)
    /// Work stopped on request before it finished (Esc during a load in the TUI).
    case interrupted
    /// A recorded time later than the real clock: events are never dated in the future.
    case futureTime(String)
    case staffFileListsNobody(file: String)
    case catalogImport(file: String, CatalogImportRefusal)
    /// A framework asked for in a language it has no text in.
    case noTextInLanguage(framework: String, version: String, language: Language, available: [String])
    case notExportable(frameworkID: String, format: String, problem: String)
    case syntheticStaffOutOfRange(Int, range: ClosedRange<Int>)
    case syntheticLargeTeamOutOfRange(Int, staff: Int, range: ClosedRange<Int>?)
    case noRoleProfiles
    /// Text typed where an amount of money was expected (`--budget`).
    case notAnAmount(String)
    /// Text typed where a day (`YYYY-MM-DD`) was expected.
    case notADate(String)
    /// A text longer than the tool keeps; `what` names it ("a plan item's text").
    case textTooLong(what: String, length: Int, maximum: Int)
    /// A text that must be given was empty; `what` names it ("a certificate's name").
    case emptyText(what: String)

    // MARK: Learning and development

    case unknownLearningItem(String)
    /// A plan item names a catalogue item that does not build its competency.
    case itemDoesNotLift(item: String, competency: String, lifts: [String])
    /// A new plan item's target date lies before today.
    case targetDateInPast(String, today: String)
    /// No plan item has this number. Only said to those who see everyone (see `unknownLogin`).
    case unknownPlanItem(Int)
    /// A plan item cannot move from its state to the one asked for.
    case planStateChange(item: Int, from: PlanState, to: PlanState)
    /// No certificate has this number. Only said to those who see everyone.
    case unknownCertificate(Int)
    /// A rating may cite only the rated person's own certificate.
    case certificateOfAnotherPerson(certificate: Int, login: String)
    case certificateExpiresBeforeGained(gained: String, expires: String)
    case certificateGainedInFuture(gained: String, today: String)

    // MARK: Review cycles

    /// No review cycle has this name; `known` are those that do.
    case unknownCycle(String, known: [String])
    /// A cycle name already in use: names identify cycles for good.
    case cycleNameTaken(String)
    /// A cycle name that is empty, too long, or holds a control character.
    case invalidCycleName(String)
    /// Another cycle is still open: one cycle runs at a time.
    case cycleAlreadyOpen(String)
    case cycleAlreadyClosed(String)
    /// A report about "the" cycle when none has ever been opened.
    case noCycle
    /// The due date is not after the opening.
    case dueBeforeOpening(due: String, opens: String)
    /// A cycle that names no framework.
    case cycleWithoutFrameworks
    /// A cycle for chosen teams that names no team.
    case cycleWithoutTeams
    /// "Still level N" for a competency the person has never rated themselves.
    case nothingToReconfirm(String)

    // MARK: The database

    case noDatabase(path: String)
    case unreadableDatabase(path: String, cause: String)
    /// An empty file, another program's database, or a half-made one: left untouched.
    case notADatabase(path: String)
    /// SQLite says the file is damaged.
    case damagedDatabase(path: String, detail: String)
    case newerDatabase(path: String, version: Int, known: Int)
    case alreadyExists(path: String)
    /// A `-wal`, `-shm` or `-journal` of an earlier database is where a new one would be
    /// made: SQLite would replay it into the new file, so nothing is created.
    case leftoverCompanion(database: String, companion: String)
    /// A rollback journal beside a database that keeps a write-ahead log: not its own,
    /// and opening the database would copy it in.
    case foreignJournal(database: String, journal: String)
    /// `demo` was pointed at a database that is not a demo organisation.
    case notTheDemo(path: String)
    case alreadyPopulated(path: String)
    case backupFailedCheck(path: String, detail: String)
    /// Another program held the write lock for longer than the busy timeout.
    case databaseBusy(path: String)
    case diskFull(path: String)
    case readOnlyDatabase(path: String)
    /// Any other failure SQLite reports.
    case databaseFailure(path: String, detail: String)

    // MARK: PostgreSQL

    /// `--db` (or the configuration) names a PostgreSQL URL that libpq cannot read.
    case invalidDatabaseURL(String, detail: String)
    /// No PostgreSQL server answered at the URL (down, wrong host or port).
    case databaseUnreachable(name: String, detail: String)
    /// The server refused the user's password (or wanted one and got none).
    case databaseLoginRefused(name: String, user: String)
    /// The server runs, but has no database of that name.
    case missingPostgresDatabase(name: String, database: String)
    /// The database exists but holds no skills-tui schema yet.
    case uninitialisedDatabase(name: String)
    /// The connection was lost while COMMIT was on its way: the change may or may not be
    /// recorded, and trying again blindly could record it twice.
    case commitOutcomeUnknown(name: String)
    /// `backup` of a PostgreSQL database: that is pg_dump's job.
    case backupNeedsPgDump(name: String)

    // MARK: Moving between backends

    /// `migrate --to` a database that already holds rows.
    case migrationTargetNotEmpty(name: String, table: String, rows: Int)
    /// What arrived differs from what left (count or content hash): nothing was kept.
    case migrationMismatch(table: String, sourceRows: Int, targetRows: Int)

    // MARK: Files

    case io(path: String, operation: FileOperation, cause: String)
    /// An output file whose folder does not exist (`OutputTarget`); nothing was written.
    case missingFolder(path: String, folder: String)
    case isAFolder(path: String)
    /// Something other than a file (a device such as /dev/zero) that did not end.
    case endlessInput(path: String, limit: Int)
    /// An output path that may not be written (see `OutputTarget`); nothing was written.
    case unwritableOutput(path: String, reason: OutputRefusal)
    /// A change was committed, but the report saying so could not be written (a full
    /// disk, a closed pipe): the change stands, and running the command again would
    /// make it twice. `change` says what was recorded.
    case reportNotWritten(change: String, path: String, cause: String)
    case noShippedData(lookedIn: [String])

    // MARK: SSH access (authorized_keys)

    /// A line inside `skills-tui access`'s block that it did not write.
    case editedKeyBlock(path: String, line: Int)
    /// The block's start marker without its end marker.
    case unterminatedKeyBlock(path: String, line: Int)
    /// The key already lets another person in: one key is one person.
    case keyAlreadyMapped(fingerprint: String, login: String)
    /// The file holds the key outside the block, where sshd would find it first.
    case keyOutsideBlock(fingerprint: String, path: String, line: Int)
    /// Nothing to revoke: the login has no key (with this fingerprint, when given).
    case noSuchKey(login: String, fingerprint: String?)
    /// Withdrawing this admin right would leave nobody able to manage the database.
    case lastAdministrator(String)

    /// What was being done to a file when it failed.
    public enum FileOperation: String, Hashable, Sendable {
        case read, create, write, replace
        case createFolder = "create the folder"
    }

    /// Why an output path may not be written.
    public enum OutputRefusal: String, Hashable, Sendable {
        case database = "is the database or one of its files"
        case anotherDatabase = "is a database"
        case folder = "is a folder"
        case socket = "is a socket"
        case blockDevice = "is a block device"
        case special = "is not a regular file"
        case danglingLink = "is a symbolic link to a file that does not exist"
        case notAFile = "is a device or a pipe, and this needs a file"
    }

    /// A competency and the role profiles that require it.
    public struct RequiredCompetency: Hashable, Sendable {
        public let competency: String
        public let roles: [String]

        public init(competency: String, roles: [String]) {
            self.competency = competency
            self.roles = roles
        }
    }

    /// A role profile and how many people hold it.
    public struct HeldRole: Hashable, Sendable {
        public let role: String
        public let holders: Int

        public init(role: String, holders: Int) {
            self.role = role
            self.holders = holders
        }
    }

    /// Why framework or roles files cannot be installed (see `FrameworkImportPlan` and
    /// `CatalogImportPlan`).
    public enum CatalogImportRefusal: Hashable, Sendable {
        /// The same id and version with other content; `above` is the version to go above.
        case sameVersionDifferentContent(framework: String, version: String, above: String)
        case older(framework: String, version: String, installed: String, above: String)
        case versionAlreadyRated(framework: String, version: String, above: String)
        /// Competencies that the new version drops while role profiles require them.
        case dropsRequired(framework: String, version: String, required: [RequiredCompetency])
        /// A roles file drops role profiles that people hold.
        case dropsHeldRoles([HeldRole])
        /// A roles file where a framework was expected.
        case rolesFileNotFramework
        /// More than one roles file in one import; `first` is the one before.
        case secondRolesFile(first: String)
        /// A learning catalogue where a framework was expected.
        case learningFileNotFramework
        /// More than one learning catalogue in one import; `first` is the one before.
        case secondLearningFile(first: String)
        /// A learning catalogue drops items that development plans name.
        case dropsPlannedLearningItems([String])
    }

    public var kind: FailureKind {
        switch self {
        case .unknownLogin, .unknownCompetency, .unknownFramework, .unknownFrameworkOrCompetency, .unknownTeam, .notInTeam,
            .levelOffScale, .noteTooLong, .unsafeNote, .inactivePerson, .walkthroughIsSelfOnly, .ratingSuperseded, .futureTime, .staffFileListsNobody,
            .catalogImport, .noTextInLanguage, .notExportable, .noRoleProfiles, .notADatabase, .damagedDatabase, .newerDatabase,
            .foreignJournal, .editedKeyBlock, .unterminatedKeyBlock, .noSuchKey, .lastAdministrator,
            .textTooLong, .emptyText, .unknownLearningItem, .itemDoesNotLift, .targetDateInPast, .unknownPlanItem, .planStateChange,
            .unknownCertificate, .certificateOfAnotherPerson, .certificateExpiresBeforeGained, .certificateGainedInFuture,
            .unknownCycle, .invalidCycleName, .dueBeforeOpening, .cycleWithoutFrameworks, .cycleWithoutTeams, .nothingToReconfirm:
            return .invalidData
        case .invalidDatabaseURL, .backupNeedsPgDump:
            return .usage
        case .missingPostgresDatabase, .uninitialisedDatabase:
            return .missingInput
        case .databaseLoginRefused:
            return .notPermitted
        case .databaseUnreachable, .commitOutcomeUnknown:
            return .inputOutput
        case .notStaff, .syntheticStaffOutOfRange, .syntheticLargeTeamOutOfRange, .notAnAmount, .notADate:
            return .usage
        case .noDatabase, .unreadableDatabase, .noShippedData:
            return .missingInput
        case .migrationTargetNotEmpty:
            return .alreadyExists
        case .migrationMismatch:
            return .inputOutput
        case .alreadyExists, .leftoverCompanion, .notTheDemo, .alreadyPopulated, .keyAlreadyMapped, .keyOutsideBlock, .cycleNameTaken,
            .cycleAlreadyOpen, .cycleAlreadyClosed:
            return .alreadyExists
        case .noCycle:
            return .missingInput
        case .io(_, .read, _), .isAFolder, .endlessInput:
            // sysexits' EX_NOINPUT: an input file did not exist or was not readable.
            return .missingInput
        case .interrupted, .backupFailedCheck, .databaseBusy, .diskFull, .readOnlyDatabase, .databaseFailure, .io, .missingFolder:
            return .inputOutput
        case .unwritableOutput:
            return .cannotCreate
        case .reportNotWritten:
            return .recordedNotReported
        }
    }

    /// In English; `described(in:)` for the reader's language. The words are in each
    /// language's `MessageCatalogue`.
    public var description: String { described(in: .en) }

    public func described(in language: Language) -> String { language.messages.describe(self) }
}
