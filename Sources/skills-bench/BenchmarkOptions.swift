import Foundation
import SkillsMatrix

/// The command line of `skills-bench`.
struct BenchmarkOptions {
    var sizes = [1_000, 10_000, 100_000]
    var runs = 5
    /// Generating 100,000 people takes a while; by default it is measured as often as the rest.
    var generateRuns: Int?
    var seed: UInt64 = 1
    var jsonPath: String?
    /// Keep databases here, and reuse one that is already there instead of generating it.
    var keepDirectory: String?
    var stepIDs: [String]?
    var skipVersion = false
    /// A PostgreSQL URL to a database the benchmark may use to create its own (such as
    /// `postgres`): every size is then measured on PostgreSQL too, beside SQLite.
    var postgresURL: String?
    var wantsHelp = false

    /// Set in a child process: run one step and print its result.
    var child: ChildRequest?

    struct ChildRequest {
        var stepID: String
        var databasePath: String
        var staff: Int
        var scratchDirectory: String
    }

    /// Half the organisation is the large team below 2,000 staff, and `generate` keeps at
    /// least 50 people outside it.
    static let minimumSize = 2 * SyntheticOptions.staffRange.lowerBound

    static let usage = """
        Usage: skills-bench [--sizes N,N,...] [--runs N] [--generate-runs N] [--seed S] [--json FILE]
                            [--keep DIR] [--steps ID,ID,...] [--no-version] [--postgres URL]

        Generates a synthetic organisation at each size and times the reports on it, each step
        in a child process of its own so that its peak memory is its own. Prints a table of
        medians and peak resident memory, and writes the same as JSON with --json.

          --sizes N,N,...    organisation sizes (default 1000,10000,100000; each at least \(minimumSize))
          --runs N           timed runs per step; the table shows the median (default 5)
          --generate-runs N  runs of the generating step (default: --runs)
          --seed S           the organisation's seed (default 1)
          --json FILE        also write the results as JSON
          --keep DIR         keep the databases in DIR, and reuse them on the next run
          --steps ID,...     only these steps: \((BenchmarkSteps.all.map(\.id) + CommandSteps.all.map(\.id)).joined(separator: ", "))
          --no-version       skip timing `skills-tui --version`
          --postgres URL     also measure every size on PostgreSQL: URL names a database to
                             connect to (postgresql://USER@HOST:PORT/postgres) as a user who
                             may create databases; skills_bench_STAFF is dropped and made anew

        Build it in release mode with skills-tui beside it: swift build -c release

        """

    /// Parses `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws -> BenchmarkOptions {
        var options = BenchmarkOptions()
        var childStep: String?
        var childDatabase: String?
        var childStaff: Int?
        var childScratch: String?
        var index = 0
        func value(_ name: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw BenchmarkError.usage("\(name) needs a value") }
            return arguments[index]
        }
        func number(_ name: String) throws -> Int {
            let text = try value(name)
            guard let number = Int(text), number > 0 else { throw BenchmarkError.usage("\(name) must be a positive whole number, not \"\(text)\"") }
            return number
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--sizes":
                let text = try value(argument)
                let sizes = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !sizes.isEmpty, sizes.allSatisfy({ ($0 ?? 0) >= minimumSize && ($0 ?? 0) <= SyntheticOptions.staffRange.upperBound }) else {
                    throw BenchmarkError.usage(
                        "--sizes takes whole numbers from \(minimumSize) to \(SyntheticOptions.staffRange.upperBound) separated by commas, not \"\(text)\"")
                }
                options.sizes = sizes.compactMap { $0 }
            case "--runs": options.runs = try number(argument)
            case "--generate-runs": options.generateRuns = try number(argument)
            case "--seed":
                let text = try value(argument)
                guard let seed = UInt64(text) else { throw BenchmarkError.usage("--seed must be a whole number, not \"\(text)\"") }
                options.seed = seed
            case "--json": options.jsonPath = try value(argument)
            case "--keep": options.keepDirectory = try value(argument)
            case "--steps":
                let ids = try value(argument).split(separator: ",").map(String.init)
                let known = Set(BenchmarkSteps.all.map(\.id) + CommandSteps.all.map(\.id) + [GenerateStep.id])
                if let unknown = ids.first(where: { !known.contains($0) }) {
                    throw BenchmarkError.usage("unknown step \(unknown); steps: \(known.sorted().joined(separator: ", "))")
                }
                options.stepIDs = ids
            case "--no-version": options.skipVersion = true
            case "--postgres":
                let url = try value(argument)
                guard DatabaseLocation.isPostgresURL(url) else { throw BenchmarkError.usage("--postgres takes a postgresql:// URL, not \"\(url)\"") }
                options.postgresURL = url
            case "--help", "-h": options.wantsHelp = true
            // The child side of the protocol; not for people.
            case "--child": childStep = try value(argument)
            case "--db": childDatabase = try value(argument)
            case "--staff": childStaff = try number(argument)
            case "--scratch": childScratch = try value(argument)
            default: throw BenchmarkError.usage("unknown option \(argument); see skills-bench --help")
            }
            index += 1
        }
        if let childStep, let childDatabase, let childStaff, let childScratch {
            options.child = ChildRequest(stepID: childStep, databasePath: childDatabase, staff: childStaff, scratchDirectory: childScratch)
        } else if childStep != nil {
            throw BenchmarkError.usage("--child needs --db, --staff and --scratch")
        }
        return options
    }

    func includes(_ stepID: String) -> Bool { stepIDs.map { $0.contains(stepID) } ?? true }
}
