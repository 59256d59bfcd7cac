/// One rating event's fields as the UTF-8 bytes they are stored as, valid only while it
/// is being written.
struct RatingEventBytes {
    var ratedAt: Int64
    var login: UnsafeRawBufferPointer
    var competencyID: UnsafeRawBufferPointer
    var frameworkVersion: UnsafeRawBufferPointer
    var track: UnsafeRawBufferPointer
    var level: Int
    var rater: UnsafeRawBufferPointer
    var note: UnsafeRawBufferPointer

    /// The event with its evidence note left out, for someone who may not read notes.
    var withoutNote: RatingEventBytes {
        var copy = self
        copy.note = UnsafeRawBufferPointer(start: nil, count: 0)
        return copy
    }
}

extension RatingEvent {
    /// Calls `body` with this event's fields as bytes.
    func withBytes(_ body: (RatingEventBytes) throws -> Void) throws {
        try withUTF8Buffers([personLogin, competencyID, frameworkVersion, track.rawValue, raterLogin, note]) { fields in
            try body(
                RatingEventBytes(
                    ratedAt: SkillsStore.seconds(ratedAt), login: fields[0], competencyID: fields[1], frameworkVersion: fields[2],
                    track: fields[3], level: level, rater: fields[4], note: fields[5]))
        }
    }
}
