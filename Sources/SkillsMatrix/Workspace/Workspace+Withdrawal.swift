extension Workspace {
    /// Takes back a rating the acting user made ("undo"), while it is still the current
    /// rating of its track. Nothing is deleted: the rating log stays append-only, and a
    /// withdrawal row says the rating no longer counts, so the person's current rating on
    /// that track is again the one before it, with its own date (or none), exactly as if
    /// the withdrawn rating had not been given. Recorded in the audit trail.
    /// - Throws: `AccessDenied` unless the acting user made the rating and may still rate
    ///   the person; `.ratingSuperseded` when a newer rating was given since, or it was
    ///   taken back already.
    @discardableResult
    public func withdraw(_ receipt: RatingReceipt) throws -> RatingWithdrawal {
        let event = receipt.event
        guard let found = try store.ratingEvent(number: receipt.eventNumber) else {
            throw SkillsError.ratingSuperseded(login: event.personLogin, competencyID: event.competencyID, track: event.track)
        }
        let person = try person(found.event.personLogin)
        try AccessPolicy.check(.withdraw(raterLogin: found.event.raterLogin, person: person), by: actor)
        try store.withdrawRating(number: receipt.eventNumber, event: found.event, actor: actor.realLogin, actingAs: actor.login, at: clock())
        let current = try store.currentRating(of: person.login, competencyID: found.event.competencyID)
        let note = found.event.track == .selfAssessment ? try store.currentSelfNotes(of: person.login)[found.event.competencyID] : nil
        return RatingWithdrawal(withdrawn: found.event, eventNumber: receipt.eventNumber, current: current, currentSelfNote: note)
    }
}
