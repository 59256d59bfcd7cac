import Foundation
import SkillsMatrix
#if canImport(Glibc)
import Glibc
#endif

/// Facts about where and as whom the program runs: the OS login, the database path,
/// the shipped data folder and the clock.
struct RuntimeEnvironment {
    var variables: [String: String]
    /// Set when the program runs as `skills-tui gateway LOGIN` (the SSH forced command):
    /// then the login and the database come from it, and nothing else can change them.
    var gateway: GatewaySession? = nil

    static var current: RuntimeEnvironment { RuntimeEnvironment(variables: ProcessInfo.processInfo.environment) }

    /// The acting user is the OS login (see `SystemUser.login`), or through the SSH
    /// gateway the login its key line names.
    var login: String { gateway?.login ?? SystemUser.login }

    var homeDirectory: String {
        if let home = variables["HOME"], !home.isEmpty { return home }
        return SystemUser.homeDirectory ?? "/tmp"
    }

    /// `$XDG_DATA_HOME/skills-tui`, else `~/.local/share/skills-tui`.
    var dataHome: String {
        let base = variables["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? homeDirectory + "/.local/share"
        return base + "/skills-tui"
    }

    /// `--db`, else `$SKILLS_DB`, else for the service account the database of
    /// /etc/skills-tui/config, else the XDG default. Through the gateway, always the
    /// configured database (`--db` is refused there).
    func databasePath(option: String?) -> String {
        if let gateway { return gateway.databasePath }
        if let option { return option }
        if let fromEnvironment = variables["SKILLS_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let configured = GatewayConfiguration.forServiceAccount(login)?.database { return configured }
        return dataHome + "/skills.sqlite"
    }

    var demoDatabasePath: String { dataHome + "/demo.sqlite" }

    /// Whether colour is off: NO_COLOR set and non-empty, or TERM=dumb.
    var prefersNoColor: Bool {
        (variables["NO_COLOR"].map { !$0.isEmpty } ?? false) || variables["TERM"] == "dumb"
    }

    /// `SKILLS_TUI_NOW` (an ISO 8601 time): the moment reports judge ages and staleness
    /// at, so that tests and the README's examples print the same on every run. It dates
    /// nothing that is recorded, except in the demo and in a database being created
    /// (`Workspace.open`, `Workspace.create`): on a shared database, changes carry the
    /// real time whatever a user sets.
    var pinnedTime: Date? {
        variables["SKILLS_TUI_NOW"].flatMap { ISO8601DateFormatter().date(from: $0) }
    }

    /// The folder holding `frameworks/` and `seeds/`: `$SKILLS_TUI_DATA`, else
    /// `share/skills-tui` beside the executable's folder, else the source checkout the
    /// executable was built in (found by walking up from it).
    func shippedDataDirectory() throws -> URL {
        let candidates = shippedDataCandidates()
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("frameworks/roles.json").path) {
            return candidate
        }
        throw SkillsError.noShippedData(lookedIn: candidates.map(\.path))
    }

    private func shippedDataCandidates() -> [URL] {
        if let explicit = variables["SKILLS_TUI_DATA"], !explicit.isEmpty { return [URL(fileURLWithPath: explicit)] }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        var folder = executable.deletingLastPathComponent()
        candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/skills-tui"))
        for _ in 0..<6 {
            candidates.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        return candidates
    }
}
