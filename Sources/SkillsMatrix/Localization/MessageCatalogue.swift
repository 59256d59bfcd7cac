import Foundation

/// Every word the tool shows a person, in one language: the text reports, the command
/// line's confirmations, hints and error descriptions, and the terminal UI.
///
/// Each language is one file that conforms (`EnglishCatalogue`, `BokmalCatalogue`), so
/// a language that lacks a text does not compile, and a text that takes values takes
/// them as typed parameters: a translation can put them anywhere in its sentence, but
/// cannot misspell or drop a placeholder that a program fills in. Machine formats (CSV
/// and JSON names, `true`/`false`, file formats) are not here: they stay the same in
/// every language, byte for byte.
///
/// Why Swift rather than a data file per language: the catalogue must speak before and
/// without the shipped data folder (a usage error, "cannot find the shipped data", the
/// SSH gateway's refusals, every error's `description` in logs and tests), and a data
/// file that failed to load would leave the tool mute or need a second English copy in
/// the code. Compiled, a missing text or a wrong placeholder fails the build, not a
/// person at a terminal.
public protocol MessageCatalogue: Sendable {
    var language: Language { get }

    // MARK: - How numbers, dates and names are written

    /// A date as this language writes it: `2026-11-24` in English, `24.11.2026` in Bokmål.
    func day(_ date: Date) -> String
    /// A fraction as a whole percentage: `86%`, `86 %`.
    func percent(_ fraction: Double) -> String
    /// The separator between the whole and the fraction: `.` or `,`.
    var decimalSeparator: Character { get }
    /// How long ago, from days: "today", "3 days ago".
    func age(days: Int) -> String

    // MARK: - Words every report shares

    var columns: ReportColumns { get }
    /// The flag words of a requirement: unrated, stale, disputed.
    var flags: RequirementFlagWords { get }
    /// A requirement that is met: "ok".
    var gapMet: String { get }
    func lensName(_ lens: HeatmapLens) -> String
    func trackName(_ track: RatingTrack) -> String
    func people(_ count: Int) -> String

    // MARK: - Gap report

    func gapReportTitle(name: String, login: String) -> String
    func roleAndTeam(role: String, team: String) -> String
    func readinessLine(readiness: String, weightedGap: Int, weightedTarget: Int) -> String
    func unratedCount(_ count: Int) -> String
    func staleCount(_ count: Int) -> String
    func disputedCount(_ count: Int) -> String
    func roleHasNoRequirements(role: String) -> String
    /// Heads the ratings of competencies the person's role does not require.
    var beyondRoleHeading: String { get }

    // MARK: - Coverage and calibration

    func coverageTitle(team: String, teamID: String, members: Int) -> String
    func coverageSummary(singlePointsOfFailure: Int, uncovered: Int) -> String
    var nobodyMeetsTarget: String { get }
    /// `beyondRole`: the one holder meets it only beyond their role.
    func singlePointOfFailure(holder: String, beyondRole: Bool) -> String
    /// What the coverage table's Beyond column counts.
    var beyondColumnExplanation: String { get }
    var calibrationNoPairs: String { get }
    func calibrationLevel(pairs: Int) -> String
    /// `difference` is already written with this language's decimal separator.
    func calibration(difference: String, selfAbove: Bool, pairs: Int) -> String
    func ifLeft(login: String) -> String
    var leaverLosesNothing: String { get }
    func nobodyWouldMeet(competency: String) -> String
    func onlyOneWouldMeet(login: String, competency: String) -> String

    // MARK: - Heatmap

    func heatmapTitle(team: String, teamID: String, lens: HeatmapLens, people: Int) -> String
    /// Two lines: what a cell says, and what the coverage row says.
    var heatmapLegend: String { get }
    /// The same, one symbol a line, for the help overlay.
    var heatmapLegendLines: [String] { get }
    var teamHasNoActiveMembers: String { get }

    // MARK: - Training needs

    var priorityExplanation: String { get }
    func trainingScope(team: String?) -> String
    func trainingSummary(people: Int, needs: Int, competencies: Int) -> String
    func trainingNeedsTitle(scope: String, summary: String) -> String
    var nothingToTrain: String { get }
    /// What became of the requirements nobody has rated: listed and marked, or left out.
    func unratedNote(included: Bool, count: Int) -> String
    func trainingGroupLine(people: Int, totalPriority: Int) -> String

    // MARK: - Frameworks and staff

    func reviewEvery(days: Int) -> String
    func roleProfilesLine(count: Int, ids: String) -> String
    func frameworkHeading(id: String, name: String, version: String) -> String
    func ratingsGoStale(days: Int) -> String
    var scaleHeading: String { get }
    var showCompetencyHint: String { get }
    var referencesHeading: String { get }
    var learningHeading: String { get }
    var requiredByHeading: String { get }
    func requiredBy(role: String, target: Int, weight: Int) -> String
    var leadNote: String { get }
    var inactiveNote: String { get }

    // MARK: - Command line confirmations

    func recorded(competency: String, level: Int, label: String, login: String, track: RatingTrack, certificate: Int?) -> String
    func ratingChange(competency: String, level: Int, login: String) -> String
    func languageSet(_ language: Language, login: String) -> String
    func languageCleared(login: String, fallback: Language) -> String
    func languageChange(login: String) -> String
    func created(path: String) -> String
    func frameworksLine(_ frameworks: String) -> String
    func frameworkCount(id: String, version: String, competencies: Int) -> String
    func roleProfilesCount(_ count: Int) -> String
    func adminLine(login: String) -> String
    func learningCatalogueLine(version: String, items: Int, currency: String) -> String
    func demoOrganisationLine(people: Int, teams: Int, ratingEvents: Int) -> String
    func theDatabase(path: String) -> String
    func backedUp(database: String, destination: String, events: Int) -> String
    var staffImportDryRun: String { get }
    func staffImportSummary(file: String, people: Int, added: Int, updated: Int, unchanged: Int, deactivated: Int, newTeams: Int) -> String
    var nothingToChange: String { get }
    var staffImportColumns: StaffImportWords { get }
    func staffImportChange(file: String) -> String
    func syntheticOrganisationLine(people: Int, teams: Int, ratingEvents: Int, seed: UInt64) -> String
    func theBackup(path: String) -> String
    func theImport(files: String) -> String
    func frameworkAdded(id: String, version: String, name: String, competencies: Int, areas: Int) -> String
    func frameworkUnchanged(id: String, version: String) -> String
    func frameworkUpgraded(
        id: String, from: String, to: String, competencies: Int, added: Int, changed: Int, retired: Int,
        languages: (from: String, to: String)?) -> String
    func rolesUnchanged(file: String, version: String) -> String
    func rolesImported(file: String, version: String, profiles: Int, added: Int, changed: Int, removed: Int) -> String
    /// The lines under an import's summary: which ids were retired, added, changed, removed.
    func retiredIDs(_ ids: String) -> String
    func addedIDs(_ ids: String) -> String
    func changedIDs(_ ids: String) -> String
    func removedIDs(_ ids: String) -> String

    // MARK: - Errors

    /// The engine's one sentence for `error`.
    func describe(_ error: SkillsError) -> String
    /// The sentence for a refusal by `AccessPolicy`.
    func describe(_ denied: AccessDenied) -> String
    /// What to type next, for the errors where the command line has an answer.
    func commandLineHint(_ error: SkillsError) -> String?
    func unexpectedError(_ detail: String) -> String
    /// The language names as this language writes them: "Norwegian Bokmål", "norsk bokmål".
    func languageName(_ language: Language) -> String

    // MARK: - Terminal UI

    /// The screens' fixed words.
    var screen: ScreenWords { get }
    var plans: PlanScreenWords { get }
    var developmentReports: DevelopmentReportWords { get }
    func group(_ number: Int) -> String
    func seconds(_ value: Double) -> String
    func continueWalkthrough(at position: Int, of count: Int, answered: Int) -> String
    func startWalkthrough(competencies count: Int) -> String
    func walkthroughProgress(answered: Int, of count: Int) -> String
    func validationWaiting(waiting: Int, disputed: Int) -> String
    func validateRatings(_ waiting: String) -> String
    func homeRoleLine(role: String, team: String, access: String) -> String
    func homeNotStaff(access: String) -> String
    func homeGapSummary(gap: Int, of target: Int) -> String
    func topGapStanding(target: Int, now: String, gap: Int, flags: String) -> String
    func unsavedNotesQuit(_ count: Int) -> String
    func unsavedNotesLeave(_ count: Int) -> String
    func busy(_ message: String, seconds value: Double) -> String
    func keysTitle(_ screen: String) -> String
    func tooSmall(width: Int, height: Int) -> String
    func needsAtLeast(width: Int, height: Int) -> String
    func writingNeeds(_ count: Int) -> String
    func listPosition(from first: Int, to last: Int, of count: String) -> String
    func linesPosition(from first: Int, to last: Int, of count: Int) -> String
    func position(_ position: Int, of count: Int) -> String
    func yourLeadRatingOf(_ login: String) -> String
    func previousRating(level: Int, on date: Date) -> String
    func savedRating(whose: String, competency: String, level: Int, label: String, previous: String) -> String
    func backTo(level: Int, label: String, of date: Date) -> String
    func tookBack(whose: String, competency: String, level: Int, label: String, now: String) -> String
    func resumed(at position: Int, of count: Int) -> String
    var wholeOrganisationTakesSeconds: String { get }
    func menuCompletion(organisation: Bool) -> String
    var menuCalibration: String { get }
    func menuTrend(organisation: Bool) -> String
    var loadingCompletion: String { get }
    var loadingCalibration: String { get }
    var loadingTrend: String { get }
    var menuCycles: String { get }
    /// The review-cycle screens' words (completion, calibration, trend, opening and closing).
    var cycleScreens: any CycleScreenWords { get }
    /// Waiting for the database, and `rate --from`'s lines.
    var progressLines: ProgressLineWords { get }
    /// The command line's own commands and the SSH gateway: refusals, help, `access`.
    var commandOutputs: any CommandOutputWords { get }
    /// The HTML and SVG heatmaps and the trend's HTML page.
    var pictures: PictureWords { get }
    /// What is wrong in a data file, and `frameworks validate`'s report.
    var fileProblems: any FileProblemWords { get }
    /// Home's open review cycle: "Review cycle " before its name.
    var homeCycleTitle: String { get }
    func homeCycleDue(_ day: String, overdue: Bool, pastDue: Bool) -> String
    func homeCycleDone(_ done: Int, of total: Int) -> String
    var homeCyclePartComplete: String { get }
    func homeCycleToAnswer(_ count: Int) -> String
    func homeCycleToReconfirm(_ count: Int) -> String
    var loadingCycles: String { get }
    var closingCycle: String { get }
    func markPhrase(_ mark: InterestMark) -> String
    var keyLowestLevel: String { get }
    func keyMentors(only: Bool) -> String
    func keyMark(_ mark: InterestMark, isSet: Bool) -> String
    func markChanged(_ mark: InterestMark, isSet: Bool, competency: String) -> String
    var peopleSearchNotes: [String] { get }
    func whoKnowsAtLevel(competency: String, level: Int, label: String) -> String
    func peopleSearchCounts(people: Int, byLead: Int, byOwn: Int, unvalidated: Int, mentors: Int) -> String
    var peopleSearchHint: String { get }
    func peopleSearchYou(_ marks: String) -> String
    var noMark: String { get }
    func nobodyListed(mentorsOnly: Bool) -> String
    var unvalidated: String { get }
    var columnMarks: String { get }
    var keyCostedPlan: String { get }
    func unknownCommand(_ word: String) -> String
    func unknownSubcommand(group: String, word: String) -> String
    func unknownOption(_ name: String, scope: String, help: String) -> String
    func extraArgument(command: String, argument: String, usage: String) -> String
    func missingArguments(command: String, arguments: String, usage: String) -> String
    func takesNoValue(_ name: String) -> String
    func needsValue(_ name: String, valueName: String) -> String
    func emptyValue(_ name: String) -> String
    func notAChoice(_ name: String, choices: String, value: String) -> String
    func givenTwice(_ name: String) -> String
    var keyOpenOrWhoKnows: String { get }
    var keyWhoKnowsIt: String { get }
    var whoKnowsHeading: String { get }
    func rerateAfterTraining(item: String, planItem: Int, on date: Date) -> String
    func rerateAfterRewording(version: String) -> String
    var rateThisAgain: String { get }
    func homeRateAgain(_ count: Int) -> String
    var menuTrainingAndPlan: String { get }
    func menuDevelopmentPlans(organisation: Bool) -> String
    var menuMyDevelopmentPlan: String { get }
    var menuWhoKnowsWhat: String { get }
    func loadingTrainingPlan(organisation: Bool) -> String
    var loadingDevelopmentPlans: String { get }
    var loadingPeopleSearch: String { get }
    var rankingNeeds: String { get }
    func rateAgainFirst(_ count: Int) -> String
    func nobodyMatches(_ query: String) -> String
    func noTeamMatches(_ query: String) -> String
    func nothingMatchesQuery(_ query: String) -> String
    func competenciesMatching(_ query: String) -> String
    func frameworkLine(id: String, name: String, version: String, reviewDays: Int) -> String
    func frameworkSize(competencies: Int, areas: Int, version: String) -> String
    func gapReportOf(_ name: String) -> String
    func gapScreenSummary(readiness: String, weightedGap: Int, of target: Int) -> String
    func heatmapHeading(team: String, people count: Int, lens: String, filter: String) -> String
    func sortedBy(_ id: String) -> String
    func matchingSuffix(_ query: String) -> String
    func nobodyToShow(matching query: String?) -> String
    func withoutPerson(_ name: String) -> String
    func detailTarget(_ target: Int, label: String) -> String
    func detailNow(_ band: String) -> String
    func teamMeets(_ meeting: Int, of required: Int) -> String
    func onlyHolder(_ login: String) -> String
    func trackNone(_ track: String) -> String
    func ratingLine(track: String, level: Int, label: String, on date: Date, age: String) -> String
    func byRater(_ login: String) -> String
    func historyCount(_ count: Int) -> String
    func leaverHeading(name: String, login: String) -> String
    func nobodyWouldMeetList(_ names: String) -> String
    func onlyOneWouldMeetList(_ names: String) -> String
    func noCompetencyOnHeatmap(_ text: String) -> String
    func notYourMember(_ name: String) -> String
    func inAnotherTeam(name: String, team: String) -> String
    func toValidate(in scope: String, counted: String) -> String
    func teamNamed(_ id: String) -> String
    func waitingAndDisputed(waiting: Int, disputed: Int) -> String
    func only(_ what: String) -> String
    func matchingQuery(_ query: String) -> String
    func selfRatingSummary(name: String, competency: String, level: Int, label: String, age: String) -> String
    func yourLastRating(level: Int, label: String, on date: Date) -> String
    func evidenceLine(_ note: String) -> String
    func quoted(_ text: String) -> String
    func yourPendingNote(_ note: String) -> String
    func validationActions(accepting level: Int) -> String
    func noteFor(login: String, competency: String) -> String
    func savedValidation(name: String, login: String, competency: String, level: Int, label: String) -> String
    func wasRating(level: Int, on date: Date) -> String
    func stillWaiting(_ count: Int) -> String
    func selfRatingLine(level: Int, label: String, on date: Date, age: String) -> String
    func roleTarget(_ target: Int, label: String) -> String
    func evidenceFor(_ competency: String) -> String
    func noteKeptUntilAnswered(_ note: String) -> String
    func noteSavedAgain(competency: String, level: Int, label: String) -> String
    func savedAnswer(competency: String, level: Int, label: String, noted: Bool, answered: Int, of count: Int) -> String
    func roleNeedsLevel(_ target: Int, label: String) -> String
    func answerDetail(level: Int, label: String, on date: Date, age: String) -> String
    func yourLeadSuffix(level: Int, label: String) -> String
    func noteToSave(_ note: String) -> String
    func yourNote(_ note: String) -> String
    func allOfFramework(_ name: String) -> String
    func walkthroughAnswered(_ progress: String, answered: Int) -> String
    func walkthroughHeading(_ scope: String) -> String
    func allInWalkthrough(_ count: Int) -> String
    func beenThroughAll(_ count: Int, answered: Int) -> String
    func trainingScreenHeading(scope: String, people: Int, needs: Int, competencies: Int) -> String
    func teamOnly(_ team: String) -> String
    func frameworkOnly(_ framework: String) -> String
    func shownCount(_ count: Int) -> String
    func linesMatch(_ count: Int, query: String) -> String
    func showingLine(_ parts: String) -> String
    func needGroupHeading(competency: String, people: Int, priority: Int) -> String
    func teamHeading(_ team: String) -> String
    func saveFormatTo(_ format: String) -> String
    func exportedNeeds(_ count: Int, to path: String) -> String
    func replaceQuestion(_ path: String) -> String
}

/// The column titles of the text reports.
public struct ReportColumns: Sendable {
    public var competency, target, selfRating, leadRating, effectiveShort, effective, gap, weightShort, weight, flags: String
    public var priority, person, team, need, meet, standing, ready, coverage, id, name, version, competencies: String
    public var reviewEvery, login, role, notes, beyond: String
}

/// The words a requirement is flagged with, in the order reports print them.
public struct RequirementFlagWords: Sendable {
    public var unrated, stale, disputed: String
    /// Put before the version a rating was made against: "rated against 1.0.0".
    public var ratedAgainst: String
}

/// The words of a staff import's table of changes.
public struct StaffImportWords: Sendable {
    public var change, who, what, newTeam, add, update, deactivate, deactivateDetail, lead, noLongerLead: String
}
