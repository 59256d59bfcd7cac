import Foundation

/// An assessment campaign: who is assessed (the organisation, or chosen teams and the
/// teams below them), against which frameworks, from when and by when.
///
/// While a cycle is open, each person in scope has one item per requirement of their role
/// in the cycle's frameworks; an item is done once they have given a self rating of it
/// during the cycle (a rating from before the cycle counts only when re-confirmed, which
/// records a new rating). Closing the cycle records a snapshot that never changes.
public struct ReviewCycle: Hashable, Sendable, Identifiable {
    /// The cycle's name, unique in the database ("2026 annual review").
    public var name: String
    /// Teams in scope as chosen (each with the teams below it); empty for the whole organisation.
    public var teamIDs: [String]
    /// Frameworks whose requirements are assessed.
    public var frameworkIDs: [String]
    public var opensAt: Date
    public var dueAt: Date
    public var openedBy: String
    /// nil while the cycle is open.
    public var closedAt: Date?
    public var closedBy: String?

    public init(
        name: String, teamIDs: [String], frameworkIDs: [String], opensAt: Date, dueAt: Date, openedBy: String,
        closedAt: Date? = nil, closedBy: String? = nil
    ) {
        self.name = name
        self.teamIDs = teamIDs
        self.frameworkIDs = frameworkIDs
        self.opensAt = opensAt
        self.dueAt = dueAt
        self.openedBy = openedBy
        self.closedAt = closedAt
        self.closedBy = closedBy
    }

    public var id: String { name }
    public var isOpen: Bool { closedAt == nil }
    public var coversOrganisation: Bool { teamIDs.isEmpty }

    /// Whether the due date has passed at `now` while the cycle is still open.
    public func isPastDue(at now: Date) -> Bool { isOpen && now >= dueAt }

    /// "the organisation" or "teams a, b (and the teams below them)".
    public var scopeDescription: String {
        coversOrganisation ? "the organisation" : "teams \(teamIDs.joined(separator: ", ")) and the teams below them"
    }
}
