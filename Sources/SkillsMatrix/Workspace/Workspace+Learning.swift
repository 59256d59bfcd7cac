import Foundation

extension Workspace {
    /// The learning catalogue in the database (empty when none is installed).
    public var learning: LearningCatalogue { store.learning }

    /// The installed catalogue as `learning.json`, the format `frameworks import` reads.
    public func exportLearningCatalogue() throws -> String {
        try AccessPolicy.check(.viewFrameworks, by: actor)
        return JSONWriter.string(LearningJSON.encode(learning))
    }

    /// The costed training plan for one team or the organisation (who may ask: as for
    /// `trainingNeeds`), from assessed needs only, with a selection within `budget` when
    /// one is given. Needs a booked plan item already answers are set aside.
    public func trainingPlan(team teamID: String? = nil, budget: Int? = nil) throws -> TrainingPlan {
        let needs = try trainingNeeds(team: teamID)
        return Scoring.trainingPlan(needs: needs, catalog: catalog, learning: learning, inHand: try needsInHand(needs), budget: budget)
    }
}
