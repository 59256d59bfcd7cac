/// A current rating that cites a certificate which has expired.
public struct ExpiredEvidence: Hashable, Sendable {
    /// Position in `Catalog.competencies`.
    public let competency: Int
    public let track: RatingTrack

    public init(competency: Int, track: RatingTrack) {
        self.competency = competency
        self.track = track
    }
}
