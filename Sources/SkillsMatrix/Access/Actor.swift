/// Rights granted explicitly in the database; "lead" and "staff" follow from the data
/// (leading a team, being a person) and are never granted.
public enum AccessRight: String, Hashable, Sendable, CaseIterable {
    /// Reads everything and exports.
    case hr
    /// Everything, including acting as another user with `--as`.
    case admin
}

/// The user a request is made for, with everything the policy needs to decide.
public struct Actor: Hashable, Sendable {
    /// The login whose rights apply (after `--as`).
    public let login: String
    /// The OS login that actually ran the program; differs from `login` under `--as`.
    public let realLogin: String
    /// nil when the login is not a member of staff (an administrator, say).
    public let person: Person?
    public let rights: Set<AccessRight>
    /// Teams this login leads, and every team below them.
    public let ledTeamIDs: Set<String>
    /// Acting as someone else outside the demo: reading is allowed, changing is not.
    public let isReadOnly: Bool
    /// The login is a person marked inactive, who has no rights at all.
    public let isInactive: Bool

    public init(
        login: String, realLogin: String? = nil, person: Person?, rights: Set<AccessRight>, ledTeamIDs: Set<String>,
        isReadOnly: Bool = false, isInactive: Bool = false
    ) {
        self.login = login
        self.realLogin = realLogin ?? login
        self.person = person
        self.rights = rights
        self.ledTeamIDs = ledTeamIDs
        self.isReadOnly = isReadOnly
        self.isInactive = isInactive
    }

    /// The actor a login is, from what the database says of it: an inactive person gets
    /// nothing, whatever they were granted or lead.
    static func resolved(
        login: String, realLogin: String, person: Person?, rights: Set<AccessRight>, ledTeamIDs: Set<String>, isReadOnly: Bool
    ) -> Actor {
        if let person, !person.isActive {
            return Actor(login: login, realLogin: realLogin, person: nil, rights: [], ledTeamIDs: [], isReadOnly: isReadOnly, isInactive: true)
        }
        return Actor(login: login, realLogin: realLogin, person: person, rights: rights, ledTeamIDs: ledTeamIDs, isReadOnly: isReadOnly)
    }

    public var isAdmin: Bool { rights.contains(.admin) }
    public var isHR: Bool { rights.contains(.hr) }
    public var isLead: Bool { !ledTeamIDs.isEmpty }

    /// The roles in words, for "who am I" lines: "lead, hr".
    public var roleSummary: String { roleSummary(in: .en) }

    /// The same in `language`: "leder, HR".
    public func roleSummary(in language: Language) -> String {
        let words = language.messages.screen
        var roles: [String] = []
        if person != nil { roles.append(words.accessStaff) }
        if isLead { roles.append(words.accessLead) }
        if isHR { roles.append(words.accessHR) }
        if isAdmin { roles.append(words.accessAdmin) }
        if isInactive { return words.accessInactive }
        return roles.isEmpty ? words.accessNone : roles.joined(separator: ", ")
    }
}
