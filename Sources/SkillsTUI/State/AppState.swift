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

/// Everything the TUI shows, as a value. `reduce` changes it; `render` draws it.
public struct AppState: Sendable {
    public var catalog: Catalog
    /// The moment ages and staleness are shown against.
    public var now: Date
    public var size: ScreenSize
    public var session: SessionInfo?
    /// The navigation stack; the last screen is the one shown.
    public var stack: [Screen]
    public var flash: Flash?
    public var showsHelp = false
    public var isDemo: Bool

    public init(catalog: Catalog, now: Date, size: ScreenSize, isDemo: Bool, stack: [Screen] = []) {
        self.catalog = catalog
        self.now = now
        self.size = size
        self.isDemo = isDemo
        self.stack = stack
    }

    public var screen: Screen? { stack.last }

    /// Replaces the screen on top of the stack.
    mutating func replaceTop(_ screen: Screen) {
        if stack.isEmpty { stack.append(screen) } else { stack[stack.count - 1] = screen }
    }
}
