extension FrameworkJSON {
    /// Reads the texts of a framework file in the languages its `languages` member lists:
    /// with one language every text is a plain string; with several, every text is an
    /// object with exactly one non-empty member per language (`{"en": "...", "nb": "..."}`).
    struct TextReader {
        /// The languages of the file, in the order given; English when not given.
        let languages: [Language]

        init(languages cursor: JSONCursor?) throws(InputFileError) {
            guard let cursor else {
                languages = [.en]
                return
            }
            var languages: [Language] = []
            for element in try cursor.elements() {
                let code = try element.nonEmptyString()
                guard let language = Language(code: code) else {
                    throw element.failure(.unknownLanguage(code))
                }
                if languages.contains(language) { throw element.failure(.languageListedTwice(code)) }
                languages.append(language)
            }
            if languages.isEmpty { throw cursor.failure(.noLanguages) }
            self.languages = languages
        }

        func read(_ cursor: JSONCursor) throws(InputFileError) -> LocalizedText {
            if languages.count == 1 {
                if case .object = cursor.value {
                    throw cursor.failure(.plainTextExpected(language: languages[0].code))
                }
                return LocalizedText(try cursor.nonEmptyString(), language: languages[0])
            }
            guard case .object = cursor.value else {
                throw cursor.failure(.textPerLanguageExpected(languages: languages.map(\.code)))
            }
            let members = try cursor.members()
            if let extra = members.first(where: { member in !languages.contains { $0.code == member.key } }) {
                throw extra.cursor.failure(.notAFileLanguage(extra.key, languages: languages.map(\.code)))
            }
            var texts: [(Language, String)] = []
            for language in languages {
                guard let member = try cursor.optionalMember(language.code) else {
                    throw cursor.failure(.missingLanguageText(language))
                }
                texts.append((language, try member.nonEmptyString()))
            }
            return LocalizedText(texts)
        }

        /// As `read`, but a file in one language may leave the text empty (a role's
        /// optional description); with several, every language's text is still needed.
        func readMaybeEmpty(_ cursor: JSONCursor) throws(InputFileError) -> LocalizedText {
            if languages.count == 1, case .string = cursor.value { return LocalizedText(try cursor.string(), language: languages[0]) }
            return try read(cursor)
        }
    }

    /// Writes texts the way `TextReader` reads them.
    struct TextWriter {
        let languages: [Language]

        func value(_ text: LocalizedText) -> JSONValue {
            if languages.count == 1 { return .string(text[languages[0]]) }
            return .object(JSONObject(languages.map { ($0.code, .string(text[$0])) }))
        }
    }
}
