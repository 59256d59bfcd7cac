import SkillsMatrix

/// The lines of the training-needs screen for one grouping and filter: headings and the
/// needs under them. Kept rather than worked out per key or frame, because a whole
/// organisation of 100,000 people has over half a million needs.
public struct TrainingNeedsLines: Sendable {
    public enum Grouping: String, Hashable, Sendable, CaseIterable {
        case competency, team, person, priority

        public func label(_ words: ScreenWords) -> String {
            switch self {
            case .competency: return words.groupByCompetency
            case .team: return words.groupByTeam
            case .person: return words.groupByPerson
            case .priority: return words.groupFlat
            }
        }
    }

    /// What needs are shown.
    public struct Filter: Hashable, Sendable {
        public var teamID: String?
        public var frameworkID: String?
        public var flag: Flag?

        public enum Flag: String, Hashable, Sendable, CaseIterable {
            case unrated, stale, disputed
        }
    }

    /// A heading: a competency group of the report, a team, or a person.
    public enum Heading: Hashable, Sendable {
        case competency(group: Int)
        case team(String)
        case person(Int)
    }

    /// One line: a heading, or a need (its group and position in the report).
    public enum Line: Hashable, Sendable {
        case heading(Int)
        case need(group: Int, need: Int)
    }

    public let grouping: Grouping
    public let filter: Filter
    public private(set) var headings: [Heading] = []
    public private(set) var lines: [Line] = []
    /// How many needs the lines hold.
    public private(set) var needCount = 0
    /// For each line, the person it is about (their position in the report's people): a
    /// need's or a person heading's; -1 for other headings. With `groupOfLine`, what a
    /// search looks at for half a million lines without going through the report.
    public private(set) var personOfLine: [Int32] = []
    /// For each line, its competency group: a need's or a competency heading's; -1 for
    /// team and person headings.
    public private(set) var groupOfLine: [Int32] = []

    public init(_ report: TrainingNeedsReport, catalog: Catalog, grouping: Grouping, filter: Filter) {
        self.grouping = grouping
        self.filter = filter
        let included = Self.included(report, catalog: catalog, filter: filter)
        switch grouping {
        case .competency:
            lines.reserveCapacity(report.groups.count + report.needCount)
            let everything = filter == Filter()
            for (groupIndex, group) in report.groups.enumerated() {
                // Without a filter every need is shown: no test per need (half a million).
                let needs = everything ? Array(group.needs.indices) : group.needs.indices.filter { included(groupIndex, $0) }
                guard !needs.isEmpty else { continue }
                headings.append(.competency(group: groupIndex))
                lines.append(.heading(headings.count - 1))
                lines += needs.map { .need(group: groupIndex, need: $0) }
                needCount += needs.count
            }
        case .team, .person:
            var byPerson = [[Line]](repeating: [], count: report.people.count)
            for (groupIndex, group) in report.groups.enumerated() {
                for needIndex in group.needs.indices where included(groupIndex, needIndex) {
                    byPerson[group.needs[needIndex].personIndex].append(.need(group: groupIndex, need: needIndex))
                }
            }
            // People by name (the listing order); by team, teams in id order (as the
            // exports list them) and each team's people by name.
            let listed = report.people.listingOrder().filter { !byPerson[$0].isEmpty }
            guard grouping == .team else {
                for personIndex in listed {
                    headings.append(.person(personIndex))
                    lines.append(.heading(headings.count - 1))
                    lines += Self.byPriority(byPerson[personIndex], report)
                    needCount += byPerson[personIndex].count
                }
                break
            }
            let byTeam = Dictionary(grouping: listed) { report.people[$0].teamID }
            for team in byTeam.keys.sorted() {
                let teamNeeds = (byTeam[team] ?? []).flatMap { byPerson[$0] }
                headings.append(.team(team))
                lines.append(.heading(headings.count - 1))
                lines += Self.byPriority(teamNeeds, report)
                needCount += teamNeeds.count
            }
        case .priority:
            var all: [Line] = []
            all.reserveCapacity(report.needCount)
            for (groupIndex, group) in report.groups.enumerated() {
                for needIndex in group.needs.indices where included(groupIndex, needIndex) { all.append(.need(group: groupIndex, need: needIndex)) }
            }
            lines = Self.byPriority(all, report)
            needCount = lines.count
        }
        (personOfLine, groupOfLine) = Self.keys(of: lines, headings: headings, report)
    }

    /// The person and the group of every line (see `personOfLine`).
    static func keys(of lines: [Line], headings: [Heading], _ report: TrainingNeedsReport) -> (persons: [Int32], groups: [Int32]) {
        // The person of need n of group g is at firstNeed[g] + n: one flat array rather
        // than a walk into the report's groups per line.
        var firstNeed: [Int] = []
        var personOfNeed: [Int32] = []
        firstNeed.reserveCapacity(report.groups.count)
        personOfNeed.reserveCapacity(report.needCount)
        for group in report.groups {
            firstNeed.append(personOfNeed.count)
            for need in group.needs { personOfNeed.append(Int32(clamping: need.personIndex)) }
        }
        var persons = [Int32](repeating: -1, count: lines.count)
        var groups = [Int32](repeating: -1, count: lines.count)
        for (index, line) in lines.enumerated() {
            switch line {
            case .need(let group, let need):
                persons[index] = personOfNeed[firstNeed[group] + need]
                groups[index] = Int32(clamping: group)
            case .heading(let heading):
                switch headings[heading] {
                case .competency(let group): groups[index] = Int32(clamping: group)
                case .person(let person): persons[index] = Int32(clamping: person)
                case .team: break
                }
            }
        }
        return (persons, groups)
    }

    /// Whether a need passes the filter.
    static func included(_ report: TrainingNeedsReport, catalog: Catalog, filter: Filter) -> (Int, Int) -> Bool {
        let frameworkOfGroup = report.groups.map { catalog.framework(ofCompetency: $0.competency).id }
        return { groupIndex, needIndex in
            let need = report.groups[groupIndex].needs[needIndex]
            if let frameworkID = filter.frameworkID, frameworkOfGroup[groupIndex] != frameworkID { return false }
            if let teamID = filter.teamID, report.people[need.personIndex].teamID != teamID { return false }
            switch filter.flag {
            case .unrated?: return need.isUnrated
            case .stale?: return need.isStale
            case .disputed?: return need.isDisputed
            case nil: return true
            }
        }
    }

    /// Needs by priority, highest first, keeping the given order among equals: a
    /// counting sort, since priorities are a handful of small numbers.
    static func byPriority(_ needs: [Line], _ report: TrainingNeedsReport) -> [Line] {
        func priority(_ line: Line) -> Int {
            guard case .need(let group, let need) = line else { return 0 }
            return report.groups[group].needs[need].priority
        }
        let maximum = needs.reduce(0) { max($0, priority($1)) }
        guard maximum < 4 * needs.count + 64 else { return needs.enumerated().sorted { (priority($0.element), -$0.offset) > (priority($1.element), -$1.offset) }.map(\.element) }
        var buckets = [[Line]](repeating: [], count: maximum + 1)
        for line in needs { buckets[max(0, priority(line))].append(line) }
        return buckets.reversed().flatMap { $0 }
    }

    /// The need a line shows, if it is one.
    public func need(at index: Int, in report: TrainingNeedsReport) -> TrainingNeed? {
        guard lines.indices.contains(index), case .need(let group, let need) = lines[index] else { return nil }
        return report.groups[group].needs[need]
    }

    /// The competency of a line: its need's, or its heading's.
    public func competency(at index: Int, in report: TrainingNeedsReport) -> Int? {
        guard lines.indices.contains(index) else { return nil }
        switch lines[index] {
        case .need(let group, _): return report.groups[group].competency
        case .heading(let heading):
            if case .competency(let group) = headings[heading] { return report.groups[group].competency }
            return nil
        }
    }
}
