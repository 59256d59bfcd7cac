import SkillsMatrix
import Testing
@testable import SkillsTUI

/// One colour language: the TUI's gap colours are `GapPalette`'s, the scale the HTML and
/// SVG heatmaps use; text on them keeps 4.5:1; the selected row is never a scale colour.
@Suite("Theme: one scale, readable text")
struct ThemeTests {
    typealias Colour = GapPalette.Colour

    /// The eight basic colours of common terminals' palettes, and the white that bold
    /// white shows as.
    static let palettes: [(name: String, colours: [UInt32], brightWhite: UInt32)] = [
        ("xterm", [0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5], 0xffffff),
        ("Linux console (VGA)", [0x000000, 0xaa0000, 0x00aa00, 0xaa5500, 0x0000aa, 0xaa00aa, 0x00aaaa, 0xaaaaaa], 0xffffff),
        ("Windows console (Campbell)", [0x0c0c0c, 0xc50f1f, 0x13a10e, 0xc19c00, 0x0037da, 0x881798, 0x3a96dd, 0xcccccc], 0xf2f2f2),
        ("macOS Terminal", [0x000000, 0x990000, 0x00a600, 0x999900, 0x0000b2, 0xb200b2, 0x00a6b2, 0xbfbfbf], 0xe5e5e5),
        ("PuTTY", [0x000000, 0xbb0000, 0x00bb00, 0xbbbb00, 0x0000bb, 0xbb00bb, 0x00bbbb, 0xbbbbbb], 0xffffff),
    ]

    static let gapStyles: [(Style, GapBand)] = [(.gapMet, .met), (.gapOne, .oneShort), (.gapTwo, .twoShort), (.gapThree, .threeOrMoreShort)]

    /// The RGB a look's colour shows as, on a palette for the basic colours.
    static func rgb(_ color: TerminalColor, palette: [UInt32], brightWhite: UInt32, bold: Bool) -> Colour? {
        switch color {
        case .terminalDefault: return nil
        case .basic(let index): return Colour(bold && index == 7 ? brightWhite : palette[Int(index)])
        case .indexed(let index): return Theme.indexedColour(index)
        case .rgb(let value): return Colour(value)
        }
    }

    @Test("24-bit and 256 colours: the scale's own colours (or the nearest), 4.5:1 text, lighter to darker")
    func scaleColours() throws {
        for depth in [ColorDepth.direct, .indexed] {
            let theme = Theme(depth: depth)
            var lightness: [Double] = []
            for (style, band) in Self.gapStyles {
                let look = theme.look(style)
                let fill = try #require(Self.rgb(look.background, palette: [], brightWhite: 0, bold: false))
                let ink = try #require(Self.rgb(look.foreground, palette: [], brightWhite: 0, bold: false))
                #expect(fill.contrast(with: ink) >= 4.5, "\(depth) \(band): \(fill.contrast(with: ink))")
                if depth == .direct { #expect(fill == GapPalette.swatch(band).fill) }
                lightness.append(fill.luminance)
            }
            #expect(zip(lightness, lightness.dropFirst()).allSatisfy { $0 > $1 }, "\(depth): the scale does not darken with the gap")
        }
    }

    @Test("eight colours: text on every gap band keeps 4.5:1 on the xterm, console, Windows, macOS and PuTTY palettes")
    func basicColours() throws {
        let theme = Theme(depth: .basic)
        for palette in Self.palettes {
            for (style, band) in Self.gapStyles {
                let look = theme.look(style)
                let bold = look.attributes.contains(.bold)
                let fill = try #require(Self.rgb(look.background, palette: palette.colours, brightWhite: palette.brightWhite, bold: false))
                let ink = try #require(Self.rgb(look.foreground, palette: palette.colours, brightWhite: palette.brightWhite, bold: bold))
                #expect(fill.contrast(with: ink) >= 4.5, "\(palette.name) \(band): \(fill.contrast(with: ink))")
            }
        }
    }

    @Test("the selected row, the cursor and every other text style use no colour of the scale")
    func selectionIsNotData() {
        for depth in ColorDepth.allCases {
            let theme = Theme(depth: depth)
            let scale = Set(Self.gapStyles.map { theme.look($0.0).background })
            for style in Style.allCases where !Self.gapStyles.contains(where: { $0.0 == style }) {
                let look = theme.look(style)
                #expect(look.background == .terminalDefault || !scale.contains(look.background), "\(depth) \(style)")
            }
            #expect(theme.look(.selected).attributes.contains(.reverse))
            #expect(theme.look(.selected) != theme.look(.gapMet))
        }
    }

    @Test("text on the default background carries no colour: it reads on dark and light themes alike")
    func noColouredTextOnUnknownBackgrounds() {
        for depth in ColorDepth.allCases {
            let theme = Theme(depth: depth)
            for style in Style.allCases {
                let look = theme.look(style)
                if look.background == .terminalDefault { #expect(look.foreground == .terminalDefault, "\(depth) \(style)") }
            }
        }
    }
}
