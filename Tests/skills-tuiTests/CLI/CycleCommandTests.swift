import Foundation
@testable import SkillsMatrix
import Testing

/// The review-cycle commands and reports through the built binary, on the demo.
@Suite("Cycle commands")
struct CycleCommandTests {
    static let environment = ["SKILLS_TUI_NOW": "2026-11-24T09:30:00Z"]

    @Test("hr opens and closes; staff and leads get 77 and nothing changes; usage mistakes are 64 and 65")
    func openAndClose() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        #expect(try runner.run(["init", "--demo"], environment: Self.environment).status == 0)
        let list = try runner.run(["cycle", "list", "--format", "json"], environment: Self.environment)
        #expect(list.status == 0 && list.standardOutput.contains("\"2026 winter review\""))
        for login in ["wli", "hmarsh"] {
            let refused = try runner.run(["--as", login, "cycle", "close", "2026 winter review"], environment: Self.environment)
            #expect(refused.status == 77, "\(login): \(refused.standardError)")
        }
        #expect(try runner.run(["cycle", "list"], environment: Self.environment).standardOutput.contains("open, overdue"))
        #expect(try runner.run(["--as", "pnair", "cycle", "open", "x"], environment: Self.environment).status == 64)
        let badDate = try runner.run(["--as", "pnair", "cycle", "open", "x", "--due", "31/12/2026"], environment: Self.environment)
        #expect(badDate.status == 64 && badDate.standardError.contains("YYYY-MM-DD"))
        let stillOpen = try runner.run(["--as", "pnair", "cycle", "open", "x", "--due", "2026-12-31"], environment: Self.environment)
        #expect(stillOpen.status == 73 && stillOpen.standardError.contains("cycle list"))
        let closed = try runner.run(["--as", "pnair", "cycle", "close", "2026 winter review"], environment: Self.environment)
        #expect(closed.status == 0 && closed.standardOutput.hasPrefix("Closed review cycle 2026 winter review"))
        let opened = try runner.run(
            ["--as", "pnair", "cycle", "open", "2027 spring", "--due", "2027-03-31", "--teams", "customer-services", "--frameworks", "DI"],
            environment: Self.environment)
        #expect(opened.status == 0, "\(opened.standardError)")
        let completion = try runner.run(["--as", "pnair", "report", "completion", "--format", "csv"], environment: Self.environment)
        let rows = completion.standardOutput.split(separator: "\r\n")
        #expect(rows.first == "cycle,login,name,email,team,role,done,total,percent,last_activity,due,overdue")
        #expect(rows.count == 8 && rows.dropFirst().allSatisfy { $0.contains(",customer-services,") })
        let trend = try runner.run(["--as", "pnair", "report", "trend", "--format", "csv"], environment: Self.environment)
        #expect(trend.status == 0 && trend.standardOutput.contains("organisation,,2026 winter review,"))
    }

    @Test("training needs leave unrated requirements out unless asked, and mark them when listed")
    func includeUnrated() throws {
        let runner = BinaryRunner()
        defer { runner.remove() }
        #expect(try runner.run(["init", "--demo"], environment: Self.environment).status == 0)
        let rated = try runner.run(["--as", "pnair", "report", "training-needs", "--format", "csv"], environment: Self.environment)
        let all = try runner.run(["--as", "pnair", "report", "training-needs", "--format", "csv", "--include-unrated"], environment: Self.environment)
        let ratedRows = rated.standardOutput.split(separator: "\r\n").dropFirst()
        let allRows = all.standardOutput.split(separator: "\r\n").dropFirst()
        #expect(ratedRows.allSatisfy { $0.hasSuffix(",true,") })
        #expect(allRows.count == ratedRows.count + allRows.count { $0.hasSuffix(",false,") })
        #expect(allRows.contains { $0.hasSuffix(",false,") })
    }
}
