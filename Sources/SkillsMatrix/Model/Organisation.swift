/// A member of staff. `login` is their OS user name, which is how the tool knows who is acting.
public struct Person: Hashable, Sendable, Identifiable {
    public var login: String
    public var name: String
    public var email: String
    public var teamID: String
    public var roleID: String
    public var isActive: Bool

    public init(login: String, name: String, email: String = "", teamID: String, roleID: String, isActive: Bool = true) {
        self.login = login
        self.name = name
        self.email = email
        self.teamID = teamID
        self.roleID = roleID
        self.isActive = isActive
    }

    public var id: String { login }
}

public struct Team: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var parentID: String?
    /// Logins of the people who lead this team (and so may rate its members on the lead track).
    public var leadLogins: [String]

    public init(id: String, name: String, parentID: String? = nil, leadLogins: [String] = []) {
        self.id = id
        self.name = name
        self.parentID = parentID
        self.leadLogins = leadLogins
    }
}

/// The team tree, for questions such as "which teams sit under this one".
public struct TeamTree: Sendable {
    public let teams: [Team]
    private let indexByID: [String: Int]
    private let childrenByID: [String: [String]]

    public init(_ teams: [Team]) {
        self.teams = teams
        var indexByID: [String: Int] = [:]
        var childrenByID: [String: [String]] = [:]
        for (index, team) in teams.enumerated() {
            indexByID[team.id] = index
            if let parent = team.parentID { childrenByID[parent, default: []].append(team.id) }
        }
        self.indexByID = indexByID
        self.childrenByID = childrenByID
    }

    public func team(_ id: String) -> Team? { indexByID[id].map { teams[$0] } }

    /// The teams directly below `id`, ordered by id.
    public func children(of id: String) -> [String] { childrenByID[id] ?? [] }

    /// `id` and every team below it. A cycle in the data cannot loop forever.
    public func subtree(of id: String) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        var pending = [id]
        while let next = pending.popLast() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            pending.append(contentsOf: (childrenByID[next] ?? []).reversed())
        }
        return result
    }

    /// The ids of teams `login` leads, and of every team below them.
    public func teamsLed(by login: String) -> Set<String> {
        var result: Set<String> = []
        for team in teams where team.leadLogins.contains(login) {
            result.formUnion(subtree(of: team.id))
        }
        return result
    }
}
