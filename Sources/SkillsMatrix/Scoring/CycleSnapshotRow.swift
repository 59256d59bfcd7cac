/// One row of a cycle snapshot.
public struct CycleSnapshotRow: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case organisation, team, person, lead, competency
    }

    public let kind: Kind
    /// A team id, login or competency id; empty for the organisation.
    public let subject: String
    public let figures: CycleFigures

    public init(kind: Kind, subject: String, figures: CycleFigures) {
        self.kind = kind
        self.subject = subject
        self.figures = figures
    }
}
