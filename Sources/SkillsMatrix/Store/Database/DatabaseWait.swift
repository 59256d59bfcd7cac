/// A wait for a database server that does not answer: PostgreSQL down when a command
/// starts, or gone away (a restart, a fail-over) while a session works. The store keeps
/// trying for `seconds` before it gives up with `SkillsError.databaseUnreachable`; a front
/// end that has set an observer (`DatabaseWait.observe`) is told at the start of each
/// wait, so that the person at the terminal knows why nothing happens, and that Ctrl-C
/// stops it. The engine itself never prints.
public struct DatabaseWait: Sendable, Equatable {
    /// The server, as `postgresql://USER@HOST:PORT/DATABASE` (never with a password).
    public let name: String
    /// Why it does not answer, as libpq put it ("Connection refused").
    public let detail: String
    /// How long it is tried before the command gives up.
    public let seconds: Int

    public init(name: String, detail: String, seconds: Int) {
        self.name = name
        self.detail = detail
        self.seconds = seconds
    }

    public typealias Observer = @Sendable (DatabaseWait) -> Void

    /// Bound for the work a front end runs on one thread (a command, one TUI effect), so
    /// that two at once in one process (the tests) each hear their own waits.
    @TaskLocal private static var observer: Observer?

    /// Runs `body` with `observer` told of every wait for the database that `body` makes
    /// on this thread (nil: nobody is told, as under a full-screen UI that shows its own).
    /// - Parameter observer: called on the waiting thread, before the first pause.
    public static func observing<T>(_ observer: Observer?, _ body: () throws -> T) rethrows -> T {
        try $observer.withValue(observer, operation: body)
    }

    /// Tells the observer, if any, that the store begins to wait.
    static func announce(_ wait: DatabaseWait) {
        observer?(wait)
    }
}
