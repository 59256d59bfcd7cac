import SkillsMatrix

/// The screen a slow load opens at once: its title and "Loading…" in the first frame
/// after the key, while the worker reads a whole organisation (the training needs of
/// 100,000 people take seconds). The screen it stands for replaces it when the data
/// arrives; Esc (which stops the load) or a failure takes it away again, back to the
/// screen the person came from.
public struct LoadingScreen: ScreenModel {
    /// What is being loaded: the loaded screen takes this one's place.
    public let request: Request

    /// The placeholder for `request`, for the requests that open a screen and may take
    /// long; nil for the others (they show "Loading…" over the screen they came from).
    public init?(_ request: Request) {
        switch request {
        case .trainingNeeds: break
        default: return nil
        }
        self.request = request
    }

    /// No keys of its own (so no action is ever asked for): while the load runs the event
    /// loop keeps Esc (stop) and Ctrl-C and drops the rest, which were meant for a screen
    /// not shown yet.
    public enum Action: Hashable, Sendable {
        case none
    }

    public func title(_ context: ScreenContext) -> String { context.screenWords.trainingTitle }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> { KeyMap([]) }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] { [] }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        buffer.put("  \(request.loadingMessage(context.language))…", x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        buffer.put(context.words.wholeOrganisationTakesSeconds, x: 0, y: top + 1, style: .dim, maxWidth: buffer.width - 1)
    }

    /// Stopped or failed: nothing to show, so back where the person came from (the
    /// message line says why).
    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .failed, .cancelled: context.close()
        default: break
        }
        return []
    }
}
