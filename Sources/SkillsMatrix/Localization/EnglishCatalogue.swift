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
    public var collation: Collation { .characterCode }

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
            reviewEvery: "Review every", login: "Login", role: "Role", notes: "Notes")
    }

    public var flags: RequirementFlagWords { RequirementFlagWords(unrated: "unrated", stale: "stale", disputed: "disputed") }
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

    // MARK: - Coverage and calibration

    public func coverageTitle(team: String, teamID: String, members: Int) -> String {
        "Coverage: \(team) (\(teamID)) · \(members) active members"
    }
    public func coverageSummary(singlePointsOfFailure: Int, uncovered: Int) -> String {
        "\(singlePointsOfFailure) single points of failure · \(uncovered) competencies nobody meets"
    }
    public var nobodyMeetsTarget: String { "nobody meets the target" }
    public func singlePointOfFailure(holder: String) -> String { "single point of failure: only \(holder)" }
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
        "Heatmap: \(team) (\(teamID)) · \(lensName(lens)) ratings · \(people) people"
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

    public func recorded(competency: String, level: Int, label: String, login: String, track: RatingTrack) -> String {
        "Recorded \(competency) = \(level) (\(label)) for \(login) on the \(trackName(track)) track."
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
    public func demoOrganisationLine(people: Int, teams: Int, ratingEvents: Int) -> String {
        "Demo organisation: \(people) people in \(teams) teams, \(ratingEvents) rating events; anyone may use --as LOGIN"
    }
    public func theDatabase(path: String) -> String { "the database \(path)" }
    public func backedUp(database: String, destination: String, events: Int) -> String {
        "Backed up \(database) to \(destination): \(events) rating events, integrity check ok"
    }
    public var staffImportDryRun: String { "Dry run: nothing was written." }
    public func staffImportSummary(
        file: String, people: Int, added: Int, updated: Int, unchanged: Int, deactivated: Int, newTeams: Int
    ) -> String {
        "\(file): \(people) people; \(added) added, \(updated) updated, \(unchanged) unchanged, \(deactivated) deactivated"
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
        case .unsafeNote(let problem):
            return "the note \(problem): nothing was recorded"
        case .inactivePerson(let login):
            return "\(login) is marked inactive: nothing was recorded"
        case .notStaff(let login):
            return "\(login) is not a member of staff in this database"
        case .walkthroughIsSelfOnly:
            return "a walk-through records your own ratings only"
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
        case .noAccess:
            return "\(who) is not a member of staff in this database, so has no access; ask an administrator"
        case .manageAccess:
            return "\(who) may not see or change who reaches the database over SSH: only an admin may"
        case .manageRights:
            return "\(who) may not see, grant or withdraw the hr and admin rights: only an admin may"
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
        case .notADatabase: return "; pass --db with the right file, or remove it and run `skills-tui init`"
        case .alreadyExists, .notTheDemo, .alreadyPopulated: return "; give another path"
        case .noShippedData: return "; set SKILLS_TUI_DATA to the folder that holds frameworks/ and seeds/"
        case .lastAdministrator: return "; see `skills-tui access rights`"
        case .noSuchKey: return "; see `skills-tui access list`"
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
}
