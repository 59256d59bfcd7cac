import SkillsMatrix

/// A lead's validation queue: self ratings with no newer lead rating. Read person by
/// person a page at a time, so a whole organisation's queue opens at once; filters
/// (disputed, stale, one person, one competency) and other orders load it whole. `a`
/// accepts, a digit rates, `n` adds a note, `u` takes the last rating back.
public struct ValidationScreen: ScreenModel {
    /// The people to read, in order: at first only those the first page may need, then
    /// everyone (`Request.validationScope`, read after the first frame).
    public private(set) var scope: ValidationScope
    /// The ratings loaded so far, in `order`.
    public private(set) var items: [ValidationItem]
    /// How far through `scanList` the page-at-a-time reading has got; nil once every
    /// waiting rating of the queue is loaded (never before the scope is complete).
    public private(set) var scanned: Int?
    /// Positions in `scope.people` to read, person by person: all, or the search's matches.
    private var scanList: [Int]
    public private(set) var order: ValidationOrder = .byPerson
    public private(set) var filter = Filter()
    public private(set) var search = SearchField()
    /// Indices of `items` shown: those matching the filter.
    public private(set) var shown: [Int] = []
    public var list = ListState()
    public var noteEditor: LineEditor?
    /// Notes kept for items not yet rated, by person login and competency.
    public private(set) var pendingNotes: [ItemKey: String] = [:]
    /// How many wait, once counted (it comes after the first page).
    public private(set) var count: ValidationCount?
    /// Items rated from here, with where they were, so `u` can put them back.
    private var taken: [Int64: (item: ValidationItem, index: Int)] = [:]
    /// "name login" of every person in scope, folded at the first search (a whole
    /// organisation has 100,000: not worth doing before anyone searches).
    private var peopleSearch: FoldedTexts?

    public struct ItemKey: Hashable, Sendable {
        public let login: String
        public let competency: Int
    }

    public struct Filter: Hashable, Sendable {
        public var disputedOnly = false
        public var staleOnly = false
        public var person: String?
        public var competency: Int?

        /// Filters that need the whole queue (a person's ratings are read on their own).
        var needsWholeQueue: Bool { disputedOnly || staleOnly || competency != nil }
        var isEmpty: Bool { self == Filter() }
    }

    /// How many people a page reads.
    public static let pagePeople = 200

    public init(scope: ValidationScope, firstPage: [ValidationItem], scanned: Int) {
        self.scope = scope
        self.items = firstPage
        self.scanList = Array(scope.people.indices)
        self.scanned = scanned >= scope.people.count && scope.isComplete ? nil : scanned
        self.shown = Array(firstPage.indices)
    }

    static func key(_ item: ValidationItem) -> ItemKey { ItemKey(login: item.person.login, competency: item.competency) }

    var selected: ValidationItem? {
        guard shown.indices.contains(list.selection), items.indices.contains(shown[list.selection]) else { return nil }
        return items[shown[list.selection]]
    }

    // MARK: - Keys

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case click(y: Int)
        case accept
        case rate(Int)
        case note
        case editNote(Key)
        case undo
        case readItem
        case toggleDisputed
        case toggleStale
        case togglePerson
        case toggleCompetency
        case cycleOrder
        case clearFilters
        case beginSearch
        case editSearch(Key)
    }

    public func title(_ context: ScreenContext) -> String { context.screenWords.validationTitle }

    static let headerRows = 4
    static let panelRows = 6

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows, footerRows: Self.panelRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        if noteEditor != nil { return LineEditor.keyMap(context.screenWords).forwarding(Action.editNote) }
        if search.isEditing { return LineEditor.keyMap(context.screenWords).forwarding(Action.editSearch) }
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings += [
            .click(context.screenWords.keySelect, words: context.screenWords) { _, y in .click(y: y) },
            KeyBinding("a", context.screenWords.keyAcceptTheirLevel, .accept),
            KeyBinding([.digits(0...9)], "0-4", context.screenWords.keyYourLevel) { key in key.digit.map(Action.rate) },
            KeyBinding("n", context.screenWords.keyNote, .note),
        ]
        if !context.undoable.isEmpty { bindings.append(KeyBinding("u", context.screenWords.keyUndo, .undo)) }
        bindings += [
            KeyBinding([.key(.enter)], "Enter", context.screenWords.keyRatingInFull, statusBar: false, .readItem),
            KeyBinding("/", context.screenWords.keyFindPerson, .beginSearch),
            KeyBinding("d", filter.disputedOnly ? context.screenWords.keyAllNotOnlyDisputed : context.screenWords.keyDisputedOnly, .toggleDisputed),
            KeyBinding("S", filter.staleOnly ? context.screenWords.keyAllNotOnlyStale : context.screenWords.keyStaleOnly, statusBar: false, .toggleStale),
            KeyBinding("p", filter.person == nil ? context.screenWords.keyOnlyThisPerson : context.screenWords.keyEveryPerson, statusBar: false, .togglePerson),
            KeyBinding("c", filter.competency == nil ? context.screenWords.keyOnlyThisCompetency : context.screenWords.keyEveryCompetency, statusBar: false, .toggleCompetency),
            KeyBinding("o", context.screenWords.keyValidationOrder, statusBar: false, .cycleOrder),
        ]
        if !filter.isEmpty || search.isActive { bindings.append(KeyBinding([.key(.escape)], "Esc", context.screenWords.keyClearFilters, .clearFilters)) }
        return KeyMap(bindings)
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .move(let movement):
            list.move(movement, count: shown.count, visible: area.height)
            return morePages()
        case .click(let y):
            guard let index = ListView.item(atY: y, list, count: shown.count, in: area) else { return [] }
            list.move(.to(index), count: shown.count, visible: area.height)
        case .accept:
            guard let item = selected else { return [] }
            return [rateEffect(item, level: item.selfEvent.level, context.catalog)]
        case .rate(let level):
            guard let item = selected, context.acceptsLevel(level) else { return [] }
            return [rateEffect(item, level: level, context.catalog)]
        case .note:
            guard let item = selected else { return [] }
            let id = context.catalog.competencies[item.competency].id
            noteEditor = LineEditor(prompt: context.words.noteFor(login: item.person.login, competency: id), text: pendingNotes[Self.key(item)] ?? "", limit: Workspace.maximumNoteLength)
        case .editNote(let key):
            guard var editor = noteEditor, let item = selected else { return [] }
            switch editor.handle(key) {
            case .editing: noteEditor = editor
            case .cancelled: noteEditor = nil
            case .confirmed(let text):
                noteEditor = nil
                let trimmed = Workspace.normalisedNote(text)
                pendingNotes[Self.key(item)] = trimmed.isEmpty ? nil : trimmed
                if !trimmed.isEmpty { context.say(context.screenWords.noteKeptValidation) }
            }
        case .undo:
            return context.undoable.last.map { [.withdraw($0)] } ?? []
        case .readItem:
            guard let item = selected else { return [] }
            context.open(TextScreen(title: context.screenWords.selfRatingTitle, paragraphs: Self.paragraphs(item, context: context)))
        case .toggleDisputed:
            filter.disputedOnly.toggle()
            return refilter(context)
        case .toggleStale:
            filter.staleOnly.toggle()
            return refilter(context)
        case .togglePerson:
            filter.person = filter.person == nil ? selected?.person.login : nil
            return restart(context)
        case .toggleCompetency:
            filter.competency = filter.competency == nil ? selected?.competency : nil
            return refilter(context)
        case .cycleOrder:
            let orders = ValidationOrder.allCases
            order = orders[((orders.firstIndex(of: order) ?? 0) + 1) % orders.count]
            return refilter(context)
        case .clearFilters:
            filter = Filter()
            search.clear()
            return restart(context)
        case .beginSearch:
            search.begin(prompt: context.screenWords.findPersonPrompt)
        case .editSearch(let key):
            if search.handle(key) == true { return restart(context) }
        }
        return []
    }

    func rateEffect(_ item: ValidationItem, level: Int, _ catalog: Catalog) -> Effect {
        .rate(login: item.person.login, competencyID: catalog.competencies[item.competency].id, level: level, note: pendingNotes[Self.key(item)] ?? "")
    }

    // MARK: - Reading the queue

    /// Shows what is loaded through the filter; asks for the whole queue when a filter
    /// or an order needs it and not all of it is loaded.
    mutating func refilter(_ context: ScreenContext) -> [Effect] {
        if scanned != nil, filter.needsWholeQueue || order != .byPerson {
            return [.load(.validationAll(teamID: scope.teamID, order: order))]
        }
        if order != .byPerson || scanned == nil { items = Scoring.orderValidationQueue(items, by: order) }
        applyFilter(context)
        return morePages()
    }

    /// Reads afresh from the first person (the people to read changed: a search, one person).
    mutating func restart(_ context: ScreenContext) -> [Effect] {
        if filter.needsWholeQueue || order != .byPerson {
            // The whole queue is (or will be) in memory: filter it there.
            return refilter(context)
        }
        scanList = peopleToRead()
        items = []
        shown = []
        scanned = reading(from: 0)
        applyFilter(context)
        list = ListState()
        return morePages(force: true)
    }

    /// Positions in `scope.people` of those the search and the person filter leave.
    mutating func peopleToRead() -> [Int] {
        let query = search.folded
        if search.isActive, peopleSearch == nil { peopleSearch = FoldedTexts(scope.people.map { "\($0.name) \($0.login)" }) }
        let names = peopleSearch
        return scope.people.indices.filter { index in
            (filter.person == nil || scope.people[index].login == filter.person) && (names.map { $0.contains(index, query) } ?? true)
        }
    }

    /// `scanned` for reading on from `position` of `scanList`: nil once all is read.
    func reading(from position: Int) -> Int? { position >= scanList.count && scope.isComplete ? nil : position }

    mutating func applyFilter(_ context: ScreenContext) {
        let selectedKey = selected.map(Self.key)
        let query = search.folded
        shown = items.indices.filter { index in
            let item = items[index]
            if filter.disputedOnly, !item.isDisputed { return false }
            if filter.staleOnly, !item.isStale(catalog: context.catalog, now: context.now) { return false }
            if let person = filter.person, item.person.login != person { return false }
            if let competency = filter.competency, item.competency != competency { return false }
            if search.isActive, !SearchText.contains(SearchText.fold("\(item.person.name) \(item.person.login)")[...], query) { return false }
            return true
        }
        if let selectedKey, let found = shown.firstIndex(where: { Self.key(items[$0]) == selectedKey }) { list.selection = found }
        list.clamp(count: shown.count, visible: listArea(context.size).height)
    }

    /// Asks for the next people's ratings when the cursor nears the end of what is loaded.
    func morePages(force: Bool = false) -> [Effect] {
        guard let scanned, scanned < scanList.count else { return [] }
        guard force || list.selection + 40 >= shown.count else { return [] }
        let people = scanList[scanned..<min(scanList.count, scanned + Self.pagePeople)].map { scope.people[$0] }
        return [.load(.validationPage(people))]
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .loaded(.validationPage(let page, let people)):
            // A page for the people next in line; anything else is from an earlier reading.
            guard let scanned, scanned + people <= scanList.count,
                page.allSatisfy({ item in scanList[scanned..<(scanned + people)].contains { scope.people[$0].login == item.person.login } })
            else { return [] }
            items += page
            self.scanned = reading(from: scanned + people)
            applyFilter(context)
            return morePages()
        case .loaded(.validationScope(let everyone)):
            // The first people are the first of everyone, in the same order: what was
            // read stays, and reading goes on into the rest.
            guard everyone.teamID == scope.teamID, !scope.isComplete, everyone.isComplete else { return [] }
            scope = everyone
            peopleSearch = nil
            if let scanned {
                scanList = peopleToRead()
                self.scanned = reading(from: scanned)
            }
            return morePages()
        case .loaded(.validationAll(let all, let order)):
            self.order = order
            items = all
            scanned = nil
            scanList = Array(scope.people.indices)
            applyFilter(context)
            list.clamp(count: shown.count, visible: listArea(context.size).height)
        case .loaded(.validationCount(let fresh)):
            count = fresh
        case .rated(let receipt, _):
            guard receipt.event.track == .lead,
                let index = items.firstIndex(where: { $0.person.login == receipt.event.personLogin && context.catalog.competencies[$0.competency].id == receipt.event.competencyID })
            else { return [] }
            let item = items.remove(at: index)
            taken[receipt.eventNumber] = (item, index)
            pendingNotes[Self.key(item)] = nil
            if let count { self.count = ValidationCount(waiting: max(0, count.waiting - 1), disputed: max(0, count.disputed - (item.isDisputed ? 1 : 0))) }
            applyFilter(context)
            context.say(Self.savedMessage(receipt, item: item, count: count, catalog: context.catalog, language: context.language))
            return morePages()
        case .withdrawn(let withdrawal):
            guard let put = taken.removeValue(forKey: withdrawal.eventNumber) else { return [] }
            items.insert(put.item, at: min(put.index, items.count))
            if let count { self.count = ValidationCount(waiting: count.waiting + 1, disputed: count.disputed + (put.item.isDisputed ? 1 : 0)) }
            applyFilter(context)
            if let back = shown.firstIndex(where: { Self.key(items[$0]) == Self.key(put.item) }) {
                list.move(.to(back), count: shown.count, visible: listArea(context.size).height)
            }
        default:
            break
        }
        return []
    }

    static func savedMessage(_ receipt: RatingReceipt, item: ValidationItem, count: ValidationCount?, catalog: Catalog, language: Language) -> String {
        let words = language.messages
        let event = receipt.event
        let scale = catalog.framework(ofCompetency: item.competency).scale
        var text = words.savedValidation(
            name: item.person.name, login: event.personLogin, competency: event.competencyID, level: event.level, label: scale.label(of: event.level))
        text += receipt.previous.map { words.wasRating(level: $0.level, on: $0.ratedAt) } ?? "."
        if let count { text += words.stillWaiting(count.waiting) }
        return text + words.screen.uTakesItBack
    }

    public func messageLine(_ context: ScreenContext) -> MessageLine? {
        if let noteEditor { return .editor(noteEditor) }
        return search.editor.map(MessageLine.editor)
    }

    public var unsavedNotes: Int { pendingNotes.count }

    public var reload: Request? { .validation(teamID: scope.teamID) }

    public mutating func fit(_ context: ScreenContext) { list.clamp(count: shown.count, visible: listArea(context.size).height) }

    public func position(_ context: ScreenContext) -> String? {
        let visible = listArea(context.size).height
        guard !shown.isEmpty else { return nil }
        let window = list.window(count: shown.count, visible: visible)
        let loaded = context.words.group(shown.count) + (scanned == nil ? "" : "+")
        return context.words.listPosition(from: window.lowerBound + 1, to: window.upperBound, of: loaded)
    }

    /// The self rating in words, with its note in full.
    static func paragraphs(_ item: ValidationItem, context: ScreenContext) -> [TextScreen.Paragraph] {
        let competency = context.catalog.competencies[item.competency]
        let scale = context.catalog.framework(ofCompetency: item.competency).scale
        var paragraphs = [
            TextScreen.Paragraph("\(item.person.name) (\(item.person.login)) · \(item.person.teamID)", .title),
            TextScreen.Paragraph("\(competency.id) \(competency.name)"), .blank,
            TextScreen.Paragraph(
                context.words.selfRatingLine(
                    level: item.selfEvent.level, label: scale.label(of: item.selfEvent.level), on: item.selfEvent.ratedAt,
                    age: DateText.age(of: item.selfEvent.ratedAt, now: context.now, in: context.language))),
        ]
        paragraphs.append(TextScreen.Paragraph(item.leadRating.map { context.words.yourLastRating(level: $0.level, label: scale.label(of: $0.level), on: $0.ratedAt) }
                ?? context.screenWords.noLeadRatingYet))
        if let target = item.target { paragraphs.append(TextScreen.Paragraph(context.words.roleTarget(target, label: scale.label(of: target)))) }
        paragraphs += [.blank, TextScreen.Paragraph(context.screenWords.evidence, .heading)]
        paragraphs.append(TextScreen.Paragraph(item.selfEvent.note.isEmpty ? context.screenWords.noEvidenceNoteFull : context.words.quoted(item.selfEvent.note)))
        return paragraphs
    }
}
