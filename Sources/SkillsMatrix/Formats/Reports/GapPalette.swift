import Foundation

/// The one colour scale for how far a rating is from its target, shared by the HTML and
/// SVG heatmaps and the terminal UI, so a lead who reads one reads the others alike.
///
/// Four steps of viridis: lightest where the target is met, darkest three or more levels
/// short, so the order survives greyscale and every kind of colour blindness (the tests
/// simulate protan, deutan and tritan vision), with an ink on each that keeps WCAG's
/// 4.5:1 contrast. The level and its standing are printed in every cell as well
/// (`HeatmapFormat.cellText`), so nothing rests on colour alone.
public enum GapPalette {
    /// A colour as 8-bit sRGB.
    public struct Colour: Hashable, Sendable, CustomStringConvertible {
        public let red: UInt8
        public let green: UInt8
        public let blue: UInt8

        public init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// `0xRRGGBB`.
        public init(_ value: UInt32) {
            self.init(red: UInt8((value >> 16) & 0xFF), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
        }

        public var rgb: UInt32 { UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue) }

        /// `#rrggbb`, as CSS and SVG write it.
        public var description: String { String(format: "#%02x%02x%02x", red, green, blue) }

        /// WCAG's relative luminance.
        public var luminance: Double {
            func linear(_ channel: UInt8) -> Double {
                let c = Double(channel) / 255
                return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        }

        /// WCAG's contrast ratio between two colours, 1 to 21.
        public func contrast(with other: Colour) -> Double {
            let (a, b) = (luminance, other.luminance)
            return (max(a, b) + 0.05) / (min(a, b) + 0.05)
        }
    }

    public struct Swatch: Hashable, Sendable {
        public let band: GapBand
        public let fill: Colour
        /// Text on `fill`, at 4.5:1 or better.
        public let ink: Colour
        /// The CSS class name.
        public let name: String
    }

    public static let swatches: [Swatch] = [
        Swatch(band: .met, fill: Colour(0xfde725), ink: Colour(0x000000), name: "met"),
        Swatch(band: .oneShort, fill: Colour(0x5ec962), ink: Colour(0x000000), name: "short1"),
        Swatch(band: .twoShort, fill: Colour(0x21918c), ink: Colour(0x000000), name: "short2"),
        Swatch(band: .threeOrMoreShort, fill: Colour(0x3b528b), ink: Colour(0xffffff), name: "short3"),
        Swatch(band: .unrated, fill: Colour(0xffffff), ink: Colour(0x000000), name: "unrated"),
        Swatch(band: .notRequired, fill: Colour(0xe0e0e0), ink: Colour(0x555555), name: "notrequired"),
    ]

    /// The bands of the scale proper, from target met to furthest from it.
    public static let scale: [GapBand] = [.met, .oneShort, .twoShort, .threeOrMoreShort]

    public static func swatch(_ band: GapBand) -> Swatch { swatches.first { $0.band == band } ?? swatches[5] }

    /// The text a cell of `band` shows in a legend (its meaning: `PictureWords.legendLabel`).
    public static func sample(_ band: GapBand) -> String {
        switch band {
        case .met: return "3✓"
        case .oneShort: return "2-1"
        case .twoShort: return "1-2"
        case .threeOrMoreShort: return "0-3"
        case .unrated: return "?"
        case .notRequired: return "·"
        }
    }
}
