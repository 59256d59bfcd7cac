import CPostgreSQL

/// What PostgreSQL's failures mean to a person: the engine's error for a SQLSTATE, or for
/// libpq's message when there was no connection to report one.
struct PostgresFailure {
    /// Five characters (`40001`); empty when libpq had no server error to report.
    let sqlState: String
    let message: String

    init(result: OpaquePointer?, connection: OpaquePointer) {
        let field = { (code: Character) -> String? in
            guard let result, let ascii = code.asciiValue, let text = PQresultErrorField(result, Int32(ascii)) else { return nil }
            return String(cString: text)
        }
        sqlState = field("C") ?? ""
        message = field("M") ?? Self.firstLine(String(cString: PQerrorMessage(connection)))
    }

    /// Worth running the whole transaction again: the server asked for it.
    var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }

    /// The server went away: class 08 (connection exception), 57P01-57P03 (shut down,
    /// crashed, starting up), or no SQLSTATE at all (libpq lost the socket).
    var isConnectionLost: Bool {
        sqlState.isEmpty || sqlState.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(sqlState)
    }

    func error(name: String) -> SkillsError {
        switch sqlState {
        case "53100": return .diskFull(path: name)
        case "25006": return .readOnlyDatabase(path: name)
        case "40001", "40P01", "55P03": return .databaseBusy(path: name)
        case "57014": return .interrupted  // query_canceled: our `PostgresCanceller`
        default: return .databaseFailure(path: name, detail: message)
        }
    }

    /// The error for a failed connection attempt, from libpq's message (no SQLSTATE is
    /// reported before the session starts).
    static func connectionError(message: String, needsPassword: Bool, parts: PostgresURL) -> SkillsError {
        let name = parts.displayName
        let user = parts.user ?? "(your login)"
        if needsPassword || message.contains("password authentication failed") || message.contains("no password supplied")
            || (message.contains("role \"") && message.contains("does not exist"))
        {
            return .databaseLoginRefused(name: name, user: user)
        }
        if message.contains("database \""), message.contains("does not exist") {
            return .missingPostgresDatabase(name: name, database: parts.database ?? parts.user ?? "")
        }
        return .databaseUnreachable(name: name, detail: firstLine(message))
    }

    /// Whether a failed connection attempt is a server that is not there yet (refused,
    /// no socket, starting up or shutting down) rather than a wrong name or setting, so
    /// that waiting for it may help.
    static func isWorthWaiting(_ message: String) -> Bool {
        ["Connection refused", "No such file or directory", "starting up", "shutting down", "in recovery mode"].contains {
            message.contains($0)
        }
    }

    /// `error` from work a cursor did in a snapshot of its own, as the engine's error.
    static func outsideTransaction(_ error: any Error, name: String) -> any Error {
        (error as? PostgresInterruption)?.error(name: name) ?? error
    }

    /// The first line of a libpq message, without its `FATAL:` or `ERROR:`, the
    /// "connection to server at "HOST", port PORT failed:" that repeats what the message
    /// around it names already, and spacing.
    static func firstLine(_ message: String) -> String {
        var line = message.split(separator: "\n").first.map(String.init) ?? message
        for prefix in ["FATAL:", "ERROR:"] where line.hasPrefix(prefix) {
            line = String(line.dropFirst(prefix.count))
        }
        if line.hasPrefix("connection to server"), let failed = line.range(of: " failed: ") {
            line = String(line[failed.upperBound...])
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
