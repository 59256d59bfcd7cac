extension Workspace {
    /// The language the acting login saved, or nil (then the session's locale decides).
    public func languagePreference() throws -> Language? {
        try store.languagePreference(of: actor.login)
    }

    /// Saves `language` as the acting login's own, or clears it when nil.
    /// - Throws: `AccessDenied` for a login the database does not know, one marked
    ///   inactive, or one acting as someone else outside the demo.
    public func setLanguagePreference(_ language: Language?) throws {
        try AccessPolicy.check(.setOwnLanguage, by: actor)
        try store.setLanguagePreference(of: actor.login, to: language, actor: actor.realLogin, actingAs: actor.login, at: clock())
    }
}
