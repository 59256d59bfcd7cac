import Foundation

/// A team heatmap as one self-contained HTML page: inline CSS, no scripts, nothing
/// fetched from the network. The header row and the name column stay in view while
/// scrolling, as does the coverage row at the bottom.
public enum HeatmapHTML {
    /// - Parameter language: the language of every word and of the page's `lang`; the
    ///   competencies' and frameworks' names too, where their framework has it.
    public static func render(_ heatmap: Heatmap, catalog: Catalog, lens: HeatmapLens = .effective, now: Date, language: Language = .en) -> String {
        let e = Markup.escape
        let messages = language.messages
        let words = messages.pictures
        let catalog = catalog.localized(language)
        var html = """
            <!DOCTYPE html>
            <html lang="\(language.code)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(HeatmapPicture.title(heatmap, words: words)))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1>\(e(HeatmapPicture.title(heatmap, words: words)))</h1>
            <p class="meta">\(e(HeatmapPicture.subtitle(heatmap, lens: lens, now: now, words: words)))</p>

            """
        html += legend(words)
        guard !heatmap.rows.isEmpty else {
            return html + "<p>\(e(messages.teamHasNoActiveMembers))</p>\n</body>\n</html>\n"
        }
        html += "<div class=\"scroll\">\n<table>\n<thead>\n<tr><th class=\"corner\" scope=\"col\">\(e(messages.columns.person))</th><th class=\"ready\" scope=\"col\">\(e(messages.columns.ready))</th>"
        for index in heatmap.competencies {
            let competency = catalog.competencies[index]
            html += "<th class=\"competency\" scope=\"col\" title=\"\(e("\(competency.id) \(competency.name)"))\"><span>\(e(competency.id))</span></th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in heatmap.rows {
            html += "<tr><th class=\"person\" scope=\"row\">\(e(row.person.name)) <span class=\"login\">\(e(row.person.login))</span></th>"
            html += "<td class=\"ready\">\(messages.percent(row.readiness(lens)))</td>"
            for (column, cell) in row.cells.enumerated() {
                let index = heatmap.competencies[column]
                let coverage = heatmap.coverage(lens).coverage(of: index)
                let holder = HeatmapPicture.isOnlyHolder(row, coverage: coverage) ? " holder" : ""
                let tooltip = HeatmapPicture.tooltip(row, cell: cell, competency: catalog.competencies[index], lens: lens, coverage: coverage, words: words)
                html += "<td class=\"\(HeatmapPicture.swatch(cell.band(lens)).name)\(holder)\" title=\"\(e(tooltip))\">\(e(HeatmapFormat.cellText(cell, lens: lens)))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n<tfoot>\n<tr><th class=\"person\" scope=\"row\">\(e(messages.columns.coverage)) <span class=\"login\">\(e(words.meetOverNeed))</span></th><td class=\"ready\"></td>"
        for index in heatmap.competencies {
            let coverage = heatmap.coverage(lens).coverage(of: index)
            let tooltip = HeatmapPicture.coverageTooltip(coverage, competency: catalog.competencies[index], words: words)
            var text = e(HeatmapFormat.coverageText(coverage, markingSinglePointOfFailure: false))
            var kind = ""
            if coverage?.isSinglePointOfFailure == true {
                kind = " spof"
                text += "<small>\(e(words.singlePointMark))</small>"
            } else if coverage?.isUncovered == true {
                kind = " uncovered"
                text += "<small>\(e(words.uncoveredMark))</small>"
            }
            html += "<td class=\"coverage\(kind)\" title=\"\(e(tooltip))\">\(text)</td>"
        }
        html += "</tr>\n</tfoot>\n</table>\n</div>\n"
        html += key(heatmap, catalog: catalog, lens: lens, language: language)
        return html + "</body>\n</html>\n"
    }

    private static func legend(_ words: PictureWords) -> String {
        let e = Markup.escape
        var html = "<ul class=\"legend\">\n"
        for swatch in HeatmapPicture.swatches {
            let text = HeatmapPicture.legendText(swatch.band, words: words)
            html += "<li><span class=\"sample \(swatch.name)\">\(e(text.sample))</span>\(e(text.label))</li>\n"
        }
        html += "<li><span class=\"sample met holder\">4✓</span>\(e(words.onlyMemberMeetingTarget))</li>\n"
        html += "<li><span class=\"sample coverage spof\">1/5<small>\(e(words.singlePointMark))</small></span>\(e(words.singlePointOfFailure))</li>\n"
        html += "</ul>\n<p class=\"meta\">\(e(HeatmapPicture.explanation(words))) \(e(words.hoverExplained))</p>\n"
        return html
    }

    private static func key(_ heatmap: Heatmap, catalog: Catalog, lens: HeatmapLens, language: Language) -> String {
        let e = Markup.escape
        let column = language.messages.columns
        let words = language.messages.pictures
        var html = "<h2>\(e(column.competencies))</h2>\n<table class=\"key\">\n<thead><tr>"
        for heading in [column.id, column.competency, words.columnFramework, words.meetOverNeedColumn, column.standing] {
            html += "<th scope=\"col\">\(e(heading))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for index in heatmap.competencies {
            let competency = catalog.competencies[index]
            let coverage = heatmap.coverage(lens).coverage(of: index)
            let standing = coverage.map { CoverageFormat.standing($0, in: language) } ?? ""
            html += "<tr><td>\(e(competency.id))</td><td>\(e(competency.name))</td><td>\(e(catalog.framework(ofCompetency: index).name))</td><td>\(HeatmapFormat.coverageText(coverage, markingSinglePointOfFailure: false))</td><td>\(e(standing))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static var style: String {
        var css = """
            body { font: 14px/1.4 "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 16px; color: #1a1a1a; background: #ffffff; }
            h1 { font-size: 20px; margin: 0 0 2px; }
            h2 { font-size: 16px; margin: 20px 0 6px; }
            .meta { color: #444444; margin: 0 0 10px; }
            .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; margin: 0 0 6px; padding: 0; }
            .legend li { display: flex; align-items: center; gap: 6px; }
            .sample { display: inline-block; min-width: 32px; padding: 2px 3px; text-align: center; font-weight: 700; border: 1px solid #888888; }
            .scroll { overflow: auto; max-height: 75vh; border: 1px solid #999999; }
            table { border-collapse: separate; border-spacing: 0; }
            .scroll th, .scroll td { border-right: 1px solid #ffffff; border-bottom: 1px solid #ffffff; }
            .scroll thead th { position: sticky; top: 0; z-index: 2; background: #f2f2f2; }
            th.person { position: sticky; left: 0; z-index: 1; background: #ffffff; text-align: left; font-weight: 600; white-space: nowrap; padding: 2px 10px 2px 6px; border-right: 2px solid #999999; }
            thead th.corner { position: sticky; left: 0; top: 0; z-index: 3; text-align: left; vertical-align: bottom; padding: 4px 6px; border-right: 2px solid #999999; }
            th.competency { vertical-align: bottom; padding: 6px 0; font-size: 12px; }
            th.competency span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
            .login { color: #555555; font-weight: 400; font-size: 12px; }
            td.ready { text-align: right; padding: 0 8px; color: #333333; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .scroll tbody td:not(.ready) { min-width: 38px; height: 26px; text-align: center; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .holder { box-shadow: inset 0 0 0 3px #000000; }
            .scroll tfoot th, .scroll tfoot td { position: sticky; bottom: 0; z-index: 2; background: #f2f2f2; border-top: 2px solid #999999; }
            .scroll tfoot th.person { z-index: 3; background: #f2f2f2; }
            td.coverage { text-align: center; font-weight: 700; font-size: 12px; padding: 2px 1px; line-height: 1.1; }
            .coverage small { display: block; font-size: 9px; letter-spacing: 0.5px; }
            .coverage.spof { background: #000000; color: #ffffff; }
            .coverage.uncovered { background: #ffffff; color: #000000; outline: 2px dashed #000000; outline-offset: -3px; }
            table.key td, table.key th { padding: 2px 14px 2px 0; text-align: left; }
            table.key th { border-bottom: 1px solid #999999; }

            """
        for swatch in HeatmapPicture.swatches {
            css += ".\(swatch.name) { background: \(swatch.fill); color: \(swatch.ink); }\n"
        }
        css += ".unrated { background: repeating-linear-gradient(135deg, #ffffff 0 5px, #d9d9d9 5px 7px); }\n"
        css += "td.notrequired { font-weight: 400; }"
        return css
    }
}
