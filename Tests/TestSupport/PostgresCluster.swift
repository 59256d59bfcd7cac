import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The throwaway PostgreSQL cluster the tests run against: never a system service.
///
/// `Tests/run` starts one (`Tests/postgres.bash start`) and names its folder in
/// `SKILLS_TEST_POSTGRES`, stopping it on every exit path; a plain `swift test` starts its
/// own on first use and stops it when the test process exits. A cluster that cannot be
/// started is a failure of every test that needs it, never a skip.
public final class PostgresCluster: Sendable {
    /// The folder holding the cluster's data, its socket and its log.
    public let folder: String
    public let port: Int
    /// The superuser the tests create databases as (trusted on this cluster only).
    public static let administrator = "skills_admin"
    /// A user that must give its password over TCP (see Tests/postgres.bash).
    public static let passwordUser = "skills_pw"

    private static let started: Result<PostgresCluster, PostgresClusterError> = {
        do {
            return .success(try PostgresCluster())
        } catch let error as PostgresClusterError {
            return .failure(error)
        } catch {
            return .failure(PostgresClusterError(message: "\(error)"))
        }
    }()

    /// The cluster, started on first use.
    public static func shared() throws -> PostgresCluster { try started.get() }

    /// A cluster of the caller's own, for a test that restarts it (others keep the shared
    /// one undisturbed); `stop` it when done.
    public static func startPrivate() throws -> PostgresCluster {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-pg-own-\(UUID().uuidString.prefix(8))").path
        try script("start", folder)
        return try PostgresCluster(folder: folder)
    }

    /// Stops a private cluster and removes its folder.
    public func stop() {
        try? Self.script("stop", folder)
    }

    private init(folder: String) throws {
        self.folder = folder
        self.port = try Self.port(in: folder)
    }

    private static func port(in folder: String) throws -> Int {
        let text = (try? String(contentsOfFile: folder + "/port", encoding: .utf8)) ?? ""
        guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw PostgresClusterError(message: "no port in \(folder)/port")
        }
        return port
    }

    private init() throws {
        if let given = ProcessInfo.processInfo.environment["SKILLS_TEST_POSTGRES"], !given.isEmpty {
            folder = given
        } else {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("skills-pg-\(getpid())").path
            try Self.script("start", folder)
            atexit { PostgresCluster.stopOwnCluster() }
        }
        self.port = try Self.port(in: folder)
    }

    /// Stops the cluster this process started (at exit).
    private static func stopOwnCluster() {
        // A cluster named by SKILLS_TEST_POSTGRES belongs to whoever started it.
        let startedHere = ProcessInfo.processInfo.environment["SKILLS_TEST_POSTGRES"]?.isEmpty ?? true
        if startedHere { try? script("stop", FileManager.default.temporaryDirectory.appendingPathComponent("skills-pg-\(getpid())").path) }
    }

    /// A URL for `database` as `user` over TCP on 127.0.0.1.
    public func url(database: String, user: String = PostgresCluster.administrator, password: String? = nil) -> String {
        "postgresql://\(user)\(password.map { ":" + $0 } ?? "")@127.0.0.1:\(port)/\(database)"
    }

    /// A new, empty database; returns its URL.
    public func createDatabase() throws -> String {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try psql("CREATE DATABASE \(name)")
        return url(database: String(name))
    }

    /// Runs `sql` as the administrator and returns what psql printed (unaligned, tuples only).
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        try Self.run("/usr/bin/psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url(database: database), "-c", sql])
    }

    /// A fast restart, as an administrator's or a fail-over's.
    public func restart() throws {
        try Self.script("restart", folder)
    }

    /// Stops the server, keeping its data: a server that is down.
    public func down() throws {
        try Self.script("down", folder)
    }

    /// Starts it again after `down`, on the same port.
    public func up() throws {
        try Self.script("up", folder)
    }

    private static func script(_ command: String, _ folder: String) throws {
        try run("/bin/bash", [Repository.url("Tests/postgres.bash").path, command, folder])
    }

    /// Runs `executable` and returns what it printed, with posix_spawn and waitpid.
    /// Not with Foundation's `Process`, whose wait never ends once the command has
    /// started a server that outlives it; output goes through files for the same reason.
    @discardableResult
    private static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("skills-pg-run-\(UUID().uuidString)").path
        defer {
            unlink(base + ".out")
            unlink(base + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw PostgresClusterError(message: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        let printed = (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? ""
        // Exited normally with status 0: WIFEXITED and WEXITSTATUS, which Swift does not import.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            let complaint = (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? ""
            throw PostgresClusterError(message: "\(executable) \(arguments.joined(separator: " ")) failed: \(complaint)")
        }
        return printed
    }
}

/// Why the test cluster could not be used.
public struct PostgresClusterError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { "PostgreSQL for the tests: \(message)" }
}
