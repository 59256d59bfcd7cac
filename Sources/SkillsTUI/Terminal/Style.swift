/// What a piece of screen means. Views say what they show; `Theme` decides how it looks,
/// in colour or in monochrome, so meaning never depends on colour alone.
public enum Style: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    case dim
    case title
    case heading
    case statusBar
    case statusKey
    case selected
    case cursor
    case flash
    case error
    case warning
    case banner
    case gapMet
    case gapOne
    case gapTwo
    case gapThree
    case unrated
    case notRequired
}

/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)
}

/// The eight basic terminal colours; `.terminalDefault` keeps the user's own.
public enum TerminalColor: Int16, Hashable, Sendable {
    case terminalDefault = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How each `Style` is drawn.
public struct Theme: Sendable {
    public struct Look: Hashable, Sendable {
        public var foreground: TerminalColor
        public var background: TerminalColor
        public var attributes: TextAttributes
    }

    public let usesColor: Bool

    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// The look of `style`. Gap bands use a blue-to-orange scale that stays apart for
    /// red-green colour blindness; in monochrome, the levels and symbols printed in every
    /// cell carry the meaning and attributes only add emphasis.
    public func look(_ style: Style) -> Look {
        if usesColor {
            switch style {
            case .normal: return Look(foreground: .terminalDefault, background: .terminalDefault, attributes: [])
            case .dim, .notRequired: return Look(foreground: .terminalDefault, background: .terminalDefault, attributes: [.dim])
            case .title: return Look(foreground: .cyan, background: .terminalDefault, attributes: [.bold])
            case .heading: return Look(foreground: .terminalDefault, background: .terminalDefault, attributes: [.bold, .underline])
            case .statusBar: return Look(foreground: .black, background: .white, attributes: [])
            case .statusKey: return Look(foreground: .blue, background: .white, attributes: [.bold])
            case .selected: return Look(foreground: .black, background: .cyan, attributes: [])
            case .cursor: return Look(foreground: .terminalDefault, background: .terminalDefault, attributes: [.reverse, .bold])
            case .flash: return Look(foreground: .green, background: .terminalDefault, attributes: [.bold])
            case .error: return Look(foreground: .white, background: .red, attributes: [.bold])
            case .warning: return Look(foreground: .yellow, background: .terminalDefault, attributes: [.bold])
            case .banner: return Look(foreground: .black, background: .yellow, attributes: [])
            case .gapMet: return Look(foreground: .black, background: .blue, attributes: [])
            case .gapOne: return Look(foreground: .black, background: .cyan, attributes: [])
            case .gapTwo: return Look(foreground: .black, background: .yellow, attributes: [])
            case .gapThree: return Look(foreground: .white, background: .magenta, attributes: [.bold])
            case .unrated: return Look(foreground: .terminalDefault, background: .terminalDefault, attributes: [.dim])
            }
        }
        let attributes: TextAttributes
        switch style {
        case .normal, .gapMet, .gapOne, .unrated: attributes = []
        case .dim, .notRequired: attributes = [.dim]
        case .title, .warning, .gapTwo, .flash: attributes = [.bold]
        case .heading: attributes = [.bold, .underline]
        case .statusBar, .selected, .banner, .error: attributes = [.reverse]
        case .statusKey, .cursor: attributes = [.reverse, .bold]
        case .gapThree: attributes = [.bold, .underline]
        }
        return Look(foreground: .terminalDefault, background: .terminalDefault, attributes: attributes)
    }
}
