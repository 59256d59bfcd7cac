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

    case levelOffScale(Int, labels: [String])
    case noteTooLong(length: Int, maximum: Int)
    /// The note holds a control character (see `TerminalText.storageProblem`).
    case unsafeNote(String)
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
    case noTextInLanguage(framework: String, version: String, language: String, available: [String])
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

        var description: String {
            switch self {
            case .sameVersionDifferentContent(let framework, let version, let above):
                return "\(framework) \(version) is already installed with different content; give the new file a higher version than \(above) (nothing was changed)"
            case .older(let framework, let version, let installed, let above):
                return "\(framework) \(version) is older than the installed \(installed); give the new file a higher version than \(above) (nothing was changed)"
            case .versionAlreadyRated(let framework, let version, let above):
                return "ratings already record \(framework) \(version) for other content; give the new file a higher version than \(above) (nothing was changed)"
            case .dropsRequired(let framework, let version, let required):
                let list = required.map { "\($0.competency) (required by \($0.roles.joined(separator: ", ")))" }.joined(separator: "; ")
                return "\(framework) \(version) drops \(list); keep those competencies in the new version, or import a roles file that no longer requires them together with this file (nothing was changed)"
            case .dropsHeldRoles(let held):
                let list = held.map { "\($0.role) (\($0.holders) \($0.holders == 1 ? "person" : "people"))" }.joined(separator: ", ")
                return "drops the role \(list), which people still hold; keep it in the file, or move them to another role first with a staff import (nothing was changed)"
            case .rolesFileNotFramework:
                return "is a roles file, not a framework (nothing was changed)"
            case .secondRolesFile(let first):
                return "a second roles file (the first is \(first)); give one roles file (nothing was changed)"
            case .learningFileNotFramework:
                return "is a learning catalogue, not a framework (nothing was changed)"
            case .secondLearningFile(let first):
                return "a second learning catalogue (the first is \(first)); give one catalogue (nothing was changed)"
            case .dropsPlannedLearningItems(let items):
                return "drops \(items.joined(separator: ", ")), which development plans name; keep them in the catalogue (nothing was changed)"
            }
        }
    }

    public var kind: FailureKind {
        switch self {
        case .unknownLogin, .unknownCompetency, .unknownFramework, .unknownFrameworkOrCompetency, .unknownTeam, .notInTeam,
            .levelOffScale, .noteTooLong, .unsafeNote, .inactivePerson, .walkthroughIsSelfOnly, .ratingSuperseded, .futureTime, .staffFileListsNobody,
            .catalogImport, .noTextInLanguage, .notExportable, .noRoleProfiles, .notADatabase, .damagedDatabase, .newerDatabase,
            .foreignJournal, .editedKeyBlock, .unterminatedKeyBlock, .noSuchKey, .lastAdministrator,
            .textTooLong, .emptyText, .unknownLearningItem, .itemDoesNotLift, .targetDateInPast, .unknownPlanItem, .planStateChange,
            .unknownCertificate, .certificateOfAnotherPerson, .certificateExpiresBeforeGained, .certificateGainedInFuture,
            .unknownCycle, .invalidCycleName, .dueBeforeOpening, .cycleWithoutFrameworks, .nothingToReconfirm:
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
        case .interrupted, .backupFailedCheck, .databaseBusy, .diskFull, .readOnlyDatabase, .databaseFailure, .io:
            return .inputOutput
        case .unwritableOutput:
            return .cannotCreate
        case .reportNotWritten:
            return .recordedNotReported
        }
    }

    public var description: String {
        switch self {
        case .unknownLogin(let login):
            return "unknown login \(login)"
        case .unknownCompetency(let id):
            return "unknown competency \(id)"
        case .unknownFramework(let id, let known):
            return "unknown framework \(id): use one of \(known.joined(separator: ", "))"
        case .unknownFrameworkOrCompetency(let id, let frameworks):
            return "no framework or competency \(id): frameworks are \(frameworks.joined(separator: ", ")); competencies look like PM.RISK.1"
        case .unknownTeam(let id, let visible):
            return "unknown team \(id)" + (visible.isEmpty ? "" : "; teams you can see: \(visible.joined(separator: ", "))")
        case .notInTeam(let login, let teamID):
            return "\(login) is not a member of team \(teamID)"
        case .levelOffScale(let level, let labels):
            return "level \(level) is outside the scale: use one of \(labels.joined(separator: ", "))"
        case .noteTooLong(let length, let maximum):
            return "the note is \(length) characters long; keep it to \(maximum) at most"
        case .unsafeNote(let problem):
            return "the note \(problem): nothing was recorded"
        case .inactivePerson(let login):
            return "\(login) is marked inactive: nothing was recorded"
        case .notStaff(let login):
            return "\(login) is not a member of staff in this database"
        case .walkthroughIsSelfOnly:
            return "a walk-through records your own ratings only"
        case .ratingSuperseded(let login, let competencyID, let track):
            return "the \(track.rawValue) rating of \(login) \(competencyID) is no longer the current one (rated again since, or taken back already): nothing was changed"
        case .interrupted:
            return "stopped before it finished: nothing was changed"
        case .futureTime(let time):
            return "a change dated \(time) is in the future: check the system clock (nothing was recorded)"
        case .staffFileListsNobody(let file):
            return "\(file) lists nobody, so deactivating the people missing from it would mark everyone inactive: nothing was changed"
        case .catalogImport(let file, let refusal):
            return "\(file): \(refusal.description)"
        case .noTextInLanguage(let framework, let version, let language, let available):
            return "\(framework) \(version) has no \(language) text (it is written in \(available.joined(separator: ", "))); export it in one of those"
        case .notExportable(let id, let format, let problem):
            return "\(id) cannot be exported as \(format): \(problem)"
        case .syntheticStaffOutOfRange(let staff, let range):
            return "the number of staff must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(staff)"
        case .syntheticLargeTeamOutOfRange(let size, let staff, let range):
            guard let range else {
                return "a large team does not fit in \(staff) staff: give at least \(SyntheticOptions.staffRange.lowerBound + SyntheticOrganisation.teamSizes.lowerBound) staff for one"
            }
            return "the large team must have from \(range.lowerBound) to \(range.upperBound) people for \(staff) staff (at least \(SyntheticOptions.staffRange.lowerBound) people stay outside it), not \(size)"
        case .unknownCycle(let name, let known):
            return "no review cycle is named \(name)" + (known.isEmpty ? " (none has been opened)" : "; cycles: \(known.joined(separator: ", "))")
        case .cycleNameTaken(let name):
            return "a review cycle named \(name) exists already: give the new one another name (nothing was changed)"
        case .invalidCycleName(let name):
            return "\(name.isEmpty ? "an empty name" : "the name \(name)") cannot name a review cycle: use 1 to 80 characters on one line"
        case .cycleAlreadyOpen(let name):
            return "review cycle \(name) is still open: close it before opening another (nothing was changed)"
        case .cycleAlreadyClosed(let name):
            return "review cycle \(name) is closed already; its snapshot stays as it was recorded (nothing was changed)"
        case .noCycle:
            return "no review cycle has been opened yet"
        case .dueBeforeOpening(let due, let opens):
            return "the due date \(due) is not after the opening \(opens): give a later --due"
        case .cycleWithoutFrameworks:
            return "a review cycle needs at least one framework in scope"
        case .nothingToReconfirm(let id):
            return "you have not rated \(id) yourself, so there is no level to re-confirm: rate it instead"
        case .noRoleProfiles:
            return "the frameworks define no role profiles, so there is nobody to generate"
        case .notAnAmount(let text):
            return "\"\(text)\" is not an amount: give a whole number such as 25000 or £25,000"
        case .notADate(let text):
            return "\"\(text)\" is not a day: write it as YYYY-MM-DD, such as 2026-03-31"
        case .textTooLong(let what, let length, let maximum):
            return "\(what) is \(length) characters long; keep it to \(maximum) at most"
        case .emptyText(let what):
            return "\(what) must not be empty"
        case .unknownLearningItem(let id):
            return "unknown learning catalogue item \(id)"
        case .itemDoesNotLift(let item, let competency, let lifts):
            return "\(item) does not build \(competency) (it builds \(lifts.joined(separator: ", "))): choose an item for \(competency), or describe the plan item in words"
        case .targetDateInPast(let day, let today):
            return "the target date \(day) is before today (\(today)): give a day still to come"
        case .unknownPlanItem(let number):
            return "no plan item \(number)"
        case .planStateChange(let item, let from, let to):
            let next = from.next.map(\.rawValue)
            let allowed = next.isEmpty ? "it is final and cannot move" : "it can move to \(next.joined(separator: " or "))"
            return "plan item \(item) is \(from.rawValue), so it cannot move to \(to.rawValue): \(allowed)"
        case .unknownCertificate(let number):
            return "no certificate \(number)"
        case .certificateOfAnotherPerson(let certificate, let login):
            return "certificate \(certificate) is not \(login)'s: a rating cites a certificate of the person rated"
        case .certificateExpiresBeforeGained(let gained, let expires):
            return "the certificate expires (\(expires)) before it was gained (\(gained)): check the two days"
        case .certificateGainedInFuture(let gained, let today):
            return "the certificate was gained \(gained), after today (\(today)): give the day it was gained"
        case .noDatabase(let path):
            return "no database at \(path)"
        case .unreadableDatabase(let path, let cause):
            return "cannot open the database \(path): \(cause)"
        case .notADatabase(let path):
            return "\(path) is not a skills-tui database (an empty file or another program's): nothing was changed"
        case .damagedDatabase(let path, let detail):
            return "the database \(path) is damaged (\(detail)): nothing was changed; restore it from a backup"
        case .newerDatabase(let path, let version, let known):
            return "\(path) was written by a newer skills-tui (schema version \(version); this one knows up to \(known)): upgrade skills-tui, nothing was changed"
        case .alreadyExists(let path):
            return "\(path) already exists: nothing was changed"
        case .leftoverCompanion(let database, let companion):
            return "\(companion) is left from an earlier database at \(database), which SQLite would replay into the new one: nothing was created; it may hold that database's last changes, so put the database back beside it or move it away"
        case .foreignJournal(let database, let journal):
            return "\(journal) is not the journal of \(database) (which keeps a write-ahead log), and opening the database would copy it in: nothing was changed; move \(journal) away"
        case .notTheDemo(let path):
            return "\(path) holds real data, not the demo organisation: nothing was changed"
        case .alreadyPopulated(let path):
            return "\(path) already holds an organisation: generate into a new database"
        case .backupFailedCheck(let path, let detail):
            return "the backup \(path) did not check out (\(detail)); keep the original and try again"
        case .databaseBusy(let path):
            return "the database \(path) stayed busy for too long (another program holds a write lock): nothing was changed; try again"
        case .diskFull(let path):
            return "the disk holding \(path) is full: nothing was changed; free some space and try again"
        case .readOnlyDatabase(let path):
            return "the database \(path) cannot be written (a read-only file or folder): nothing was changed"
        case .databaseFailure(let path, let detail):
            return "the database \(path) failed: \(detail)"
        case .invalidDatabaseURL(let url, let detail):
            return "\(url) is not a PostgreSQL URL libpq can read (\(detail)); write postgresql://USER@HOST:PORT/DATABASE"
        case .databaseUnreachable(let name, let detail):
            return "cannot reach PostgreSQL at \(name) (\(detail)): nothing was changed; check that the server runs and the host and port"
        case .databaseLoginRefused(let name, let user):
            return "PostgreSQL refused the password of user \(user) at \(name): nothing was changed"
        case .missingPostgresDatabase(let name, let database):
            return "the PostgreSQL server at \(name) has no database \(database)"
        case .uninitialisedDatabase(let name):
            return "\(name) holds no skills-tui data yet"
        case .migrationTargetNotEmpty(let name, let table, let rows):
            return "\(name) is not empty (\(table) holds \(rows) rows): migrate only into a new database; nothing was copied"
        case .migrationMismatch(let table, let sourceRows, let targetRows):
            return "the copy of \(table) does not match the original (\(sourceRows) rows, \(targetRows) copied, or the content differs): nothing was kept"
        case .backupNeedsPgDump(let name):
            return "skills-tui copies SQLite files only; back up PostgreSQL with pg_dump: pg_dump --format=custom --file=skills.dump '\(name)' (nothing was written)"
        case .commitOutcomeUnknown(let name):
            return "the connection to \(name) was lost while the change was being committed: it may or may not have been recorded; look before trying again"
        case .io(let path, let operation, let cause):
            return "cannot \(operation.rawValue) \(path): \(cause)"
        case .isAFolder(let path):
            return "\(path) is a folder: give a file"
        case .endlessInput(let path, let limit):
            return "\(path) is not a file and gave more than \(limit >> 20) MiB without ending: give a file"
        case .unwritableOutput(let path, let reason):
            return "\(path) \(reason.rawValue): write to another file (nothing was written)"
        case .reportNotWritten(let change, let path, let cause):
            return "\(change) was recorded, but its report could not be written to \(path) (\(cause)); do not run the command again"
        case .noShippedData(let lookedIn):
            return "cannot find the shipped frameworks (looked in \(lookedIn.joined(separator: ", ")))"
        case .editedKeyBlock(let path, let line):
            return "\(path):\(line): this line inside skills-tui's block was not written by `skills-tui access`: move it out of the block or delete it (nothing was changed)"
        case .unterminatedKeyBlock(let path, let line):
            return "\(path):\(line): skills-tui's block starts here but has no end line \"\(AuthorizedKeys.endMarker)\": put it back after the block's last key (nothing was changed)"
        case .keyAlreadyMapped(let fingerprint, let login):
            return "the key \(fingerprint) already lets in \(login): one key is one person, so ask for a key of their own (nothing was changed)"
        case .keyOutsideBlock(let fingerprint, let path, let line):
            return "the key \(fingerprint) is already in \(path) on line \(line), outside skills-tui's block, and sshd would use that line first: remove it there (nothing was changed)"
        case .noSuchKey(let login, let fingerprint):
            if let fingerprint { return "\(login) has no key \(fingerprint): nothing was changed" }
            return "\(login) has no key to revoke: nothing was changed"
        case .lastAdministrator(let login):
            return "\(login) is the last admin: grant admin to someone else first, so that somebody can still manage the database (nothing was changed)"
        }
    }
}
