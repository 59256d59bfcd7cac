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
