import Foundation
import SkillsMatrix

/// What to load.
public enum Request: Hashable, Sendable {
    /// The home screen's data, except the validation count (see `homeCount`).
    case home
    /// How many ratings wait for the acting lead: asked for after the home screen is
    /// drawn, because for the head of a large council it counts half a million.
    case homeCount
    case rolePicker
    /// A walk-through, at the competency with this id when given (else where the person
    /// stopped).
    case walkthrough(WalkthroughScope, at: String?)
    /// A gap report: the acting user's own (nil), or a team member's.
    case gapReport(login: String?)
    case teams(TeamDestination)
    case heatmap(teamID: String)
    /// The open heatmap again, after a rating changed it.
    case heatmapRefresh(teamID: String)
    case cellDetail(login: String, competencyID: String)
    /// The validation queue's first people and its first page.
    case validation(teamID: String?)
    /// Everyone in the validation queue's scope, in order: read after the first page,
    /// which has only the first of them.
    case validationScope(teamID: String?)
    /// More of the validation queue: the waiting ratings of these people.
    case validationPage([Person])
    case validationCount(teamID: String?)
    /// The whole validation queue at once, in an order other than by person.
    case validationAll(teamID: String?, order: ValidationOrder)
    case trainingNeeds(teamID: String?)
    /// What the person's team would lose if they left.
    case leaverImpact(login: String)
    /// The costed training plan for a team or the organisation, within `budget` if given.
    case trainingPlan(teamID: String?, budget: Int?)
    /// A person's development plan: the acting user's own (nil), or a team member's.
    case developmentPlan(login: String?)
    /// The development plans of everyone the user may see (a lead's teams, hr's organisation).
    case developmentPlans
    /// Who is at or above a level in one competency.
    case peopleSearch(competencyID: String, minimumLevel: Int)
    /// Completion of the current review cycle by everyone the user may see (a lead's
    /// teams, hr's organisation): what `report completion` counts.
    case completion
    /// Self against lead ratings, now and at each cycle's close (`report calibration`).
    case calibration
    /// Readiness, completion and gaps at each cycle's close and now (`report trend`).
    case trend
    /// Every review cycle, oldest first (`cycle list`).
    case cycles

    /// How the event loop runs it.
    public var pace: EffectPace {
        switch self {
        case .home, .walkthrough, .gapReport, .cellDetail, .heatmapRefresh, .validationPage, .developmentPlan, .cycles:
            return .immediate
        case .homeCount, .validationCount, .validationScope:
            return .quiet
        case .rolePicker, .teams, .heatmap, .validation, .validationAll, .trainingNeeds, .leaverImpact, .trainingPlan, .developmentPlans,
            .peopleSearch, .completion, .calibration, .trend:
            return .loading
        }
    }

    /// What the message line says while it loads.
    func loadingMessage(_ language: Language) -> String {
        let words = language.messages
        switch self {
        case .rolePicker: return words.screen.loadingDemo
        case .teams: return words.screen.loadingTeams
        case .heatmap: return words.screen.loadingHeatmap
        case .validation, .validationAll: return words.screen.loadingValidation
        case .trainingNeeds(let teamID): return teamID == nil ? words.screen.loadingOrganisationNeeds : words.screen.loadingTrainingNeeds
        case .leaverImpact: return words.screen.loadingLeaver
        case .trainingPlan(let teamID, _): return words.loadingTrainingPlan(organisation: teamID == nil)
        case .developmentPlans: return words.loadingDevelopmentPlans
        case .peopleSearch: return words.loadingPeopleSearch
        case .completion: return words.loadingCompletion
        case .calibration: return words.loadingCalibration
        case .trend: return words.loadingTrend
        case .cycles: return words.loadingCycles
        default: return words.screen.loadingOther
        }
    }
}

/// How the event loop runs an effect.
public enum EffectPace: Hashable, Sendable {
    /// At once, on the input loop: small reads and every save (a rating must be saved
    /// before the next key acts).
    case immediate
    /// Off the input loop with "Loading…" after 100 ms: Esc stops it, Ctrl-C quits, and
    /// other keys typed meanwhile are dropped, since they were meant for a screen the
    /// person had not seen yet.
    case loading
    /// Off the input loop without holding it: keys go on working, and the work is stopped
    /// and asked for again when something else needs the database.
    case quiet
}

/// Data the runtime loaded.
public enum Payload: Sendable {
    /// A (new) acting user: their database may hold newer frameworks than the last one
    /// saw, so the catalog and the moment come with it.
    case session(SessionInfo, HomeData, Catalog, Date)
    case home(HomeData)
    case homeCount(ValidationCount)
    case rolePicker([RolePickerScreen.Choice])
    case walkthrough(Walkthrough, at: Int?)
    case gapReport(PersonAssessment, isOwn: Bool)
    case teams(TeamDestination, [TeamSummary])
    case heatmap(Heatmap)
    case heatmapRefresh(Heatmap)
    case cellDetail(login: String, competency: Int, RatingDetail)
    case validation(ValidationScope, firstPage: [ValidationItem], scanned: Int)
    case validationPage([ValidationItem], scanned: Int)
    case validationScope(ValidationScope)
    case validationCount(ValidationCount)
    case validationAll([ValidationItem], ValidationOrder)
    case trainingNeeds(TrainingNeedsReport)
    case leaverImpact(LeaverImpact, person: Person)
    /// The plan, with the catalogue its items are positions in.
    case trainingPlan(TrainingPlan, LearningCatalogue)
    case developmentPlan(DevelopmentPlanData)
    case developmentPlans(DevelopmentPlansReport, LearningCatalogue)
    /// The result, and the acting user's own marks in the competency (nil for someone
    /// who is not a member of staff, and has none).
    case peopleSearch(PeopleSearchResult, ownMarks: Set<InterestMark>?)
    case completion(CompletionReport)
    case calibration(CalibrationReport)
    case trend(TrendReport)
    /// Every cycle, and the teams a new one may be for.
    case cycles([ReviewCycle], teams: [Team])
}

/// Something that happened: a key, a resize, or the outcome of an effect.
public enum Event: Sendable {
    case key(Key)
    case resize(ScreenSize)
    case outcome(Outcome)

    public static func loaded(_ payload: Payload) -> Event { .outcome(.loaded(payload)) }
    public static func failed(_ message: String) -> Event { .outcome(.failed(message)) }
}

/// What an effect came to: data loaded, a rating saved or taken back, a file written.
/// The reducer passes it on to the screen that asked (`ScreenModel.receive`).
public enum Outcome: Sendable {
    case loaded(Payload)
    /// A rating was saved (a walk-through answer moves on to `nextPosition`).
    case rated(RatingReceipt, nextPosition: Int?)
    case withdrawn(RatingWithdrawal)
    case exported(path: String, needs: Int)
    /// Reached over SSH, an export writes nothing on the server: this is the command that
    /// writes the same file on the person's own machine.
    case exportCommand(String)
    /// The export's file exists: the screen asks before replacing it.
    case exportWouldReplace(path: String)
    /// A plan item was added or moved on.
    case planChanged(PlanItem)
    /// The acting user set or cleared a mark.
    case markSet(competencyID: String, InterestMark, isSet: Bool)
    /// A review cycle was opened or closed; `message` says what was recorded.
    case cycleChanged(ReviewCycle, message: String)
    case failed(String)
    /// Esc stopped the work before it was done: nothing was changed, nothing is shown.
    case cancelled
}

/// A training-needs export as the person asked for it.
public struct ExportRequest: Hashable, Sendable {
    public var teamID: String?
    public var format: ReportFormat
    /// CSV with a byte-order mark, so Excel reads names such as Åse right.
    public var excel: Bool
    /// As typed: `~/` and relative paths are resolved by the runtime.
    public var path: String
    /// The person agreed to replace an existing file at `path`.
    public var replacing: Bool

    public init(teamID: String?, format: ReportFormat, excel: Bool, path: String, replacing: Bool) {
        self.teamID = teamID
        self.format = format
        self.excel = excel
        self.path = path
        self.replacing = replacing
    }
}

/// Side effects leave the reducer as values; the runtime performs them and answers
/// with events.
public enum Effect: Hashable, Sendable {
    case quit
    /// Ctrl-Z: give the terminal back to the shell until `fg`.
    case suspend
    case load(Request)
    /// Demo only: act as another member of the demo organisation.
    case switchUser(String)
    case answer(competencyID: String, level: Int, note: String, scope: WalkthroughScope, nextPosition: Int)
    /// "Still level N": the person's current self rating recorded again now, so that it
    /// counts for the open review cycle.
    case reconfirm(competencyID: String, scope: WalkthroughScope, nextPosition: Int)
    case recordProgress(scope: WalkthroughScope, position: Int)
    /// A lead rating of a team member.
    case rate(login: String, competencyID: String, level: Int, note: String)
    /// Takes back a rating made in this session (`u`).
    case withdraw(RatingReceipt)
    case export(ExportRequest)
    /// Adds an item to a development plan.
    case addPlanItem(PlanItemRequest)
    /// Books, completes or cancels a plan item.
    case movePlanItem(number: Int, to: PlanState)
    /// Sets or clears one of the acting user's own marks ("willing to mentor", "want to grow").
    case setMark(competencyID: String, InterestMark, isSet: Bool)
    /// Opens a review cycle for `scope` and exactly `frameworkIDs` (hr, admin).
    case openCycle(name: String, scope: CycleScope, frameworkIDs: [String], due: CalendarDay)
    /// Closes the open review cycle, recording its snapshot (hr, admin).
    case closeCycle(name: String)

    /// How the event loop runs it.
    public var pace: EffectPace {
        switch self {
        case .load(let request): return request.pace
        case .switchUser, .export, .closeCycle: return .loading
        case .quit, .suspend, .answer, .reconfirm, .recordProgress, .rate, .withdraw, .addPlanItem, .movePlanItem, .setMark, .openCycle: return .immediate
        }
    }

    /// What the message line says while it runs.
    public func progressMessage(_ language: Language) -> String {
        let words = language.messages.screen
        switch self {
        case .load(let request): return request.loadingMessage(language)
        case .switchUser: return words.switchingUser
        case .export: return words.exporting
        case .closeCycle: return language.messages.closingCycle
        case .answer, .reconfirm, .rate, .withdraw, .recordProgress, .addPlanItem, .movePlanItem, .setMark, .openCycle: return words.savingShort
        case .quit, .suspend: return ""
        }
    }
}
