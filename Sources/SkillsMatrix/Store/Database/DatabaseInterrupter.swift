/// Stops the statement a connection is running, from another thread (the TUI's Esc, a
/// CLI's Ctrl-C): `SQLiteInterrupter` on SQLite, `PostgresCanceller` on PostgreSQL. The
/// statement then fails with `SkillsError.interrupted` and its transaction rolls back.
protocol DatabaseInterrupter: Sendable {
    func interrupt()
}
