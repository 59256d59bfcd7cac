import SkillsMatrix

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

    /// The style of a gap band: the `GapPalette` scale on the terminal.
    public init(_ band: GapBand) {
        switch band {
        case .met: self = .gapMet
        case .oneShort: self = .gapOne
        case .twoShort: self = .gapTwo
        case .threeOrMoreShort: self = .gapThree
        case .unrated: self = .unrated
        case .notRequired: self = .notRequired
        }
    }
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

/// A colour as the terminal is asked for it.
public enum TerminalColor: Hashable, Sendable {
    /// The user's own foreground or background.
    case terminalDefault
    /// One of the eight basic colours (0 black ... 7 white), which every palette redefines.
    case basic(UInt8)
    /// One of the 240 fixed colours of a 256-colour terminal (16...255).
    case indexed(UInt8)
    /// Any colour, on a terminal that takes 24-bit colour.
    case rgb(UInt32)

    public static let black = TerminalColor.basic(0)
    public static let green = TerminalColor.basic(2)
    public static let yellow = TerminalColor.basic(3)
    public static let blue = TerminalColor.basic(4)
    public static let cyan = TerminalColor.basic(6)
    public static let white = TerminalColor.basic(7)
}

/// How many colours the terminal shows.
public enum ColorDepth: Hashable, Sendable, CaseIterable {
    /// None: NO_COLOR, --no-color, TERM=dumb, or a terminal without colour.
    case monochrome
    /// The eight basic colours.
    case basic
    /// 256 colours.
    case indexed
    /// 24-bit colour.
    case direct
}

/// How each `Style` is drawn at each colour depth.
///
/// The gap bands follow `GapPalette`, the scale the HTML and SVG heatmaps use: exact on
/// a 24-bit terminal, the nearest of the 256 fixed colours otherwise (the same order
/// from light to dark), and on eight colours green, cyan, white and white-on-blue, the
/// choice that keeps text readable on the common palettes (the tests compute it). Every
/// other style uses attributes rather than colour on the user's own background, whose
/// colour nobody knows: bold, underline and reverse read on dark and light alike. The
/// selected row is reversed, never a colour of the scale, so it cannot be mistaken for
/// a data cell.
public struct Theme: Sendable {
    public struct Look: Hashable, Sendable {
        public var foreground: TerminalColor
        public var background: TerminalColor
        public var attributes: TextAttributes

        public init(_ foreground: TerminalColor = .terminalDefault, _ background: TerminalColor = .terminalDefault, _ attributes: TextAttributes = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    public let depth: ColorDepth

    public init(depth: ColorDepth) {
        self.depth = depth
    }

    public var usesColor: Bool { depth != .monochrome }

    public func look(_ style: Style) -> Look {
        switch style {
        case .normal: return Look()
        case .dim, .notRequired, .unrated: return Look(.terminalDefault, .terminalDefault, [.dim])
        case .title: return Look(.terminalDefault, .terminalDefault, [.bold])
        case .heading: return Look(.terminalDefault, .terminalDefault, [.bold, .underline])
        case .selected: return Look(.terminalDefault, .terminalDefault, [.reverse, .bold])
        case .cursor: return Look(.terminalDefault, .terminalDefault, [.reverse, .bold, .underline])
        case .flash: return Look(.terminalDefault, .terminalDefault, [.bold])
        case .warning: return Look(.terminalDefault, .terminalDefault, [.bold, .underline])
        // With eight colours, white is a cell colour of the scale: the bars are reversed.
        case .statusBar, .banner: return depth == .monochrome || depth == .basic ? Look(.terminalDefault, .terminalDefault, [.reverse]) : Look(.black, .white)
        case .statusKey:
            return depth == .monochrome || depth == .basic ? Look(.terminalDefault, .terminalDefault, [.reverse, .bold]) : Look(.black, .white, [.bold, .underline])
        case .error: return errorLook
        case .gapMet, .gapOne, .gapTwo, .gapThree: return gapLook(style)
        }
    }

    private var errorLook: Look {
        switch depth {
        case .monochrome, .basic: return Look(.terminalDefault, .terminalDefault, [.reverse, .bold])
        case .indexed: return Look(.indexed(231), .indexed(160), [.bold])
        case .direct: return Look(.rgb(0xffffff), .rgb(0xc00000), [.bold])
        }
    }

    private func gapLook(_ style: Style) -> Look {
        let band: GapBand
        switch style {
        case .gapMet: band = .met
        case .gapOne: band = .oneShort
        case .gapTwo: band = .twoShort
        default: band = .threeOrMoreShort
        }
        let swatch = GapPalette.swatch(band)
        switch depth {
        case .monochrome:
            // The cell's text says it all; the furthest from target stands out.
            return Look(.terminalDefault, .terminalDefault, band == .threeOrMoreShort ? [.bold, .underline] : band == .twoShort ? [.bold] : [])
        case .basic:
            return Self.basicGapLooks[band] ?? Look()
        case .indexed:
            return Look(.indexed(Self.nearestIndexed(swatch.ink)), .indexed(Self.nearestIndexed(swatch.fill)))
        case .direct:
            return Look(.rgb(swatch.ink.rgb), .rgb(swatch.fill.rgb))
        }
    }

    /// Eight-colour terminals: black on green, cyan and white, then bold white (which
    /// such terminals show bright) on blue. Eight colours cannot follow viridis, and each
    /// palette redefines them; these keep 4.5:1 on the xterm, Linux console, Windows,
    /// macOS Terminal and PuTTY palettes (yellow would not: the console's is brown).
    static let basicGapLooks: [GapBand: Look] = [
        .met: Look(.black, .green),
        .oneShort: Look(.black, .cyan),
        .twoShort: Look(.black, .white),
        .threeOrMoreShort: Look(.white, .blue, [.bold]),
    ]

    // MARK: - The 256-colour palette

    /// The RGB value of colour `index` (16...255) of the 256-colour palette, as xterm
    /// defines it and almost every terminal keeps it.
    public static func indexedColour(_ index: UInt8) -> GapPalette.Colour {
        if index >= 232 {
            let level = UInt8(8 + 10 * Int(index - 232))
            return GapPalette.Colour(red: level, green: level, blue: level)
        }
        let cube = Int(index) - 16
        let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
        return GapPalette.Colour(red: steps[cube / 36], green: steps[(cube / 6) % 6], blue: steps[cube % 6])
    }

    /// The fixed colour (16...255) nearest to `colour`.
    public static func nearestIndexed(_ colour: GapPalette.Colour) -> UInt8 {
        func distance(_ other: GapPalette.Colour) -> Int {
            let red = Int(colour.red) - Int(other.red)
            let green = Int(colour.green) - Int(other.green)
            let blue = Int(colour.blue) - Int(other.blue)
            return red * red + green * green + blue * blue
        }
        return (16...255).map(UInt8.init).min { distance(indexedColour($0)) < distance(indexedColour($1)) } ?? 16
    }
}
