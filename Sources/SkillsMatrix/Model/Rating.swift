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

    /// The event with its evidence note left out, for someone who may not read notes.
    public var withoutNote: RatingEvent {
        var copy = self
        copy.note = ""
        return copy
    }
}

/// The current rating on one track: a level and when it was given. Kept this small because
/// an organisation of 100,000 people holds more than a million of them in memory at once:
/// the level is stored in two bytes after the date, so `Rating?` takes 16 bytes, not 24.
public struct Rating: Hashable, Sendable {
    public var ratedAt: Date
    private var storedLevel: Int16

    /// The level, 0...4 on every scale (values beyond Int16 are clamped).
    public var level: Int {
        get { Int(storedLevel) }
        set { storedLevel = Int16(clamping: newValue) }
    }

    public init(level: Int, ratedAt: Date) {
        self.ratedAt = ratedAt
        self.storedLevel = Int16(clamping: level)
    }
}

/// A person's current self and lead ratings of one competency: 32 bytes.
public struct CompetencyRating: Hashable, Sendable {
    public var selfRating: Rating?
    public var leadRating: Rating?
    private var storedCompetency: Int32

    /// Position of the competency in `Catalog.competencies`.
    public var competency: Int {
        get { Int(storedCompetency) }
        set { storedCompetency = Int32(clamping: newValue) }
    }

    public init(competency: Int, selfRating: Rating? = nil, leadRating: Rating? = nil) {
        self.selfRating = selfRating
        self.leadRating = leadRating
        self.storedCompetency = Int32(clamping: competency)
    }

}
