import Foundation

/// The words of the terminal UI's training and development screens (a person's
/// development plan, everyone's plans, the costed training plan, the training needs'
/// columns) and of the self-assessment's review-cycle lines, in one language.
///
/// Fixed words are stored properties, so a language that lacks one does not compile;
/// words that take values are the functions in the extension below, each a `switch`
/// over the languages for the same reason.
public struct PlanScreenWords: Sendable {
    public let language: Language

    // MARK: Plan item states and learning formats
    public var planned, booked, done, cancelled: String
    public var course, eLearning, coaching, reading, certification: String
    /// An amount of nought: "free".
    public var free: String
    /// An item that costs nothing, in a sentence: "no charge".
    public var noCharge: String
    public var overdue: String

    // MARK: Columns
    public var columnNumber, columnWhat, columnState, columnTargetDay, columnFlags: String
    public var columnNow, columnItems, columnCatalogueItem, columnFormat, columnHours, columnAPlace, columnToLevel: String
    public var columnPeople, columnWithAPlan, columnUptake, columnOverdue, columnBookedSpend: String
    public var columnRank, columnItem, columnCost, columnBuy, columnNeeds, columnPriority, columnPriorityShort, columnNowTo: String
    public var columnRoleAndTeam: String

    // MARK: A person's development plan
    public var myPlanTitle: String
    public var whichCompetency: String
    public var noPlanItems: String
    public var noPlanItemsAdd: String
    public var keysAdd: String
    public var keysMove: String
    public var roleRequiresNothing: String
    public var somethingElse: String
    public var keyChoose: String
    public var keyStopAdding: String
    public var keyBackAStep: String
    public var keyCancelItem: String
    public var keyKeepIt: String
    public var keyItemAndHistory: String
    public var keyAddItem: String
    public var keyBooked: String
    public var keyDone: String
    public var keyCancel: String
    public var keyRateAgain: String
    public var you: String
    public var doneByPrompt: String
    public var isFinal: String
    public var stepOne: String
    public var stepTwo: String
    public var history: String
    public var planItemTitle: String

    // MARK: Everyone's development plans
    public var plansTitle: String
    public var everyoneYouMaySee: String
    public var keyPersonsPlan: String
    public var keyEveryItem: String
    public var keyOverdueOnly: String
    public var teamLineHint: String
    public var showingOverdueOnly: String
    public var showingEverything: String
    public var nothingOverdue: String
    public var noPlanItemsAnywhere: String

    // MARK: The costed training plan
    public var trainingPlanTitle: String
    public var keyItemInFull: String
    public var keySetBudget: String
    public var keyChangeBudget: String
    public var keyItemsOnly: String
    public var keyPeopleUnderItems: String
    public var setsABudget: String
    public var indicativePrice: String
    public var nothingTrainingCloses: String
    public var buy: String
    public var later: String
    public var noneBuildsIt: String
    public var indicativeNotAQuote: String
    public var builds: String
    public var inThisPlan: String
    public var catalogueItemTitle: String

    // MARK: Training needs and the self-assessment
    /// The export's question on the message line.
    public var exportAs: String
    public var doneForCycle: String
}

extension PlanScreenWords {
    public static let english = PlanScreenWords(
        language: .en,
        planned: "planned", booked: "booked", done: "done", cancelled: "cancelled",
        course: "course", eLearning: "e-learning", coaching: "coaching", reading: "reading", certification: "certification",
        free: "free", noCharge: "no charge", overdue: "overdue",
        columnNumber: "No", columnWhat: "What", columnState: "State", columnTargetDay: "Target", columnFlags: "Flags",
        columnNow: "Now", columnItems: "Items", columnCatalogueItem: "Catalogue item", columnFormat: "Format", columnHours: "Hours",
        columnAPlace: "A place", columnToLevel: "To",
        columnPeople: "People", columnWithAPlan: "With a plan", columnUptake: "Uptake", columnOverdue: "Overdue", columnBookedSpend: "Booked spend",
        columnRank: "Rank", columnItem: "Item", columnCost: "Cost", columnBuy: "Buy", columnNeeds: "Needs (level now->target)",
        columnPriority: "Priority", columnPriorityShort: "Pri", columnNowTo: "Now→",
        columnRoleAndTeam: "Role · team",
        myPlanTitle: "My development plan",
        whichCompetency: "  Which competency? The largest gaps come first; Items: catalogue items for it.",
        noPlanItems: "No plan items yet.",
        noPlanItemsAdd: "No plan items yet: a adds one against a gap.",
        keysAdd: "a adds an item against a gap",
        keysMove: "b books · d done · x cancels",
        roleRequiresNothing: "The role requires nothing.",
        somethingElse: "  Something else, in words…",
        keyChoose: "choose", keyStopAdding: "stop adding", keyBackAStep: "back a step",
        keyCancelItem: "cancel the item", keyKeepIt: "keep it", keyItemAndHistory: "the item and its history",
        keyAddItem: "add an item", keyBooked: "booked", keyDone: "done", keyCancel: "cancel", keyRateAgain: "rate it again",
        you: "you",
        doneByPrompt: "Done by (YYYY-MM-DD)",
        isFinal: "it is final and cannot move.",
        stepOne: "Add a plan item, 1 of 3: the competency (↑↓ and Enter; Esc stops adding)",
        stepTwo: "2 of 3: a catalogue item, or the last line for words (Enter; Esc back a step)",
        history: "History",
        planItemTitle: "Plan item",
        plansTitle: "Development plans",
        everyoneYouMaySee: "everyone you may see",
        keyPersonsPlan: "the person's plan", keyEveryItem: "every item", keyOverdueOnly: "overdue only",
        teamLineHint: "A team's line sums up its people's plans; Enter on an item opens that person's plan.",
        showingOverdueOnly: "overdue only (o: every item)",
        showingEverything: "o: overdue only",
        nothingOverdue: "Nothing is overdue.",
        noPlanItemsAnywhere: "No plan items yet: Enter on a person in a plan, or a on their own plan, adds one.",
        trainingPlanTitle: "Training plan",
        keyItemInFull: "the item in full", keySetBudget: "set a budget", keyChangeBudget: "change the budget",
        keyItemsOnly: "items only", keyPeopleUnderItems: "the people under each item",
        setsABudget: " · b sets a budget",
        indicativePrice: " · * indicative price",
        nothingTrainingCloses: "Nobody in scope has an assessed gap that training could close.",
        buy: "buy", later: "later",
        noneBuildsIt: "none builds it",
        indicativeNotAQuote: " (* indicative, not a quote)",
        builds: "Builds",
        inThisPlan: "In this plan",
        catalogueItemTitle: "Catalogue item",
        exportAs: "Export as: c CSV · x CSV for Excel · j JSON · m Markdown · Esc cancel",
        doneForCycle: ", done for the review cycle")

    public static let bokmal = PlanScreenWords(
        language: .nb,
        planned: "planlagt", booked: "bestilt", done: "fullført", cancelled: "avlyst",
        course: "kurs", eLearning: "e-læring", coaching: "veiledning", reading: "selvstudium", certification: "sertifisering",
        free: "gratis", noCharge: "ingen kostnad", overdue: "forfalt",
        columnNumber: "Nr", columnWhat: "Hva", columnState: "Status", columnTargetDay: "Frist", columnFlags: "Merknad",
        columnNow: "Nå", columnItems: "Tilbud", columnCatalogueItem: "Læringstilbud", columnFormat: "Form", columnHours: "Timer",
        columnAPlace: "Per plass", columnToLevel: "Til",
        columnPeople: "Personer", columnWithAPlan: "Med plan", columnUptake: "Andel", columnOverdue: "Forfalt", columnBookedSpend: "Bestilt sum",
        columnRank: "Nr", columnItem: "Tilbud", columnCost: "Kostnad", columnBuy: "Kjøp", columnNeeds: "Behov (nivå nå->mål)",
        columnPriority: "Prioritet", columnPriorityShort: "Pri", columnNowTo: "Nå→",
        columnRoleAndTeam: "Rolle · team",
        myPlanTitle: "Min utviklingsplan",
        whichCompetency: "  Hvilken kompetanse? De største gapene først; Tilbud: læringstilbud for den.",
        noPlanItems: "Ingen planpunkter ennå.",
        noPlanItemsAdd: "Ingen planpunkter ennå: a legger til et mot et gap.",
        keysAdd: "a legger til et punkt mot et gap",
        keysMove: "b bestiller · d fullført · x avlyser",
        roleRequiresNothing: "Rollen har ingen kompetansekrav.",
        somethingElse: "  Noe annet, med egne ord…",
        keyChoose: "velg", keyStopAdding: "avbryt", keyBackAStep: "et steg tilbake",
        keyCancelItem: "avlys punktet", keyKeepIt: "behold det", keyItemAndHistory: "punktet og historikken",
        keyAddItem: "legg til et punkt", keyBooked: "bestilt", keyDone: "fullført", keyCancel: "avlys", keyRateAgain: "vurder på nytt",
        you: "du",
        doneByPrompt: "Fullført innen (DD.MM.ÅÅÅÅ)",
        isFinal: "det er avsluttet og kan ikke flyttes.",
        stepOne: "Nytt planpunkt, 1 av 3: kompetansen (↑↓ og Enter; Esc avbryter)",
        stepTwo: "2 av 3: et læringstilbud, eller siste linje for egne ord (Enter; Esc tilbake)",
        history: "Historikk",
        planItemTitle: "Planpunkt",
        plansTitle: "Utviklingsplaner",
        everyoneYouMaySee: "alle du har tilgang til",
        keyPersonsPlan: "personens plan", keyEveryItem: "alle punkter", keyOverdueOnly: "bare forfalte",
        teamLineHint: "Et teams linje summerer personenes planer; Enter på et punkt åpner den personens plan.",
        showingOverdueOnly: "bare forfalte (o: alle punkter)",
        showingEverything: "o: bare forfalte",
        nothingOverdue: "Ingenting er forfalt.",
        noPlanItemsAnywhere: "Ingen planpunkter ennå: åpne en persons plan og trykk a for å legge til et.",
        trainingPlanTitle: "Opplæringsplan",
        keyItemInFull: "hele tilbudet", keySetBudget: "sett et budsjett", keyChangeBudget: "endre budsjettet",
        keyItemsOnly: "bare tilbudene", keyPeopleUnderItems: "personene under hvert tilbud",
        setsABudget: " · b setter et budsjett",
        indicativePrice: " · * veiledende pris",
        nothingTrainingCloses: "Ingen i utvalget har et vurdert gap som opplæring kan lukke.",
        buy: "kjøp", later: "vent",
        noneBuildsIt: "ingen tilbud bygger den",
        indicativeNotAQuote: " (* veiledende, ikke et pristilbud)",
        builds: "Bygger",
        inThisPlan: "I denne planen",
        catalogueItemTitle: "Læringstilbud",
        exportAs: "Eksporter som: c CSV · x CSV for Excel · j JSON · m Markdown · Esc avbryt",
        doneForCycle: ", ferdig for kartleggingsrunden")
}

// MARK: - Words with values

extension PlanScreenWords {
    private var numbers: any MessageCatalogue { language.messages }

    public func state(_ state: PlanState) -> String {
        switch state {
        case .planned: return planned
        case .booked: return booked
        case .done: return done
        case .cancelled: return cancelled
        }
    }

    public func format(_ format: LearningFormat) -> String {
        switch format {
        case .course: return course
        case .eLearning: return eLearning
        case .coaching: return coaching
        case .reading: return reading
        case .certification: return certification
        }
    }

    /// A day as the language writes it: `2026-11-24`, `24.11.2026`; "-" for none.
    public func day(_ day: CalendarDay?) -> String { day.map { numbers.day($0.start) } ?? "-" }

    /// "£1,250", "£1 250", with `*` after an indicative amount; "free" for nothing.
    public func money(_ amount: Int, currency: String, indicative: Bool) -> String {
        amount == 0 ? free : self.amount(amount, currency: currency) + (indicative ? "*" : "")
    }

    /// An amount without the free or indicative marks: "£5,000", "£5 000".
    public func amount(_ amount: Int, currency: String) -> String {
        let text = Money.text(amount, currency: currency)
        switch language {
        case .en: return text
        case .nb: return text.replacingOccurrences(of: ",", with: "\u{A0}")
        }
    }

    /// "21", "0.5", "1,240" hours; "0,5" and "1 240" in Bokmål.
    public func hours(_ hours: Double) -> String {
        let text = DevelopmentFields.hours(hours)
        switch language {
        case .en: return text
        case .nb: return String(text.map { $0 == "," ? "\u{A0}" : $0 == "." ? "," : $0 })
        }
    }

    /// "£1,100* a place", or "no charge".
    public func perPlace(_ pricing: LearningCost, currency: String) -> String {
        guard pricing.perPerson > 0 else { return noCharge }
        let price = money(pricing.perPerson, currency: currency, indicative: pricing.isIndicative)
        switch language {
        case .en: return price + " a place"
        case .nb: return price + " per plass"
        }
    }

    /// How a group's places are bought: "1 cohort of 12 + 2 places at £950".
    public func purchase(_ pricing: LearningCost, people: Int, currency: String) -> String {
        let cohorts = pricing.cohorts(forPeople: people)
        let size = pricing.cohort?.size ?? 0
        let singles = max(0, people - cohorts * size)
        if pricing.perPerson == 0 && cohorts == 0 { return noCharge }
        let price = amount(pricing.perPerson, currency: currency)
        var parts: [String] = []
        switch language {
        case .en:
            if cohorts > 0 { parts.append("\(cohorts) \(cohorts == 1 ? "cohort" : "cohorts") of \(size)") }
            if singles > 0 { parts.append("\(places(singles)) at \(price)") }
        case .nb:
            if cohorts > 0 { parts.append("\(cohorts) \(cohorts == 1 ? "gruppe" : "grupper") på \(size)") }
            if singles > 0 { parts.append("\(places(singles)) à \(price)") }
        }
        return parts.joined(separator: " + ")
    }

    public func places(_ count: Int) -> String {
        switch language {
        case .en: return Counted.text(count, "place", "places", grouped: true)
        case .nb: return "\(numbers.group(count)) \(count == 1 ? "plass" : "plasser")"
        }
    }

    public func items(_ count: Int) -> String {
        switch language {
        case .en: return Counted.text(count, "item", "items")
        case .nb: return "\(count) tilbud"
        }
    }

    public func people(_ count: Int) -> String {
        switch language {
        case .en: return Counted.text(count, "person", "people", grouped: true)
        case .nb: return "\(numbers.group(count)) \(count == 1 ? "person" : "personer")"
        }
    }

    // MARK: A person's development plan

    public func planTitle(_ name: String) -> String {
        switch language {
        case .en: return "Development plan: \(name)"
        case .nb: return "Utviklingsplan: \(name)"
        }
    }

    public func planHeading(name: String, login: String, role: String, team: String) -> String {
        switch language {
        case .en: return "  Development plan: \(name) (\(login)) · \(role) · \(team)"
        case .nb: return "  Utviklingsplan: \(name) (\(login)) · \(role) · \(team)"
        }
    }

    /// "3 items: 1 planned, 1 booked, 1 done · 1 overdue"; `states` already counted.
    public func planSummary(items count: Int, states: String, overdue: Int) -> String {
        switch language {
        case .en: return Counted.text(count, "item", "items") + ": " + states + (overdue > 0 ? " · \(overdue) overdue" : "")
        case .nb: return "\(count) \(count == 1 ? "planpunkt" : "planpunkter"): " + states + (overdue > 0 ? " · \(overdue) forfalt" : "")
        }
    }

    public func whatBuilds(_ competency: String) -> String {
        switch language {
        case .en: return "  What builds \(competency)? To: the level an item lifts it to."
        case .nb: return "  Hva bygger \(competency)? Til: nivået et tilbud løfter den til."
        }
    }

    /// `who` is `you` or the person's name.
    public func stepThreeHint(competency: String, who: String) -> String {
        switch language {
        case .en: return "Step 3 of 3 for \(competency), in words: say what \(who) will do (Enter), then the day."
        case .nb: return "Steg 3 av 3 for \(competency), med egne ord: skriv hva \(who) skal gjøre (Enter), så dagen."
        }
    }

    public func lastStepHint(competency: String, what: String) -> String {
        switch language {
        case .en: return "Last step for \(competency) \(what): the day it should be done by."
        case .nb: return "Siste steg for \(competency) \(what): datoen det skal være fullført innen."
        }
    }

    public func readOnly(_ login: String) -> String {
        switch language {
        case .en: return "Read only: \(login), a lead of their team or hr may change it."
        case .nb: return "Bare lesetilgang: \(login), en leder i teamet eller HR kan endre den."
        }
    }

    public func whatWillPrompt(_ who: String) -> String {
        switch language {
        case .en: return "What will \(who) do?"
        case .nb: return "Hva skal \(who) gjøre?"
        }
    }

    public func sayWhat(_ who: String) -> String {
        switch language {
        case .en: return "Say what \(who) will do, or Esc to choose a catalogue item."
        case .nb: return "Skriv hva \(who) skal gjøre, eller Esc for å velge et læringstilbud."
        }
    }

    /// `example` is a day written as it should be typed.
    public func notADay(_ typed: String, example: String) -> String {
        switch language {
        case .en: return "\"\(typed)\" is not a day: write it as YYYY-MM-DD, such as \(example)."
        case .nb: return "«\(typed)» er ikke en dag: skriv den som DD.MM.ÅÅÅÅ, for eksempel \(example)."
        }
    }

    /// "Plan item 3 is done: it is final and cannot move."; `next` are the states it may move to.
    public func cannotMove(number: Int, state: PlanState, next: [PlanState]) -> String {
        let names = next.map(self.state)
        switch language {
        case .en:
            return "Plan item \(number) is \(self.state(state)): " + (names.isEmpty ? isFinal : "it can move to \(names.joined(separator: " or ")) only.")
        case .nb:
            return "Planpunkt \(number) er \(self.state(state)): " + (names.isEmpty ? isFinal : "det kan bare flyttes til \(names.joined(separator: " eller ")).")
        }
    }

    public func itemAdded(number: Int, competency: String, title: String, by day: String) -> String {
        switch language {
        case .en: return "Added plan item \(number): \(competency) \(title), by \(day)."
        case .nb: return "La til planpunkt \(number): \(competency) \(title), innen \(day)."
        }
    }

    public func itemBooked(number: Int, title: String) -> String {
        switch language {
        case .en: return "Plan item \(number) is booked: \(title)."
        case .nb: return "Planpunkt \(number) er bestilt: \(title)."
        }
    }

    public func ownItemDone(number: Int, competency: String) -> String {
        switch language {
        case .en: return "Plan item \(number) is done. Rate \(competency) again now that you have trained: w opens it."
        case .nb: return "Planpunkt \(number) er fullført. Vurder \(competency) på nytt nå som du har fått opplæring: w åpner den."
        }
    }

    public func itemDone(number: Int, name: String, competency: String) -> String {
        switch language {
        case .en: return "Plan item \(number) is done: \(name)'s self-assessment will ask them to rate \(competency) again."
        case .nb: return "Planpunkt \(number) er fullført: egenvurderingen til \(name) vil be om en ny vurdering av \(competency)."
        }
    }

    public func itemCancelled(number: Int) -> String {
        switch language {
        case .en: return "Plan item \(number) is cancelled."
        case .nb: return "Planpunkt \(number) er avlyst."
        }
    }

    public func cancelQuestion(number: Int, title: String) -> String {
        switch language {
        case .en: return "Cancel plan item \(number) (\(title))? It stays in the plan's history. y/n"
        case .nb: return "Avlyse planpunkt \(number) (\(title))? Det blir stående i planens historikk. y/n"
        }
    }

    public func itemHeading(number: Int, title: String) -> String {
        switch language {
        case .en: return "Plan item \(number): \(title)"
        case .nb: return "Planpunkt \(number): \(title)"
        }
    }

    /// "Risk workshop: course, 7 h, £300 a place, from the provider".
    public func learningLine(title: String, format: LearningFormat, hours: String, cost: String, provider: String) -> String {
        switch language {
        case .en: return "\(title): \(self.format(format)), \(hours) h, \(cost), from \(provider)"
        case .nb: return "\(title): \(self.format(format)), \(hours) t, \(cost), fra \(provider)"
        }
    }

    /// "Now booked, to be done by 2027-01-17 (overdue)."
    public func standing(_ state: PlanState, target: CalendarDay?, overdue: Bool) -> String {
        switch language {
        case .en:
            return "Now \(self.state(state))" + (target.map { ", to be done by \(day($0))" } ?? "") + (overdue ? " (overdue)" : "") + "."
        case .nb:
            return "Nå \(self.state(state))" + (target.map { ", skal være fullført innen \(day($0))" } ?? "") + (overdue ? " (forfalt)" : "") + "."
        }
    }

    /// A line of an item's history: "2026-11-02 booked by hmarsh, target 2027-01-17: note".
    public func historyLine(at date: Date, state: PlanState, actor: String, target: CalendarDay?, note: String) -> String {
        let when = numbers.day(date)
        let note = note.isEmpty ? "" : ": \(note)"
        switch language {
        case .en: return "\(when) \(self.state(state)) by \(actor)" + (target.map { ", target \(day($0))" } ?? "") + note
        case .nb: return "\(when) \(self.state(state)) av \(actor)" + (target.map { ", frist \(day($0))" } ?? "") + note
        }
    }

    // MARK: Everyone's development plans

    public func plansHeading(team: String?, asOf today: CalendarDay) -> String {
        switch language {
        case .en: return "  Development plans: \(team.map { "team \($0)" } ?? everyoneYouMaySee) (as of \(day(today)))"
        case .nb: return "  Utviklingsplaner: \(team.map { "team \($0)" } ?? everyoneYouMaySee) (per \(day(today)))"
        }
    }

    /// `share` and `spend` are already written.
    public func uptakeLine(withPlans: Int, people count: Int, share: String, overdue: Int, spend: String) -> String {
        switch language {
        case .en: return "  Uptake \(withPlans) of \(people(count)) (\(share)) · \(overdue) overdue · booked spend \(spend)"
        case .nb: return "  Oppslutning \(withPlans) av \(people(count)) (\(share)) · \(overdue) forfalt · bestilt for \(spend)"
        }
    }

    public func itemsLine(states: String, showing: String) -> String {
        switch language {
        case .en: return "  Items: \(states) · \(showing)"
        case .nb: return "  Planpunkter: \(states) · \(showing)"
        }
    }

    // MARK: The costed training plan

    public func trainingPlanHeading(scope: String, people count: Int, needs: Int) -> String {
        switch language {
        case .en: return "  Training plan, \(scope) · \(people(count)) · \(Counted.text(needs, "assessed need", "assessed needs", grouped: true))"
        case .nb: return "  Opplæringsplan, \(scope) · \(people(count)) · \(numbers.group(needs)) vurderte behov"
        }
    }

    /// "59 closed by 22 items, 3 without one, 10 booked · 53 places, 411 h, £14,150*".
    public func closedLine(closed: Int, items count: Int, without: Int, booked: Int, places placeCount: Int, hours: String, cost: String) -> String {
        switch language {
        case .en:
            return "  \(numbers.group(closed)) closed by \(items(count)), \(numbers.group(without)) without one"
                + (booked > 0 ? ", \(numbers.group(booked)) booked" : "") + " · \(places(placeCount)), \(hours) h, \(cost)"
        case .nb:
            return "  \(numbers.group(closed)) lukkes av \(items(count)), \(numbers.group(without)) uten"
                + (booked > 0 ? ", \(numbers.group(booked)) bestilt" : "") + " · \(places(placeCount)), \(hours) t, \(cost)"
        }
    }

    /// "Budget £5,000: buy 46 of 53 places, £4,750*, priority 155 of 183 (85%)".
    public func budgetHeading(budget: String, bought: Int, places count: Int, cost: String, priority: Int, of all: Int, share: String) -> String {
        switch language {
        case .en:
            return "  Budget \(budget): buy \(numbers.group(bought)) of \(numbers.group(count)) places, \(cost), priority \(priority) of \(all) (\(share))"
        case .nb:
            return "  Budsjett \(budget): kjøp \(numbers.group(bought)) av \(numbers.group(count)) plasser, \(cost), prioritet \(priority) av \(all) (\(share))"
        }
    }

    public func priorityCovered(_ covered: Int, of all: Int) -> String {
        switch language {
        case .en: return "  Priority covered \(covered) of \(all)"
        case .nb: return "  Prioritet dekket \(covered) av \(all)"
        }
    }

    public func unmatchedHeading(_ count: Int) -> String {
        switch language {
        case .en: return "  Needs no catalogue item closes (\(numbers.group(count))): the nearest item, if any, falls short"
        case .nb: return "  Behov uten læringstilbud som lukker dem (\(numbers.group(count))): det nærmeste når ikke opp"
        }
    }

    public func inHandHeading(_ count: Int) -> String {
        switch language {
        case .en: return "  Already booked, or done and awaiting a re-rate (\(numbers.group(count))): not bought again"
        case .nb: return "  Bestilt, eller fullført og venter på ny vurdering (\(numbers.group(count))): kjøpes ikke igjen"
        }
    }

    /// "pm-gov-5-shadow-assurance reaches 2", "none above level 2", "none builds it".
    public func nearest(_ unmatched: UnmatchedNeed, catalog: Catalog, learning: LearningCatalogue) -> String {
        if let item = unmatched.nearestItem, let level = unmatched.nearestLevel {
            switch language {
            case .en: return "\(learning.items[item].id) reaches \(level)"
            case .nb: return "\(learning.items[item].id) når \(level)"
            }
        }
        if learning.items(lifting: catalog.competencies[unmatched.need.competency].id).isEmpty { return noneBuildsIt }
        let level = RequirementFields.text(unmatched.need.effectiveLevel)
        switch language {
        case .en: return "none above level \(level)"
        case .nb: return "ingen over nivå \(level)"
        }
    }

    public func budgetPrompt(_ currency: String) -> String {
        switch language {
        case .en: return "Budget in \(currency) (empty: none)"
        case .nb: return "Budsjett i \(currency) (tomt: ingen)"
        }
    }

    /// The message after a budget is set: the report's sentence, in the language.
    public func budgetSentence(_ plan: TrainingPlan, _ budget: BudgetSelection) -> String {
        language.messages.developmentReports.trainingPlanBudget(plan, budget) + "."
    }

    /// "7 hours; £300 a place, or £2,000 for a cohort of up to 12 (* indicative, not a quote)."
    public func priceLine(_ item: LearningItem, currency: String) -> String {
        var price: String
        let one = item.hours == 1
        switch language {
        case .en: price = "\(hours(item.hours)) \(one ? "hour" : "hours"); " + perPlace(item.cost, currency: currency)
        case .nb: price = "\(hours(item.hours)) \(one ? "time" : "timer"); " + perPlace(item.cost, currency: currency)
        }
        if let cohort = item.cost.cohort {
            let cohortPrice = money(cohort.price, currency: currency, indicative: item.cost.isIndicative)
            switch language {
            case .en: price += ", or \(cohortPrice) for a cohort of up to \(cohort.size)"
            case .nb: price += ", eller \(cohortPrice) for en gruppe på opptil \(cohort.size)"
            }
        }
        return price + (item.cost.isIndicative ? indicativeNotAQuote : "") + "."
    }

    public func buildsLine(competency: String, name: String, level: Int) -> String {
        switch language {
        case .en: return "\(competency) \(name) to level \(level)"
        case .nb: return "\(competency) \(name) til nivå \(level)"
        }
    }

    /// An item's place in the plan; `bought` the places to buy within a budget.
    public func inPlanLine(people count: Int, needs: Int, priority: Int, hours: String, cost: String, purchase: String, bought: Int?) -> String {
        switch language {
        case .en:
            return "\(people(count)), \(Counted.text(needs, "need", "needs")), priority \(priority), \(hours) hours of people's time, \(cost) (\(purchase))"
                + (bought.map { "; within the budget, buy \($0) of the places" } ?? "") + "."
        case .nb:
            return "\(people(count)), \(needs) behov, prioritet \(priority), \(hours) arbeidstimer, \(cost) (\(purchase))"
                + (bought.map { "; innenfor budsjettet, kjøp \($0) av plassene" } ?? "") + "."
        }
    }

    // MARK: Training needs and the self-assessment

    public func priorityRule(narrow: Bool) -> String {
        switch language {
        case .en: return "  \(narrow ? "Pri(ority)" : "Priority") = weight x gap, +2 if nobody in the team meets it, +1 if one does."
        case .nb: return "  \(narrow ? "Pri(oritet)" : "Prioritet") = vekt x gap, +2 om ingen i teamet når målet, +1 om én gjør det."
        }
    }

    public func keyStillLevel(_ level: Int) -> String {
        switch language {
        case .en: return "still level \(level)"
        case .nb: return "fortsatt nivå \(level)"
        }
    }

    public func ratedBeforeCycle(level: Int) -> String {
        switch language {
        case .en: return "Rated before the review cycle opened, so it does not count for it yet: answer again, or c if it is still level \(level)."
        case .nb: return "Vurdert før kartleggingsrunden åpnet, så den teller ikke for runden ennå: svar på nytt, eller c om det fortsatt er nivå \(level)."
        }
    }

    public func ratedBeforeCycleList(_ ids: String) -> String {
        switch language {
        case .en: return "Rated before the review cycle opened, so not counted for it yet (c on each says \"still level N\"): " + ids
        case .nb: return "Vurdert før kartleggingsrunden åpnet, så de teller ikke for runden ennå (c på hver sier «fortsatt nivå N»): " + ids
        }
    }

    public func reconfirmedWithNote(competency: String, level: Int, label: String) -> String {
        switch language {
        case .en: return "Note saved: \(competency) = \(level) \(label) today; counts for the cycle. u undoes."
        case .nb: return "Notatet er lagret: \(competency) = \(level) \(label) i dag; teller for runden. u angrer."
        }
    }

    public func reconfirmed(competency: String, level: Int, label: String, left: Int) -> String {
        switch language {
        case .en: return "\(competency) still \(level) \(label): counted for the cycle, \(left) to go. u undoes."
        case .nb: return "\(competency) fortsatt \(level) \(label): telt med for runden, \(left) igjen. u angrer."
        }
    }
}
