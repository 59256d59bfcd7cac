import Foundation
import Testing
@testable import SkillsMatrix

/// `generate`'s organisation: the same seed gives the same database, and the content has
/// the shape the brief promises.
@Suite("Synthetic organisation")
struct SyntheticOrganisationTests {
    static let frameworks: FrameworkDirectory = {
        (try? FrameworkDirectory.load(from: Fixtures.frameworksDirectory)) ?? FrameworkDirectory(catalog: Fixtures.catalog, rolesVersion: "")
    }()

    static func generate(_ options: SyntheticOptions, in folder: URL, name: String = "synthetic.sqlite") throws -> Workspace {
        try Workspace.generate(
            databaseAt: folder.appendingPathComponent(name).path, frameworks: frameworks, options: options, login: "root",
            creationTime: Fixtures.now)
    }

    /// FNV-1a over every row of every table `generate` writes, in key order.
    static func digest(_ store: SkillsStore) throws -> UInt64 {
        let queries = [
            "SELECT quote(no)||quote(id)||quote(name)||quote(parent_no) FROM teams ORDER BY no",
            "SELECT quote(no)||quote(login)||quote(name)||quote(email)||quote(team_no)||quote(role_id)||quote(active) FROM people ORDER BY no",
            "SELECT quote(team_no)||quote(person_no) FROM team_leads ORDER BY team_no, person_no",
            "SELECT quote(login)||quote(access_right)||quote(granted_by)||quote(granted_at) FROM grants ORDER BY login, access_right",
            """
            SELECT quote(no)||quote(person_no)||quote(competency_no)||quote(level)||quote(track)||quote(rater)||quote(note)
                ||quote(framework_version)||quote(rated_at) FROM rating_events ORDER BY no
            """,
            """
            SELECT quote(person_no)||quote(competency_no)||quote(self_level)||quote(self_at)||quote(self_event)
                ||quote(lead_level)||quote(lead_at)||quote(lead_event) FROM current_ratings ORDER BY person_no, competency_no
            """,
        ]
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for sql in queries {
            for row in try store.connection.query(sql, [], { $0.text(0) }) {
                for byte in row.utf8 + [0x0A] {
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                }
            }
        }
        return hash
    }

    @Test("the same seed gives the same rows; another seed other rows")
    func deterministic() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = SyntheticOptions(staff: 240, seed: 42, largeTeamSize: 30)
        let first = try Self.digest(Self.generate(options, in: folder, name: "a.sqlite").store)
        let second = try Self.digest(Self.generate(options, in: folder, name: "b.sqlite").store)
        var otherSeed = options
        otherSeed.seed = 43
        let third = try Self.digest(Self.generate(otherSeed, in: folder, name: "c.sqlite").store)
        #expect(first == second)
        #expect(first != third)
        // Loaded with a rollback journal for speed, and left in WAL mode like any database.
        let store = try SkillsStore.open(at: folder.appendingPathComponent("a.sqlite").path)
        #expect(try store.connection.query("PRAGMA journal_mode", [], { $0.text(0) }) == ["wal"])
    }

    @Test("teams of 6-15 in a tree under leads, every role, valid unique logins, Norwegian names")
    func shape() throws {
        let organisation = try SyntheticOrganisation(
            options: SyntheticOptions(staff: 1_200, seed: 7, largeTeamSize: 100), catalog: Self.frameworks.catalog, now: Fixtures.now)
        #expect(organisation.people.count == 1_200)
        let sizes = Dictionary(grouping: organisation.people, by: \.teamID).mapValues(\.count)
        for team in organisation.teams {
            let size = sizes[team.id] ?? 0
            if team.id == SyntheticOptions.largeTeamID {
                #expect(size == 100)
            } else {
                #expect(SyntheticOrganisation.teamSizes.contains(size), "\(team.id) has \(size) people")
            }
            #expect(team.leadLogins.count == 1)
            let lead = organisation.people.first { $0.login == team.leadLogins.first }
            #expect(lead?.teamID == team.id, "the lead of \(team.id) is a member")
        }
        let tree = TeamTree(organisation.teams)
        let roots = organisation.teams.filter { $0.parentID == nil }
        #expect(roots.count == 1)
        #expect(tree.subtree(of: roots[0].id).count == organisation.teams.count)
        #expect(organisation.teams.contains { team in team.parentID != nil && team.parentID != roots[0].id })
        #expect(Set(organisation.people.map(\.roleID)) == Set(Self.frameworks.catalog.roles.map(\.id)))
        #expect(Set(organisation.people.map(\.login)).count == organisation.people.count)
        #expect(organisation.people.allSatisfy { OrganisationCSV.isValidLogin($0.login) })
        #expect(organisation.people.contains { $0.name.contains { "æøåÆØÅ".contains($0) } })
        #expect(organisation.people.allSatisfy { $0.email.contains("@") })
    }

    @Test("about 90% self-rated, about half lead-rated, some disputed and stale, history oldest first")
    func ratings() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Self.generate(SyntheticOptions(staff: 1_000, seed: 3), in: folder)
        let people = try workspace.staff()
        var requirements = 0
        var selfRated = 0
        var leadRated = 0
        var disputed = 0
        var stale = 0
        for person in people {
            let report = try workspace.gapReport(for: person.login)
            requirements += report.requirements.count
            selfRated += report.selfRatedCount
            leadRated += report.requirements.count { $0.leadRating != nil }
            disputed += report.disputedCount
            stale += report.staleCount
        }
        let selfShare = Double(selfRated) / Double(requirements)
        let leadShare = Double(leadRated) / Double(requirements)
        #expect((0.85...0.95).contains(selfShare), "self share \(selfShare)")
        #expect((0.4...0.6).contains(leadShare), "lead share \(leadShare)")
        #expect(Double(disputed) / Double(requirements) > 0.02)
        #expect(Double(stale) / Double(requirements) > 0.05)
        // Several events per competency and track for many, and never out of time order.
        let histories = try workspace.store.connection.query(
            """
            SELECT count(*), sum(rated_at >= prev) FROM (
                SELECT rated_at, lag(rated_at) OVER (PARTITION BY person_no, competency_no, track ORDER BY no) AS prev
                FROM rating_events) WHERE prev IS NOT NULL
            """
        ) { (later: $0.int(0), ordered: $0.int(1)) }
        #expect((histories.first?.later ?? 0) > requirements / 2)
        #expect(histories.first?.later == histories.first?.ordered)
        // Lead ratings come from whoever leads the person's team (or the team above).
        let foreignLeads = try workspace.store.connection.scalarInt(
            """
            SELECT count(*) FROM rating_events e JOIN people p ON p.no = e.person_no
            WHERE e.track = 'lead' AND e.rater = p.login
            """)
        #expect(foreignLeads == 0)
    }

    @Test("current ratings are exactly the newest event of each track")
    func currentRatingsMatchEvents() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Self.generate(SyntheticOptions(staff: 300, seed: 11), in: folder)
        let mismatches = try workspace.store.connection.scalarInt(
            """
            WITH newest AS (
                SELECT person_no, competency_no, track, level, rated_at, no,
                       row_number() OVER (PARTITION BY person_no, competency_no, track ORDER BY rated_at DESC, no DESC) AS rank
                FROM rating_events)
            SELECT count(*) FROM current_ratings cr
            LEFT JOIN newest s ON s.person_no = cr.person_no AND s.competency_no = cr.competency_no AND s.track = 'self' AND s.rank = 1
            LEFT JOIN newest l ON l.person_no = cr.person_no AND l.competency_no = cr.competency_no AND l.track = 'lead' AND l.rank = 1
            WHERE cr.self_event IS NOT s.no OR cr.self_level IS NOT s.level OR cr.self_at IS NOT s.rated_at
               OR cr.lead_event IS NOT l.no OR cr.lead_level IS NOT l.level OR cr.lead_at IS NOT l.rated_at
            """)
        #expect(mismatches == 0)
        let pairs = try workspace.store.connection.scalarInt("SELECT count(*) FROM (SELECT DISTINCT person_no, competency_no FROM rating_events)")
        #expect(try workspace.store.connection.scalarInt("SELECT count(*) FROM current_ratings") == pairs)
    }

    @Test("options out of range are refused before anything is created")
    func refusesBadOptions() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = [
            SyntheticOptions(staff: 10), SyntheticOptions(staff: 2_000_000), SyntheticOptions(staff: 100, largeTeamSize: 80),
            // No room for a large team at all: the range of sizes would be empty.
            SyntheticOptions(staff: 50, largeTeamSize: 6), SyntheticOptions(staff: 55, largeTeamSize: 6),
        ]
        for options in refused {
            #expect(performing: { try Self.generate(options, in: folder) }, throws: { ($0 as? SkillsError)?.kind == .usage })
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let existing = folder.appendingPathComponent("synthetic.sqlite").path
        _ = FileManager.default.createFile(atPath: existing, contents: Data("keep".utf8))
        #expect(performing: { try Self.generate(SyntheticOptions(staff: 60), in: folder) }, throws: {
            ($0 as? SkillsError)?.kind == .alreadyExists
        })
        #expect(FileManager.default.contents(atPath: existing) == Data("keep".utf8))
    }

    @Test("the generator's random numbers are fixed by their seed")
    func seededNumbers() {
        var random = SplitMix64(seed: 1)
        // SplitMix64's published first outputs for seed 1: a change here changes every organisation.
        #expect(random.next() == 0x910A_2DEC_8902_5CC1)
        #expect(random.next() == 0xBEEB_8DA1_658E_EC67)
        var bounded = SplitMix64(seed: 9)
        #expect((0..<1_000).allSatisfy { _ in (3...8).contains(bounded.int(in: 3...8)) })
    }
}
