import Foundation

extension SkillsStore {
    /// The language `login` saved, or nil when they saved none (or a code this version
    /// of the program does not speak, which then counts as none).
    func languagePreference(of login: String) throws -> Language? {
        try connection.query("SELECT language FROM language_preferences WHERE login = ?", [.text(login)]) { $0.text(0) }
            .first.flatMap(Language.init(code:))
    }

    /// Saves `language` as `login`'s, or clears it when nil, with an audit row.
    func setLanguagePreference(of login: String, to language: Language?, actor: String, actingAs: String, at date: Date) throws {
        try withTransaction {
            if let language {
                try connection.run(
                    """
                    INSERT INTO language_preferences(login, language, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(login) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at
                    """, [.text(login), .text(language.code), .int(Self.seconds(date))])
            } else {
                try connection.run("DELETE FROM language_preferences WHERE login = ?", [.text(login)])
            }
            try recordAudit(
                actor: actor, actingAs: actingAs, action: "set language", subject: login, detail: language?.code ?? "none", at: date)
        }
    }
}
