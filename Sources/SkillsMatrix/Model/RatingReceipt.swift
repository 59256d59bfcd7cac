/// A rating as recorded, with what it replaced: what a front end needs to say what
/// happened and to offer taking it back.
public struct RatingReceipt: Hashable, Sendable {
    public let event: RatingEvent
    /// The event's number in the log: what a withdrawal names.
    public let eventNumber: Int64
    /// The current rating of the same track before this one, if there was one.
    public let previous: Rating?

    public init(event: RatingEvent, eventNumber: Int64, previous: Rating?) {
        self.event = event
        self.eventNumber = eventNumber
        self.previous = previous
    }
}

/// A rating taken back by its maker, and where that leaves the person's ratings of the
/// competency: each track's current rating is again its newest rating not taken back.
public struct RatingWithdrawal: Hashable, Sendable {
    public let withdrawn: RatingEvent
    /// The withdrawn event's number in the log, as its receipt had it.
    public let eventNumber: Int64
    /// The current self and lead ratings now; nil when neither track has one.
    public let current: CompetencyRating?
    /// The note of the current self rating now, if it has one.
    public let currentSelfNote: String?

    public init(withdrawn: RatingEvent, eventNumber: Int64, current: CompetencyRating?, currentSelfNote: String?) {
        self.withdrawn = withdrawn
        self.eventNumber = eventNumber
        self.current = current
        self.currentSelfNote = currentSelfNote
    }

    /// The current rating of the withdrawn rating's track now.
    public var currentOfTrack: Rating? {
        withdrawn.track == .lead ? current?.leadRating : current?.selfRating
    }
}
