import Foundation

extension Workspace {
    // MARK: - Certificates

    /// Records a certificate held by the acting user, or (with `login`) by someone they
    /// lead, or by anyone for hr.
    /// - Throws: `AccessDenied`; `SkillsError` for an empty name or issuer, a field too
    ///   long, a day gained after today or an expiry before it was gained.
    @discardableResult
    public func addCertificate(
        person login: String? = nil, name: String, issuer: String, credentialID: String = "", gained: CalendarDay, expires: CalendarDay?
    ) throws -> Certificate {
        let person = try login.map { try self.person($0, for: .recordCertificate) } ?? currentPerson()
        try AccessPolicy.check(.recordCertificate(person), by: actor)
        let fields = [("a certificate's name", name), ("a certificate's issuer", issuer), ("a certificate's id", credentialID)].map {
            ($0.0, $0.1.trimmingWhitespace())
        }
        for (what, value) in fields {
            guard value.count <= Self.maximumCertificateFieldLength else {
                throw SkillsError.textTooLong(what: what, length: value.count, maximum: Self.maximumCertificateFieldLength)
            }
        }
        for (what, value) in fields.prefix(2) where value.isEmpty { throw SkillsError.emptyText(what: what) }
        guard gained <= today else { throw SkillsError.certificateGainedInFuture(gained: gained.description, today: today.description) }
        if let expires, expires < gained {
            throw SkillsError.certificateExpiresBeforeGained(gained: gained.description, expires: expires.description)
        }
        let draft = Certificate(
            number: 0, personLogin: person.login, name: fields[0].1, issuer: fields[1].1, credentialID: fields[2].1, gained: gained,
            expires: expires, recordedBy: actor.realLogin, recordedAt: clock())
        let number = try store.addCertificate(draft, actingAs: actor.login)
        guard let stored = try store.certificate(number) else { throw SkillsError.unknownCertificate(number) }
        return stored
    }

    /// One person's certificates (the acting user's own when `login` is nil), with the
    /// competencies whose ratings cite them. Private to the person, their leads and hr.
    public func certificates(of login: String? = nil) throws -> [Certificate] {
        let person = try login.map { try self.person($0, for: .seeEvidence) } ?? currentPerson()
        return try store.certificates(of: [person.login])
    }

    /// Certificates of one team or of everyone whose certificates the acting user may see
    /// (hr: the organisation; a lead: their teams and themselves; staff: their own), all
    /// of them or those lapsing within `withinDays` days.
    /// - Throws: `AccessDenied.evidenceInBulk` for an admin who is not hr and leads no team:
    ///   certificates are not an admin's to read.
    public func certificateReport(team teamID: String? = nil, withinDays: Int? = nil) throws -> CertificateReport {
        let people = try evidencePeople(team: teamID)
        let certificates = try store.certificates(of: people.count > 1_000 && actor.isHR ? nil : people.map(\.login))
        return Scoring.certificateReport(people: people, certificates: certificates, teamID: teamID, today: today, withinDays: withinDays)
    }

    /// The people in scope whose notes and certificates the acting user may see. An
    /// admin who is neither hr nor a lead sees every person but no one's certificates, and
    /// is told so rather than shown an empty list.
    private func evidencePeople(team teamID: String?) throws -> [Person] {
        if AccessPolicy.seesEveryone(actor), !actor.isHR, !actor.isLead {
            throw AccessDenied(login: actor.login, refusal: .evidenceInBulk)
        }
        return try staff(team: teamID).filter { AccessPolicy.allows(.viewEvidence($0), actor) }
    }

    /// Checks that the person rated holds certificate `number`, which the acting user may see.
    func citableCertificate(_ number: Int, for person: Person) throws {
        guard let certificate = try store.certificate(number), let holder = try store.person(login: certificate.personLogin),
            AccessPolicy.allows(.viewEvidence(holder), actor)
        else {
            if actor.isHR { throw SkillsError.unknownCertificate(number) }
            throw AccessDenied(login: actor.login, refusal: .certificate(number))
        }
        guard certificate.personLogin == person.login else {
            throw SkillsError.certificateOfAnotherPerson(certificate: number, login: person.login)
        }
    }

    // MARK: - Marks

    /// Sets (or clears) the acting user's own mark on a competency: "willing to mentor"
    /// makes them findable by everyone searching it; "want to grow" tells their lead.
    public func setMark(_ mark: InterestMark, competencyID: String, isSet: Bool = true) throws {
        let person = try currentPerson()
        try AccessPolicy.check(.markInterest(person), by: actor)
        let competency = try self.competency(competencyID)
        try store.addMark(
            InterestMarkEvent(login: person.login, competencyID: competency.id, mark: mark, isSet: isSet, at: clock()),
            actor: actor.realLogin, actingAs: actor.login)
    }

    /// One person's marks by competency id (the acting user's when `login` is nil).
    public func marks(of login: String? = nil) throws -> [String: Set<InterestMark>] {
        let person = try login.map(person) ?? currentPerson()
        return try store.currentMarks(login: person.login)[person.login] ?? [:]
    }

    // MARK: - Who knows what

    /// Everyone at or above `minimumLevel` in a competency on either track, within what
    /// the acting user may see (and, beyond it, anyone who marked the competency "willing
    /// to mentor"); one team's members with `teamID`.
    /// - Throws: `SkillsError.levelOffScale` for a level outside 1...4; access to the team.
    public func peopleSearch(competencyID: String, minimumLevel: Int, team teamID: String? = nil) throws -> PeopleSearchResult {
        let competency = try competencyIndex(competencyID)
        let id = catalog.competencies[competency].id
        guard Requirement.targets.contains(minimumLevel) else {
            let scale = catalog.framework(ofCompetency: competency).scale
            throw SkillsError.levelOffScale(minimumLevel, labels: scale.numberedLabels(Requirement.targets))
        }
        if let teamID { _ = try team(teamID) }
        let marks = try store.currentMarks(competencyID: id).mapValues { $0[id] ?? [] }
        let candidates = try store.peopleRated(id, atLeast: minimumLevel).compactMap {
            found -> (person: Person, rating: CompetencyRating, marks: Set<InterestMark>)? in
            if let teamID, found.person.teamID != teamID { return nil }
            let personMarks = marks[found.person.login] ?? []
            guard AccessPolicy.allows(.findPerson(found.person, offersMentoring: personMarks.contains(.mentor)), actor) else { return nil }
            return (found.person, found.rating, personMarks)
        }
        return Scoring.peopleSearch(competency: competency, minimumLevel: minimumLevel, teamID: teamID, candidates: candidates)
    }
}
