import Foundation

/// One generated rating event, with people and competencies by position rather than by
/// login and id, so that millions of them can be streamed into the store cheaply.
public struct SyntheticRatingEvent: Hashable, Sendable {
    /// Position in `SyntheticOrganisation.people`.
    public var person: Int
    /// Position in `Catalog.competencies`.
    public var competency: Int
    public var level: Int
    public var track: RatingTrack
    /// Position in `SyntheticOrganisation.people`: the person for a self rating, their lead for a lead rating.
    public var rater: Int
    public var note: String
    public var frameworkVersion: String
    public var ratedAt: Date
}
