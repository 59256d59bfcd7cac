import Foundation

/// Self and lead ratings are separate tracks and are never averaged: self-ratings run
/// higher than managers', and a blend would hide exactly the disagreement a lead must see.
public enum RatingTrack: String, Hashable, Sendable, CaseIterable {
    case selfAssessment = "self"
    case lead = "lead"
}

/// One recorded judgement. Events are append-only: a new rating adds an event, and the
/// newest event of each track is the current rating.
public struct RatingEvent: Hashable, Sendable {
    public var personLogin: String
    public var competencyID: String
    public var level: Int
    public var track: RatingTrack
    public var raterLogin: String
    public var note: String
    public var frameworkVersion: String
    public var ratedAt: Date

    public init(
        personLogin: String, competencyID: String, level: Int, track: RatingTrack, raterLogin: String, note: String,
        frameworkVersion: String, ratedAt: Date
    ) {
        self.personLogin = personLogin
        self.competencyID = competencyID
        self.level = level
        self.track = track
        self.raterLogin = raterLogin
        self.note = note
        self.frameworkVersion = frameworkVersion
        self.ratedAt = ratedAt
    }
}

/// The current rating on one track: a level and when it was given. Kept this small because
/// an organisation of 100,000 people holds more than a million of them in memory at once.
public struct Rating: Hashable, Sendable {
    public var level: Int
    public var ratedAt: Date

    public init(level: Int, ratedAt: Date) {
        self.level = level
        self.ratedAt = ratedAt
    }
}

/// A person's current self and lead ratings of one competency.
public struct CompetencyRating: Hashable, Sendable {
    /// Position of the competency in `Catalog.competencies`.
    public var competency: Int
    public var selfRating: Rating?
    public var leadRating: Rating?

    public init(competency: Int, selfRating: Rating? = nil, leadRating: Rating? = nil) {
        self.competency = competency
        self.selfRating = selfRating
        self.leadRating = leadRating
    }

    public func rating(on track: RatingTrack) -> Rating? {
        switch track {
        case .selfAssessment: return selfRating
        case .lead: return leadRating
        }
    }
}
