import Foundation
import SkillsMatrix

/// `profile language [en|nb|auto]`: the person's own settings, saved in the database.
enum ProfileCommands {
    static let language = CommandSpec(
        words: ["profile", "language"], argumentsUsage: "[LANG]", positionalCount: 0...1,
        options: [],
        run: { invocation in
            let workspace = try invocation.openWorkspace()
            let login = workspace.actor.login
            guard let argument = invocation.positionals.first else {
                let saved = try workspace.languagePreference()
                try invocation.emit("\(saved?.code ?? "auto") \(invocation.language.code)\n")
                return ExitStatus.success
            }
            let choice: Language?
            if argument == "auto" {
                choice = nil
            } else if let language = Language(code: argument) {
                choice = language
            } else {
                throw UsageError(.languageCode(argument))
            }
            try workspace.setLanguagePreference(choice)
            let spoken = invocation.languageOption ?? choice
                ?? LanguageChoice.resolve(option: nil, preference: nil, environment: invocation.environment.variables)
            invocation.speech.language = spoken
            let words = spoken.messages
            let text = choice.map { words.languageSet($0, login: login) }
                ?? words.languageCleared(login: login, fallback: spoken)
            try invocation.report(text + "\n", afterRecording: words.languageChange(login: login))
            return ExitStatus.success
        })
}
