import Foundation
import Testing
@testable import SkillsMatrix

/// The rules of review cycles, calibration and trend, as pure functions on the fixture catalog.
@Suite("Cycle counting, snapshot figures, calibration and trend")
struct CycleScoringTests {
    /// Framework AA only, the whole organisation, opened 30 days ago, due in 10.
    static func cycle(teams: [String] = [], frameworks: [String] = ["AA"], closedDaysAgo: Double? = nil) -> ReviewCycle {
        ReviewCycle(
            name: "c", teamIDs: teams, frameworkIDs: frameworks, opensAt: Fixtures.daysAgo(30), dueAt: Fixtures.daysAgo(-10),
            openedBy: "hr", closedAt: closedDaysAgo.map(Fixtures.daysAgo))
    }

    static let tree = TeamTree([Team(id: "top", name: "Top"), Team(id: "team", name: "Team", parentID: "top"), Team(id: "other", name: "Other")])

    static func rules(_ cycle: ReviewCycle = cycle()) -> CycleRules { CycleRules(cycle: cycle, catalog: Fixtures.catalog, teams: tree) }

    @Test("items are the role's requirements in the cycle's frameworks; only self ratings made during the cycle count")
    func counting() throws {
        let person = Fixtures.person("ana")
        // Analyst: AA.X.1 and AA.X.2 are in AA; BB.Y.1 is not in the cycle.
        let ratings = [
            Fixtures.rating("AA.X.1", self: 3, selfAge: 5),  // during the cycle: done
            Fixtures.rating("AA.X.2", self: 2, lead: 2, selfAge: 40, leadAge: 1),  // self before it; a lead rating does not count
            Fixtures.rating("BB.Y.1", self: 4, selfAge: 1),  // not in the cycle's frameworks
        ]
        let completion = Self.rules().completion(of: person, ratings: ratings, catalog: Fixtures.catalog, now: Fixtures.now)
        #expect(completion.total == 2)
        #expect(completion.done == 1)
        #expect(completion.pending == [Fixtures.index("AA.X.2")])
        #expect(completion.lastActivity == Fixtures.daysAgo(1))
        #expect(!completion.isComplete)
        // Re-confirming (a new self rating now) makes it count.
        let reconfirmed = [ratings[0], Fixtures.rating("AA.X.2", self: 2, lead: 2, selfAge: 0, leadAge: 1), ratings[2]]
        #expect(Self.rules().completion(of: person, ratings: reconfirmed, catalog: Fixtures.catalog, now: Fixtures.now).isComplete)
    }

    @Test("a closed cycle counts only ratings made before it closed; nothing done at all is 0 of n")
    func closedWindow() {
        let person = Fixtures.person("ana")
        let closed = Self.rules(Self.cycle(closedDaysAgo: 10))
        let after = [Fixtures.rating("AA.X.1", self: 3, selfAge: 5), Fixtures.rating("AA.X.2", self: 2, selfAge: 20)]
        let completion = closed.completion(of: person, ratings: after, catalog: Fixtures.catalog, now: Fixtures.now)
        #expect(completion.done == 1)
        let none = closed.completion(of: person, ratings: [], catalog: Fixtures.catalog, now: Fixtures.now)
        #expect((none.done, none.total, none.lastActivity) == (0, 2, nil))
    }

    @Test("scope: a chosen team brings the teams below it; inactive people and other teams are out")
    func scope() {
        let inScope = Self.rules(Self.cycle(teams: ["top"]))
        #expect(inScope.includes(Fixtures.person("a", team: "team")))
        #expect(inScope.includes(Fixtures.person("b", team: "top")))
        #expect(!inScope.includes(Fixtures.person("c", team: "other")))
        var inactive = Fixtures.person("d", team: "team")
        inactive.isActive = false
        #expect(!inScope.includes(inactive))
        #expect(Self.rules().includes(Fixtures.person("e", team: "other")))
    }

    @Test("overdue: open, past due and not complete; a closed cycle has nobody overdue")
    func overdue() {
        var cycle = Self.cycle()
        cycle.dueAt = Fixtures.daysAgo(1)
        let incomplete = PersonCompletion(person: Fixtures.person("a"), done: 1, total: 2, lastActivity: nil, pending: [0])
        let complete = PersonCompletion(person: Fixtures.person("b"), done: 2, total: 2, lastActivity: nil, pending: [])
        #expect(incomplete.isOverdue(in: cycle, now: Fixtures.now))
        #expect(!complete.isOverdue(in: cycle, now: Fixtures.now))
        #expect(!incomplete.isOverdue(in: Self.cycle(), now: Fixtures.now))
        cycle.closedAt = Fixtures.now
        #expect(!incomplete.isOverdue(in: cycle, now: Fixtures.now))
        let report = CompletionReport(cycle: Self.cycle(), teamID: nil, people: [incomplete, complete], now: Fixtures.now)
        #expect((report.done, report.total, report.completeCount) == (3, 4, 1))
    }

    @Test("calibration figures: mean self - lead, leniency, dispute rate, each withheld below 5 pairs")
    func calibrationFormulas() throws {
        var figure = CalibrationFigure()
        for (selfLevel, leadLevel) in [(3, 1), (2, 2), (4, 3), (1, 2)] { figure.add(selfLevel: selfLevel, leadLevel: leadLevel) }
        #expect((figure.pairs, figure.selfMinusLead, figure.disputes) == (4, 2, 1))
        #expect(figure.meanSelfMinusLead == nil && figure.leniency == nil && figure.disputeRate == nil)
        figure.add(selfLevel: 2, leadLevel: 2)
        #expect(try #require(figure.meanSelfMinusLead) == 0.4)
        #expect(try #require(figure.leniency) == -0.4)
        #expect(try #require(figure.disputeRate) == 0.2)
    }

    @Test("calibration per lead, competency and team counts each pair once in each, with the lead who rated it")
    func calibrationGroups() throws {
        let pairs = (0..<6).map { CalibrationPair(login: "p\($0)", teamID: "t", competency: 0, selfLevel: 3, leadLevel: 1, leadRater: "lead") }
            + [CalibrationPair(login: "q", teamID: "u", competency: 1, selfLevel: 1, leadLevel: 2, leadRater: "other")]
        let figures = Scoring.calibrationFigures(pairs)
        #expect(figures.organisation.pairs == 7)
        #expect(try #require(figures.leads["lead"]).leniency == -2)
        #expect(try #require(figures.leads["other"]).pairs == 1)
        #expect(try #require(figures.leads["other"]).leniency == nil)
        #expect(try #require(figures.competencies[0]).disputeRate == 1)
        #expect(try #require(figures.teams["u"]).selfMinusLead == -1)
        let report = CalibrationReport(
            teamIDs: nil, cycles: [], organisation: .init(subject: "", current: figures.organisation, history: []),
            leads: [.init(subject: "lead", current: try #require(figures.leads["lead"]), history: [])], competencies: [], teams: [])
        // Organisation leniency: -(6 x 2 - 1) / 7; the lead's -2.
        #expect(abs(try #require(report.leniencyDistance(report.leads[0])) - (-2 + 11.0 / 7)) < 1e-9)
    }

    @Test("snapshot figures: readiness pooled over requirements, gaps only where rated, gap detail by competency")
    func snapshotFigures() throws {
        var builder = CycleSnapshotBuilder(catalog: Fixtures.catalog, keepsPeople: true)
        // ana: AA.X.1 3/3 (w3), AA.X.2 rated 1 of 2 (w1), BB.Y.1 unrated of 4 (w2): gap 1 + 8 of 9 + 2 + 8.
        let ana = Fixtures.assess(Fixtures.person("ana"), [Fixtures.rating("AA.X.1", self: 3), Fixtures.rating("AA.X.2", self: 1)])
        // bo (helper): AA.X.1 rated 0 of 2 (w2).
        let bo = Fixtures.assess(Fixtures.person("bo", role: "helper"), [Fixtures.rating("AA.X.1", lead: 0)])
        builder.add(ana, completion: PersonCompletion(person: ana.person, done: 2, total: 2, lastActivity: nil, pending: []))
        builder.add(bo, completion: PersonCompletion(person: bo.person, done: 0, total: 1, lastActivity: nil, pending: [0]))
        builder.add(CalibrationPair(login: "ana", teamID: "team", competency: 0, selfLevel: 3, leadLevel: 1, leadRater: "l"))
        let rows = builder.snapshot()
        let team = try #require(rows.first { $0.kind == .team && $0.subject == "team" }).figures
        #expect(team.people == 2)
        #expect(team.gaps == 2)
        #expect(team.gapByCompetency == ["AA.X.1": 2, "AA.X.2": 1])
        #expect((team.done, team.total) == (2, 3))
        // (1 + 8 + 4) weighted gap of (9 + 2 + 8 + 4) weighted target.
        #expect(abs(try #require(team.readiness) - (1 - 13.0 / 23)) < 1e-9)
        #expect(try #require(rows.first { $0.kind == .person && $0.subject == "ana" }).figures.pairs == 1)
        #expect(try #require(rows.first { $0.kind == .lead && $0.subject == "l" }).figures.selfMinusLead == 2)
        #expect(rows.first?.kind == .organisation)
        #expect(CycleFigures.gaps(fromDetail: team.gapDetail) == team.gapByCompetency)
        var withoutPeople = CycleSnapshotBuilder(catalog: Fixtures.catalog, keepsPeople: false)
        withoutPeople.add(ana, completion: nil)
        #expect(!withoutPeople.snapshot().contains { $0.kind == .person })
    }

    @Test("a stored gap detail reads back; parts that are not one ID=whole number are skipped")
    func gapDetailReading() {
        #expect(CycleFigures.gaps(fromDetail: "") == [:])
        #expect(CycleFigures.gaps(fromDetail: "PM.GOV.1=3,SL.STR.2=12") == ["PM.GOV.1": 3, "SL.STR.2": 12])
        #expect(CycleFigures.gaps(fromDetail: "Å.1=-2,B=+4,,") == ["Å.1": -2, "B": 4])
        #expect(CycleFigures.gaps(fromDetail: "A=1=2,=5,C=,D=x,E=1.5,F=-,G=99999999999999999999,H=7") == ["H": 7])
    }

    @Test("what changed between two points: closed, opened, worse; better is none of them")
    func changes() {
        let changes = TrendChanges(from: ["A": 2, "B": 1, "C": 1, "D": 3], to: ["B": 2, "C": 1, "D": 1, "E": 1])
        #expect(changes.closed == ["A"])
        #expect(changes.opened == ["E"])
        #expect(changes.worse == ["B"])
        #expect(TrendChanges(from: [:], to: [:]).isEmpty)
        let series = TrendReport.Series(kind: .team, subject: "t", figures: [CycleFigures(gapByCompetency: ["A": 1]), nil, CycleFigures()])
        #expect(series.changes?.closed == ["A"])
        #expect(TrendReport.Series(kind: .team, subject: "t", figures: [nil, CycleFigures()]).changes == nil)
    }

    @Test("a sparkline on a fixed 0-1 scale, a space for a missing point")
    func sparkline() {
        #expect(Sparkline.of([0, 0.5, 1, nil]) == "▁▅█ ")
    }
}
