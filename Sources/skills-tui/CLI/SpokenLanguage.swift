import SkillsMatrix

/// The language one run of the command line speaks. A reference, so that opening the
/// database (where the person's saved preference lives) can change it for the error
/// message that may follow, which `CommandLineTool.run` writes.
@MainActor
final class SpokenLanguage {
    var language: Language

    init(_ language: Language) {
        self.language = language
    }
}
