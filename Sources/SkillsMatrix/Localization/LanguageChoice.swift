/// Which language a person is spoken to in: `--lang` first, then the preference they
/// saved in the database, then the locale of their session, then English.
public enum LanguageChoice {
    /// The language to use.
    /// - Parameters:
    ///   - option: `--lang`, when given.
    ///   - preference: the person's saved preference (`skills-tui profile language`).
    ///   - environment: the process environment, for `LC_ALL`, `LC_MESSAGES` and `LANG`.
    public static func resolve(option: Language?, preference: Language?, environment: [String: String]) -> Language {
        option ?? preference ?? fromEnvironment(environment) ?? .en
    }

    /// The language of the session's locale, as POSIX orders the variables: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides; nil when it
    /// names no language the tool speaks (`C`, `POSIX`, `de_DE.UTF-8`), so English it is.
    public static func fromEnvironment(_ environment: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return fromLocale(value) }
        }
        return nil
    }

    /// The language of a locale name such as `nb_NO.UTF-8`, `en_GB` or `nb`.
    ///
    /// Norwegian without a written standard (`no`) and Nynorsk (`nn`) read Bokmål: the
    /// tool has no Nynorsk, and a Norwegian reader is better served by Bokmål than by
    /// English (CLDR, too, makes `no` the parent of both).
    public static func fromLocale(_ locale: String) -> Language? {
        // "nb_NO.UTF-8@euro": the language is what comes before `_`, `-`, `.` or `@`.
        let code = locale.prefix { $0 != "_" && $0 != "-" && $0 != "." && $0 != "@" }.lowercased()
        switch code {
        case "no", "nn": return .nb
        default: return Language(code: code)
        }
    }
}
