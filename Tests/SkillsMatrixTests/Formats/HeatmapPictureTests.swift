import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SkillsMatrix

@Suite("Heatmap pictures: HTML and SVG")
struct HeatmapPictureTests {
    let html = HeatmapHTML.render(ReportFixture.heatmap, catalog: Fixtures.catalog, now: Fixtures.now)
    let svg = HeatmapSVG.render(ReportFixture.heatmap, catalog: Fixtures.catalog, now: Fixtures.now)

    // MARK: - Colour

    /// Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB.
    static let simulations: [String: [[Double]]] = [
        "normal": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
        "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
        "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
        "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    ]

    static func linear(_ hex: String) -> [Double] {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { channel in
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
    }

    static func lab(_ rgb: [Double]) -> [Double] {
        let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
        let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
        let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func luminance(_ hex: String) -> Double {
        let rgb = linear(hex)
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    }

    @Test("the four gap colours stay apart under simulated protanopia, deuteranopia and tritanopia, and darken with the gap")
    func colourBlindSafe() {
        let gapBands: [GapBand] = [.met, .oneShort, .twoShort, .threeOrMoreShort]
        for (vision, matrix) in Self.simulations {
            let labs = gapBands.map { band -> [Double] in
                let rgb = Self.linear(HeatmapPicture.swatch(band).fill.description)
                let seen = matrix.map { row in min(1, max(0, zip(row, rgb).reduce(0) { $0 + $1.0 * $1.1 })) }
                return Self.lab(seen)
            }
            for i in labs.indices {
                for j in labs.indices where j > i {
                    let distance = sqrt(zip(labs[i], labs[j]).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) })
                    #expect(distance >= 15, "\(vision): \(gapBands[i]) and \(gapBands[j]) are only ΔE \(Int(distance)) apart")
                }
            }
            // Lightness falls as the gap grows, so the order survives greyscale too.
            #expect(zip(labs, labs.dropFirst()).allSatisfy { $0[0] > $1[0] + 10 }, "\(vision): lightness does not fall with the gap")
        }
    }

    @Test("every swatch's text has at least 4.5:1 contrast (WCAG AA)")
    func contrast() {
        for swatch in HeatmapPicture.swatches {
            let (a, b) = (Self.luminance(swatch.fill.description), Self.luminance(swatch.ink.description))
            let ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
            #expect(ratio >= 4.5, "\(swatch.name): \(ratio)")
        }
    }

    // MARK: - Content

    @Test("names are escaped in both pictures; nothing is fetched from the network")
    func escaping() {
        for picture in [html, svg] {
            #expect(!picture.contains("<script>"))
            #expect(picture.contains("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;"))
            #expect(picture.contains("Liam O&#39;Connor"))
            #expect(picture.contains("Data &amp; &lt;Insight&gt; Team"))
            #expect(picture.contains("Åse Bjørnstad"))
            for remote in ["src=", "href=", "@import", "url(http", "<link", "<script"] { #expect(!picture.contains(remote), "\(remote)") }
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<style>") && html.contains("position: sticky"))
    }

    @Test("every person cell prints the level and has a tooltip with target, both ratings and dates")
    func cells() {
        let heatmap = ReportFixture.heatmap
        let cellCount = heatmap.rows.count * heatmap.competencies.count
        #expect(html.components(separatedBy: "&#10;Self: ").count - 1 == cellCount)
        #expect(svg.components(separatedBy: "&#10;Self: ").count - 1 == cellCount)
        // Åse's disputed BB.Y.1: self 4, lead 1, three short, shown as "1-3!".
        #expect(html.contains("Self: 4 on 2026-09-11&#10;Lead: 1 on 2026-09-16"))
        #expect(html.contains(">1-3!</td>"))
        // Liam's stale AA.X.2.
        #expect(html.contains(">1-1~</td>"))
        // The single point of failure: AA.X.2, met only by formula; BB.Y.1 met by nobody.
        #expect(html.contains("<td class=\"met holder\""))
        #expect(html.contains("1/3<small>SPOF</small>"))
        #expect(html.contains("0/3<small>none</small>"))
        #expect(svg.contains(">SPOF</text>"))
    }

    @Test("the SVG has the HTML's legend, entry for entry, and none of its text runs past the edge at any team size, in every language", arguments: Language.allCases)
    func svgLegend(language: Language) throws {
        let heatmap = ReportFixture.heatmap
        let html = HeatmapHTML.render(heatmap, catalog: Fixtures.catalog, now: Fixtures.now, language: language)
        let htmlLabels = try Self.matches(#"<li><span class="sample [^"]*">[^<]*(?:<small>[^<]*</small>)?</span>([^<]*)</li>"#, in: html)
        #expect(htmlLabels.count == 8)
        let sizes = [heatmap.filteredRows { $0.person.login == "plus" }, heatmap, heatmap.filtered(framework: "AA", catalog: Fixtures.catalog)]
        for picture in sizes.map({ HeatmapSVG.render($0, catalog: Fixtures.catalog, now: Fixtures.now, language: language) }) {
            let widthText = try #require(try Self.matches(#"<svg [^>]*width="(\d+)""#, in: picture).first)
            let width = try #require(Int(widthText))
            let person = try #require(picture.range(of: ">Person<"))
            let legend = String(picture[..<person.lowerBound])
            let texts = try Self.matches(#"<text x="(\d+)"[^>]*>([^<]*)</text>"#, in: legend, groups: 2)
            #expect(texts.count > 10)
            for pair in stride(from: 0, to: texts.count, by: 2) {
                let x = try #require(Int(texts[pair]))
                let shown = texts[pair + 1].replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                #expect(x + DisplayWidth.of(shown) * HeatmapSVG.columnWidth <= width, "\(shown) runs past \(width)")
            }
            for label in htmlLabels { #expect(legend.contains(">\(label)</text>"), "the SVG legend lacks \(label)") }
            let words = language.messages.pictures
            #expect(legend.contains(words.disputed) && legend.contains(words.stale))
            for band in GapBand.allCases { #expect(legend.contains(">\(words.legendLabel(band))</text>")) }
        }
    }

    /// The first capture group (or `groups` of them) of every match of `pattern`.
    static func matches(_ pattern: String, in text: String, groups: Int = 1) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).flatMap { match in
            (1...groups).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }

    @Test("the SVG is well-formed XML in every language", arguments: Language.allCases)
    func svgIsXML(language: Language) {
        #if canImport(FoundationXML) || os(macOS)
        let svg = HeatmapSVG.render(ReportFixture.heatmap, catalog: GoldenFileTests.bilingualCatalog, now: Fixtures.now, language: language)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #endif
    }

    @Test("in Bokmål every word of both pictures is Norwegian: the page's lang, titles, legend, tooltips, dates and figures")
    func bokmal() {
        let catalog = GoldenFileTests.bilingualCatalog
        let html = HeatmapHTML.render(ReportFixture.heatmap, catalog: catalog, now: Fixtures.now, language: .nb)
        let svg = HeatmapSVG.render(ReportFixture.heatmap, catalog: catalog, now: Fixtures.now, language: .nb)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        for picture in [html, svg] {
            #expect(picture.contains("Varmekart: "))
            #expect(picture.contains("gjeldende vurderinger · "))
            #expect(picture.contains("Egenvurdering: 4, 11.09.2026&#10;Ledervurdering: 1, 16.09.2026"))
            #expect(picture.contains("når målet") && picture.contains("personavhengig"))
            for english in ["Heatmap", "Self: ", "Lead: ", "meets target", "single point of failure", "Coverage", "SPOF", ">none<", "Competencies", "2026-09-11"] {
                #expect(!picture.contains(english), "\(english)")
            }
        }
        #expect(html.contains("1/3<small>ÉN</small>"))
        #expect(html.contains("0/3<small>ingen</small>"))
        #expect(html.contains(" %</td>"))
    }
}
