/// What a role needs: competencies with a target level and a weight.
///
/// Its name and description may be written in several languages (`languages`), as a
/// framework's texts are. `name` and `description` are the text in the first of them
/// (English in the shipped file), the one machine formats write; a view shows
/// `name(in:)`.
public struct RoleProfile: Hashable, Sendable, Identifiable {
    /// `project-manager`
    public var id: String
    public var localizedName: LocalizedText
    public var localizedDescription: LocalizedText
    public var requirements: [Requirement]

    /// A role whose texts are in one language, English.
    public init(id: String, name: String, description: String, requirements: [Requirement]) {
        self.init(id: id, name: LocalizedText(name), description: LocalizedText(description), requirements: requirements)
    }

    /// A role whose name and description are in the languages they carry.
    public init(id: String, name: LocalizedText, description: LocalizedText, requirements: [Requirement]) {
        self.id = id
        self.localizedName = name
        self.localizedDescription = description
        self.requirements = requirements
    }

    /// The name in English (else the first language it has): what CSV and JSON write.
    public var name: String {
        get { localizedName[.en] }
        set { localizedName[.en] = newValue }
    }

    public var description: String {
        get { localizedDescription[.en] }
        set { localizedDescription[.en] = newValue }
    }

    /// The languages the role's name is written in.
    public var languages: [Language] { localizedName.languages }

    /// The name as a person reading `language` sees it (English where the role lacks it).
    public func name(in language: Language) -> String { localizedName[language] }

    /// The description as a person reading `language` sees it.
    public func description(in language: Language) -> String { localizedDescription[language] }
}

public struct Requirement: Hashable, Sendable {
    public static let weights = 1...3
    public static let targets = 1...4

    public var competencyID: String
    /// The level the role needs, 1...4.
    public var target: Int
    /// 3 critical, 2 important, 1 useful.
    public var weight: Int

    public init(competencyID: String, target: Int, weight: Int) {
        self.competencyID = competencyID
        self.target = target
        self.weight = weight
    }
}
