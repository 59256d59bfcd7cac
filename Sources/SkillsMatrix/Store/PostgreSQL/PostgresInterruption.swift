/// Why a statement inside a PostgreSQL transaction stopped in a way the transaction may
/// handle by running again. Never leaves `PostgresConnection`: what is not retried
/// becomes a `SkillsError` there.
enum PostgresInterruption: Error {
    /// SQLSTATE 40001 (serialization_failure) or 40P01 (deadlock_detected): the server
    /// rolled the transaction back and asks for it to be run again.
    case retryable(String)
    /// The connection went away before COMMIT was sent: nothing was written.
    case connectionLost
    /// The connection went away while COMMIT was on its way: the outcome is unknown.
    case commitLost

    /// The engine's error, for when no more attempts are made.
    func error(name: String) -> SkillsError {
        switch self {
        case .retryable: return .databaseBusy(path: name)
        case .connectionLost: return .databaseUnreachable(name: name, detail: "the connection was lost")
        case .commitLost: return .commitOutcomeUnknown(name: name)
        }
    }
}
