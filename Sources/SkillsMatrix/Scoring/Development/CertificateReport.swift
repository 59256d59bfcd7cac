/// Certificates in scope, by team: all of them, or those that lapse within a number of
/// days (and those already lapsed that nothing newer replaces).
public struct CertificateReport: Hashable, Sendable {
    public let teamID: String?
    /// The day expiry is judged on.
    public let today: CalendarDay
    /// nil: every certificate; else those expiring within this many days.
    public let withinDays: Int?
    /// By team id, then expiry (soonest first; never-expiring last), then login and name.
    public let entries: [CertificateEntry]

    public init(teamID: String?, today: CalendarDay, withinDays: Int?, entries: [CertificateEntry]) {
        self.teamID = teamID
        self.today = today
        self.withinDays = withinDays
        self.entries = entries
    }

    public var expiredCount: Int { entries.count { $0.isExpired } }
}

/// A certificate with its holder and where it stands today.
public struct CertificateEntry: Hashable, Sendable {
    public let person: Person
    public let certificate: Certificate
    /// Days to expiry from the report's day; negative once lapsed; nil when it never expires.
    public let daysToExpiry: Int?
    /// A later certificate of the same name and issuer is held by the same person.
    public let isSuperseded: Bool

    public init(person: Person, certificate: Certificate, daysToExpiry: Int?, isSuperseded: Bool) {
        self.person = person
        self.certificate = certificate
        self.daysToExpiry = daysToExpiry
        self.isSuperseded = isSuperseded
    }

    public var isExpired: Bool { (daysToExpiry ?? 0) < 0 }
}

extension Scoring {
    /// Lists `certificates` of `people`. With `withinDays`, only those whose expiry is at
    /// most that many days away, lapsed ones included unless a later certificate of the
    /// same name and issuer replaces them: what needs renewing.
    public static func certificateReport(
        people: [Person], certificates: [Certificate], teamID: String?, today: CalendarDay, withinDays: Int?
    ) -> CertificateReport {
        let byLogin = Dictionary(people.map { ($0.login, $0) }, uniquingKeysWith: { first, _ in first })
        let entries = certificates.compactMap { certificate -> CertificateEntry? in
            guard let person = byLogin[certificate.personLogin] else { return nil }
            let superseded = certificates.contains { other in
                other.number != certificate.number && other.personLogin == certificate.personLogin
                    && other.name.lowercased() == certificate.name.lowercased() && other.issuer.lowercased() == certificate.issuer.lowercased()
                    && (other.gained, other.number) > (certificate.gained, certificate.number)
            }
            let days = certificate.daysToExpiry(from: today)
            if let withinDays {
                guard let days, days <= withinDays, !superseded else { return nil }
            }
            return CertificateEntry(person: person, certificate: certificate, daysToExpiry: days, isSuperseded: superseded)
        }
        return CertificateReport(
            teamID: teamID, today: today, withinDays: withinDays,
            entries: entries.sorted { left, right in
                if left.person.teamID != right.person.teamID { return left.person.teamID < right.person.teamID }
                let leftDays = left.daysToExpiry ?? Int.max
                let rightDays = right.daysToExpiry ?? Int.max
                if leftDays != rightDays { return leftDays < rightDays }
                if left.person.login != right.person.login { return left.person.login < right.person.login }
                return left.certificate.number < right.certificate.number
            })
    }
}
