import SkillsMatrix

/// Frameworks, their competencies, and search across all of them; `w` on a competency
/// finds who knows it. Opened from Home's "Who knows what", Enter on a competency finds
/// who knows it rather than showing it.
public struct FrameworksScreen: ScreenModel {
    /// nil: the list of frameworks; else the competencies of that framework.
    public var framework: Int?
    public var browser = SearchableList()
    /// Whether Enter on a competency finds who knows it (else it shows the competency).
    public let findsPeople: Bool

    public init(findsPeople: Bool = false) {
        self.findsPeople = findsPeople
    }

    /// One line of the browser: a framework, or a competency.
    public enum Item: Hashable, Sendable {
        case framework(Int)
        case competency(Int)
    }

    /// Frameworks at the top level; a framework's competencies inside it; a search looks
    /// through every competency by id, name and description.
    public func items(catalog: Catalog) -> [Item] {
        if browser.search.isActive {
            let query = browser.search.folded
            return catalog.competencies.indices.filter { index in
                let competency = catalog.competencies[index]
                return SearchText.contains(SearchText.fold("\(competency.id) \(competency.name) \(competency.description)")[...], query)
            }.map(Item.competency)
        }
        guard let framework else { return catalog.frameworks.indices.map(Item.framework) }
        return catalog.competencies.indices.filter { catalog.frameworkIndexOfCompetency[$0] == framework }.map(Item.competency)
    }

    public enum Action: Hashable, Sendable {
        case list(SearchableList.Command)
        case upToFrameworks
        case whoKnows
    }

    public func title(_ context: ScreenContext) -> String { findsPeople ? context.words.menuWhoKnowsWhat : context.screenWords.frameworksTitle }

    static let headerRows = 2

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        let words = context.screenWords
        var bindings = browser.keyBindings(
            open: findsPeople ? context.words.keyOpenOrWhoKnows : words.keyOpen, find: words.keySearch, words: words
        ).map { $0.map(Action.list) }
        if !browser.search.isEditing, !browser.search.isActive, framework != nil {
            bindings.append(KeyBinding([.key(.escape), .key(.character("q"))], "Esc/q", words.keyAllFrameworks, .upToFrameworks))
        }
        if !browser.search.isEditing, !findsPeople, framework != nil || browser.search.isActive {
            bindings.append(KeyBinding("w", context.words.keyWhoKnowsIt, .whoKnows))
        }
        return KeyMap(bindings)
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        let items = items(catalog: context.catalog)
        switch action {
        case .list(let command):
            switch browser.perform(command, count: items.count, in: area, searchPrompt: context.screenWords.findCompetencyPrompt) {
            case .none: break
            case .open(let index):
                if findsPeople, case .competency(let competency) = items[index] { return [Self.whoKnows(competency, context.catalog)] }
                open(items[index], &context)
            case .searchChanged: browser.reset(count: self.items(catalog: context.catalog).count, visible: area.height)
            }
        case .upToFrameworks:
            let previous = framework ?? 0
            framework = nil
            browser.list = ListState(selection: previous)
            browser.list.clamp(count: context.catalog.frameworks.count, visible: area.height)
        case .whoKnows:
            guard items.indices.contains(browser.list.selection), case .competency(let index) = items[browser.list.selection] else { return [] }
            return [Self.whoKnows(index, context.catalog)]
        }
        return []
    }

    /// Who is at or above level 3 in the competency (the people search's own keys change the level).
    static func whoKnows(_ competency: Int, _ catalog: Catalog) -> Effect {
        .load(.peopleSearch(competencyID: catalog.competencies[competency].id, minimumLevel: 3))
    }

    private mutating func open(_ item: Item, _ context: inout ScreenContext) {
        switch item {
        case .framework(let index):
            framework = index
            browser.list = ListState()
        case .competency(let index):
            context.open(TextScreen.competency(index, catalog: context.catalog, language: context.language))
        }
    }

    public mutating func fit(_ context: ScreenContext) {
        browser.list.clamp(count: items(catalog: context.catalog).count, visible: listArea(context.size).height)
    }

    public func messageLine(_ context: ScreenContext) -> MessageLine? { browser.messageLine }

    public func position(_ context: ScreenContext) -> String? {
        browser.list.position(count: items(catalog: context.catalog).count, visible: listArea(context.size).height, words: context.words)
    }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let catalog = context.catalog
        let top = Layout.contentTop
        let heading: String
        if browser.search.isActive {
            heading = context.words.competenciesMatching(browser.search.query)
        } else if let framework {
            let selected = catalog.frameworks[framework]
            heading = context.words.frameworkLine(id: selected.id, name: selected.name, version: selected.version, reviewDays: selected.reviewIntervalDays)
        } else {
            heading = findsPeople ? context.words.whoKnowsHeading : context.screenWords.frameworksTitle
        }
        buffer.put("  " + heading, x: 0, y: top, style: .heading, maxWidth: buffer.width - 1)
        let items = items(catalog: catalog)
        let frameworkColumns = ColumnLayout([.init("", .fixed(4)), .init("", .fixed(28)), .init("", .flexible(minimum: 20, maximum: nil))])
        let competencyColumns = ColumnLayout([.init("", .fixed(10)), .init("", .fixed(30)), .init("", .flexible(minimum: 20, maximum: nil))])
        let area = listArea(context.size)
        ListView.draw(browser.list, count: items.count, in: area, into: &buffer, empty: context.screenWords.nothingMatches) { buffer, index, y, selected in
            let style: Style = selected ? .selected : .normal
            switch items[index] {
            case .framework(let frameworkIndex):
                let framework = catalog.frameworks[frameworkIndex]
                frameworkColumns.draw(
                    [framework.id, framework.name,
                     context.words.frameworkSize(competencies: framework.competencies.count, areas: framework.areas.count, version: framework.version)],
                    into: &buffer, y: y, style: style)
            case .competency(let competencyIndex):
                let competency = catalog.competencies[competencyIndex]
                competencyColumns.draw([competency.id, competency.name, competency.description], into: &buffer, y: y, style: style)
            }
        }
    }
}
