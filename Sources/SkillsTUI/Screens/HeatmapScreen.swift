import SkillsMatrix

/// The team heatmap: people down, competencies across, both headers frozen, a coverage
/// row and a panel on the cell under the cursor. A lead works on it: Enter opens the
/// person's gap report, a digit on the lead lens rates the cell, `x` shows the team as
/// if the person left, and rows sort by name, readiness or the cursor's column.
public struct HeatmapScreen: ScreenModel {
    /// As loaded.
    public private(set) var heatmap: Heatmap
    /// What is shown: `heatmap` filtered by framework and search, in `order`.
    public private(set) var shown: Heatmap
    public var lens: HeatmapLens = .effective
    public private(set) var frameworkFilter: String?
    public private(set) var order: RowOrder = .name
    public var row = 0
    public var column = 0
    public var rowOffset = 0
    public var columnOffset = 0
    public var detail: CellDetail?
    public private(set) var search = SearchField()
    /// "Go to competency": the field, and the column to go back to on Esc.
    public private(set) var jump: (editor: LineEditor, from: Int)?
    /// The team as if one person left, while `x` shows it.
    public private(set) var leaver: Leaver?
    /// Names that more than one member has: those rows show the login too.
    private let repeatedNames: Set<String>

    public enum RowOrder: Hashable, Sendable {
        case name
        /// Least ready first, by the lens.
        case readiness
        /// Furthest from target first in the competency (a catalog index).
        case competency(Int)
    }

    public struct CellDetail: Hashable, Sendable {
        public var login: String
        public var competency: Int
        public var detail: RatingDetail
    }

    public struct Leaver: Hashable, Sendable {
        public var person: Person
        public var impact: LeaverImpact
    }

    /// The heatmap as first opened: every framework, effective ratings, cursor top left.
    public init(heatmap: Heatmap) {
        self.heatmap = heatmap
        self.shown = heatmap
        var seen: Set<String> = []
        var repeated: Set<String> = []
        for row in heatmap.rows where !seen.insert(row.person.name).inserted { repeated.insert(row.person.name) }
        self.repeatedNames = repeated
    }

    // MARK: - Geometry

    static let headerRows = 4
    static let nameWidth = 22
    static let readinessWidth = 6
    static let cellWidth = 6
    static let detailRows = 5

    public static func visibleRows(_ size: ScreenSize) -> Int {
        max(1, Layout.contentHeight(size) - headerRows - 1 - detailRows)
    }

    public static func visibleColumns(_ size: ScreenSize) -> Int {
        max(1, (size.width - nameWidth - readinessWidth - 1) / cellWidth)
    }

    static var gridTop: Int { Layout.contentTop + headerRows }
    static var firstCellX: Int { nameWidth + readinessWidth }

    // MARK: - Keys

    public enum Action: Hashable, Sendable {
        case move(row: Int, column: Int)
        case page(Int)
        case firstRow, lastRow, firstColumn, lastColumn
        case click(x: Int, y: Int)
        case wheel(Int)
        case toggleLens
        case cycleFramework
        case cycleOrder
        case openPerson
        case openCompetency
        case openNotes
        case rate(Int)
        case undo
        case whatIfLeaves
        case beginSearch
        case clearSearch
        case editSearch(Key)
        case beginJump
        case editJump(Key)
    }

    public func title(_ context: ScreenContext) -> String { context.screenWords.heatmapTitle }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        if search.isEditing { return LineEditor.keyMap(context.screenWords).forwarding(Action.editSearch) }
        if jump != nil { return LineEditor.keyMap(context.screenWords).forwarding(Action.editJump) }
        var bindings: [KeyBinding<Action>] = [
            KeyBinding([.key(.up), .key(.down), .key(.left), .key(.right)], "←↑↓→", context.screenWords.keyMove) { key in
                switch key {
                case .up: return .move(row: -1, column: 0)
                case .down: return .move(row: 1, column: 0)
                case .left: return .move(row: 0, column: -1)
                default: return .move(row: 0, column: 1)
                }
            },
            KeyBinding([.key(.character("h")), .key(.character("j")), .key(.character("k")), .key(.character("l"))], "hjkl", context.screenWords.keyMove, statusBar: false) { key in
                switch key.character {
                case "h": return .move(row: 0, column: -1)
                case "j": return .move(row: 1, column: 0)
                case "k": return .move(row: -1, column: 0)
                default: return .move(row: 0, column: 1)
                }
            },
            KeyBinding([.key(.pageUp), .key(.pageDown)], "PgUp/PgDn", context.screenWords.keyPage, statusBar: false) { .page($0 == .pageUp ? -1 : 1) },
            KeyBinding("g", context.screenWords.keyFirstPerson, statusBar: false, .firstRow),
            KeyBinding("G", context.screenWords.keyLastPerson, statusBar: false, .lastRow),
            KeyBinding([.key(.home)], "Home", context.screenWords.keyFirstCompetency, statusBar: false, .firstColumn),
            KeyBinding([.key(.end)], "End", context.screenWords.keyLastCompetency, statusBar: false, .lastColumn),
            .click(context.screenWords.keyMoveThere, words: context.screenWords) { x, y in .click(x: x, y: y) },
            KeyBinding([.wheel], context.screenWords.keyWheel, context.screenWords.keyScroll, statusBar: false) { key in
                if case .wheelUp = key { return .wheel(-3) }
                return .wheel(3)
            },
            KeyBinding([.key(.enter)], "Enter", context.screenWords.keyTheirGapReport, .openPerson),
            KeyBinding("i", context.screenWords.keyAboutCompetency, statusBar: false, .openCompetency),
            KeyBinding("n", context.screenWords.keyRatingsInFull, statusBar: false, .openNotes),
            KeyBinding("t", context.screenWords.keyLensCycle, .toggleLens),
        ]
        if canRate(context) {
            bindings.append(KeyBinding([.digits(0...9)], "0-4", context.screenWords.keyRateAsLead) { key in key.digit.map(Action.rate) })
        }
        if !context.undoable.isEmpty { bindings.append(KeyBinding("u", context.screenWords.keyUndoLastRating, .undo)) }
        bindings += [
            KeyBinding("f", context.screenWords.keyFramework, .cycleFramework),
            KeyBinding("s", context.screenWords.keySortOrder, statusBar: false, .cycleOrder),
            KeyBinding("c", context.screenWords.keyGoToCompetency, statusBar: false, .beginJump),
            KeyBinding("x", leaver == nil ? context.screenWords.keyIfTheyLeft : context.screenWords.keyBackFromLeaver, .whatIfLeaves),
            KeyBinding("/", context.screenWords.keyFindPerson, .beginSearch),
        ]
        if search.isActive { bindings.append(KeyBinding([.key(.escape)], "Esc", context.screenWords.keyClearSearch, .clearSearch)) }
        return KeyMap(bindings)
    }

    /// Whether a digit rates: on the lead lens, for someone who leads a team here.
    func canRate(_ context: ScreenContext) -> Bool {
        lens == .lead && context.session?.isLead == true
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let rows = Self.visibleRows(context.size)
        switch action {
        case .move(let rowStep, let columnStep):
            row += rowStep
            column += columnStep
        case .page(let direction): row += direction * max(1, rows - 1)
        case .firstRow: row = 0
        case .lastRow: row = shown.rows.count - 1
        case .firstColumn: column = 0
        case .lastColumn: column = shown.competencies.count - 1
        case .click(let x, let y):
            if y >= Self.gridTop, y < Self.gridTop + rows { row = rowOffset + y - Self.gridTop }
            if x >= Self.firstCellX { column = columnOffset + (x - Self.firstCellX) / Self.cellWidth }
        case .wheel(let step):
            rowOffset = max(0, min(rowOffset + step, max(0, shown.rows.count - rows)))
            row = max(rowOffset, min(row, rowOffset + rows - 1))
        case .toggleLens:
            let lenses = HeatmapLens.allCases
            lens = lenses[((lenses.firstIndex(of: lens) ?? 0) + 1) % lenses.count]
            if case .readiness = order { refilter(context.catalog) }
        case .cycleFramework:
            frameworkFilter = Self.nextFramework(after: frameworkFilter, in: heatmap, catalog: context.catalog)
            refilter(context.catalog)
        case .cycleOrder:
            switch order {
            case .name: order = .readiness
            case .readiness: order = shown.competencies.indices.contains(column) ? .competency(shown.competencies[column]) : .name
            case .competency: order = .name
            }
            refilter(context.catalog)
        case .openPerson:
            guard shown.rows.indices.contains(row) else { return [] }
            return [.load(.gapReport(login: shown.rows[row].person.login))]
        case .openCompetency:
            guard shown.competencies.indices.contains(column) else { return [] }
            context.open(TextScreen.competency(shown.competencies[column], catalog: context.catalog, language: context.language))
            return []
        case .openNotes:
            context.open(TextScreen(title: context.screenWords.ratingsTitle, paragraphs: detailParagraphs(context)))
            return []
        case .rate(let level):
            return rate(level, &context)
        case .undo:
            return context.undoable.last.map { [.withdraw($0)] } ?? []
        case .whatIfLeaves:
            if leaver != nil {
                leaver = nil
                return []
            }
            guard shown.rows.indices.contains(row) else { return [] }
            return [.load(.leaverImpact(login: shown.rows[row].person.login))]
        case .beginSearch:
            search.begin(prompt: context.screenWords.findPersonPrompt)
            return []
        case .clearSearch:
            search.clear()
            refilter(context.catalog)
        case .editSearch(let key):
            if search.handle(key) == true { refilter(context.catalog) }
        case .beginJump:
            jump = (LineEditor(prompt: context.screenWords.goToCompetencyLongPrompt, limit: 80), column)
            return []
        case .editJump(let key):
            guard var open = jump else { return [] }
            switch open.editor.handle(key) {
            case .editing:
                jump = open
                if let found = Self.competencyColumn(matching: open.editor.text, in: shown, catalog: context.catalog) { column = found }
            case .confirmed(let text):
                jump = nil
                if Self.competencyColumn(matching: text, in: shown, catalog: context.catalog) == nil, !text.isEmpty {
                    context.complain(context.words.noCompetencyOnHeatmap(text))
                }
            case .cancelled:
                jump = nil
                column = open.from
            }
        }
        scrollIntoView(context.size)
        return cellDetailRequest(context.catalog).map { [$0] } ?? []
    }

    private func rate(_ level: Int, _ context: inout ScreenContext) -> [Effect] {
        guard shown.rows.indices.contains(row), shown.competencies.indices.contains(column), context.acceptsLevel(level) else { return [] }
        let person = shown.rows[row].person
        guard person.login != context.session?.login else {
            context.complain(context.screenWords.thisIsYou)
            return []
        }
        guard context.session?.ledTeams.contains(where: { $0.id == person.teamID }) == true else {
            context.complain(context.words.notYourMember(person.name))
            return []
        }
        let competencyID = context.catalog.competencies[shown.competencies[column]].id
        return [.rate(login: person.login, competencyID: competencyID, level: level, note: "")]
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .loaded(.cellDetail(let login, let competency, let detail)):
            self.detail = CellDetail(login: login, competency: competency, detail: detail)
        case .loaded(.heatmapRefresh(let fresh)) where fresh.team.id == heatmap.team.id:
            heatmap = fresh
            detail = nil
            if let leaverLogin = leaver?.person.login {
                refilter(context.catalog)
                return [.load(.leaverImpact(login: leaverLogin))] + (cellDetailRequest(context.catalog).map { [$0] } ?? [])
            }
            refilter(context.catalog)
            return cellDetailRequest(context.catalog).map { [$0] } ?? []
        case .loaded(.leaverImpact(let impact, let person)) where impact.before.teamID == heatmap.team.id:
            leaver = Leaver(person: person, impact: impact)
        case .loaded(.leaverImpact(_, let person)):
            context.complain(context.words.inAnotherTeam(name: person.name, team: person.teamID))
        case .rated, .withdrawn:
            // The cell, the person's readiness and the coverage row all change.
            return [.load(.heatmapRefresh(teamID: heatmap.team.id))]
        default:
            break
        }
        return []
    }

    public var reload: Request? { .heatmapRefresh(teamID: heatmap.team.id) }

    public mutating func fit(_ context: ScreenContext) { scrollIntoView(context.size) }

    public func messageLine(_ context: ScreenContext) -> MessageLine? {
        if let editor = search.editor { return .editor(editor) }
        return jump.map { .editor($0.editor) }
    }

    public func position(_ context: ScreenContext) -> String? {
        guard !shown.rows.isEmpty else { return nil }
        return context.words.position(row + 1, of: shown.rows.count)
    }

    public func helpNotes(_ context: ScreenContext) -> [String] { context.words.heatmapLegendLines }

    // MARK: - Cursor and filters

    /// Loads the notes behind the cell under the cursor, unless already shown.
    func cellDetailRequest(_ catalog: Catalog) -> Effect? {
        guard shown.rows.indices.contains(row), shown.competencies.indices.contains(column) else { return nil }
        let login = shown.rows[row].person.login
        let competency = shown.competencies[column]
        if let detail, detail.login == login, detail.competency == competency { return nil }
        return .load(.cellDetail(login: login, competencyID: catalog.competencies[competency].id))
    }

    mutating func scrollIntoView(_ size: ScreenSize) {
        let rows = Self.visibleRows(size)
        let columns = Self.visibleColumns(size)
        row = max(0, min(row, shown.rows.count - 1))
        column = max(0, min(column, shown.competencies.count - 1))
        if row < rowOffset { rowOffset = row }
        if row >= rowOffset + rows { rowOffset = row - rows + 1 }
        if column < columnOffset { columnOffset = column }
        if column >= columnOffset + columns { columnOffset = column - columns + 1 }
        rowOffset = max(0, min(rowOffset, max(0, shown.rows.count - rows)))
        columnOffset = max(0, min(columnOffset, max(0, shown.competencies.count - columns)))
    }

    /// Applies the framework filter, the search and the order, keeping the cursor on the
    /// same person and competency where they are still shown.
    mutating func refilter(_ catalog: Catalog) {
        let login = shown.rows.indices.contains(row) ? shown.rows[row].person.login : nil
        let competency = shown.competencies.indices.contains(column) ? shown.competencies[column] : nil
        var result = heatmap
        if let framework = frameworkFilter { result = result.filtered(framework: framework, catalog: catalog) }
        if search.isActive {
            let query = search.folded
            result = result.filteredRows { SearchText.contains(SearchText.fold("\($0.person.name) \($0.person.login)")[...], query) }
        }
        switch order {
        case .name:
            break
        case .readiness:
            let lens = self.lens
            result = result.reordered(result.rows.indices.sorted { result.rows[$0].readiness(lens) < result.rows[$1].readiness(lens) })
        case .competency(let index):
            if let slot = result.competencies.firstIndex(of: index) {
                let lens = self.lens
                func distance(_ cell: HeatmapCell) -> Int {
                    switch cell.band(lens) {
                    case .notRequired: return -2
                    case .unrated: return 5
                    default: return Scoring.gap(target: cell.requirement?.target ?? 0, level: cell.level(lens))
                    }
                }
                result = result.reordered(result.rows.indices.sorted { distance(result.rows[$0].cells[slot]) > distance(result.rows[$1].cells[slot]) })
            }
        }
        shown = result
        detail = nil
        if let login, let found = shown.rows.firstIndex(where: { $0.person.login == login }) { row = found }
        if let competency, let found = shown.competencies.firstIndex(of: competency) { column = found }
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

    /// The first column whose competency id starts with `text`, else whose id or name
    /// contains it (accents and case ignored).
    static func competencyColumn(matching text: String, in heatmap: Heatmap, catalog: Catalog) -> Int? {
        let query = SearchText.fold(text)
        guard !query.isEmpty else { return nil }
        let ids = heatmap.competencies.map { SearchText.fold(catalog.competencies[$0].id) }
        if let prefix = ids.firstIndex(where: { $0.starts(with: query) }) { return prefix }
        return heatmap.competencies.firstIndex { index in
            let competency = catalog.competencies[index]
            return SearchText.contains(SearchText.fold("\(competency.id) \(competency.name)")[...], query)
        }
    }

    /// The name column's text: the name, with the login where another member has the same name.
    func displayName(_ person: Person) -> String {
        repeatedNames.contains(person.name) ? "\(person.name) (\(person.login))" : person.name
    }
}
