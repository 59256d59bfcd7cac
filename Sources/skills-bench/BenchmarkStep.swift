import Foundation
import SkillsMatrix

/// What a step works on: a generated database, opened as its admin.
struct BenchmarkContext {
    let databasePath: String
    /// The OS login, which `generate` made the database's admin.
    let login: String
    let staff: Int
    let workspace: Workspace
    /// The generated large team (`SyntheticOptions.largeTeamID`) and its size.
    let largeTeamID: String
    let largeTeamSize: Int
    /// Whose gap report is measured: the lead of the middle team by id, a fixed choice
    /// that exists at every size.
    let personLogin: String
    /// Where a step may write files (the CSV export).
    let scratchDirectory: URL
}

/// A limit from the performance budget, judged at one organisation size.
struct Budget: Sendable {
    /// The size the budget is set for (100,000 staff).
    var staff: Int
    var milliseconds: Double?
    var peakMegabytes: Double?
    /// As the README's table words it: "< 1 s".
    var text: String
    /// The step (at the same size) whose median this one's must not exceed.
    var notSlowerThan: String? = nil
    /// How many times `notSlowerThan`'s median this one's may be (PostgreSQL's rows are
    /// held to a multiple of SQLite's).
    var factor: Double = 1
}

/// One thing the benchmark measures. Each runs in its own child process (see
/// `BenchmarkTool`), so its peak memory is its own and not what earlier steps left behind.
struct BenchmarkStep: Sendable {
    let id: String
    let title: String
    let budget: Budget?
    /// Untimed set-up in the child process; returns the body that is timed once per run,
    /// which returns a few words about what it made ("24,110 needs").
    let prepare: @Sendable (BenchmarkContext) throws -> () throws -> String
    /// The body measures something other than its own duration (the longest wait between
    /// two frames): it returns that, in milliseconds, with its words.
    let measure: (@Sendable (BenchmarkContext) throws -> () throws -> (milliseconds: Double, detail: String))?

    init(
        id: String, title: String, budget: Budget?, prepare: @escaping @Sendable (BenchmarkContext) throws -> () throws -> String
    ) {
        self.id = id
        self.title = title
        self.budget = budget
        self.prepare = prepare
        self.measure = nil
    }

    init(
        id: String, title: String, budget: Budget?,
        measuring: @escaping @Sendable (BenchmarkContext) throws -> () throws -> (milliseconds: Double, detail: String)
    ) {
        self.id = id
        self.title = title
        self.budget = budget
        self.prepare = { _ in { "" } }
        self.measure = measuring
    }

    /// The budget of this step's row on PostgreSQL (issue 15): the same targets for one
    /// person and one team; the whole organisation within 2x of SQLite and under 1.5 s.
    var postgresBudget: Budget? {
        switch id {
        case "gap-report": return Budget(staff: 100_000, milliseconds: 20, text: "< 20 ms")
        case "team-heatmap": return Budget(staff: 100_000, milliseconds: 100, text: "< 100 ms")
        case "training-needs":
            return Budget(staff: 100_000, milliseconds: 1_500, text: "< 1.5 s, < 2x SQLite", notSlowerThan: "training-needs", factor: 2)
        default: return nil
        }
    }
}
