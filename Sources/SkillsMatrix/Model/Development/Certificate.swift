import Foundation

/// A certificate a person holds, recorded as evidence: a rating may cite it. Private to
/// the person, their leads and HR (`AccessPolicy`, `.viewEvidence`).
public struct Certificate: Hashable, Sendable, Identifiable {
    /// The number a rating cites (`rate PM.RISK.1 3 --certificate 4`).
    public let number: Int
    public let personLogin: String
    public let name: String
    public let issuer: String
    /// The issuer's own id or number for it; may be empty.
    public let credentialID: String
    public let gained: CalendarDay
    /// nil when it does not expire.
    public let expires: CalendarDay?
    public let recordedBy: String
    public let recordedAt: Date
    /// Competencies whose rating events cite it, by id.
    public let supports: [String]

    public init(
        number: Int, personLogin: String, name: String, issuer: String, credentialID: String, gained: CalendarDay,
        expires: CalendarDay?, recordedBy: String, recordedAt: Date, supports: [String] = []
    ) {
        self.number = number
        self.personLogin = personLogin
        self.name = name
        self.issuer = issuer
        self.credentialID = credentialID
        self.gained = gained
        self.expires = expires
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.supports = supports
    }

    public var id: Int { number }

    /// Valid up to and including its expiry day; expired from the day after.
    public func isExpired(on day: CalendarDay) -> Bool {
        guard let expires else { return false }
        return expires < day
    }

    /// Days from `day` to the expiry (negative once expired); nil when it never expires.
    public func daysToExpiry(from day: CalendarDay) -> Int? { expires.map { $0.days(since: day) } }
}
