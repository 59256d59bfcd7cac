import Foundation
import SkillsMatrix

/// The terminal size in columns and rows.
public struct ScreenSize: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public static let minimum = ScreenSize(width: 80, height: 24)

    public var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }
}

/// A one-line message after an action: "Saved ...", or an error.
public struct Flash: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The `?` overlay: open, and how far it is scrolled when its lines do not fit.
public struct HelpOverlay: Hashable, Sendable {
    public var scroll = 0
}

/// A question the whole app asks before it does something that would lose work.
public enum AppQuestion: Hashable, Sendable {
    /// Ctrl-C or q with notes typed and kept but not saved.
    case quitWithUnsavedNotes(Int)
    /// Leaving a screen (Esc, q) with notes typed and kept but not saved.
    case leaveWithUnsavedNotes(Int)
}

/// Everything the TUI shows, as a value. `reduce` changes it; `render` draws it.
public struct AppState: Sendable {
    public var catalog: Catalog
    /// The moment ages and staleness are shown against.
    public var now: Date
    public var size: ScreenSize
    public var session: SessionInfo?
    /// The navigation stack; the last screen is the one shown.
    public var stack: [any ScreenModel]
    public var flash: Flash?
    public var help: HelpOverlay?
    public var question: AppQuestion?
    public var isDemo: Bool
    /// Ratings made in this session that `u` can take back, newest last.
    public var undoable: [RatingReceipt] = []
    /// Set by the event loop while a load runs in the background: what is shown on the
    /// message line, with how long it has taken.
    public var busy: BusyIndicator?
    /// The language every screen speaks (`--lang`, the saved preference, the locale);
    /// `catalog` is already in it.
    public var language: Language

    public init(catalog: Catalog, now: Date, size: ScreenSize, isDemo: Bool, language: Language = .en, stack: [any ScreenModel] = []) {
        self.catalog = catalog
        self.language = language
        self.now = now
        self.size = size
        self.isDemo = isDemo
        self.stack = stack
    }

    public var screen: (any ScreenModel)? { stack.last }

    /// The screen on top, if it is an `S`.
    public func top<S: ScreenModel>(_ type: S.Type) -> S? { stack.last as? S }

    /// Replaces the screen on top of the stack.
    mutating func replaceTop(_ screen: any ScreenModel) {
        if stack.isEmpty { stack.append(screen) } else { stack[stack.count - 1] = screen }
    }

    /// Changes every screen of type `S` on the stack (a home screen underneath whose
    /// counts are now out of date, say).
    mutating func updateAll<S: ScreenModel>(_ type: S.Type, _ change: (inout S) -> Void) {
        for index in stack.indices {
            guard var screen = stack[index] as? S else { continue }
            change(&screen)
            stack[index] = screen
        }
    }

    /// Notes kept but not saved, on every screen of the stack.
    public var unsavedNotes: Int { stack.reduce(0) { $0 + $1.unsavedNotes } }
}

/// What the message line says while a load runs off the input loop.
public struct BusyIndicator: Hashable, Sendable {
    public var message: String
    public var elapsedMilliseconds: Int
    /// The latest word from the work itself ("Writing 12 MB"), if it gives any.
    public var progress: String?
    public var isCancelling = false

    public init(message: String, elapsedMilliseconds: Int = 0, progress: String? = nil) {
        self.message = message
        self.elapsedMilliseconds = elapsedMilliseconds
        self.progress = progress
    }
}
