import SkillsMatrix

/// The team heatmap: a cursor over people x competencies with both headers frozen.
extension Reducer {
    static func heatmapKey(_ key: Key, _ heatmap: HeatmapState, _ state: inout AppState) -> [Effect]? {
        var heatmap = heatmap
        if heatmap.search.handle(key) {
            refilter(&heatmap, catalog: state.catalog)
            scrollHeatmapIntoView(&heatmap, size: state.size)
            state.replaceTop(.heatmap(heatmap))
            return cellDetailRequest(heatmap, catalog: state.catalog).map { [$0] } ?? []
        }
        let rows = heatmap.shown.rows.count
        let columns = heatmap.shown.competencies.count
        let page = max(1, Layout.Heatmap.visibleRows(state.size) - 1)
        switch key {
        case .up, .character("k"): heatmap.row -= 1
        case .down, .character("j"): heatmap.row += 1
        case .left, .character("h"): heatmap.column -= 1
        case .right, .character("l"): heatmap.column += 1
        case .pageUp: heatmap.row -= page
        case .pageDown: heatmap.row += page
        case .character("g"), .home: heatmap.row = 0
        case .character("G"), .end: heatmap.row = rows - 1
        case .character("t"):
            let lenses = HeatmapLens.allCases
            heatmap.lens = lenses[((lenses.firstIndex(of: heatmap.lens) ?? 0) + 1) % lenses.count]
        case .character("f"):
            heatmap.frameworkFilter = nextFramework(after: heatmap.frameworkFilter, in: heatmap.heatmap, catalog: state.catalog)
            refilter(&heatmap, catalog: state.catalog)
        case .character("/"):
            heatmap.search.begin(prompt: "Find person")
            state.replaceTop(.heatmap(heatmap))
            return []
        case .enter:
            guard heatmap.shown.competencies.indices.contains(heatmap.column) else { return [] }
            state.stack.append(.competency(CompetencyState(competency: heatmap.shown.competencies[heatmap.column])))
            return []
        case .escape where !heatmap.search.query.isEmpty:
            heatmap.search = SearchBox()
            refilter(&heatmap, catalog: state.catalog)
        default:
            return nil
        }
        heatmap.row = max(0, min(heatmap.row, rows - 1))
        heatmap.column = max(0, min(heatmap.column, columns - 1))
        scrollHeatmapIntoView(&heatmap, size: state.size)
        state.replaceTop(.heatmap(heatmap))
        return cellDetailRequest(heatmap, catalog: state.catalog).map { [$0] } ?? []
    }

    /// Loads the notes behind the cell under the cursor, unless already shown.
    static func cellDetailRequest(_ heatmap: HeatmapState, catalog: Catalog) -> Effect? {
        guard heatmap.shown.rows.indices.contains(heatmap.row), heatmap.shown.competencies.indices.contains(heatmap.column) else {
            return nil
        }
        let login = heatmap.shown.rows[heatmap.row].person.login
        let competency = heatmap.shown.competencies[heatmap.column]
        if let detail = heatmap.detail, detail.login == login, detail.competency == competency { return nil }
        return .load(.cellDetail(login: login, competencyID: catalog.competencies[competency].id))
    }

    static func scrollHeatmapIntoView(_ heatmap: inout HeatmapState, size: ScreenSize) {
        let rows = Layout.Heatmap.visibleRows(size)
        let columns = Layout.Heatmap.visibleColumns(size)
        heatmap.row = max(0, min(heatmap.row, heatmap.shown.rows.count - 1))
        heatmap.column = max(0, min(heatmap.column, heatmap.shown.competencies.count - 1))
        if heatmap.row < heatmap.rowOffset { heatmap.rowOffset = heatmap.row }
        if heatmap.row >= heatmap.rowOffset + rows { heatmap.rowOffset = heatmap.row - rows + 1 }
        if heatmap.column < heatmap.columnOffset { heatmap.columnOffset = heatmap.column }
        if heatmap.column >= heatmap.columnOffset + columns { heatmap.columnOffset = heatmap.column - columns + 1 }
        heatmap.rowOffset = max(0, min(heatmap.rowOffset, max(0, heatmap.shown.rows.count - rows)))
        heatmap.columnOffset = max(0, min(heatmap.columnOffset, max(0, heatmap.shown.competencies.count - columns)))
    }

    /// Applies the framework filter and the search, keeping the cursor on the same person
    /// and competency where they are still shown.
    static func refilter(_ heatmap: inout HeatmapState, catalog: Catalog) {
        let login = heatmap.shown.rows.indices.contains(heatmap.row) ? heatmap.shown.rows[heatmap.row].person.login : nil
        let competency = heatmap.shown.competencies.indices.contains(heatmap.column) ? heatmap.shown.competencies[heatmap.column] : nil
        var shown = heatmap.heatmap
        if let framework = heatmap.frameworkFilter { shown = shown.filtered(framework: framework, catalog: catalog) }
        let search = heatmap.search
        if !search.query.isEmpty { shown = shown.filteredRows { search.matches("\($0.person.name) \($0.person.login)") } }
        heatmap.shown = shown
        heatmap.detail = nil
        if let login, let row = shown.rows.firstIndex(where: { $0.person.login == login }) { heatmap.row = row }
        if let competency, let column = shown.competencies.firstIndex(of: competency) { heatmap.column = column }
    }

    /// All frameworks, then each framework present in the team, then all again.
    static func nextFramework(after current: String?, in heatmap: Heatmap, catalog: Catalog) -> String? {
        var present: [String] = []
        for competency in heatmap.competencies {
            let id = catalog.framework(ofCompetency: competency).id
            if !present.contains(id) { present.append(id) }
        }
        guard let current, let index = present.firstIndex(of: current) else { return present.first }
        return index + 1 < present.count ? present[index + 1] : nil
    }
}
