import Foundation

// MARK: - Words with values

extension DevelopmentReportWords {
    /// The plan screens' words: states, formats, amounts, hours and days.
    public var plans: PlanScreenWords { language.messages.plans }
    private var numbers: any MessageCatalogue { language.messages }

    /// "3 places", "1,053 places": counts grouped as the plan screens group them.
    public func places(_ count: Int) -> String { plans.places(count) }

    public func people(_ count: Int) -> String { plans.people(count) }

    /// 0.8333 -> "83%", "83 %".
    public func share(_ part: Int, of whole: Int) -> String { numbers.percent(whole == 0 ? 0 : Double(part) / Double(whole)) }

    public func team(_ id: String) -> String { "team \(id)" }

    // MARK: Training plan

    public func trainingPlanTitle(scope: String) -> String {
        switch language {
        case .en: return "Training plan: \(scope)"
        case .nb: return "Opplæringsplan: \(scope)"
        }
    }

    /// "3 people; 7 assessed needs: 5 closed by 2 catalogue items, 1 without one, 1 already booked".
    public func trainingPlanSummary(people count: Int, assessed: Int, closed: Int, items: Int, without: Int, booked: Int) -> String {
        switch language {
        case .en:
            return "\(people(count)); \(assessed) assessed needs: \(closed) closed by \(Counted.text(items, "catalogue item", "catalogue items")), "
                + "\(without) without one" + (booked > 0 ? ", \(booked) already booked" : "")
        case .nb:
            return "\(people(count)); \(numbers.group(assessed)) vurderte behov: \(numbers.group(closed)) dekkes av \(plans.items(items)), "
                + "\(numbers.group(without)) uten tilbud" + (booked > 0 ? ", \(numbers.group(booked)) allerede bestilt" : "")
        }
    }

    /// "Costs in GBP; * marks an indicative price, not a quote. Left out: 2 unrated requirements (...)."
    public func trainingPlanNotes(currency: String, indicative: Bool, unrated: Int) -> String {
        switch language {
        case .en:
            return "Costs in \(currency)" + (indicative ? "; * marks an indicative price, not a quote" : "") + "."
                + (unrated > 0 ? " Left out: \(unrated) unrated requirements (missing assessments, not needs)." : "")
        case .nb:
            return "Kostnader i \(currency)" + (indicative ? "; * betyr veiledende pris, ikke et pristilbud" : "") + "."
                + (unrated > 0 ? " Utelatt: \(numbers.group(unrated)) krav uten vurdering (manglende vurderinger, ikke behov)." : "")
        }
    }

    /// "Everything: 53 places, 411 hours, £14,150*, covering priority 155 of 183 (the rest has no catalogue item)".
    public func trainingPlanTotal(places count: Int, hours: String, cost: String, priority: Int, of all: Int, restUnmatched: Bool) -> String {
        switch language {
        case .en:
            return "Everything: \(places(count)), \(hours) hours, \(cost), covering priority \(priority) of \(all)"
                + (restUnmatched ? " (the rest has no catalogue item)" : "")
        case .nb:
            return "Totalt: \(places(count)), \(hours) timer, \(cost), dekker prioritet \(priority) av \(all)"
                + (restUnmatched ? " (resten har ikke noe læringstilbud)" : "")
        }
    }

    /// What a budget buys, without a full stop: the report adds it where it needs one, and
    /// the training plan screen says it (`PlanScreenWords.budgetSentence`).
    public func trainingPlanBudget(_ plan: TrainingPlan, _ budget: BudgetSelection) -> String {
        let bought = budget.seatsBought.reduce(0, +)
        let total = plans.amount(budget.budget, currency: plan.currency)
        let cost = plans.money(budget.cost, currency: plan.currency, indicative: plan.hasIndicativeCosts)
        let share = share(budget.priority, of: plan.matchedPriority)
        let left = plan.placeCount - bought
        let exact = budget.method == .exact
        switch language {
        case .en:
            return "Within a budget of \(total) (\(exact ? "the best selection" : "chosen greedily, at least half the best possible")): "
                + "buy \(bought) of \(places(plan.placeCount)) for \(cost), covering priority \(budget.priority) of \(plan.matchedPriority) (\(share))"
                + (left > 0 ? "; left uncovered: \(places(left)), priority \(plan.matchedPriority - budget.priority)" : "")
        case .nb:
            return "Innenfor et budsjett på \(total) (\(exact ? "det beste utvalget" : "tilnærmet, minst halvparten av det beste mulige")): "
                + "kjøp \(numbers.group(bought)) av \(places(plan.placeCount)) for \(cost), "
                + "som dekker prioritet \(budget.priority) av \(plan.matchedPriority) (\(share))"
                + (left > 0 ? "; udekket: \(places(left)), prioritet \(plan.matchedPriority - budget.priority)" : "")
        }
    }

    public func unmatchedHeading(_ count: Int) -> String { "\(unmatchedTitle) (\(numbers.group(count))):" }

    public func inHandHeading(_ count: Int) -> String { "\(inHandTitle) (\(numbers.group(count))): " }

    // MARK: Development plans

    public func plansTitle(scope: String, asOf today: CalendarDay) -> String {
        switch language {
        case .en: return "Development plans: \(scope) (as of \(plans.day(today)))"
        case .nb: return "Utviklingsplaner: \(scope) (per \(plans.day(today)))"
        }
    }

    /// "Uptake: 2 of 3 people have a plan (67%). Items: 1 planned, ...; 1 overdue. Booked spend (...): £950."
    public func plansSummary(withPlans: Int, people count: Int, share: String, states: String, overdue: Int, spend: String) -> String {
        switch language {
        case .en:
            return "Uptake: \(withPlans) of \(people(count)) have a plan (\(share)). Items: \(states); \(overdue) overdue. "
                + "Booked spend (booked and done places): \(spend)."
        case .nb:
            return "Oppslutning: \(numbers.group(withPlans)) av \(people(count)) har en plan (\(share)). Planpunkter: \(states); "
                + "\(numbers.group(overdue)) forfalt. Kostnad for bestilte og fullførte plasser: \(spend)."
        }
    }

    /// "2 planned": a count of plan items in a state.
    public func stateCount(_ count: Int, _ state: PlanState) -> String { "\(numbers.group(count)) \(plans.state(state))" }

    // MARK: Certificates

    /// "lapsed 10 days ago", "expires in 34 days".
    public func lapsed(daysAgo days: Int) -> String {
        switch language {
        case .en: return "lapsed \(days) days ago"
        case .nb: return "utløp for \(days) dager siden"
        }
    }

    public func expires(inDays days: Int) -> String {
        switch language {
        case .en: return "expires in \(days) days"
        case .nb: return "utløper om \(days) dager"
        }
    }

    public func certificatesTitle(scope: String, withinDays: Int?, asOf today: CalendarDay) -> String {
        let day = plans.day(today)
        switch (language, withinDays) {
        case (.en, nil): return "Certificates: \(scope) (as of \(day))"
        case (.en, let days?): return "Certificates lapsing within \(days) days or lapsed: \(scope) (as of \(day))"
        case (.nb, nil): return "Sertifikater: \(scope) (per \(day))"
        case (.nb, let days?): return "Sertifikater som utløper innen \(days) dager eller har utløpt: \(scope) (per \(day))"
        }
    }

    public func certificatesSummary(count: Int, lapsed: Int) -> String {
        switch language {
        case .en: return "\(count) certificates, \(lapsed) lapsed. A rating that cites a lapsed certificate counts as stale."
        case .nb:
            return "\(numbers.group(count)) \(count == 1 ? "sertifikat" : "sertifikater"), \(numbers.group(lapsed)) utløpt. "
                + "En vurdering som viser til et utløpt sertifikat, regnes som utdatert."
        }
    }

    // MARK: Who knows what

    /// "PM.RISK.1 Risk management at level 3 (Practitioner) or above · team data".
    public func peopleSearchHeading(competency: String, level: Int, label: String, scope: String) -> String {
        switch language {
        case .en: return "Who knows \(competency) at level \(level) (\(label)) or above · \(scope)"
        case .nb: return "Hvem kan \(competency) på nivå \(level) (\(label)) eller høyere · \(scope)"
        }
    }

    public func peopleSearchCounts(people count: Int, byLead: Int, byOwn: Int, unvalidated: Int, mentors: Int) -> String {
        switch language {
        case .en:
            return "\(people(count)): \(byLead) by a lead's rating, \(byOwn) by their own; "
                + "\(unvalidated) unvalidated (no lead rating); \(mentors) willing to mentor"
        case .nb:
            return "\(people(count)): \(byLead) ledervurdert, \(byOwn) egenvurdert; "
                + "\(unvalidated) ikke godkjent (ingen ledervurdering); \(mentors) vil være mentor"
        }
    }

    // MARK: Learning catalogue

    /// "Learning catalogue 2026.1: 12 items that build PM.RISK.1; prices in GBP, * indicative".
    public func learningCatalogueTitle(version: String, items count: Int, building competency: String?, currency: String) -> String {
        switch language {
        case .en:
            return "Learning catalogue \(version): \(count) items" + (competency.map { " that build \($0)" } ?? "")
                + "; prices in \(currency), * indicative"
        case .nb:
            return "Læringskatalog \(version): \(plans.items(count))" + (competency.map { " som bygger \($0)" } ?? "")
                + "; priser i \(currency), * veiledende"
        }
    }

    // MARK: What the commands say after a change

    /// `day` is the day the item should be done by.
    public func planItemAdded(number: Int, login: String, competency: String, title: String, by day: CalendarDay) -> String {
        switch language {
        case .en: return "Added plan item \(number) for \(login): \(competency) \(title), by \(plans.day(day)) (\(plans.planned))."
        case .nb: return "La til planpunkt \(number) for \(login): \(competency) \(title), innen \(plans.day(day)) (\(plans.planned))."
        }
    }

    /// What the error says was recorded, if the report of it cannot be written.
    public func planItemRecorded(number: Int, login: String) -> String {
        switch language {
        case .en: return "plan item \(number) for \(login)"
        case .nb: return "planpunkt \(number) for \(login)"
        }
    }

    public func planItemMoved(number: Int, login: String, competency: String, to state: PlanState) -> String {
        switch language {
        case .en: return "Plan item \(number) (\(login) \(competency)) is now \(plans.state(state))."
        case .nb: return "Planpunkt \(number) (\(login) \(competency)) er nå \(plans.state(state))."
        }
    }

    public func rateAgain(login: String, competency: String) -> String {
        switch language {
        case .en: return "\(login): rate \(competency) again now the training is done; the walk-through offers it first."
        case .nb: return "\(login): vurder \(competency) på nytt nå som opplæringen er fullført; egenvurderingen viser den først."
        }
    }

    public func planMoveRecorded(number: Int, to state: PlanState) -> String {
        switch language {
        case .en: return "the move of plan item \(number) to \(plans.state(state))"
        case .nb: return "flyttingen av planpunkt \(number) til \(plans.state(state))"
        }
    }

    public func certificateRecorded(number: Int, login: String, name: String, issuer: String, gained: CalendarDay, expires: CalendarDay?) -> String {
        let expiry = expires.map(plans.day) ?? never
        switch language {
        case .en:
            return "Recorded certificate \(number) for \(login): \(name) (\(issuer)), gained \(plans.day(gained)), expires \(expiry).\n"
                + "Cite it with: skills-tui rate COMPETENCY LEVEL --certificate \(number)"
        case .nb:
            return "Registrerte sertifikat \(number) for \(login): \(name) (\(issuer)), oppnådd \(plans.day(gained)), utløper \(expiry).\n"
                + "Vis til det i en vurdering med: skills-tui rate KOMPETANSE NIVÅ --certificate \(number)"
        }
    }

    public func certificateChange(number: Int, login: String) -> String {
        switch language {
        case .en: return "certificate \(number) for \(login)"
        case .nb: return "sertifikat \(number) for \(login)"
        }
    }

    /// What `mark` says it did for `who`.
    public func markSet(_ mark: InterestMark, isSet: Bool, who: String, competency id: String) -> String {
        switch (language, mark, isSet) {
        case (.en, .mentor, true): return "\(who) is now willing to mentor in \(id): everyone who searches for it sees you."
        case (.en, .grow, true): return "\(who) now wants to grow in \(id)."
        case (.en, .mentor, false): return "\(who) is no longer marked willing to mentor in \(id)."
        case (.en, .grow, false): return "\(who) is no longer marked wanting to grow in \(id)."
        case (.nb, .mentor, true): return "\(who) vil nå være mentor i \(id): alle som søker etter kompetansen, ser deg."
        case (.nb, .grow, true): return "\(who) vil nå utvikle seg i \(id)."
        case (.nb, .mentor, false): return "\(who) er ikke lenger merket som mentor i \(id)."
        case (.nb, .grow, false): return "\(who) er ikke lenger merket som en som vil utvikle seg i \(id)."
        }
    }

    public func markRecorded(_ mark: InterestMark, competency id: String, who: String) -> String {
        switch language {
        case .en: return "the \(mark.rawValue) mark on \(id) for \(who)"
        case .nb: return "merket «\(numbers.markPhrase(mark))» på \(id) for \(who)"
        }
    }
}
