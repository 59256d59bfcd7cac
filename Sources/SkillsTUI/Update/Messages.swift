import Foundation
import SkillsMatrix

/// Data the runtime loads for the reducer.
public enum Payload: Sendable {
    /// A (new) acting user: their database may hold newer frameworks than the last one
    /// saw, so the catalog and the moment come with it.
    case session(SessionInfo, HomeData, Catalog, Date)
    case home(HomeData)
    case rolePicker([RolePickerState.RoleChoice])
    case walkthrough(Walkthrough)
    case gapReport(PersonAssessment)
    case teams(TeamDestination, [Team?])
    case heatmap(Heatmap)
    case cellDetail(login: String, competency: Int, RatingDetail)
    case validation(teamID: String?, [ValidationItem])
    case trainingNeeds(TrainingNeedsReport)
}

/// Something that happened: a key, a resize, or the outcome of an effect.
public enum Event: Sendable {
    case key(Key)
    case resize(ScreenSize)
    case loaded(Payload)
    /// A self rating was saved by a walk-through; the walk-through moves to `nextPosition`.
    case answered(RatingEvent, nextPosition: Int)
    /// A lead rating was saved from the validation queue.
    case validated(RatingEvent)
    case exported(path: String, needs: Int)
    /// Reached over SSH, an export writes nothing on the server: this is the command that
    /// writes the same file on the person's own machine.
    case exportCommand(String)
    /// The export's file exists: the reducer asks before replacing it.
    case exportWouldReplace(path: String)
    case failed(String)
}

/// What to load.
public enum Request: Hashable, Sendable {
    case home
    case rolePicker
    case walkthrough(WalkthroughScope)
    case gapReport
    case teams(TeamDestination)
    case heatmap(teamID: String)
    case cellDetail(login: String, competencyID: String)
    case validation(teamID: String?)
    case trainingNeeds(teamID: String?)
}

/// Side effects leave the reducer as values; the runtime performs them and answers
/// with an `Event`.
public enum Effect: Hashable, Sendable {
    case quit
    case load(Request)
    /// Demo only: act as another member of the demo organisation.
    case switchUser(String)
    case answer(competencyID: String, level: Int, note: String, scope: WalkthroughScope, nextPosition: Int)
    case recordProgress(scope: WalkthroughScope, position: Int)
    case validate(login: String, competencyID: String, level: Int, note: String)
    /// `excel`: CSV with a byte-order mark, so Excel reads names such as Åse right.
    /// `replacing`: the person agreed to replace an existing file at `path`.
    case export(teamID: String?, format: ReportFormat, excel: Bool, path: String, replacing: Bool)
}
