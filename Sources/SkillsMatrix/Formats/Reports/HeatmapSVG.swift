import Foundation

/// The same heatmap as `HeatmapHTML`, as one SVG picture for slides and documents:
/// legend on top, people down, competencies across, the coverage row at the bottom and
/// the competency key below. Every cell has a `<title>` tooltip.
public enum HeatmapSVG {
    static let cellWidth = 40
    static let cellHeight = 24
    static let headerHeight = 96
    /// Rough width of one terminal column of text at 12px, for sizing the name column.
    static let columnWidth = 7

    /// - Parameter language: the language of every word; the competencies' names too, where their framework has it.
    public static func render(_ heatmap: Heatmap, catalog: Catalog, lens: HeatmapLens = .effective, now: Date, language: Language = .en) -> String {
        let e = Markup.escape
        let messages = language.messages
        let words = messages.pictures
        let catalog = catalog.localized(language)
        let names = heatmap.rows.map { "\($0.person.name) (\($0.person.login))" }
        let nameWidth = max(160, (names.map(DisplayWidth.of).max() ?? 0) * columnWidth + 16)
        let readyWidth = 44
        let gridLeft = nameWidth + readyWidth
        let columns = heatmap.competencies.count
        let gridWidth = columns * cellWidth
        let width = max(gridLeft + gridWidth + 16, 760)
        let (legend, legendBottom) = Self.legend(width: width, words: words)
        let gridTop = legendBottom + headerHeight
        let coverageTop = gridTop + heatmap.rows.count * cellHeight
        let keyTop = coverageTop + 34 + 28
        let keyLineHeight = 16
        let height = keyTop + heatmap.competencies.count * keyLineHeight + 16

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">
            <title>\(e(HeatmapPicture.title(heatmap, words: words)))</title>
            <defs><pattern id="hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(135)"><rect width="7" height="7" fill="#ffffff"/><rect width="2" height="7" fill="#d9d9d9"/></pattern></defs>
            <rect width="\(width)" height="\(height)" fill="#ffffff"/>
            <text x="8" y="22" font-size="18" font-weight="bold">\(e(HeatmapPicture.title(heatmap, words: words)))</text>
            <text x="8" y="40" fill="#444444">\(e(HeatmapPicture.subtitle(heatmap, lens: lens, now: now, words: words)))</text>

            """
        svg += legend

        guard !heatmap.rows.isEmpty else {
            return svg + "<text x=\"8\" y=\"\(gridTop)\">\(e(messages.teamHasNoActiveMembers))</text>\n</svg>\n"
        }
        // Column headers, rotated
        svg += "<text x=\"8\" y=\"\(gridTop - 6)\" font-weight=\"bold\">\(e(messages.columns.person))</text><text x=\"\(nameWidth + readyWidth - 6)\" y=\"\(gridTop - 6)\" text-anchor=\"end\" font-weight=\"bold\">\(e(messages.columns.ready))</text>\n"
        for (column, index) in heatmap.competencies.enumerated() {
            let competency = catalog.competencies[index]
            let cx = gridLeft + column * cellWidth + cellWidth / 2 + 4
            svg += "<text x=\"\(cx)\" y=\"\(gridTop - 6)\" transform=\"rotate(-90 \(cx) \(gridTop - 6))\" font-weight=\"bold\"><title>\(e("\(competency.id) \(competency.name)"))</title>\(e(competency.id))</text>\n"
        }
        // Rows
        for (rowIndex, row) in heatmap.rows.enumerated() {
            let y = gridTop + rowIndex * cellHeight
            if rowIndex % 2 == 1 { svg += "<rect x=\"0\" y=\"\(y)\" width=\"\(gridLeft)\" height=\"\(cellHeight)\" fill=\"#f5f5f5\"/>\n" }
            svg += "<text x=\"8\" y=\"\(y + 16)\">\(e(row.person.name)) <tspan fill=\"#555555\">\(e(row.person.login))</tspan></text>"
            svg += "<text x=\"\(gridLeft - 6)\" y=\"\(y + 16)\" text-anchor=\"end\">\(messages.percent(row.readiness(lens)))</text>\n"
            for (column, cellValue) in row.cells.enumerated() {
                let index = heatmap.competencies[column]
                let coverage = heatmap.coverage(lens).coverage(of: index)
                let band = cellValue.band(lens)
                let swatch = HeatmapPicture.swatch(band)
                svg += "<g><title>\(e(HeatmapPicture.tooltip(row, cell: cellValue, competency: catalog.competencies[index], lens: lens, coverage: coverage, words: words)))</title>"
                svg += cell(
                    x: gridLeft + column * cellWidth, y: y, fill: band == .unrated ? "url(#hatch)" : swatch.fill.description, ink: swatch.ink.description,
                    text: HeatmapFormat.cellText(cellValue, lens: lens), bold: band != .notRequired,
                    holder: HeatmapPicture.isOnlyHolder(row, coverage: coverage))
                svg += "</g>\n"
            }
        }
        // Coverage row
        svg += "<rect x=\"0\" y=\"\(coverageTop)\" width=\"\(gridLeft + gridWidth)\" height=\"34\" fill=\"#f2f2f2\"/>\n"
        svg += "<text x=\"8\" y=\"\(coverageTop + 21)\" font-weight=\"bold\">\(e(messages.columns.coverage)) <tspan fill=\"#555555\" font-weight=\"normal\">\(e(words.meetOverNeed))</tspan></text>\n"
        for (column, index) in heatmap.competencies.enumerated() {
            let coverage = heatmap.coverage(lens).coverage(of: index)
            let cx = gridLeft + column * cellWidth
            let isSingle = coverage?.isSinglePointOfFailure == true
            let isUncovered = coverage?.isUncovered == true
            svg += "<g><title>\(e(HeatmapPicture.coverageTooltip(coverage, competency: catalog.competencies[index], words: words)))</title>"
            if isSingle { svg += "<rect x=\"\(cx + 1)\" y=\"\(coverageTop + 1)\" width=\"\(cellWidth - 2)\" height=\"32\" fill=\"#000000\"/>" }
            if isUncovered { svg += "<rect x=\"\(cx + 2)\" y=\"\(coverageTop + 2)\" width=\"\(cellWidth - 4)\" height=\"30\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>" }
            let ink = isSingle ? "#ffffff" : "#000000"
            svg += "<text x=\"\(cx + cellWidth / 2)\" y=\"\(coverageTop + 15)\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"\(ink)\">\(HeatmapFormat.coverageText(coverage, markingSinglePointOfFailure: false))</text>"
            if isSingle || isUncovered {
                svg += "<text x=\"\(cx + cellWidth / 2)\" y=\"\(coverageTop + 28)\" text-anchor=\"middle\" font-size=\"9\" fill=\"\(ink)\">\(e(isSingle ? words.singlePointMark : words.uncoveredMark))</text>"
            }
            svg += "</g>\n"
        }
        // Key
        svg += "<text x=\"8\" y=\"\(keyTop - 8)\" font-size=\"14\" font-weight=\"bold\">\(e(messages.columns.competencies))</text>\n"
        for (line, index) in heatmap.competencies.enumerated() {
            let competency = catalog.competencies[index]
            let coverage = heatmap.coverage(lens).coverage(of: index)
            let standing = [HeatmapFormat.coverageText(coverage, markingSinglePointOfFailure: false), coverage.map { CoverageFormat.standing($0, in: language) } ?? ""]
                .filter { !$0.isEmpty }.joined(separator: ", ")
            svg += "<text x=\"8\" y=\"\(keyTop + line * keyLineHeight + 12)\"><tspan font-weight=\"bold\">\(e(competency.id))</tspan> \(e(competency.name)) <tspan fill=\"#555555\">(\(e(standing)))</tspan></text>\n"
        }
        return svg + "</svg>\n"
    }

    /// The legend the HTML page has, entry for entry: the six bands, the only member
    /// meeting a target, a single point of failure, and what the marks mean. Entries go
    /// on as many rows as the picture's width needs, and the text wraps, so nothing is
    /// cut at any team size.
    /// - Returns: the SVG, and the y below it.
    static func legend(width: Int, words: PictureWords) -> (String, Int) {
        let e = Markup.escape
        var svg = ""
        let right = width - 8
        var x = 8
        var y = 50
        func entry(width entryWidth: Int, _ draw: (Int, Int) -> String) {
            if x > 8, x + entryWidth > right {
                x = 8
                y += cellHeight + 8
            }
            svg += draw(x, y)
            x += entryWidth + 16
        }
        for swatch in HeatmapPicture.swatches {
            let text = HeatmapPicture.legendText(swatch.band, words: words)
            entry(width: cellWidth + 4 + DisplayWidth.of(text.label) * columnWidth) { x, y in
                cell(x: x, y: y, fill: swatch.band == .unrated ? "url(#hatch)" : swatch.fill.description, ink: swatch.ink.description, text: text.sample, bold: swatch.band != .notRequired)
                    + "<text x=\"\(x + cellWidth + 4)\" y=\"\(y + 16)\">\(e(text.label))</text>\n"
            }
        }
        let holder = HeatmapPicture.swatch(.met)
        let holderLabel = words.onlyMemberMeetingTarget
        entry(width: cellWidth + 4 + DisplayWidth.of(holderLabel) * columnWidth) { x, y in
            cell(x: x, y: y, fill: holder.fill.description, ink: holder.ink.description, text: "4✓", bold: true, holder: true)
                + "<text x=\"\(x + cellWidth + 4)\" y=\"\(y + 16)\">\(e(holderLabel))</text>\n"
        }
        let spofLabel = words.singlePointOfFailure
        entry(width: cellWidth + 4 + DisplayWidth.of(spofLabel) * columnWidth) { x, y in
            "<rect x=\"\(x + 1)\" y=\"\(y - 4)\" width=\"\(cellWidth - 2)\" height=\"30\" fill=\"#000000\"/>"
                + "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 9)\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#ffffff\">1/5</text>"
                + "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 22)\" text-anchor=\"middle\" font-size=\"9\" fill=\"#ffffff\">\(e(words.singlePointMark))</text>"
                + "<text x=\"\(x + cellWidth + 4)\" y=\"\(y + 16)\">\(e(spofLabel))</text>\n"
        }
        y += cellHeight + 18
        // Lines of at most this many characters, each estimated at `columnWidth`.
        for line in LineFill.lines(HeatmapPicture.explanation(words).split(separator: " "), width: (width - 16) / columnWidth) {
            svg += "<text x=\"8\" y=\"\(y)\" fill=\"#444444\">\(e(line))</text>\n"
            y += 16
        }
        return (svg, y)
    }

    private static func cell(x: Int, y: Int, fill: String, ink: String, text: String, bold: Bool, holder: Bool = false) -> String {
        var output = "<rect x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cellWidth - 2)\" height=\"\(cellHeight - 2)\" fill=\"\(fill)\" stroke=\"#9a9a9a\" stroke-width=\"0.5\"/>"
        if holder {
            output += "<rect x=\"\(x + 3)\" y=\"\(y + 3)\" width=\"\(cellWidth - 6)\" height=\"\(cellHeight - 6)\" fill=\"none\" stroke=\"#000000\" stroke-width=\"3\"/>"
        }
        output += "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + 16)\" text-anchor=\"middle\" fill=\"\(ink)\"\(bold ? " font-weight=\"bold\"" : "")>\(Markup.escape(text))</text>"
        return output
    }
}
