import SkillsMatrix

/// How the command line words a failure: the engine's one sentence, then where on the
/// command line to go next (both from the language's `MessageCatalogue`). The one place
/// an error becomes text for the terminal.
///
/// Every problem is one line, made inert (`TerminalText.inert`): a login, file name or
/// value in a message is someone's input, and a line break or control sequence in it
/// must show as such, not forge a second error line or drive the terminal.
enum ErrorMessage {
    /// The text (one line per problem, without the `skills-tui: ` prefix) and the exit
    /// status, in `language` where the catalogue has the words.
    static func render(_ error: any Error, in language: Language = .en) -> (text: String, status: Int32) {
        let words = language.messages
        guard let failure = error as? any SkillsFailure else {
            return (TerminalText.inert(words.unexpectedError("\(error)")), ExitStatus.software)
        }
        if let several = failure as? InputFileErrors {
            return (several.errors.map { TerminalText.inert($0.described(in: language)) }.joined(separator: "\n"), ExitStatus.of(failure.kind))
        }
        var text = TerminalText.inert(failure.described(in: language))
        if let error = failure as? SkillsError, let hint = words.commandLineHint(error) { text += hint }
        return (text, ExitStatus.of(failure.kind))
    }
}
