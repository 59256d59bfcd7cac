import Foundation

/// A framework upgrade that changed what a competency's level indicators say: a rating
/// made before it was made against the older wording, and the person should look again.
public struct WordingChange: Hashable, Sendable {
    /// The version whose wording ratings before the change were made against.
    public let fromVersion: String
    public let toVersion: String
    public let changedAt: Date

    public init(fromVersion: String, toVersion: String, changedAt: Date) {
        self.fromVersion = fromVersion
        self.toVersion = toVersion
        self.changedAt = changedAt
    }
}
