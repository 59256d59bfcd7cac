import Foundation
import SkillsMatrix

/// What a screen may read of the whole app while it handles a key, and what it may ask
/// of it: a message, screens opened on top, leaving itself. The reducer copies the
/// answers back into `AppState`, so a screen never edits the navigation stack itself.
public struct ScreenContext {
    public let catalog: Catalog
    /// The language the screens speak; `words` and `screenWords` are its catalogue.
    public let language: Language
    public var words: any MessageCatalogue { language.messages }
    public var screenWords: ScreenWords { language.messages.screen }
    /// The moment ages and staleness are shown against.
    public let now: Date
    public let size: ScreenSize
    public let session: SessionInfo?
    public let isDemo: Bool
    /// Ratings made in this session that `u` can still take back, the newest last.
    public let undoable: [RatingReceipt]
    public var flash: Flash?
    /// Screens to open on top, in order.
    private(set) var opened: [any ScreenModel] = []
    private(set) var closesSelf = false

    init(_ state: AppState) {
        catalog = state.catalog
        language = state.language
        now = state.now
        size = state.size
        session = state.session
        isDemo = state.isDemo
        undoable = state.undoable
        flash = state.flash
    }

    /// Opens `screen` on top of the current one.
    public mutating func open(_ screen: any ScreenModel) { opened.append(screen) }

    /// Leaves the current screen (after the key, as Esc would).
    public mutating func close() { closesSelf = true }

    public mutating func say(_ text: String) { flash = Flash(text) }

    public mutating func complain(_ text: String) { flash = Flash(text, isError: true) }

    /// Whether `level` is on the scale; says what is when it is not.
    public mutating func acceptsLevel(_ level: Int) -> Bool {
        guard ProficiencyScale.levelRange.contains(level) else {
            complain(screenWords.levelsRun)
            return false
        }
        return true
    }

    /// The content area: between the title bar and the message line.
    public var content: Rect { Rect(x: 0, y: Layout.contentTop, width: size.width, height: Layout.contentHeight(size)) }
}
