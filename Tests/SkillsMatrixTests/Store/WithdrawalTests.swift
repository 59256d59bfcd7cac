import Foundation
import Testing
@testable import SkillsMatrix

/// Undo: a rating taken back by its maker. The log stays append-only (the event is kept,
/// a withdrawal row is added), and every report reads the person as if the rating had
/// not been given: the track's current rating is the one before it, with its own date.
@Suite("Withdrawing a rating (undo) (SQLite and PostgreSQL)")
struct WithdrawalTests {
    /// apatel's lead (hmarsh), and the competency they rate.
    static let competency = "DI.FND.1"

    static func eventCount(_ workspace: Workspace) throws -> Int { try workspace.store.ratingEventCount() }

    @Test("taking back a first lead rating leaves no lead rating, and the self rating waits for validation again", arguments: Backend.allCases)
    func firstLeadRating(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        let before = try lead.gapReport(for: "apatel")
        let waiting = try lead.validationCount()
        #expect(try lead.validationQueue().contains { $0.person.login == "apatel" && lead.catalog.competencies[$0.competency].id == Self.competency })
        let receipt = try lead.recordRating(competencyID: Self.competency, level: 4, person: "apatel", note: "saw it")
        #expect(receipt.previous == nil)
        #expect(try lead.validationCount().waiting == waiting.waiting - 1)
        let events = try Self.eventCount(lead)
        let withdrawal = try lead.withdraw(receipt)
        #expect(withdrawal.withdrawn == receipt.event)
        #expect(withdrawal.eventNumber == receipt.eventNumber)
        #expect(withdrawal.current?.leadRating == nil)
        #expect(withdrawal.current?.selfRating != nil)
        // Nothing deleted, nothing counts: every report reads as before the rating.
        #expect(try Self.eventCount(lead) == events)
        #expect(try lead.gapReport(for: "apatel") == before)
        #expect(try lead.validationCount() == waiting)
        #expect(try lead.validationQueue().contains { $0.person.login == "apatel" && lead.catalog.competencies[$0.competency].id == Self.competency })
        let heatmapCell = try lead.heatmap(team: "project-support-office").rows.first { $0.person.login == "apatel" }?.cells.first
        #expect(heatmapCell?.ratings?.leadRating == nil)
        #expect(try lead.ratingDetail(person: "apatel", competencyID: Self.competency).leadEvent == nil)
        let hr = try WorkspaceTests.open(demo.path, as: "pnair")
        // The database keeps the event; the export leaves it out.
        #expect(try hr.allRatingEvents().contains(receipt.event))
        let exported = try ByteOutput.text { try hr.exportRatings(as: .json, to: &$0) }
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [[String: Any]])
        #expect(rows.count == (try hr.allRatingEvents().count) - 1)
        #expect(!rows.contains { $0["login"] as? String == "apatel" && $0["competency_id"] as? String == Self.competency && $0["track"] as? String == "lead" })
        #expect(try lead.store.auditEntries(limit: 1).first?.action == "withdraw rating")
    }

    @Test("taking back a second rating brings back the first, with its own level and date", arguments: Backend.allCases)
    func secondRating(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        let first = try lead.recordRating(competencyID: Self.competency, level: 1, person: "apatel")
        let second = try lead.recordRating(competencyID: Self.competency, level: 3, person: "apatel")
        #expect(second.previous == Rating(level: 1, ratedAt: first.event.ratedAt))
        let withdrawal = try lead.withdraw(second)
        #expect(withdrawal.currentOfTrack == Rating(level: 1, ratedAt: first.event.ratedAt))
        #expect(try lead.ratingDetail(person: "apatel", competencyID: Self.competency).leadEvent == first.event)
        // A rating after the withdrawal is current again, as any new one.
        try lead.rate(competencyID: Self.competency, level: 2, person: "apatel")
        #expect(try lead.gapReport(for: "apatel").requirements.first { lead.catalog.competencies[$0.competency].id == Self.competency }?.leadRating?.level == 2)
    }

    @Test("a self answer taken back: the earlier answer and its note come back; with none, the row goes", arguments: Backend.allCases)
    func selfAnswer(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let staff = try WorkspaceTests.open(demo.path, as: "apatel")
        let old = try staff.walkthrough(.role).steps.first { staff.catalog.competencies[$0.competency].id == Self.competency }
        let receipt = try staff.answer(competencyID: Self.competency, level: 4, note: "new", scope: .role, nextPosition: 1)
        let withdrawal = try staff.withdraw(receipt)
        #expect(withdrawal.current?.selfRating == old?.ratings?.selfRating)
        #expect(withdrawal.currentSelfNote == old?.selfNote)
        // A competency nobody had rated: taking the only rating back leaves it unrated.
        let unrated = try #require(staff.walkthrough(.role).steps.first { $0.ratings == nil })
        let id = staff.catalog.competencies[unrated.competency].id
        let only = try staff.answer(competencyID: id, level: 2, note: "", scope: .role, nextPosition: 0)
        #expect(try staff.withdraw(only).current == nil)
        #expect(try staff.walkthrough(.role).steps.first { $0.competency == unrated.competency }?.ratings == nil)
        #expect(try staff.store.currentRating(of: "apatel", competencyID: id) == nil)
    }

    @Test("only the maker may take a rating back, only while it is current, and never as someone else", arguments: Backend.allCases)
    func refusals(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        let receipt = try lead.recordRating(competencyID: Self.competency, level: 3, person: "apatel")
        // The person rated may not take back their lead's rating.
        let staff = try WorkspaceTests.open(demo.path, as: "apatel")
        #expect(throws: AccessDenied(login: "apatel", refusal: .withdraw(raterLogin: "hmarsh", person: "apatel"))) { try staff.withdraw(receipt) }
        // An admin reading as the lead (outside the demo this is read-only) may not either.
        #expect(throws: AccessDenied.self) {
            try Workspace.open(databaseAt: demo.path, login: "root", actingAs: nil, clock: { Fixtures.now }).withdraw(receipt)
        }
        // Superseded, then withdrawn twice.
        let newer = try lead.recordRating(competencyID: Self.competency, level: 2, person: "apatel")
        #expect(throws: SkillsError.ratingSuperseded(login: "apatel", competencyID: Self.competency, track: .lead)) { try lead.withdraw(receipt) }
        try lead.withdraw(newer)
        #expect(throws: SkillsError.ratingSuperseded(login: "apatel", competencyID: Self.competency, track: .lead)) { try lead.withdraw(newer) }
        // A number that is no event at all reads as superseded, not as a crash.
        let forged = RatingReceipt(event: receipt.event, eventNumber: 9_999_999, previous: nil)
        #expect(throws: SkillsError.ratingSuperseded(login: "apatel", competencyID: Self.competency, track: .lead)) { try lead.withdraw(forged) }
        // The log refuses to change a withdrawal, as it refuses to change a rating.
        #expect(throws: (any Error).self) { try lead.store.connection.run("DELETE FROM rating_withdrawals") }
        #expect(throws: (any Error).self) { try lead.store.connection.run("UPDATE rating_withdrawals SET withdrawn_by = 'x'") }
    }

    @Test("the validation queue reads a page of people at a time, in the order of the whole queue by person", arguments: Backend.allCases)
    func pagedQueue(backend: Backend) throws {
        let demo = try WorkspaceTests.makeDemo(backend)
        defer { try? FileManager.default.removeItem(at: demo.folder) }
        let lead = try WorkspaceTests.open(demo.path, as: "hmarsh")
        let scope = try lead.validationScope()
        #expect(!scope.people.contains { $0.login == "hmarsh" })
        #expect(scope.people == scope.people.sortedForListing())
        var paged: [ValidationItem] = []
        var start = 0
        while start < scope.people.count {
            paged += try lead.validationItems(for: scope.people[start..<min(scope.people.count, start + 2)])
            start += 2
        }
        #expect(paged == (try lead.validationQueue(order: .byPerson)))
        // The first people alone, for every count: the head of the whole scope, in full.
        for first in 0...(scope.people.count + 1) {
            let head = try lead.validationScope(first: first)
            #expect(head.people == Array(scope.people.prefix(first)), "first \(first)")
            #expect(head.inAll == scope.people.count)
            #expect(head.isComplete == (first >= scope.people.count))
        }
        let count = try lead.validationCount()
        #expect(count.waiting == paged.count)
        #expect(count.disputed == paged.count { $0.isDisputed })
        // Every order holds the same items; disputes first puts them first.
        for order in ValidationOrder.allCases { #expect(Set(try lead.validationQueue(order: order)) == Set(paged)) }
        let disputesFirst = try lead.validationQueue(order: .disputesFirst)
        #expect(disputesFirst.prefix(count.disputed).allSatisfy { $0.isDisputed })
        // Nobody outside the lead's teams can be read through a page.
        let outsider = try #require(try WorkspaceTests.open(demo.path, as: "pnair").staff().first { $0.teamID == "customer-services" })
        #expect(throws: AccessDenied.self) { try lead.validationItems(for: [outsider][...]) }
    }
}
