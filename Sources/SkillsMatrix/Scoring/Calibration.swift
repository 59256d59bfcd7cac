/// How far a team's self ratings sit from their lead's ratings of the same competencies.
public struct TeamCalibration: Hashable, Sendable {
    public let teamID: String
    /// Competency ratings where both a self and a lead rating exist.
    public let pairCount: Int
    /// mean(self - lead) over those pairs; positive when people rate themselves higher
    /// than their lead does. nil when no pair exists.
    public let meanSelfMinusLead: Double?
}

extension Scoring {
    /// Calibration of one team from its members' current ratings (every rated
    /// competency counts, required or not).
    public static func calibration(teamID: String, memberRatings: [[CompetencyRating]]) -> TeamCalibration {
        var pairs = 0
        var difference = 0
        for ratings in memberRatings {
            for rating in ratings {
                guard let selfRating = rating.selfRating, let leadRating = rating.leadRating else { continue }
                pairs += 1
                difference += selfRating.level - leadRating.level
            }
        }
        return TeamCalibration(
            teamID: teamID, pairCount: pairs, meanSelfMinusLead: pairs > 0 ? Double(difference) / Double(pairs) : nil)
    }
}
