import Foundation
import Testing
@testable import SkillsMatrix

/// Plans, certificates, marks and the people search through `Workspace`, on the demo
/// organisation: who may do what, what is stored, and that a refusal stores nothing.
@Suite("Development through the workspace (SQLite and PostgreSQL)")
struct DevelopmentWorkspaceTests {
    static func open(_ path: String, as login: String) throws -> Workspace { try WorkspaceTests.open(path, as: login) }

    static var today: CalendarDay { CalendarDay(containing: Fixtures.now) }

    /// Runs `body` and checks that whatever it throws leaves every table as it was.
    static func expectNothingStored(_ path: String, _ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try DatabaseFingerprint.of(path)
        #expect(throws: (any Error).self, sourceLocation: sourceLocation) { try body() }
        #expect(try DatabaseFingerprint.of(path) == before, "a refused change wrote something", sourceLocation: sourceLocation)
    }

    @Test("the demo has plans, certificates and marks for every view", arguments: Backend.allCases)
    func demoContent(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try Self.open(demo.path, as: "pnair")
        let plans = try hr.developmentPlans()
        #expect(plans.entries.count == 12)
        #expect(PlanState.allCases.allSatisfy { plans.count($0) > 0 })
        #expect(plans.overdueCount >= 2)
        #expect(plans.bookedSpend > 0)
        let expiring = try hr.certificateReport(withinDays: 90)
        #expect(expiring.entries.count >= 3)
        #expect(expiring.expiredCount >= 1)
        #expect(try hr.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 2).mentorCount >= 1)
        let plan = try hr.trainingPlan(budget: 3_000)
        #expect(plan.groups.count >= 10)
        #expect(!plan.unmatched.isEmpty)
        #expect(!plan.inHand.isEmpty)
        #expect(plan.groups.contains { $0.cost > 0 })
        #expect(try Self.open(demo.path, as: "gbrown").rerateSuggestions().map { hr.catalog.competencies[$0.competency].id } == ["DI.FND.4"])
        // The walk-through asks it first and knows which training it was, for the question.
        let walk = try Self.open(demo.path, as: "gbrown").walkthrough(.role)
        let position = try #require(walk.rerate.first)
        #expect(hr.catalog.competencies[walk.steps[position].competency].id == "DI.FND.4")
        #expect(walk.trainedIn[position]?.itemTitle == "NCSC Top Tips for Staff")
        #expect(Set(walk.trainedIn.keys).isSubset(of: Set(walk.rerate)))
    }

    @Test("plan uptake by team: every team in scope once, adding up to the whole; a lead's only their own teams", arguments: Backend.allCases)
    func uptakeByTeam(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try Self.open(demo.path, as: "pnair")
        let plans = try hr.developmentPlans()
        let teams = plans.teams
        #expect(teams.map(\.teamID) == Set(plans.people.map(\.teamID)).sorted())
        #expect(teams.reduce(0) { $0 + $1.people } == plans.people.count)
        #expect(teams.reduce(0) { $0 + $1.peopleWithPlans } == plans.peopleWithPlans)
        #expect(teams.reduce(0) { $0 + $1.overdue } == plans.overdueCount)
        #expect(teams.reduce(0) { $0 + $1.bookedSpend } == plans.bookedSpend)
        #expect(teams.allSatisfy { $0.peopleWithPlans <= $0.people })
        #expect(teams.count >= 3)
        #expect(DevelopmentPlansFormat.text(plans, catalog: hr.catalog, learning: hr.learning, language: .en).contains("By team:"))
        let lead = try Self.open(demo.path, as: "hmarsh").developmentPlans()
        #expect(lead.teams.map(\.teamID) == ["project-support-office"])
        #expect(!DevelopmentPlansFormat.text(lead, catalog: hr.catalog, learning: hr.learning, language: .en).contains("By team:"))
    }

    @Test("plan items: the person and their lead add; forward moves only; every change an event and an audit row", arguments: Backend.allCases)
    func planStates(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let lead = try Self.open(demo.path, as: "hmarsh")
        let auditBefore = try SkillsStore.open(at: demo.path).auditEntries(limit: 1_000).count
        let item = try lead.addPlanItem(
            competencyID: "PM.RISK.1", person: "ccampbell", learningItemID: "pm-risk-1-risk-workshop", targetDate: Self.today.adding(days: 30))
        #expect(item.state == .planned)
        #expect(item.createdBy == "hmarsh")
        #expect(item.targetDate == Self.today.adding(days: 30))
        let staff = try Self.open(demo.path, as: "ccampbell")
        let own = try staff.addPlanItem(competencyID: "PM.PLAN.5", text: "  Sit in on two quality reviews  ", targetDate: Self.today)
        #expect(own.text == "Sit in on two quality reviews")
        let hr = try Self.open(demo.path, as: "pnair")
        #expect(try hr.movePlanItem(item.number, to: .booked, note: "Workshop on 4 March").state == .booked)
        let done = try staff.movePlanItem(item.number, to: .done)
        #expect(done.events.map(\.state) == [.planned, .booked, .done])
        #expect(done.doneAt != nil)
        for state in PlanState.allCases {
            #expect(throws: SkillsError.planStateChange(item: item.number, from: .done, to: state)) {
                try lead.movePlanItem(item.number, to: state)
            }
        }
        #expect(throws: SkillsError.planStateChange(item: own.number, from: .planned, to: .planned)) {
            try staff.movePlanItem(own.number, to: .planned)
        }
        let audit = try SkillsStore.open(at: demo.path).auditEntries(limit: 1_000)
        #expect(audit.count == auditBefore + 4)
        #expect(audit.prefix(4).map(\.action) == ["move plan item", "move plan item", "add plan item", "add plan item"])
        // Done after the last self rating: the walk-through offers it first.
        let walkthrough = try staff.walkthrough(.role)
        let position = try #require(walkthrough.rerate.first)
        #expect(staff.catalog.competencies[walkthrough.steps[position].competency].id == "PM.RISK.1")
        try staff.rate(competencyID: "PM.RISK.1", level: 2)
        #expect(try staff.rerateSuggestions().isEmpty)
    }

    @Test("plan refusals: others' plans, unknown or unfitting items, empty or long texts, past days; nothing stored", arguments: Backend.allCases)
    func planRefusals(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let staff = try Self.open(demo.path, as: "apatel")
        let hr = try Self.open(demo.path, as: "pnair")
        let admin = try Workspace.open(databaseAt: demo.path, login: "root", clock: { Fixtures.now })
        let next = Self.today.adding(days: 10)
        try Self.expectNothingStored(demo.path) {
            try staff.addPlanItem(competencyID: "PM.RISK.1", person: "tashworth", text: "x", targetDate: next)
        }
        #expect(throws: AccessDenied(login: "apatel", refusal: .changePlan("nobody"))) {
            try staff.addPlanItem(competencyID: "PM.RISK.1", person: "nobody", text: "x", targetDate: next)
        }
        #expect(throws: AccessDenied(login: "pnair", refusal: .changePlan("apatel"))) {
            try hr.addPlanItem(competencyID: "PM.RISK.1", person: "apatel", text: "x", targetDate: next)
        }
        #expect(throws: AccessDenied.self) { try admin.addPlanItem(competencyID: "PM.RISK.1", person: "apatel", text: "x", targetDate: next) }
        #expect(throws: SkillsError.unknownLearningItem("nope")) {
            try staff.addPlanItem(competencyID: "PM.RISK.1", learningItemID: "nope", targetDate: next)
        }
        #expect(throws: SkillsError.itemDoesNotLift(item: "itil-4-foundation", competency: "PM.RISK.1", lifts: ["PM.STK.2", "PM.RISK.3"])) {
            try staff.addPlanItem(competencyID: "PM.RISK.1", learningItemID: "itil-4-foundation", targetDate: next)
        }
        try Self.expectNothingStored(demo.path) { try staff.addPlanItem(competencyID: "PM.RISK.1", text: "   ", targetDate: next) }
        try Self.expectNothingStored(demo.path) {
            try staff.addPlanItem(competencyID: "PM.RISK.1", text: String(repeating: "x", count: 501), targetDate: next)
        }
        #expect(throws: SkillsError.targetDateInPast(Self.today.adding(days: -1).description, today: Self.today.description)) {
            try staff.addPlanItem(competencyID: "PM.RISK.1", text: "x", targetDate: Self.today.adding(days: -1))
        }
        #expect(throws: SkillsError.unknownCompetency("PM.RISK.9")) { try staff.addPlanItem(competencyID: "PM.RISK.9", text: "x", targetDate: next) }
        // Moving: someone else's item reads the same whether it exists or not.
        try Self.expectNothingStored(demo.path) { try staff.movePlanItem(1, to: .done) }
        #expect(throws: AccessDenied(login: "apatel", refusal: .planItem(999))) { try staff.movePlanItem(999, to: .done) }
        #expect(throws: AccessDenied(login: "apatel", refusal: .planItem(1))) { try staff.movePlanItem(1, to: .done) }
        #expect(throws: SkillsError.unknownPlanItem(999)) { try hr.movePlanItem(999, to: .done) }
        #expect(throws: AccessDenied.self) { try admin.movePlanItem(2, to: .done) }
        // Acting as someone else outside the demo changes nothing: covered by `.changeAs` for every change.
    }

    @Test("outside the demo, acting as someone else changes no plan, certificate or mark in their name")
    func actingAsChangesNothing() throws {
        let shared = try TrustedBoundaryTests.makeSharedDatabase()
        defer { try? FileManager.default.removeItem(at: shared.folder) }
        let fingerprint = try DatabaseFingerprint.of(shared.path)
        let asStaff = try Workspace.open(databaseAt: shared.path, login: "root", actingAs: "apatel", clock: { Fixtures.now })
        let asLead = try Workspace.open(databaseAt: shared.path, login: "root", actingAs: "hmarsh", clock: { Fixtures.now })
        let asHR = try Workspace.open(databaseAt: shared.path, login: "root", actingAs: "pnair", clock: { Fixtures.now })
        let next = Self.today.adding(days: 5)
        let changes: [(Workspace, String, () throws -> Void)] = [
            (asStaff, "apatel", { _ = try asStaff.addPlanItem(competencyID: "PM.RISK.1", text: "x", targetDate: next) }),
            (asLead, "hmarsh", { _ = try asLead.addPlanItem(competencyID: "PM.RISK.1", person: "apatel", text: "x", targetDate: next) }),
            (asHR, "pnair", { _ = try asHR.movePlanItem(2, to: .booked) }),
            (asStaff, "apatel", { _ = try asStaff.addCertificate(name: "x", issuer: "y", gained: Self.today, expires: nil) }),
            (asStaff, "apatel", { try asStaff.setMark(.mentor, competencyID: "PM.RISK.1") }),
        ]
        for (_, login, change) in changes {
            #expect(throws: AccessDenied(login: "root", refusal: .changeAs(login))) { try change() }
        }
        #expect(try DatabaseFingerprint.of(shared.path) == fingerprint)
        // Reading goes on as before.
        #expect(try asHR.trainingPlan(budget: 1_000).budget?.budget == 1_000)
    }

    @Test("plan rows are append-only: the database refuses any update or delete", arguments: Backend.allCases)
    func appendOnly(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let store = try SkillsStore.open(at: demo.path)
        for statement in [
            "UPDATE plan_items SET description = 'x'", "DELETE FROM plan_items", "UPDATE plan_events SET state = 'done'", "DELETE FROM plan_events",
            "UPDATE certificates SET expires_day = NULL", "DELETE FROM certificates", "DELETE FROM rating_evidence",
            "UPDATE interest_marks SET is_set = 0", "DELETE FROM interest_marks",
            "INSERT INTO plan_events(plan_item_no, state, actor, at) VALUES (1, 'done', 'x', \(Int(Date().timeIntervalSince1970) + 3_600))",
        ] {
            try Self.expectNothingStored(demo.path) { try store.connection.execute(statement) }
        }
    }

    @Test("certificates: who records them, a rating cites its holder's own, and an expired one makes the rating stale", arguments: Backend.allCases)
    func certificates(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let staff = try Self.open(demo.path, as: "apatel")
        let lead = try Self.open(demo.path, as: "hmarsh")
        let certificate = try lead.addCertificate(
            person: "apatel", name: " M_o_R 4 Foundation ", issuer: "PeopleCert", gained: Self.today.adding(days: -400),
            expires: Self.today.adding(days: -1))
        #expect(certificate.name == "M_o_R 4 Foundation")
        #expect(certificate.isExpired(on: Self.today))
        let before = try staff.gapReport()
        let planBefore = try #require(before.requirements.first { staff.catalog.competencies[$0.competency].id == "PM.PSO.2" })
        #expect(!planBefore.isStale)
        try staff.rate(competencyID: "PM.PSO.2", level: 2, certificate: certificate.number)
        let after = try staff.gapReport()
        let plan = try #require(after.requirements.first { staff.catalog.competencies[$0.competency].id == "PM.PSO.2" })
        #expect(plan.isStale, "a rating citing an expired certificate is stale, however new")
        #expect(try staff.certificates().first { $0.number == certificate.number }?.supports == ["PM.PSO.2"])
        // Only the effective rating's evidence counts: a lead rating of PM.PLAN.5 outranks the self rating citing it.
        try staff.rate(competencyID: "PM.PLAN.5", level: 2, certificate: certificate.number)
        #expect(try staff.gapReport().requirements.first { staff.catalog.competencies[$0.competency].id == "PM.PLAN.5" }?.isStale == false)
        // A valid certificate keeps a new rating fresh; a later rating without it is not stale either.
        let valid = try staff.addCertificate(name: "PRINCE2 7 Foundation", issuer: "PeopleCert", gained: Self.today, expires: nil)
        try staff.rate(competencyID: "PM.PSO.2", level: 2, certificate: valid.number)
        #expect(try staff.gapReport().requirements.first { staff.catalog.competencies[$0.competency].id == "PM.PSO.2" }?.isStale == false)
        // Only the person's own certificate, one the rater may see.
        #expect(throws: SkillsError.certificateOfAnotherPerson(certificate: 1, login: "apatel")) {
            try lead.rate(competencyID: "PM.PSO.2", level: 2, person: "apatel", certificate: 1)
        }
        try Self.expectNothingStored(demo.path) { try staff.rate(competencyID: "PM.PSO.2", level: 2, certificate: 1) }
        #expect(throws: AccessDenied(login: "apatel", refusal: .certificate(999))) { try staff.rate(competencyID: "PM.PSO.2", level: 2, certificate: 999) }
        try Self.expectNothingStored(demo.path) {
            try staff.addCertificate(person: "tashworth", name: "x", issuer: "y", gained: Self.today, expires: nil)
        }
        try Self.expectNothingStored(demo.path) { try staff.addCertificate(name: "", issuer: "y", gained: Self.today, expires: nil) }
        #expect(throws: SkillsError.certificateGainedInFuture(gained: Self.today.adding(days: 1).description, today: Self.today.description)) {
            try staff.addCertificate(name: "x", issuer: "y", gained: Self.today.adding(days: 1), expires: nil)
        }
        #expect(throws: SkillsError.certificateExpiresBeforeGained(gained: Self.today.description, expires: Self.today.adding(days: -1).description)) {
            try staff.addCertificate(name: "x", issuer: "y", gained: Self.today, expires: Self.today.adding(days: -1))
        }
        #expect(try Self.open(demo.path, as: "pnair").addCertificate(person: "apatel", name: "x", issuer: "y", gained: Self.today, expires: nil).recordedBy == "root")
    }

    @Test("certificates and notes are private to the person, their leads and hr; an admin is not told them", arguments: Backend.allCases)
    func privacy(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try Workspace.open(databaseAt: demo.path, login: "root", clock: { Fixtures.now })
        #expect(throws: AccessDenied(login: "root", refusal: .evidenceInBulk)) { try admin.certificateReport() }
        #expect(throws: AccessDenied(login: "root", refusal: .evidence("tashworth"))) { try admin.certificates(of: "tashworth") }
        #expect(try admin.ratingDetail(person: "tashworth", competencyID: "PM.RISK.1").selfEvent?.note == "")
        let adminExport = try ByteOutput.text { try admin.exportRatings(as: .json, to: &$0) }
        let adminEvents = try #require(try JSONSerialization.jsonObject(with: Data(adminExport.utf8)) as? [[String: Any]])
        #expect(!adminEvents.isEmpty)
        #expect(adminEvents.allSatisfy { ($0["note"] as? String) == "" })
        let hr = try Self.open(demo.path, as: "pnair")
        #expect(try hr.ratingDetail(person: "tashworth", competencyID: "PM.RISK.1").selfEvent?.note.isEmpty == false)
        let hrExport = try ByteOutput.text { try hr.exportRatings(as: .json, to: &$0) }
        let hrEvents = try #require(try JSONSerialization.jsonObject(with: Data(hrExport.utf8)) as? [[String: Any]])
        #expect(hrEvents.count == adminEvents.count)
        #expect(hrEvents.contains { ($0["note"] as? String)?.isEmpty == false })
        #expect(try hr.certificates(of: "tashworth").count == 1)
        let lead = try Self.open(demo.path, as: "hmarsh")
        #expect(try lead.certificates(of: "tashworth").count == 1)
        #expect(Set(try lead.certificateReport().entries.map(\.person.teamID)) == ["project-support-office"])
        #expect(throws: AccessDenied(login: "hmarsh", refusal: .evidence("wli"))) { try lead.certificates(of: "wli") }
        let staff = try Self.open(demo.path, as: "apatel")
        #expect(throws: AccessDenied(login: "apatel", refusal: .evidence("tashworth"))) { try staff.certificates(of: "tashworth") }
        #expect(try staff.certificateReport().entries.allSatisfy { $0.person.login == "apatel" })
        #expect(throws: AccessDenied.self) { try staff.certificateReport(team: "project-support-office") }
    }

    @Test("expiring certificates: within the window or lapsed, replaced ones left out, by team", arguments: Backend.allCases)
    func expiring(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try Self.open(demo.path, as: "pnair")
        let soon = try hr.certificateReport(withinDays: 90)
        #expect(soon.entries.allSatisfy { ($0.daysToExpiry ?? Int.max) <= 90 && !$0.isSuperseded })
        #expect(soon.entries.map(\.person.teamID) == soon.entries.map(\.person.teamID).sorted())
        let all = try hr.certificateReport()
        #expect(all.entries.count > soon.entries.count)
        let lapsed = try #require(soon.entries.first { $0.isExpired })
        // A newer certificate of the same name and issuer replaces the lapsed one.
        let holder = try Self.open(demo.path, as: lapsed.person.login)
        try holder.addCertificate(name: lapsed.certificate.name, issuer: lapsed.certificate.issuer, gained: Self.today, expires: Self.today.adding(days: 1_095))
        #expect(try hr.certificateReport(withinDays: 90).entries.contains { $0.certificate.number == lapsed.certificate.number } == false)
    }

    @Test("marks: only the person sets their own; set and cleared again", arguments: Backend.allCases)
    func marks(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let staff = try Self.open(demo.path, as: "ccampbell")
        try staff.setMark(.mentor, competencyID: "PM.PLAN.3")
        try staff.setMark(.grow, competencyID: "PM.PLAN.3")
        #expect(try staff.marks()["PM.PLAN.3"] == [.mentor, .grow])
        try staff.setMark(.grow, competencyID: "PM.PLAN.3", isSet: false)
        #expect(try staff.marks()["PM.PLAN.3"] == [.mentor])
        let admin = try Workspace.open(databaseAt: demo.path, login: "root", clock: { Fixtures.now })
        try Self.expectNothingStored(demo.path) { try admin.setMark(.mentor, competencyID: "PM.PLAN.3") }
        try Self.expectNothingStored(demo.path) { try staff.setMark(.mentor, competencyID: "PM.PLAN.99") }
    }

    @Test("who knows what: self and lead counted apart, unvalidated marked, and only those the searcher may see or who offer to mentor", arguments: Backend.allCases)
    func peopleSearch(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try Self.open(demo.path, as: "pnair")
        let all = try hr.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 2)
        #expect(all.entries.allSatisfy { ($0.selfRating?.level ?? 0) >= 2 || ($0.leadRating?.level ?? 0) >= 2 })
        #expect(all.selfCount == all.entries.count { ($0.selfRating?.level ?? -1) >= 2 })
        #expect(all.leadCount == all.entries.count { ($0.leadRating?.level ?? -1) >= 2 })
        #expect(all.unvalidatedCount == all.entries.count { $0.leadRating == nil })
        #expect(all.entries.first?.person.login == "tashworth")
        #expect(all.entries.first?.marks == [.mentor])
        let levels = all.entries.map { $0.effectiveLevel ?? 0 }
        #expect(levels == levels.sorted(by: >))
        // A lead: their team, and beyond it only people willing to mentor.
        let lead = try Self.open(demo.path, as: "rdunn")
        let led = try lead.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 2)
        #expect(Set(led.entries.map(\.person.login)) == ["tashworth", "wli"])
        // Staff: themselves and the mentors.
        let staff = try Self.open(demo.path, as: "apatel")
        #expect(Set(try staff.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 2).entries.map(\.person.login)) == ["apatel", "tashworth"])
        // Every result of every searcher is someone they may see or a mentor in that competency.
        for login in ["apatel", "rdunn", "hmarsh", "swhitfield", "gbrown", "mhollis"] {
            let workspace = try Self.open(demo.path, as: login)
            for competency in ["PM.RISK.1", "DI.COM.1", "PM.STK.3", "DI.FND.1"] {
                for entry in try workspace.peopleSearch(competencyID: competency, minimumLevel: 1).entries {
                    #expect(AccessPolicy.allows(.viewPerson(entry.person), workspace.actor) || entry.marks.contains(.mentor), "\(login) saw \(entry.person.login)")
                }
            }
        }
        #expect(throws: SkillsError.self) { try hr.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 0) }
        #expect(throws: SkillsError.self) { try hr.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 5) }
        #expect(throws: AccessDenied.self) { try staff.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 2, team: "customer-services") }
        #expect(try hr.peopleSearch(competencyID: "PM.RISK.1", minimumLevel: 2, team: "customer-services").entries.isEmpty)
    }

    @Test("the training plan: assessed needs only, booked items set aside, and the same access as training needs", arguments: Backend.allCases)
    func trainingPlan(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let hr = try Self.open(demo.path, as: "pnair")
        let needs = try hr.trainingNeeds()
        let plan = try hr.trainingPlan()
        let assessed = needs.groups.flatMap(\.needs).filter { !$0.isUnrated }.count
        #expect(plan.assessedNeedCount == assessed)
        #expect(plan.unratedCount == needs.needCount - assessed)
        #expect(plan.groups.allSatisfy { group in group.needs.allSatisfy { !$0.isUnrated } })
        // kodegard's booked PRINCE2 7 Practitioner answers every need of hers it lifts to target.
        let kodegard = plan.inHand.filter { plan.people[$0.personIndex].login == "kodegard" }
        #expect(kodegard.count >= 2)
        #expect(plan.groups.allSatisfy { group in !group.seats.contains { plan.people[$0.personIndex].login == "kodegard" && hr.learning.items[group.item].id == "prince2-7-practitioner" } })
        #expect(throws: AccessDenied.self) { try Self.open(demo.path, as: "hmarsh").trainingPlan() }
        #expect(try Self.open(demo.path, as: "hmarsh").trainingPlan(team: "project-support-office").people.count == 7)
        #expect(throws: AccessDenied.self) { try Self.open(demo.path, as: "apatel").trainingPlan(team: "project-support-office") }
    }

    @Test("the learning catalogue imports with the frameworks, refuses to drop an item a plan names, and changes nothing the second time", arguments: Backend.allCases)
    func learningImport(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let admin = try Workspace.open(databaseAt: demo.path, login: "root", clock: { Fixtures.now })
        let exported = try admin.exportLearningCatalogue()
        let same = try admin.importFrameworks([FrameworkImportFile(bytes: Array(exported.utf8), file: "learning.json")])
        #expect(same.isUnchanged)
        var catalogue = admin.learning
        catalogue.version = "1.1.0"
        catalogue.items.removeAll { $0.id == "prince2-7-practitioner" }
        let dropping = JSONWriter.string(LearningJSON.encode(catalogue))
        try Self.expectNothingStored(demo.path) {
            try admin.importFrameworks([FrameworkImportFile(bytes: Array(dropping.utf8), file: "learning.json")])
        }
        catalogue = admin.learning
        catalogue.version = "1.1.0"
        catalogue.items[0].cost.perPerson += 50
        let changed = JSONWriter.string(LearningJSON.encode(catalogue))
        let plan = try admin.importFrameworks([FrameworkImportFile(bytes: Array(changed.utf8), file: "learning.json")])
        #expect(plan.learning?.changed == [catalogue.items[0].id])
        let reopened = try Workspace.open(databaseAt: demo.path, login: "root", clock: { Fixtures.now })
        #expect(reopened.learning == catalogue)
        #expect(try SkillsStore.open(at: demo.path).auditEntries(limit: 1).first?.action == "import learning catalogue")
        let staff = try Self.open(demo.path, as: "apatel")
        try Self.expectNothingStored(demo.path) {
            try staff.importFrameworks([FrameworkImportFile(bytes: Array(changed.utf8), file: "learning.json")])
        }
        #expect(throws: SkillsError.catalogImport(file: "learning.json", .learningFileNotFramework)) {
            try admin.importFramework(Array(changed.utf8), file: "learning.json", format: .json)
        }
    }
}
