import SkillsMatrix

/// Who am I, how ready, my top gaps, and what I can open.
public struct HomeScreen: ScreenModel {
    public var data: HomeData
    public var menu = ListState()

    public init(data: HomeData) {
        self.data = data
    }

    /// A home-menu entry.
    public enum Destination: Hashable, Sendable {
        case selfAssessment
        case gapReport
        case heatmap
        case validation
        case trainingNeeds
        case developmentPlan
        case developmentPlans
        case whoKnows
        case frameworks
        case completion
        case calibration
        case trend
        case cycles
        case switchUser
        case quit
    }

    public struct Item: Hashable, Sendable {
        public var destination: Destination
        public var label: String
    }

    public enum Action: Hashable, Sendable {
        case move(ListState.Movement)
        case open
        case click(y: Int)
        case switchUser
    }

    public func title(_ context: ScreenContext) -> String { context.screenWords.homeTitle }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        var bindings = ListState.movementBindings(context.screenWords).map { $0.map(Action.move) }
        bindings.append(KeyBinding([.key(.enter)], "Enter", context.screenWords.keyOpen, .open))
        bindings.append(.click(context.screenWords.keyOpen, words: context.screenWords) { _, y in .click(y: y) })
        if context.isDemo { bindings.append(KeyBinding("u", context.screenWords.keySwitchUser, .switchUser)) }
        return KeyMap(bindings)
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let items = Self.items(session: context.session, data: data, isDemo: context.isDemo, language: context.language)
        switch action {
        case .move(let movement):
            menu.move(movement, count: items.count, visible: Self.menuArea(data, context.size).height)
            return []
        case .open:
            guard items.indices.contains(menu.selection) else { return [] }
            return Self.open(items[menu.selection].destination, &context)
        case .click(let y):
            let area = Self.menuArea(data, context.size)
            guard let index = ListView.item(atY: y, menu, count: items.count, in: area) else { return [] }
            menu.move(.to(index), count: items.count, visible: area.height)
            return Self.open(items[index].destination, &context)
        case .switchUser:
            return [.load(.rolePicker)]
        }
    }

    static func open(_ destination: Destination, _ context: inout ScreenContext) -> [Effect] {
        switch destination {
        case .selfAssessment: return [.load(.walkthrough(.role, at: nil))]
        case .gapReport: return [.load(.gapReport(login: nil))]
        case .heatmap: return [.load(.teams(.heatmap))]
        case .validation: return [.load(.teams(.validation))]
        case .trainingNeeds: return [.load(.teams(.trainingNeeds))]
        case .developmentPlan: return [.load(.developmentPlan(login: nil))]
        case .developmentPlans: return [.load(.developmentPlans)]
        case .whoKnows:
            context.open(FrameworksScreen(findsPeople: true))
            return []
        case .frameworks:
            context.open(FrameworksScreen())
            return []
        case .completion: return [.load(.completion)]
        case .calibration: return [.load(.calibration)]
        case .trend: return [.load(.trend)]
        case .cycles: return [.load(.cycles)]
        case .switchUser: return [.load(.rolePicker)]
        case .quit: return [.quit]
        }
    }

    public mutating func receive(_ update: Outcome, _ context: inout ScreenContext) -> [Effect] {
        switch update {
        case .loaded(.home(let fresh)):
            // The count comes separately: keep the last one until it does.
            let count = data.validationCount
            data = fresh
            data.validationCount = fresh.validationCount ?? count
            let items = Self.items(session: context.session, data: data, isDemo: context.isDemo, language: context.language)
            menu.clamp(count: items.count, visible: Self.menuArea(data, context.size).height)
            return context.session?.isLead == true ? [.load(.homeCount)] : []
        case .loaded(.homeCount(let count)):
            data.validationCount = count
            return []
        default:
            return []
        }
    }

    public var reload: Request? { .home }

    public var reloadsOnReturn: Bool { true }

    // MARK: - Menu

    /// The menu, built from what the user may do.
    public static func items(session: SessionInfo?, data: HomeData, isDemo: Bool, language: Language) -> [Item] {
        let words = language.messages
        var items: [Item] = []
        if session?.person != nil {
            if let walk = data.walkthrough {
                let label: String
                if let resume = walk.resumePosition {
                    label = words.continueWalkthrough(at: resume + 1, of: walk.steps.count, answered: walk.answeredCount)
                } else if walk.answeredCount == 0 {
                    label = words.startWalkthrough(competencies: walk.steps.count)
                } else {
                    label = words.walkthroughProgress(answered: walk.answeredCount, of: walk.steps.count)
                }
                // Trained since rating it, or its wording changed: the walk-through asks these first.
                let again = walk.rerate.isEmpty ? "" : words.homeRateAgain(walk.rerate.count)
                items.append(Item(destination: .selfAssessment, label: label + again))
            }
            items.append(Item(destination: .gapReport, label: words.screen.menuGapReport))
        }
        if let session, !session.visibleTeams.isEmpty {
            items.append(Item(destination: .heatmap, label: words.screen.menuHeatmap))
        }
        if let session, session.isLead {
            let waiting = data.validationCount.map { words.validationWaiting(waiting: $0.waiting, disputed: $0.disputed) } ?? words.screen.menuCounting
            items.append(Item(destination: .validation, label: words.validateRatings(waiting)))
        }
        if let session, session.canSeeOrganisation || session.isLead {
            items.append(Item(destination: .trainingNeeds, label: words.menuTrainingAndPlan))
            items.append(Item(destination: .developmentPlans, label: words.menuDevelopmentPlans(organisation: session.canSeeOrganisation)))
        }
        if session?.person != nil { items.append(Item(destination: .developmentPlan, label: words.menuMyDevelopmentPlan)) }
        items.append(Item(destination: .whoKnows, label: words.menuWhoKnowsWhat))
        items.append(Item(destination: .frameworks, label: words.screen.menuFrameworks))
        // Review cycles, after the entries above so their places in the menu stay put.
        if let session, session.canSeeOrganisation || session.isLead {
            let organisation = session.canSeeOrganisation
            if data.hasCycles { items.append(Item(destination: .completion, label: words.menuCompletion(organisation: organisation))) }
            items.append(Item(destination: .calibration, label: words.menuCalibration))
            items.append(Item(destination: .trend, label: words.menuTrend(organisation: organisation)))
        }
        if let session, session.canManageCycles {
            items.append(Item(destination: .cycles, label: words.menuCycles))
        }
        if isDemo { items.append(Item(destination: .switchUser, label: words.screen.menuSwitchUser)) }
        items.append(Item(destination: .quit, label: words.screen.menuQuit))
        return items
    }

    /// The row of the menu's first item: below the person, their review cycle, their
    /// readiness and top gaps.
    static func menuTop(_ data: HomeData) -> Int {
        Layout.contentTop + 1 + 3 + cycleRows(data) + (data.assessment == nil ? 0 : 6) + 1
    }

    /// Rows the open review cycle takes on Home (two lines and a blank), none without one.
    static func cycleRows(_ data: HomeData) -> Int { data.cycle == nil ? 0 : 3 }

    /// Items of the open cycle whose rating predates it: "still level N" in the
    /// self-assessment makes them count.
    static func awaitingReconfirmation(_ data: HomeData) -> Int { data.walkthrough?.steps.count(where: \.awaitsReconfirmation) ?? 0 }

    /// Where the menu goes: down to the message line, scrolled when it is longer (a lead's
    /// menu at 80x24).
    static func menuArea(_ data: HomeData, _ size: ScreenSize, width: Int? = nil) -> Rect {
        let top = menuTop(data)
        return Rect(x: 0, y: top, width: width ?? size.width, height: max(1, Layout.messageRow(size) - top))
    }

    public mutating func fit(_ context: ScreenContext) {
        let items = Self.items(session: context.session, data: data, isDemo: context.isDemo, language: context.language)
        menu.clamp(count: items.count, visible: Self.menuArea(data, context.size).height)
    }
}
