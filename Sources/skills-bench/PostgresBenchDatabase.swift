import Foundation

/// The databases the benchmark makes on a PostgreSQL server: `skills_bench_STAFF`, dropped
/// and created anew with psql before each generation (the engine never drops databases).
enum PostgresBenchDatabase {
    /// The URL of the benchmark's database for `staff`, beside the one `serverURL` names.
    static func url(serverURL: String, staff: Int) -> String {
        let base = serverURL.split(separator: "?", maxSplits: 1)[0]
        let server = base.lastIndex(of: "/").map { String(base[..<$0]) } ?? String(base)
        return server + "/" + name(staff: staff)
    }

    static func name(staff: Int) -> String { "skills_bench_\(staff)" }

    /// Drops and creates the database for `staff` (not timed).
    static func recreate(serverURL: String, staff: Int) throws {
        let psql = "/usr/bin/psql"
        let database = name(staff: staff)
        _ = try ChildProcess.measureRun(
            psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", serverURL, "-c", "DROP DATABASE IF EXISTS \(database) WITH (FORCE)", "-c", "CREATE DATABASE \(database)"])
    }
}
