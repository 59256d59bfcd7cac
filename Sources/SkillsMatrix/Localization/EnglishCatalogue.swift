import Foundation

/// The English catalogue: the language the tool is written in and falls back to.
///
/// Reports in English are pinned byte for byte (`output-digests.txt`, the golden files):
/// change a text here only on purpose, and re-record what it changes.
public struct EnglishCatalogue: MessageCatalogue {
    public init() {}

    public var language: Language { .en }

    // MARK: - How numbers, dates and names are written

    public func day(_ date: Date) -> String { DateText.day(date) }
    public func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }
    public var decimalSeparator: Character { "." }

    public func age(days: Int) -> String {
        switch days {
        case ..<1: return "today"
        case 1: return "1 day ago"
        case 2..<60: return "\(days) days ago"
        case 60..<730: return "\(days / 30) months ago"
        default: return "\(days / 365) years ago"
        }
    }

    // MARK: - Words every report shares

    public var columns: ReportColumns {
        ReportColumns(
            competency: "Competency", target: "Target", selfRating: "Self", leadRating: "Lead", effectiveShort: "Eff",
            effective: "Effective", gap: "Gap", weightShort: "W", weight: "Weight", flags: "Flags", priority: "Priority",
            person: "Person", team: "Team", need: "Need", meet: "Meet", standing: "Standing", ready: "Ready",
            coverage: "Coverage", id: "Id", name: "Name", version: "Version", competencies: "Competencies",
            reviewEvery: "Review every", login: "Login", role: "Role", notes: "Notes", beyond: "Beyond")
    }

    public var flags: RequirementFlagWords { RequirementFlagWords(unrated: "unrated", stale: "stale", disputed: "disputed", ratedAgainst: "rated against") }
    public var gapMet: String { "ok" }
    public func lensName(_ lens: HeatmapLens) -> String { lens.rawValue }
    public func trackName(_ track: RatingTrack) -> String { track.rawValue }
    public func people(_ count: Int) -> String { "\(count) \(count == 1 ? "person" : "people")" }

    // MARK: - Gap report

    public func gapReportTitle(name: String, login: String) -> String { "Gap report: \(name) (\(login))" }
    public func roleAndTeam(role: String, team: String) -> String { "Role: \(role) · Team: \(team)" }
    public func readinessLine(readiness: String, weightedGap: Int, weightedTarget: Int) -> String {
        "Readiness: \(readiness) (weighted gap \(weightedGap) of \(weightedTarget))"
    }
    public func unratedCount(_ count: Int) -> String { "\(count) unrated" }
    public func staleCount(_ count: Int) -> String { "\(count) stale" }
    public func disputedCount(_ count: Int) -> String { "\(count) disputed" }
    public func roleHasNoRequirements(role: String) -> String { "(the role \(role) has no requirements)" }
    public var beyondRoleHeading: String {
        "Beyond my role (rated, not required by the role; counted in coverage and who-knows searches):"
    }

    // MARK: - Coverage and calibration

    public func coverageTitle(team: String, teamID: String, members: Int) -> String {
        "Coverage: \(team) (\(teamID)) · \(members) active \(members == 1 ? "member" : "members")"
    }
    public func coverageSummary(singlePointsOfFailure: Int, uncovered: Int) -> String {
        "\(singlePointsOfFailure) single \(singlePointsOfFailure == 1 ? "point" : "points") of failure · \(uncovered) \(uncovered == 1 ? "competency" : "competencies") nobody meets"
    }
    public var nobodyMeetsTarget: String { "nobody meets the target" }
    public func singlePointOfFailure(holder: String, beyondRole: Bool) -> String {
        "single point of failure: only \(holder)" + (beyondRole ? " (beyond their role)" : "")
    }
    public var beyondColumnExplanation: String {
        "Beyond: members whose role does not require it, rated at the team's highest target for it (beyond their role)."
    }
    public var calibrationNoPairs: String { "Calibration: no competency has both a self and a lead rating yet." }
    public func calibrationLevel(pairs: Int) -> String {
        "Calibration: self ratings are level with lead ratings on average (\(pairs) pairs)."
    }
    public func calibration(difference: String, selfAbove: Bool, pairs: Int) -> String {
        "Calibration: self ratings sit \(difference) levels \(selfAbove ? "above" : "below") lead ratings on average (\(pairs) pairs)."
    }
    public func ifLeft(login: String) -> String { "If \(login) left:" }
    public var leaverLosesNothing: String { "no competency would lose its last holder or drop to a single holder." }
    public func nobodyWouldMeet(competency: String) -> String { "nobody would meet \(competency)" }
    public func onlyOneWouldMeet(login: String, competency: String) -> String { "only \(login) would meet \(competency)" }

    // MARK: - Heatmap

    public func heatmapTitle(team: String, teamID: String, lens: HeatmapLens, people: Int) -> String {
        "Heatmap: \(team) (\(teamID)) · \(lensName(lens)) ratings · \(self.people(people))"
    }
    public var heatmapLegend: String {
        "Cells: level then standing: 3✓ meets target, 1-2 two short, ? unrated, · not required; ! disputed, ~ stale.\nCoverage: members meeting target / members needing it; * single point of failure."
    }
    public var heatmapLegendLines: [String] {
        [
            "3✓   level 3, meets the target",
            "1-2  level 1, two short of the target",
            "?    required but not rated",
            "·    not required by the person's role",
            "!    disputed: self and lead differ by 2+",
            "~    stale: older than the review interval",
            "3/7  coverage: 3 of the 7 who need it meet it",
            "*    single point of failure: only one meets it",
        ]
    }
    public var teamHasNoActiveMembers: String { "The team has no active members." }

    // MARK: - Training needs

    public var priorityExplanation: String {
        "Priority = weight x gap, +2 where nobody in the person's team meets the target, +1 where only one does."
    }
    public func trainingScope(team: String?) -> String { team.map { "team \($0)" } ?? "whole organisation" }
    public func trainingSummary(people count: Int, needs: Int, competencies: Int) -> String {
        "\(people(count)), \(needs) \(needs == 1 ? "need" : "needs") in \(competencies) \(competencies == 1 ? "competency" : "competencies")"
    }
    public func trainingNeedsTitle(scope: String, summary: String) -> String {
        "Training needs: \(scope)" + (summary.isEmpty ? "" : " (\(summary))")
    }
    public var nothingToTrain: String { "Nobody in scope has a gap. Nothing to train." }
    public func unratedNote(included: Bool, count: Int) -> String {
        included
            ? "Includes \(count) requirements nobody has rated, marked unrated: they are not assessed, not known to be short."
            : "Lists requirements rated short of target; \(count) requirements nobody has rated are left out (see the completion report, or --include-unrated)."
    }
    public func trainingGroupLine(people count: Int, totalPriority: Int) -> String {
        "\(people(count)) · total priority \(totalPriority)"
    }

    // MARK: - Frameworks and staff

    public func reviewEvery(days: Int) -> String { "\(days) days" }
    public func roleProfilesLine(count: Int, ids: String) -> String { "\(count) role profiles: \(ids)" }
    public func frameworkHeading(id: String, name: String, version: String) -> String { "\(id) \(name), version \(version)" }
    public func ratingsGoStale(days: Int) -> String { "Ratings go stale after \(days) days." }
    public var scaleHeading: String { "Scale:" }
    public var showCompetencyHint: String {
        "Show one competency with its level indicators: skills-tui frameworks show COMPETENCY"
    }
    public var referencesHeading: String { "References:" }
    public var learningHeading: String { "Learning:" }
    public var requiredByHeading: String { "Required by:" }
    public func requiredBy(role: String, target: Int, weight: Int) -> String { "\(role) (target \(target), weight \(weight))" }
    public var leadNote: String { "lead" }
    public var inactiveNote: String { "inactive" }

    // MARK: - Command line confirmations

    public func recorded(competency: String, level: Int, label: String, login: String, track: RatingTrack, certificate: Int?) -> String {
        "Recorded \(competency) = \(level) (\(label)) for \(login) on the \(trackName(track)) track"
            + (certificate.map { ", citing certificate \($0)" } ?? "") + "."
    }
    public func ratingChange(competency: String, level: Int, login: String) -> String {
        "the rating \(competency) = \(level) for \(login)"
    }
    public func languageSet(_ language: Language, login: String) -> String {
        "\(login) now reads skills-tui in \(languageName(language)) (\(language.code)); --lang still overrides it."
    }
    public func languageCleared(login: String, fallback: Language) -> String {
        "\(login) has no language preference now: the session's locale decides (here \(languageName(fallback)))."
    }
    public func languageChange(login: String) -> String { "the language preference of \(login)" }
    public func created(path: String) -> String { "Created \(path)" }
    public func frameworksLine(_ frameworks: String) -> String { "Frameworks: \(frameworks)" }
    public func frameworkCount(id: String, version: String, competencies: Int) -> String {
        "\(id) \(version) (\(competencies) competencies)"
    }
    public func roleProfilesCount(_ count: Int) -> String { "Role profiles: \(count)" }
    public func adminLine(login: String) -> String { "Admin: \(login)" }
    public func learningCatalogueLine(version: String, items: Int, currency: String) -> String {
        "Learning catalogue: \(version), \(items) items, costs in \(currency)"
    }
    public func demoOrganisationLine(people: Int, teams: Int, ratingEvents: Int) -> String {
        "Demo organisation: \(people) people in \(teams) teams, \(ratingEvents) rating events; anyone may use --as LOGIN"
    }
    public func theDatabase(path: String) -> String { "the database \(path)" }
    public func backedUp(database: String, destination: String, events: Int) -> String {
        "Backed up \(database) to \(destination): \(events) rating events, integrity check ok"
    }
    public var staffImportDryRun: String { "Dry run: nothing was written." }
    public func staffImportSummary(
        file: String, people count: Int, added: Int, updated: Int, unchanged: Int, deactivated: Int, newTeams: Int
    ) -> String {
        "\(file): \(people(count)); \(added) added, \(updated) updated, \(unchanged) unchanged, \(deactivated) deactivated"
            + (newTeams == 0 ? "" : "; \(newTeams) new \(newTeams == 1 ? "team" : "teams")")
    }
    public var nothingToChange: String { "Nothing to change." }
    public var staffImportColumns: StaffImportWords {
        StaffImportWords(
            change: "Change", who: "Who", what: "What", newTeam: "new team", add: "add", update: "update",
            deactivate: "deactivate", deactivateDetail: "not in the file; ratings kept", lead: "lead",
            noLongerLead: "no longer lead")
    }
    public func staffImportChange(file: String) -> String { "the staff import of \(file)" }
    public func syntheticOrganisationLine(people: Int, teams: Int, ratingEvents: Int, seed: UInt64) -> String {
        "Synthetic organisation: \(people) people in \(teams) teams, \(ratingEvents) rating events, seed \(seed)"
    }
    public func theBackup(path: String) -> String { "the backup \(path)" }
    public func theImport(files: String) -> String { "the import of \(files)" }
    public func frameworkAdded(id: String, version: String, name: String, competencies: Int, areas: Int) -> String {
        "Added \(id) \(version) (\(name)): \(competencies) competencies in \(areas) \(areas == 1 ? "area" : "areas")"
    }
    public func frameworkUnchanged(id: String, version: String) -> String {
        "\(id) \(version) is already installed with the same content: nothing changed"
    }
    public func frameworkUpgraded(
        id: String, from: String, to: String, competencies: Int, added: Int, changed: Int, retired: Int,
        languages: (from: String, to: String)?
    ) -> String {
        "Upgraded \(id) \(from) -> \(to): \(competencies) competencies; \(added) added, \(changed) changed, \(retired) retired"
            + (languages.map { "; languages \($0.from) -> \($0.to)" } ?? "")
    }
    public func rolesUnchanged(file: String, version: String) -> String {
        "Role profiles from \(file) (\(version)) are already installed: nothing changed"
    }
    public func rolesImported(file: String, version: String, profiles: Int, added: Int, changed: Int, removed: Int) -> String {
        "Role profiles from \(file) (\(version)): \(profiles) profiles; \(added) added, \(changed) changed, \(removed) removed"
    }
    public func retiredIDs(_ ids: String) -> String { "Retired (their ratings stay in the history): \(ids)" }
    public func addedIDs(_ ids: String) -> String { "Added: \(ids)" }
    public func changedIDs(_ ids: String) -> String { "Changed: \(ids)" }
    public func removedIDs(_ ids: String) -> String { "Removed: \(ids)" }

    // MARK: - Errors

    public func describe(_ error: SkillsError) -> String {
        switch error {
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
            return "level \(level) is outside the scale: use one of \(labels.map { $0[.en] }.joined(separator: ", "))"
        case .noteTooLong(let length, let maximum):
            return "the note is \(length) characters long; keep it to \(maximum) at most"
        case .unsafeNote(let fault):
            return "the note \(fileProblems.describe(.unsafeText(fault))): nothing was recorded"
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
            return "\(file): \(describe(refusal))"
        case .noTextInLanguage(let framework, let version, let language, let available):
            return "\(framework) \(version) has no \(languageName(language)) text (it is written in \(available.joined(separator: ", "))); export it in one of those"
        case .notExportable(let id, let format, let problem):
            return "\(id) cannot be exported as \(format): \(problem)"
        case .syntheticStaffOutOfRange(let staff, let range):
            return "the number of staff must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(staff)"
        case .syntheticLargeTeamOutOfRange(let size, let staff, let range):
            guard let range else {
                return "a large team does not fit in \(staff) staff: give at least \(SyntheticOptions.staffRange.lowerBound + SyntheticOrganisation.teamSizes.lowerBound) staff for one"
            }
            return "the large team must have from \(range.lowerBound) to \(range.upperBound) people for \(staff) staff (at least \(SyntheticOptions.staffRange.lowerBound) people stay outside it), not \(size)"
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
        case .cycleWithoutTeams:
            return "a review cycle for chosen teams needs at least one team: choose one, or the whole organisation"
        case .nothingToReconfirm(let id):
            return "you have not rated \(id) yourself, so there is no level to re-confirm: rate it instead"
        case .noDatabase(let path):
            return "no database at \(path)"
        case .unreadableDatabase(let path, let cause):
            return "cannot open the database \(path): \(cause)"
        case .invalidDatabaseURL(let url, let detail):
            return "\(url) is not a PostgreSQL URL libpq can read (\(detail)); write postgresql://USER@HOST:PORT/DATABASE"
        case .databaseUnreachable(let name, let detail):
            return "cannot reach PostgreSQL at \(name) (\(detail)): nothing was changed; start the server (or ask whoever runs it), check the host and port, then try again"
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
        case .io(let path, let operation, let cause):
            return "cannot \(operation.rawValue) \(path): \(cause)"
        case .missingFolder(let path, let folder):
            return "cannot create \(path): the folder \(folder) does not exist"
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

    private func describe(_ refusal: SkillsError.CatalogImportRefusal) -> String {
        switch refusal {
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
            let list = held.map { "\($0.role) (\(people($0.holders)))" }.joined(separator: ", ")
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

    public func describe(_ denied: AccessDenied) -> String {
        let who = denied.login
        switch denied.refusal {
        case .person(let other):
            return "\(who) may not see \(other)'s ratings: you may see your own and those of the people in teams you lead"
        case .team(let teamID, let visible):
            let hint = visible.isEmpty ? "" : "; teams you can see: \(visible.joined(separator: ", "))"
            return "\(who) may not see team \(teamID): only its leads, hr or an admin may\(hint)"
        case .organisation:
            return "\(who) may not see the whole organisation: only hr or an admin may"
        case .exportOrganisation:
            return "\(who) may not export organisation data: only hr or an admin may"
        case .rate(let other):
            return "\(who) may not rate \(other): only \(other) (self track) or a lead of their team (lead track) may"
        case .withdraw(let raterLogin, let person):
            if raterLogin != who { return "\(who) may not take back \(raterLogin)'s rating of \(person): only the person who made a rating may" }
            return "\(who) may not take back a rating of \(person): only someone who may still rate \(person) may"
        case .validate(let teamID):
            return "\(who) does not lead team \(teamID), so has no ratings to validate there"
        case .manageFrameworks:
            return "\(who) may not change frameworks: only an admin may"
        case .manageStaff:
            return "\(who) may not change staff records: only an admin may"
        case .backupDatabase:
            return "\(who) may not back up the database: only an admin may"
        case .actAs(let other):
            return "\(who) may not act as \(other): acting as someone else is for administrators (and for anyone in the demo organisation)"
        case .changeAs(let other):
            return "acting as \(other) is for reading only: \(other) records their own ratings and changes (nothing was changed)"
        case .inactive:
            return "\(who) is marked inactive in this database, so has no access; ask an administrator"
        case .changePlan(let other):
            return "\(who) may not add to \(other)'s development plan: only \(other) and a lead of their team may (hr may also book and close items)"
        case .planItem(let number):
            return "\(who) may not change plan item \(number): only the person whose plan it is, a lead of their team or hr may"
        case .evidence(let other):
            return "\(who) may not see \(other)'s rating notes and certificates: only \(other), a lead of their team and hr may"
        case .recordCertificate(let other):
            return "\(who) may not record certificates for \(other): only \(other), a lead of their team or hr may"
        case .certificate(let number):
            return "\(who) may not use certificate \(number): only its holder, a lead of their team and hr may"
        case .markInterest(let other):
            return "\(who) may not set \(other)'s mentor and growth marks: only \(other) sets their own"
        case .evidenceInBulk:
            return "\(who) may not list other people's certificates: they are private to each person, the leads of their team and hr, and admin rights do not include them"
        case .noAccess:
            return "\(who) is not a member of staff in this database, so has no access; ask an administrator"
        case .manageAccess:
            return "\(who) may not see or change who reaches the database over SSH: only an admin may"
        case .manageRights:
            return "\(who) may not see, grant or withdraw the hr and admin rights: only an admin may"
        case .manageCycles:
            return "\(who) may not open or close review cycles: only hr or an admin may"
        }
    }

    public func commandLineHint(_ error: SkillsError) -> String? {
        switch error {
        case .unknownLogin: return ": see `skills-tui staff list`"
        case .unknownCompetency: return ": see `skills-tui frameworks list`"
        case .notStaff: return ": name someone with --person LOGIN"
        case .staffFileListsNobody: return " (--deactivate-missing)"
        case .syntheticStaffOutOfRange, .syntheticLargeTeamOutOfRange: return " (--staff, --large-team)"
        case .noDatabase: return ": create one with `skills-tui init` (or `skills-tui init --demo`), or pass --db PATH"
        case .notADatabase(let path) where DatabaseLocation(path).isPostgres:
            return "; pass --db with the right database (another application's tables are never touched)"
        case .notADatabase: return "; pass --db with the right file, or remove it and run `skills-tui init`"
        case .missingPostgresDatabase: return ": create it with `createdb`, then run `skills-tui init --db URL`"
        case .uninitialisedDatabase: return ": run `skills-tui init --db URL` (or `skills-tui migrate --from FILE --to URL`)"
        case .databaseLoginRefused: return "; check the password in the URL or in ~/.pgpass"
        case .alreadyExists, .notTheDemo, .alreadyPopulated: return "; give another path"
        case .noShippedData: return "; set SKILLS_TUI_DATA to the folder that holds frameworks/ and seeds/"
        case .lastAdministrator: return "; see `skills-tui access rights`"
        case .noSuchKey: return "; see `skills-tui access list`"
        case .unknownLearningItem: return ": see `skills-tui learning list`"
        case .itemDoesNotLift(_, let competency, _):
            return "; `skills-tui learning list --competency \(competency)` lists the items that do (--item), or use --text"
        case .unknownPlanItem: return ": see `skills-tui report plans`"
        case .unknownCertificate: return ": see `skills-tui report certificates`"
        case .unknownCycle, .cycleAlreadyOpen: return " (see `skills-tui cycle list`)"
        case .noCycle: return ": HR or an admin opens one with `skills-tui cycle open`"
        default: return nil
        }
    }

    public func unexpectedError(_ detail: String) -> String { "unexpected error: \(detail)" }

    public func languageName(_ language: Language) -> String {
        switch language {
        case .en: return "English"
        case .nb: return "Norwegian Bokmål"
        }
    }

    // MARK: - Terminal UI

    public var screen: ScreenWords { Self.screenWords }
    public var plans: PlanScreenWords { .english }
    public var developmentReports: DevelopmentReportWords { .english }

    private static let screenWords = ScreenWords(
            keyHelp: "help",
            keyHome: "home",
            keyBack: "back",
            keyQuit: "quit",
            keyRefresh: "refresh",
            keyQuitAnywhere: "quit from anywhere",
            keySuspend: "suspend (fg resumes)",
            keyScroll: "scroll",
            keyPage: "page",
            keyClose: "close",
            keyAnyOtherKey: "any other key",
            keyAnyKey: "any key",
            keyDropNotes: "yes, drop the notes",
            keyStay: "no, stay",
            keyYes: "yes",
            keyStopWork: "stop",
            keyMove: "move",
            keyFirst: "first",
            keyLast: "last",
            keyWheel: "wheel",
            keyClick: "click",
            keyOpen: "open",
            keySearch: "search",
            keyFind: "find",
            keyClearSearch: "clear the search",
            keyClearFilters: "clear the filters",
            keyCancel: "cancel",
            keyConfirm: "confirm",
            keyStart: "start",
            keyEnd: "end",
            keyWordLeft: "word left",
            keyWordRight: "word right",
            keyDeleteLeft: "delete left",
            keyDeleteRight: "delete right",
            keyDeleteWord: "delete word",
            keyDeleteToStart: "delete to start",
            keyDeleteToEnd: "delete to end",
            keyLetters: "letters",
            keyType: "type",
            keySelect: "select",
            keyUndo: "undo",
            keyNote: "note",
            keyExport: "export",
            keySwitchUser: "switch user",
            keyLanguage: "language: norsk",
            homeTitle: "Home",
            menuGapReport: "My gap report",
            menuHeatmap: "Team heatmap",
            menuTrainingNeeds: "Training needs",
            menuFrameworks: "Frameworks",
            menuSwitchUser: "Switch demo user",
            menuQuit: "Quit",
            menuCounting: "counting…",
            homeReadiness: "  Readiness ",
            homeTopGaps: "  Top gaps",
            homeNoGaps: "    None: every target of your role is met.",
            homeOpen: "  Open",
            loading: "Loading…",
            saving: "Saving…",
            stopped: "Stopped: nothing was changed.",
            loadingDemo: "Loading the demo organisation",
            loadingTeams: "Loading the teams",
            loadingHeatmap: "Loading the heatmap",
            loadingValidation: "Loading the validation queue",
            loadingOrganisationNeeds: "Loading the organisation's training needs",
            loadingTrainingNeeds: "Loading the training needs",
            loadingLeaver: "Working out the team without them",
            loadingOther: "Loading",
            switchingUser: "Opening the demo as someone else",
            exporting: "Exporting",
            savingShort: "Saving",
            stopping: "Stopping",
            escStopsIt: "  (Esc stops it)",
            readingNeeds: "reading and ranking the needs",
            moreAbove: " ↑ more ",
            moreBelow: " ↓ more ",
            helpScrollFooter: "↑↓ scroll · any other key closes",
            helpCloseFooter: "Any key closes this",
            tooSmallHint: "Enlarge the window, or press q to quit.",
            demoOrganisation: "demo organisation ",
            demoShort: "demo · ",
            noTeamToOpen: "There is no team for you to open here.",
            levelsRun: "Levels run from 0 (None) to 4 (Expert).",
            rolePickerTitle: "Choose a demo user",
            keyBeThisPerson: "be this person",
            findPrompt: "Find",
            rolePickerHeading: "  Demo organisation: choose who to be",
            rolePickerNote: "  The people are made up. Switch any time from the home screen with u.",
            nobodyToChoose: "Nobody to choose.",
            suggestionStaff: "Staff member",
            suggestionLead: "Team lead",
            suggestionHR: "HR",
            columnDemoChoice: "Suggested",
            teamPickerTitle: "Choose a team",
            keyFindTeam: "find team",
            keyFold: "fold",
            keyUnfold: "unfold",
            findTeamPrompt: "Find team",
            allYourTeams: "All the teams you lead",
            wholeOrganisation: "Whole organisation",
            whichHeatmap: "Which team's heatmap?",
            whichValidation: "Validate ratings in which team?",
            whichTrainingNeeds: "Training needs for which team?",
            columnMembers: "Members",
            columnBelow: "Below",
            noTeamToOpenList: "No team to open.",
            gapReportTitle: "Gap report",
            keyCompetency: "competency",
            roleRequiresNothing: "The role requires nothing.",
            frameworksTitle: "Frameworks",
            keyAllFrameworks: "all frameworks",
            findCompetencyPrompt: "Find competency",
            nothingMatches: "Nothing matches.",
            references: "References",
            waysToLearn: "Ways to learn it",
            requiredBy: "Required by",
            competencyHeading: "Competency",
            heatmapTitle: "Team heatmap",
            allFrameworks: "all frameworks",
            leastReadyFirst: " · least ready first",
            selfRatings: "self ratings",
            leadRatings: "lead ratings",
            effectiveRatings: "effective ratings",
            coverageMeetNeed: " Coverage (meet/need)",
            notRequiredByRole: " · not required by their role",
            disputedDetail: " · disputed",
            staleDetail: " · stale",
            trackSelf: "Self",
            trackLead: "Lead",
            leaverNothingLost: " Every competency someone meets would still be met by as many others, bar them.",
            goToCompetencyPrompt: "Go to competency",
            goToCompetencyLongPrompt: "Go to competency (id or name)",
            findPersonPrompt: "Find person",
            keyFirstPerson: "first person",
            keyLastPerson: "last person",
            keyFirstCompetency: "first competency",
            keyLastCompetency: "last competency",
            keyMoveThere: "move there",
            keyTheirGapReport: "their gap report",
            keyAboutCompetency: "about the competency",
            keyRatingsInFull: "the ratings and notes in full",
            keyLensCycle: "self/lead/effective",
            keyRateAsLead: "rate as their lead",
            keyUndoLastRating: "undo your last rating",
            keyFramework: "framework",
            keySortOrder: "sort: name, readiness, this column",
            keyGoToCompetency: "go to a competency",
            keyIfTheyLeft: "if they left",
            keyBackFromLeaver: "back from if they left",
            keyFindPerson: "find person",
            ratingsTitle: "Ratings",
            thisIsYou: "This is you: your own ratings are made in the self-assessment.",
            bandMeetsTarget: "meets target",
            bandOneShort: "1 short",
            bandTwoShort: "2 short",
            bandThreeShort: "3+ short",
            bandUnrated: "unrated",
            bandNotRequired: "not required",
            validationTitle: "Validation queue",
            yourTeams: "your teams",
            disputedOnly: "disputed only",
            staleOnly: "stale only",
            moreLoad: "more load as you go down",
            showing: "  Showing ",
            nothingWaiting: "Nothing waiting: every self rating in your teams has a lead rating at least as new.",
            nothingWaitingMatches: "Nothing waiting matches.",
            notePrefix: "note ",
            noLeadRatingYet: "No lead rating yet",
            noEvidenceNote: "no evidence note",
            readsItAll: " (Enter reads it all)",
            flagDisputed: "disputed",
            flagStale: "stale",
            keyAcceptTheirLevel: "accept their level",
            keyYourLevel: "your level",
            keyRatingInFull: "the rating in full",
            keyDisputedOnly: "disputed only",
            keyStaleOnly: "stale only",
            keyAllRatings: "all ratings",
            keyEveryPerson: "every person",
            keyOnlyThisPerson: "only this person",
            keyEveryCompetency: "every competency",
            keyOnlyThisCompetency: "only this competency",
            keyValidationOrder: "order: by person, disputes first, by competency, oldest first",
            noteKeptValidation: "Note kept with this rating: press a to accept or 0-4 to set your level; it is saved with it.",
            selfRatingTitle: "Self rating",
            evidence: "Evidence",
            noEvidenceNoteFull: "No evidence note.",
            uTakesItBack: " u takes it back.",
            orderByPerson: "by person",
            orderDisputesFirst: "disputes first",
            orderByCompetency: "by competency",
            orderOldestFirst: "oldest first",
            walkthroughTitle: "Self-assessment",
            keyGoToIt: "go to it",
            keyCloseList: "close the list",
            keyMyGapReport: "my gap report",
            keyBackToLast: "back to the last",
            keyAnswer: "answer",
            keyPickLevel: "pick a level",
            keyAnswerPicked: "answer the level picked",
            keySkip: "skip",
            keyScrollText: "scroll the text",
            keyNextUnanswered: "next unanswered",
            keyListAll: "list all",
            keyBackToRole: "back to your role",
            keyWholeFramework: "the whole framework",
            keyUndoLastAnswer: "undo your last answer",
            everyAnswered: "Every competency here has an answer.",
            noteNotChanged: "Note not changed (Esc).",
            noteUnchanged: "Note unchanged: nothing recorded.",
            noteKept: "Note kept: pick a level 0-4 to save it with the answer.",
            withYourNote: " with your note",
            done: "done",
            notRequiredByYourRole: "Not required by your role: answer if you know it, or skip with s.",
            answerLegend: "● your answer   ◎ your role's target",
            yourAnswer: "Your answer: ",
            staleSuffix: ", stale",
            disputedSuffix: ", disputed",
            notAnsweredYet: "not answered yet",
            yourRoleCompetencies: "your role's competencies",
            goToWhich: "Go to which competency? (· not answered yet)",
            noteNotSaved: " (note not saved)",
            everyOneAnswered: "Every one has an answer.",
            stillWithoutAnswer: "Still without an answer (Tab goes to the first, o lists them all):",
            finishedKeys: "Enter shows your gap report, b goes back to the last one, Esc home.",
            leadWillSee: "Your lead will see your answers in their validation queue.",
            trainingTitle: "Training needs",
            groupByCompetency: "by competency",
            groupByTeam: "by team",
            groupByPerson: "by person",
            groupFlat: "flat, by priority",
            columnNowTarget: "Now→",
            priorityLine: "  Priority = weight x gap, +2 if nobody in the team meets it, +1 if one does.",
            noNeedPassesFilter: "No need passes the filter (Esc clears it).",
            exportingPanel: " Exporting… ",
            sshNothingWritten: "Nothing was written on the server. To save this list on your",
            sshOwnComputer: "own computer, run this there:",
            sshSameFile: "The file is the same as an export here would be.",
            exportOverSSH: "Export over SSH",
            anyKeyCloses: "Any key closes this",
            formatCSV: "CSV",
            formatExcel: "CSV for Excel",
            formatJSON: "JSON",
            formatMarkdown: "Markdown",
            keyReplaceFile: "replace the file",
            keyKeepFile: "keep it: change the name",
            keyTheCompetency: "the competency",
            keyNextMatch: "next match",
            keyPreviousMatch: "previous match",
            keyStopFinding: "stop finding",
            keyGrouping: "group by competency, team, person, or flat",
            keyOnlyThisTeam: "only this team",
            keyEveryTeam: "every team",
            keyOnlyFlagged: "only unrated, stale or disputed",
            findCompetencyOrPerson: "Find competency or person",
            cursorOnNeed: "Put the cursor on a person's need to keep only their team.",
            giveFileName: "Give the file a name.",
            exportChoices: "Export as: c CSV · x CSV for Excel · j JSON · m Markdown · Esc cancel",
            exportsWholeList: " · e exports the whole list",
            accessStaff: "staff",
            accessLead: "lead",
            accessHR: "hr",
            accessAdmin: "admin",
            accessInactive: "inactive",
            accessNone: "no access",
            yourRatingOf: "your rating of",
            yourAnswerTo: "your answer to",
            noLeadRatingNow: "no lead rating now",
            noAnswerNow: "no answer now",
            saveExcelTo: "Save CSV for Excel to",
            keyAllNotOnlyDisputed: "all, not only disputed",
            keyAllNotOnlyStale: "all, not only stale",
            barAnswered: " answered",
            nobodyHasGap: "Nobody in scope has a gap.",
            columnRoleTeam: "Role · team")

    public func group(_ number: Int) -> String { NumberText.grouped(number, separator: ",") }
    public func seconds(_ value: Double) -> String { String(format: "%.1f", value) }
    public func continueWalkthrough(at position: Int, of count: Int, answered: Int) -> String { "Continue self-assessment at \(position) of \(count) (\(answered) answered)" }
    public func startWalkthrough(competencies count: Int) -> String { "Start self-assessment (\(count) \(count == 1 ? "competency" : "competencies"))" }
    public func walkthroughProgress(answered: Int, of count: Int) -> String { "Self-assessment (\(answered) of \(count) answered)" }
    public func validationWaiting(waiting: Int, disputed: Int) -> String { "\(group(waiting)) waiting" + (disputed > 0 ? ", \(group(disputed)) disputed" : "") }
    public func validateRatings(_ waiting: String) -> String { "Validate ratings (\(waiting))" }
    public func homeRoleLine(role: String, team: String, access: String) -> String { "  \(role) · team \(team) · access: \(access)" }
    public func homeNotStaff(access: String) -> String { "  Access: \(access). You are not a member of staff here, so there is nothing to self-assess." }
    public func homeGapSummary(gap: Int, of target: Int) -> String { "  gap \(gap) of \(target)" }
    public func topGapStanding(target: Int, now: String, gap: Int, flags: String) -> String { "target \(target), now \(now), gap \(gap)  \(flags)" }
    public func unsavedNotesQuit(_ count: Int) -> String { "\(count) \(count == 1 ? "note is" : "notes are") kept but not saved (a note is saved with a level). Quit and drop them? y/n" }
    public func unsavedNotesLeave(_ count: Int) -> String { "\(count) \(count == 1 ? "note is" : "notes are") kept here but not saved (a note is saved with a level). Leave and drop them? y/n" }
    public func busy(_ message: String, seconds value: Double) -> String { "\(message)… \(seconds(value)) s" }
    public func keysTitle(_ screen: String) -> String { "Keys: \(screen)" }
    public func tooSmall(width: Int, height: Int) -> String { "Terminal too small: \(width)x\(height)" }
    public func needsAtLeast(width: Int, height: Int) -> String { "skills-tui needs at least \(width)x\(height)." }
    public func writingNeeds(_ count: Int) -> String { "writing \(group(count)) \(count == 1 ? "need" : "needs")" }
    public func listPosition(from first: Int, to last: Int, of count: String) -> String { "\(first)-\(last) of \(count)" }
    public func linesPosition(from first: Int, to last: Int, of count: Int) -> String { "lines \(first)-\(last) of \(count)" }
    public func position(_ position: Int, of count: Int) -> String { "\(position) of \(count)" }
    public func yourLeadRatingOf(_ login: String) -> String { "your lead rating of \(login)" }
    public func previousRating(level: Int, on date: Date) -> String { " (was \(level), \(day(date)))" }
    public func savedRating(whose: String, competency: String, level: Int, label: String, previous: String) -> String { "Saved \(whose) \(competency) = \(level)\(label)\(previous). u takes it back." }
    public func backTo(level: Int, label: String, of date: Date) -> String { "back to \(level)\(label) of \(day(date))" }
    public func tookBack(whose: String, competency: String, level: Int, label: String, now: String) -> String { "Took back \(whose) \(competency) = \(level)\(label): \(now)." }
    public func resumed(at position: Int, of count: Int) -> String { "Resumed where you stopped: \(position) of \(count). Press g to start from the first." }
    public var wholeOrganisationTakesSeconds: String { "  A whole organisation takes a few seconds. Esc stops it." }
    public func menuCompletion(organisation: Bool) -> String { "Review cycle completion \(organisation ? "by team" : "of my teams")" }
    public var menuCalibration: String { "Calibration: self against lead ratings" }
    public func menuTrend(organisation: Bool) -> String { "Trend over review cycles \(organisation ? "by team" : "of my teams")" }
    public var loadingCompletion: String { "Counting the review cycle's completion" }
    public var loadingCalibration: String { "Comparing self and lead ratings" }
    public var loadingTrend: String { "Reading the cycles' figures" }
    public var menuCycles: String { "Review cycles: open and close" }
    public var cycleScreens: any CycleScreenWords { EnglishCycleScreenWords() }
    public var progressLines: ProgressLineWords { .english }
    public var commandOutputs: any CommandOutputWords { EnglishCommandOutputWords() }
    public var pictures: PictureWords { .english }
    public var fileProblems: any FileProblemWords { EnglishFileProblemWords() }
    public var homeCycleTitle: String { "Review cycle " }
    public func homeCycleDue(_ day: String, overdue: Bool, pastDue: Bool) -> String { overdue ? "overdue since \(day)" : (pastDue ? "was due \(day)" : "due \(day)") }
    public func homeCycleDone(_ done: Int, of total: Int) -> String { "\(done) of \(total) done" }
    public var homeCyclePartComplete: String { ": your part is complete." }
    public func homeCycleToAnswer(_ count: Int) -> String { " · \(count) to answer" }
    public func homeCycleToReconfirm(_ count: Int) -> String { " · \(count) to re-confirm (c in the self-assessment)" }
    public var loadingCycles: String { "Loading the review cycles" }
    public var closingCycle: String { "Closing the cycle and recording everyone's figures" }
    public func markPhrase(_ mark: InterestMark) -> String { mark == .mentor ? "willing to mentor" : "wants to grow" }
    public var keyLowestLevel: String { "the lowest level listed" }
    public func keyMentors(only: Bool) -> String { only ? "everyone" : "only those willing to mentor" }
    public func keyMark(_ mark: InterestMark, isSet: Bool) -> String { switch (mark, isSet) { case (.mentor, true): "no longer willing to mentor in it"; case (.mentor, false): "I am willing to mentor in it"; case (.grow, true): "no longer want to grow in it"; case (.grow, false): "I want to grow in it" } }
    public func markChanged(_ mark: InterestMark, isSet: Bool, competency id: String) -> String { switch (mark, isSet) { case (.mentor, true): "You are now willing to mentor in \(id): everyone who searches for it sees you."; case (.grow, true): "You now want to grow in \(id)."; case (.mentor, false): "You are no longer marked willing to mentor in \(id)."; case (.grow, false): "You are no longer marked wanting to grow in \(id)." } }
    public var peopleSearchNotes: [String] { ["Listed: everyone you may see at or above the level on either track, and anyone", "who marked the competency \"willing to mentor\", whichever team they are in.", "Unvalidated: no lead rating yet, so the level is the person's own view."] }
    public func whoKnowsAtLevel(competency: String, level: Int, label: String) -> String { "  Who knows \(competency) at level \(level) (\(label)) or above" }
    public func peopleSearchCounts(people: Int, byLead: Int, byOwn: Int, unvalidated: Int, mentors: Int) -> String { "  \(group(people)) \(people == 1 ? "person" : "people"): \(byLead) by lead rating, \(byOwn) by own · \(unvalidated) unvalidated · \(mentors) willing to mentor" }
    public var peopleSearchHint: String { "  1-4 level · o mentors only" }
    public func peopleSearchYou(_ marks: String) -> String { "  You: \(marks) · m mentor · w want to grow · 1-4 level · o mentors only" }
    public var noMark: String { "no mark" }
    public func nobodyListed(mentorsOnly: Bool) -> String { mentorsOnly ? "Nobody listed is willing to mentor in it (o shows everyone)." : "Nobody you may see is at this level; try a lower one (1-4)." }
    public var unvalidated: String { "unvalidated" }
    public var columnMarks: String { "Marks" }
    public var keyCostedPlan: String { "the costed training plan" }
    public func unknownCommand(_ word: String) -> String { "unknown command `\(word)`; see `skills-tui --help`" }
    public func unknownSubcommand(group: String, word: String) -> String { "unknown command `\(group) \(word)`; see `skills-tui \(group) --help`" }
    public func unknownOption(_ name: String, scope: String, help: String) -> String { "unknown option \(name) for \(scope); see `\(help)`" }
    public func extraArgument(command: String, argument: String, usage: String) -> String { "`\(command)` does not take \"\(argument)\"; usage: \(usage)" }
    public func missingArguments(command: String, arguments: String, usage: String) -> String { "`\(command)` needs \(arguments); usage: \(usage)" }
    public func takesNoValue(_ name: String) -> String { "\(name) takes no value" }
    public func needsValue(_ name: String, valueName: String) -> String { "\(name) needs a value (\(valueName))" }
    public func emptyValue(_ name: String) -> String { "\(name) needs a non-empty value" }
    public func notAChoice(_ name: String, choices: String, value: String) -> String { "\(name) must be one of \(choices), not \"\(value)\"" }
    public func givenTwice(_ name: String) -> String { "\(name) is given twice" }
    public var keyOpenOrWhoKnows: String { "open; on a competency, who knows it" }
    public var keyWhoKnowsIt: String { "who knows it" }
    public var whoKnowsHeading: String { "Who knows what: choose a framework, then a competency (/ searches them all)" }
    public func rerateAfterTraining(item: String, planItem: Int, on date: Date) -> String { "You finished \"\(item)\" (plan item \(planItem)) on \(day(date)), after you last rated this: rate it again." }
    public func rerateAfterRewording(version: String) -> String { "The wording has changed since you rated this (against version \(version)): rate it again." }
    public var rateThisAgain: String { "Rate this again." }
    public func homeRateAgain(_ count: Int) -> String { ": \(count) to rate again" }
    public var menuTrainingAndPlan: String { "Training needs and the costed plan" }
    public func menuDevelopmentPlans(organisation: Bool) -> String { organisation ? "Development plans: uptake and booked spend" : "Development plans of my teams" }
    public var menuMyDevelopmentPlan: String { "My development plan" }
    public var menuWhoKnowsWhat: String { "Who knows what" }
    public func loadingTrainingPlan(organisation: Bool) -> String { organisation ? "Costing the organisation's training plan" : "Costing the training plan" }
    public var loadingDevelopmentPlans: String { "Loading the development plans" }
    public var loadingPeopleSearch: String { "Finding who knows it" }
    public var rankingNeeds: String { "reading and ranking the needs" }
    public func rateAgainFirst(_ count: Int) -> String { "\(count == 1 ? "1 competency" : "\(count) competencies") to rate again first (training done, or the wording changed); then Tab goes on to the unanswered." }
    public func nobodyMatches(_ query: String) -> String { "Nobody matches \"\(query)\"." }
    public func noTeamMatches(_ query: String) -> String { "No team matches \"\(query)\"." }
    public func nothingMatchesQuery(_ query: String) -> String { "Nothing matches \"\(query)\"." }
    public func competenciesMatching(_ query: String) -> String { "Competencies matching \"\(query)\"" }
    public func frameworkLine(id: String, name: String, version: String, reviewDays: Int) -> String { "\(id) \(name), version \(version) · ratings go stale after \(reviewDays) days" }
    public func frameworkSize(competencies: Int, areas: Int, version: String) -> String { "\(competencies) \(competencies == 1 ? "competency" : "competencies") in \(areas) \(areas == 1 ? "area" : "areas") · \(version)" }
    public func gapReportOf(_ name: String) -> String { "Gap report: \(name)" }
    public func gapScreenSummary(readiness: String, weightedGap: Int, of target: Int) -> String { "  Readiness \(readiness) · weighted gap \(weightedGap) of \(target)" }
    public func heatmapHeading(team: String, people count: Int, lens: String, filter: String) -> String { "  \(team) · \(group(count)) \(count == 1 ? "person" : "people") · \(lens) · \(filter)" }
    public func sortedBy(_ id: String) -> String { " · by \(id)" }
    public func matchingSuffix(_ query: String) -> String { " · matching \"\(query)\"" }
    public func nobodyToShow(matching query: String?) -> String { "  Nobody to show" + (query.map { " matching \"\($0)\"." } ?? ".") }
    public func withoutPerson(_ name: String) -> String { " Without \(name)" }
    public func detailTarget(_ target: Int, label: String) -> String { " · target \(target) \(label)" }
    public func detailNow(_ band: String) -> String { " · now: \(band)" }
    public func teamMeets(_ meeting: Int, of required: Int) -> String { " · team: \(meeting) of \(required) meet" }
    public func onlyHolder(_ login: String) -> String { " (only \(login))" }
    public func trackNone(_ track: String) -> String { "\(track): none" }
    public func ratingLine(track: String, level: Int, label: String, on date: Date, age: String) -> String { "\(track): \(level) \(label), \(day(date)) (\(age))" }
    public func byRater(_ login: String) -> String { " by \(login)" }
    public func historyCount(_ count: Int) -> String { "\(count) ratings in its history" }
    public func leaverHeading(name: String, login: String) -> String { " If \(name) (\(login)) left, by effective ratings (x again: back):" }
    public func nobodyWouldMeetList(_ names: String) -> String { "Nobody would meet: \(names)" }
    public func onlyOneWouldMeetList(_ names: String) -> String { "Only one would meet: \(names)" }
    public func noCompetencyOnHeatmap(_ text: String) -> String { "No competency on this heatmap matches \"\(text)\"." }
    public func notYourMember(_ name: String) -> String { "You can rate the members of the teams you lead; \(name) is not one of them." }
    public func inAnotherTeam(name: String, team: String) -> String { "\(name) is in another team (\(team)): open that team's heatmap to see it without them." }
    public func toValidate(in scope: String, counted: String) -> String { "  To validate in \(scope): \(counted)" }
    public func teamNamed(_ id: String) -> String { "team \(id)" }
    public func waitingAndDisputed(waiting: Int, disputed: Int) -> String { "\(group(waiting)) waiting, \(group(disputed)) disputed" }
    public func only(_ what: String) -> String { "only \(what)" }
    public func matchingQuery(_ query: String) -> String { "matching \"\(query)\"" }
    public func selfRatingSummary(name: String, competency: String, level: Int, label: String, age: String) -> String { "\(name): \(competency) at \(level) \(label), \(age)" }
    public func yourLastRating(level: Int, label: String, on date: Date) -> String { "Your last rating: \(level) \(label), \(day(date))" }
    public func evidenceLine(_ note: String) -> String { "Evidence: \(note)" }
    public func quoted(_ text: String) -> String { "“\(text)”" }
    public func yourPendingNote(_ note: String) -> String { "Your note, saved with your rating: \(note)" }
    public func validationActions(accepting level: Int) -> String { "a: accept \(level) as your rating · 0-4: your own level · n: add a note" }
    public func noteFor(login: String, competency: String) -> String { "Note for \(login) \(competency)" }
    public func savedValidation(name: String, login: String, competency: String, level: Int, label: String) -> String { "Saved your rating of \(name) (\(login)) \(competency) = \(level) \(label)" }
    public func wasRating(level: Int, on date: Date) -> String { " (was \(level), \(day(date)))." }
    public func stillWaiting(_ count: Int) -> String { " \(group(count)) waiting." }
    public func selfRatingLine(level: Int, label: String, on date: Date, age: String) -> String { "Self rating: \(level) \(label), \(day(date)) (\(age))" }
    public func roleTarget(_ target: Int, label: String) -> String { "Their role's target: \(target) \(label)" }
    public func evidenceFor(_ competency: String) -> String { "Evidence for \(competency)" }
    public func noteKeptUntilAnswered(_ note: String) -> String { "Your note for this one is kept for when you answer it (not saved yet): \(note)" }
    public func noteSavedAgain(competency: String, level: Int, label: String) -> String { "Note saved: \(competency) = \(level) \(label) again today. u takes it back." }
    public func savedAnswer(competency: String, level: Int, label: String, noted: Bool, answered: Int, of count: Int) -> String { "Saved \(competency) = \(level) \(label)\(noted ? " with your note" : ""). \(answered) of \(count) answered. u undoes." }
    public func roleNeedsLevel(_ target: Int, label: String) -> String { "Your role needs level \(target) (\(label))." }
    public func answerDetail(level: Int, label: String, on date: Date, age: String) -> String { "\(level) \(label), \(day(date)) (\(age))" }
    public func yourLeadSuffix(level: Int, label: String) -> String { " · your lead: \(level) \(label)" }
    public func noteToSave(_ note: String) -> String { "Note to save with your answer (not saved yet): \(note)" }
    public func yourNote(_ note: String) -> String { "Your note: “\(note)” (n edits it; that records your answer again today)" }
    public func allOfFramework(_ name: String) -> String { "all of \(name)" }
    public func walkthroughAnswered(_ progress: String, answered: Int) -> String { "\(progress) · \(answered) answered " }
    public func walkthroughHeading(_ scope: String) -> String { "  Self-assessment: \(scope)" }
    public func allInWalkthrough(_ count: Int) -> String { "All \(count) in this walk-through (o lists them to jump to one)" }
    public func beenThroughAll(_ count: Int, answered: Int) -> String { "You have been through all \(count) competencies; \(answered) have an answer." }
    public func trainingScreenHeading(scope: String, people: Int, needs: Int, competencies: Int) -> String { "  Training needs, \(scope): \(group(people)) \(people == 1 ? "person" : "people"), \(group(needs)) \(needs == 1 ? "need" : "needs") in \(competencies) \(competencies == 1 ? "competency" : "competencies")" }
    public func teamOnly(_ team: String) -> String { "team \(team) only" }
    public func frameworkOnly(_ framework: String) -> String { "\(framework) only" }
    public func shownCount(_ count: Int) -> String { "\(group(count)) shown" }
    public func linesMatch(_ count: Int, query: String) -> String { "\(group(count)) \(count == 1 ? "line matches" : "lines match") \"\(query)\" (n/N)" }
    public func showingLine(_ parts: String) -> String { "  Showing " + parts + " · p costs a plan · e exports" }
    public func needGroupHeading(competency: String, people: Int, priority: Int) -> String { "\(competency) · \(group(people)) \(people == 1 ? "person" : "people") · priority \(priority)" }
    public func teamHeading(_ team: String) -> String { "Team \(team)" }
    public func saveFormatTo(_ format: String) -> String { "Save \(format) to" }
    public func exportedNeeds(_ count: Int, to path: String) -> String { "Exported \(group(count)) training \(count == 1 ? "need" : "needs") to \(path)" }
    public func replaceQuestion(_ path: String) -> String { "\(path) exists. Replace it? y/n" }
}
