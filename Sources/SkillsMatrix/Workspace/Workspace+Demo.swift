import Foundation

extension Workspace {
    /// Loads the demo organisation and replays its cycles in time order: the ratings up to
    /// each closed cycle's close, then the close with its snapshot as it stood that day,
    /// then the later ratings, then the cycles still open, then the development data
    /// (certificates cite the newest ratings, so they come after all of them). The rating
    /// events keep their order in time, so the demo is the same database whichever cycles
    /// it has.
    static func loadDemo(_ demo: OrganisationChanges, cycles: [ReviewCycle], into store: SkillsStore, login: String, now: Date) throws {
        let closes = cycles.compactMap(\.closedAt).sorted()
        var organisation = demo
        organisation.ratings = demo.ratings.filter { rating in closes.first.map { rating.ratedAt <= $0 } ?? true }
        organisation.certificates = []
        organisation.planItems = []
        organisation.marks = []
        try store.apply(organisation, actor: login, actingAs: login, action: "load demo organisation", now: now)
        var remaining = demo.ratings.dropFirst(organisation.ratings.count)
        for cycle in cycles.filter({ $0.closedAt != nil }).sorted(by: { ($0.closedAt ?? now) < ($1.closedAt ?? now) }) {
            let closedAt = cycle.closedAt ?? now
            let due = remaining.prefix { $0.ratedAt <= closedAt }
            try store.appendDemoRatings(Array(due), actor: login, now: now)
            remaining = remaining.dropFirst(due.count)
            var open = cycle
            open.closedAt = nil
            open.closedBy = nil
            try store.insertCycle(open, actor: login, actingAs: cycle.openedBy, at: cycle.opensAt)
            let snapshot = try snapshot(of: open, store: store, now: closedAt)
            try store.closeCycle(cycle.name, snapshot: snapshot, by: cycle.closedBy ?? cycle.openedBy, actor: login, at: closedAt)
        }
        try store.appendDemoRatings(Array(remaining), actor: login, now: now)
        for cycle in cycles where cycle.closedAt == nil {
            try store.insertCycle(cycle, actor: login, actingAs: cycle.openedBy, at: cycle.opensAt)
        }
        var development = OrganisationChanges()
        development.certificates = demo.certificates
        development.planItems = demo.planItems
        development.marks = demo.marks
        if !development.certificates.isEmpty || !development.planItems.isEmpty || !development.marks.isEmpty {
            try store.apply(development, actor: login, actingAs: login, action: "load demo development", now: now)
        }
    }
}
