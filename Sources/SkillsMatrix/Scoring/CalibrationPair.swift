/// One person's current self and lead rating of one competency, with who gave the lead
/// rating: what every calibration figure is made of.
public struct CalibrationPair: Hashable, Sendable {
    public let login: String
    public let teamID: String
    /// Catalog position.
    public let competency: Int
    public let selfLevel: Int
    public let leadLevel: Int
    /// Who gave the current lead rating.
    public let leadRater: String

    public init(login: String, teamID: String, competency: Int, selfLevel: Int, leadLevel: Int, leadRater: String) {
        self.login = login
        self.teamID = teamID
        self.competency = competency
        self.selfLevel = selfLevel
        self.leadLevel = leadLevel
        self.leadRater = leadRater
    }
}
