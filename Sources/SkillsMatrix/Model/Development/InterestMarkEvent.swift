import Foundation

/// A mark set or cleared by a person on a competency, as recorded.
public struct InterestMarkEvent: Hashable, Sendable {
    public var login: String
    public var competencyID: String
    public var mark: InterestMark
    public var isSet: Bool
    public var at: Date

    public init(login: String, competencyID: String, mark: InterestMark, isSet: Bool, at: Date) {
        self.login = login
        self.competencyID = competencyID
        self.mark = mark
        self.isSet = isSet
        self.at = at
    }
}
