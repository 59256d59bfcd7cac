import SkillsMatrix

/// Frameworks, their competencies, and search across all of them.
enum FrameworksView {
    static func draw(_ browser: FrameworkBrowserState, state: AppState, into buffer: inout CellBuffer) {
        let catalog = state.catalog
        let top = Layout.contentTop
        let heading: String
        if !browser.search.query.isEmpty {
            heading = "Competencies matching \"\(browser.search.query)\""
        } else if let framework = browser.framework {
            let selected = catalog.frameworks[framework]
            heading = "\(selected.id) \(selected.name), version \(selected.version) · ratings go stale after \(selected.reviewIntervalDays) days"
        } else {
            heading = "Frameworks"
        }
        buffer.put("  " + heading, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let items = browser.items(catalog: catalog)
        let listTop = top + Layout.pickerHeaderRows
        let visible = Layout.listRows(of: .frameworks(browser), state.size) ?? 1
        if items.isEmpty { buffer.put("  Nothing matches.", x: 0, y: listTop, style: .dim) }
        Draw.list(count: items.count, cursor: browser.cursor, top: listTop, visible: visible) { index, y, selected in
            let text: String
            switch items[index] {
            case .framework(let frameworkIndex):
                let framework = catalog.frameworks[frameworkIndex]
                text = "  " + DisplayWidth.pad(framework.id, to: 5) + DisplayWidth.pad(framework.name, to: 28)
                    + "\(framework.competencies.count) competencies in \(framework.areas.count) areas · \(framework.version)"
            case .competency(let competencyIndex):
                let competency = catalog.competencies[competencyIndex]
                text = "  " + DisplayWidth.pad(competency.id, to: 11) + DisplayWidth.pad(competency.name, to: 30) + competency.description
            }
            buffer.put(DisplayWidth.pad(text, to: buffer.width - 1), x: 0, y: y, style: selected ? .selected : .normal)
        }
        Draw.scrollMarkers(&buffer, count: items.count, cursor: browser.cursor, visible: visible)
    }
}

/// One competency in full: description, every level, references, learning, who needs it.
enum CompetencyView {
    static func lines(_ detail: CompetencyState, catalog: Catalog, width: Int) -> [(String, Style)] {
        let competency = catalog.competencies[detail.competency]
        let framework = catalog.framework(ofCompetency: detail.competency)
        var lines: [(String, Style)] = [("\(competency.id) \(competency.name)", .title), ("\(framework.name) \(framework.version)", .dim), ("", .normal)]
        lines += Draw.wrap(competency.description, width: width).map { ($0, .normal) }
        lines.append(("", .normal))
        for level in ProficiencyScale.levelRange {
            let text = level == 0 ? (framework.scale.levels.first?.descriptor ?? "") : (competency.indicator(for: level) ?? "")
            let wrapped = Draw.wrap("\(level) \(framework.scale.label(of: level)): \(text)", width: width - 2)
            lines += wrapped.enumerated().map { ($0.offset == 0 ? $0.element : "  " + $0.element, .normal) }
        }
        if !competency.references.isEmpty {
            lines += [("", .normal), ("References", .heading)]
            lines += Draw.wrap(competency.references.joined(separator: ", "), width: width).map { ($0, .normal) }
        }
        if !competency.learning.isEmpty {
            lines += [("", .normal), ("Ways to learn it", .heading)]
            for item in competency.learning { lines += Draw.wrap("- " + item, width: width).map { ($0, .normal) } }
        }
        let roles = catalog.roles.compactMap { role in
            role.requirements.first { $0.competencyID == competency.id }.map { "\(role.name) (target \($0.target), weight \($0.weight))" }
        }
        if !roles.isEmpty {
            lines += [("", .normal), ("Required by", .heading)]
            lines += roles.map { ($0, .normal) }
        }
        return lines
    }

    /// The furthest the competency text can scroll at `size`.
    static func maximumScroll(_ detail: CompetencyState, catalog: Catalog, size: ScreenSize) -> Int {
        max(0, lines(detail, catalog: catalog, width: size.width - 4).count - Layout.contentHeight(size))
    }

    static func draw(_ detail: CompetencyState, state: AppState, into buffer: inout CellBuffer) {
        let all = lines(detail, catalog: state.catalog, width: buffer.width - 4)
        let visible = Layout.contentHeight(state.size)
        let offset = max(0, min(detail.scroll, all.count - visible))
        for (index, line) in all.dropFirst(offset).prefix(visible).enumerated() {
            buffer.put("  " + line.0, x: 0, y: Layout.contentTop + index, style: line.1, maxWidth: buffer.width - 1)
        }
        if offset + visible < all.count { buffer.put("↓ more", x: buffer.width - 8, y: Layout.contentTop + visible - 1, style: .dim) }
    }
}
