import Foundation

/// A right granted in the database, with who granted it and when, as `access rights`
/// lists it.
public struct GrantRecord: Hashable, Sendable {
    public let login: String
    public let right: AccessRight
    public let grantedBy: String
    public let grantedAt: Date
}
