import SkillsMatrix

/// Where a team picker leads.
public enum TeamDestination: Hashable, Sendable {
    case heatmap
    case validation
    case trainingNeeds
}

/// Choose a team (or all of them): the team tree with each team's members and readiness,
/// branches folded and unfolded, and `/` to find one of thousands by name or id.
public struct TeamPickerScreen: ScreenModel {
    public let destination: TeamDestination
    /// Every team in tree order (each team's children under it, by name), with the entry
    /// for all teams first where the destination has one.
    public let nodes: [Node]
    /// Teams whose branches are folded.
    public private(set) var folded: Set<String>
    public var browser = SearchableList()
    /// Indices of `nodes` shown: the unfolded tree, or the matches of a search.
    public private(set) var shown: [Int] = []
    private let searchText: FoldedTexts

    /// One line of the tree.
    public struct Node: Hashable, Sendable {
        /// nil: every team (the whole organisation, or all the teams a lead leads).
        public let team: Team?
        public let depth: Int
        public let members: Int
        /// Members of this team and every team below it.
        public let membersBelow: Int
        public let readiness: Double?
        public let hasChildren: Bool
    }

    public init(destination: TeamDestination, summaries: [TeamSummary], offersAll: Bool) {
        self.destination = destination
        var nodes: [Node] = []
        if offersAll {
            let total = summaries.reduce(0) { $0 + $1.members }
            let weighted = summaries.reduce(0.0) { $0 + ($1.readiness ?? 0) * Double($1.members) }
            nodes.append(Node(team: nil, depth: 0, members: total, membersBelow: total, readiness: total == 0 ? nil : weighted / Double(total), hasChildren: false))
        }
        nodes += Self.treeOrder(summaries)
        self.nodes = nodes
        // Large organisations open folded below the second level; small ones open whole.
        self.folded = nodes.count > 60 ? Set(nodes.filter { $0.depth >= 1 && $0.hasChildren }.compactMap { $0.team?.id }) : []
        self.searchText = FoldedTexts(nodes.map { $0.team.map { "\($0.name) \($0.id)" } ?? "" })
        self.shown = visibleNodes()
    }

    /// Teams depth first from the top ones, children by name (`CollationKey`), with
    /// member counts summed up each branch.
    static func treeOrder(_ summaries: [TeamSummary]) -> [Node] {
        let byID = Dictionary(summaries.map { ($0.team.id, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [String: [TeamSummary]] = [:]
        var roots: [TeamSummary] = []
        for summary in summaries {
            if let parent = summary.team.parentID, byID[parent] != nil {
                children[parent, default: []].append(summary)
            } else {
                roots.append(summary)
            }
        }
        func sorted(_ teams: [TeamSummary]) -> [TeamSummary] {
            teams.map { (key: CollationKey($0.team.name, $0.team.id), summary: $0) }.sorted { $0.key < $1.key }.map(\.summary)
        }
        var nodes: [Node] = []
        var seen: Set<String> = []
        @discardableResult
        func visit(_ summary: TeamSummary, depth: Int) -> Int {
            guard seen.insert(summary.team.id).inserted else { return 0 }
            let index = nodes.count
            let kids = sorted(children[summary.team.id] ?? [])
            nodes.append(Node(team: summary.team, depth: depth, members: summary.members, membersBelow: 0, readiness: summary.readiness, hasChildren: !kids.isEmpty))
            var below = summary.members
            for kid in kids { below += visit(kid, depth: depth + 1) }
            let node = nodes[index]
            nodes[index] = Node(team: node.team, depth: depth, members: node.members, membersBelow: below, readiness: node.readiness, hasChildren: node.hasChildren)
            return below
        }
        for root in sorted(roots) { visit(root, depth: 0) }
        return nodes
    }

    /// The unfolded tree: every node whose ancestors are all unfolded.
    func visibleNodes() -> [Int] {
        var result: [Int] = []
        var hiddenBelowDepth: Int?
        for (index, node) in nodes.enumerated() {
            if let depth = hiddenBelowDepth {
                if node.depth > depth { continue }
                hiddenBelowDepth = nil
            }
            result.append(index)
            if let id = node.team?.id, folded.contains(id) { hiddenBelowDepth = node.depth }
        }
        return result
    }

    public enum Action: Hashable, Sendable {
        case list(SearchableList.Command)
        case fold
        case unfold
    }

    public func title(_ context: ScreenContext) -> String { context.screenWords.teamPickerTitle }

    static let headerRows = 3

    func listArea(_ size: ScreenSize) -> Rect { Layout.listArea(size, headerRows: Self.headerRows) }

    public func keyMap(_ context: ScreenContext) -> KeyMap<Action> {
        var bindings = browser.keyBindings(open: context.screenWords.keyOpen, find: context.screenWords.keyFindTeam, words: context.screenWords).map { $0.map(Action.list) }
        if !browser.search.isEditing, !browser.search.isActive {
            bindings.append(KeyBinding([.key(.left), .key(.character("h"))], "←/h", context.screenWords.keyFold, .fold))
            bindings.append(KeyBinding([.key(.right), .key(.character("l"))], "→/l", context.screenWords.keyUnfold, .unfold))
        }
        return KeyMap(bindings)
    }

    public mutating func perform(_ action: Action, _ context: inout ScreenContext) -> [Effect] {
        let area = listArea(context.size)
        switch action {
        case .list(let command):
            switch browser.perform(command, count: shown.count, in: area, searchPrompt: context.screenWords.findTeamPrompt) {
            case .none:
                return []
            case .open(let index):
                return [Self.load(destination, teamID: nodes[shown[index]].team?.id)]
            case .searchChanged:
                if browser.search.isActive {
                    let query = browser.search.folded
                    shown = nodes.indices.filter { nodes[$0].team != nil && searchText.contains($0, query) }
                } else {
                    shown = visibleNodes()
                }
                browser.reset(count: shown.count, visible: area.height)
                return []
            }
        case .fold, .unfold:
            guard !browser.search.isActive, shown.indices.contains(browser.list.selection) else { return [] }
            let index = shown[browser.list.selection]
            let node = nodes[index]
            if action == .fold {
                if let id = node.team?.id, node.hasChildren, !folded.contains(id) {
                    folded.insert(id)
                } else if let parent = nodes[..<index].lastIndex(where: { $0.depth < node.depth && $0.team != nil }) {
                    // Already folded, or a leaf: go up to the team above.
                    browser.list.move(.to(shown.firstIndex(of: parent) ?? browser.list.selection), count: shown.count, visible: area.height)
                    return []
                }
            } else if let id = node.team?.id {
                folded.remove(id)
            }
            shown = visibleNodes()
            browser.list.move(.to(shown.firstIndex(of: index) ?? 0), count: shown.count, visible: area.height)
            return []
        }
    }

    static func load(_ destination: TeamDestination, teamID: String?) -> Effect {
        switch destination {
        case .heatmap: return .load(.heatmap(teamID: teamID ?? ""))
        case .validation: return .load(.validation(teamID: teamID))
        case .trainingNeeds: return .load(.trainingNeeds(teamID: teamID))
        }
    }

    public mutating func fit(_ context: ScreenContext) { browser.list.clamp(count: shown.count, visible: listArea(context.size).height) }

    public func messageLine(_ context: ScreenContext) -> MessageLine? { browser.messageLine }

    public func position(_ context: ScreenContext) -> String? { browser.list.position(count: shown.count, visible: listArea(context.size).height, words: context.words) }

    /// What the entry for every team is called here.
    func everythingLabel(_ words: ScreenWords) -> String { destination == .validation ? words.allYourTeams : words.wholeOrganisation }

    public func draw(into buffer: inout CellBuffer, _ context: ScreenContext) {
        let top = Layout.contentTop
        let purpose: String
        switch destination {
        case .heatmap: purpose = context.screenWords.whichHeatmap
        case .validation: purpose = context.screenWords.whichValidation
        case .trainingNeeds: purpose = context.screenWords.whichTrainingNeeds
        }
        buffer.put("  " + purpose, x: 0, y: top, style: .heading)
        let columns = ColumnLayout([
            .init(context.words.columns.team, .flexible(minimum: 30, maximum: nil)), .init(context.screenWords.columnMembers, .fixed(8), alignRight: true),
            .init(context.screenWords.columnBelow, .fixed(8), alignRight: true), .init(context.words.columns.ready, .fixed(6), alignRight: true),
        ], gap: 2, indent: 2)
        columns.drawHeader(into: &buffer, y: top + 2)
        let area = listArea(context.size)
        let empty = browser.search.isActive ? context.words.noTeamMatches(browser.search.query) : context.screenWords.noTeamToOpenList
        ListView.draw(browser.list, count: shown.count, in: area, into: &buffer, empty: empty) { buffer, index, y, selected in
            let node = nodes[shown[index]]
            let label: String
            if let team = node.team {
                let indent = browser.search.isActive ? "" : String(repeating: "  ", count: node.depth)
                let mark = browser.search.isActive || !node.hasChildren ? "  " : (folded.contains(team.id) ? "▸ " : "▾ ")
                label = indent + mark + "\(team.name) (\(team.id))"
            } else {
                label = everythingLabel(context.screenWords)
            }
            columns.draw(
                [label, Counted.group(node.members), node.hasChildren ? Counted.group(node.membersBelow) : "",
                 node.readiness.map { RequirementFields.percent($0) } ?? "–"],
                into: &buffer, y: y, style: selected ? .selected : (node.team == nil ? .title : .normal))
        }
    }
}
