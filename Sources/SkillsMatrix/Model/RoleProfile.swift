/// What a role needs: competencies with a target level and a weight.
public struct RoleProfile: Hashable, Sendable, Identifiable {
    /// `project-manager`
    public var id: String
    public var name: String
    public var description: String
    public var requirements: [Requirement]

    public init(id: String, name: String, description: String, requirements: [Requirement]) {
        self.id = id
        self.name = name
        self.description = description
        self.requirements = requirements
    }
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
