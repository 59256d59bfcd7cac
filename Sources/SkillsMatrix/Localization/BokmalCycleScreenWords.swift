import Foundation

/// The review-cycle screens in Bokmål, in the words the rest of the catalogue uses: a
/// review cycle is a *kartleggingsrunde*, an item to answer a *punkt*, readiness
/// *måloppnåelse*, a dispute an *avvik*; a lead's leniency is their *mildhet*. The
/// reports' own words are in `BokmalCycleScreenWords+Reports.swift`.
public struct BokmalCycleScreenWords: CycleScreenWords {
    public init() {}

    var messages: BokmalCatalogue { BokmalCatalogue() }

    // MARK: - Every cycle screen

    public func status(_ cycle: ReviewCycle, now: Date) -> String {
        if let closed = cycle.closedAt { return "lukket \(messages.day(closed))" }
        return cycle.isPastDue(at: now) ? "åpen, forfalt siden \(messages.day(cycle.dueAt))" : "åpen, frist \(messages.day(cycle.dueAt))"
    }
    public func scope(_ cycle: ReviewCycle) -> String {
        cycle.coversOrganisation ? "hele organisasjonen" : "team \(cycle.teamIDs.joined(separator: ", ")) og teamene under dem"
    }
    public func people(_ count: Int) -> String { "\(messages.group(count)) \(count == 1 ? "person" : "personer")" }
    public func opened(_ cycle: ReviewCycle) -> String {
        "Åpnet kartleggingsrunden \(cycle.name): \(scope(cycle)), rammeverk \(cycle.frameworkIDs.joined(separator: ", ")), frist \(messages.day(cycle.dueAt))."
    }
    public func closed(_ cycle: ReviewCycle, snapshot: [CycleSnapshotRow]) -> String {
        let organisation = snapshot.first { $0.kind == .organisation }?.figures ?? CycleFigures()
        let readiness = organisation.readiness.map(messages.percent) ?? "-"
        let completion = organisation.completion.map(messages.percent) ?? "-"
        let people = snapshot.count { $0.kind == .person }
        let teams = snapshot.count { $0.kind == .team }
        return "Lukket kartleggingsrunden \(cycle.name) og registrerte tallene: \(self.people(people)) i \(teams) team; "
            + "måloppnåelse \(readiness), gjennomføring \(completion) (\(organisation.done) av \(organisation.total) punkter), "
            + "\(organisation.gaps) gap, \(organisation.pairs) par av egen- og ledervurdering."
    }

    // MARK: - Completion

    public var completionTitle: String { "Gjennomføring av runden" }
    public func completionTeamTitle(_ team: String) -> String { "Runden i \(team)" }
    public var overdueTitle: String { "Alle som er forsinket" }
    public var keyTeamsPeople: String { "personene i teamet" }
    public var keyEveryoneOverdue: String { "alle som er forsinket" }
    public var nobodyOverdueYet: String { "Ingen er forsinket: runden har ikke nådd fristen ennå." }
    public var nobodyOverdue: String { "Ingen er forsinket." }
    public var completionHelp: String {
        "En persons punkter er kravene i rollen deres innenfor rundens rammeverk; et punkt er ferdig når personen vurderer det "
            + "i løpet av runden (en vurdering fra før runden teller når den bekreftes på nytt). Forsinket: ikke ferdig etter fristen. "
            + "Tallene er de samme som i `skills-tui report completion`, der CSV-filen har hver persons e-postadresse til fletting."
    }
    public var columnTeam: String { "Team" }
    public var columnPeople: String { "Personer" }
    public var columnDone: String { "Ferdig" }
    public var columnTotal: String { "Totalt" }
    public var columnComplete: String { "Fullført" }
    public var columnOverdue: String { "Forsinket" }
    public var columnPerson: String { "Person" }
    public var columnLastRated: String { "Sist vurdert" }
    public func completionSummary(people: Int, done: Int, total: Int, fraction: Double, complete: Int, overdue: Int) -> String {
        "\(self.people(people)) · \(messages.group(done)) av \(messages.group(total)) punkter ferdig (\(messages.percent(fraction))) · "
            + "\(messages.group(complete)) fullført · \(messages.group(overdue)) forsinket"
    }
    public var nobodyInCycle: String { "Ingen du kan se, er med i denne runden." }
    public func teamPanel(team: String, toDo: Int, overdue: Int, people: Int) -> String {
        "\(team): \(messages.group(toDo)) punkter igjen, \(messages.group(overdue)) av \(messages.group(people)) forsinket · Enter viser dem"
    }
    public func peopleSummary(team: String?, people: Int, done: Int, total: Int) -> String {
        "\(team.map { "Team \($0)" } ?? "Forsinket"): \(self.people(people)) · \(messages.group(done)) av \(messages.group(total)) punkter ferdig"
    }
    public var nobodyHere: String { "Ingen her." }
    public var overdue: String { "forsinket" }
    public var complete: String { "ferdig" }
    public var noEmail: String { "ingen e-postadresse registrert" }
    public func toDo(_ count: Int) -> String { "\(count) igjen" }

    // MARK: - Calibration

    public var calibrationTitle: String { "Kalibrering" }
    public func calibrationHeading(teams: [String]?) -> String {
        "Kalibrering: egen- mot ledervurderinger, " + (teams.map { "team \($0.joined(separator: ", "))" } ?? "hele organisasjonen")
    }
    public func calibrationOrganisation(pairs: Int, selfMinusLead: String, leniency: String, disputes: String) -> String {
        "Organisasjonen: \(messages.group(pairs)) par · egen - leder \(selfMinusLead) · mildhet \(leniency) · avvik \(disputes)"
    }
    public func pairNote(minimum: Int) -> String { "Par: egen- og ledervurdering av én kompetanse; under \(minimum) par: skjult (-)" }
    public var noPairsYet: String { "ingen ennå: ingen her har både egen- og ledervurdering av noe" }
    public var keyNextSection: String { "neste del" }
    public var keyChoose: String { "velg" }
    public var columnLead: String { "Leder" }
    public var columnCompetency: String { "Kompetanse" }
    public var columnPairs: String { "Par" }
    public var columnLeniency: String { "Mildhet" }
    public var columnVersusOrganisation: String { "mot org." }
    public var columnSelfLead: String { "Egen-leder" }
    public var columnDisputes: String { "Avvik" }
    public var leadsExplained: String { "Mildhet = snitt(leder - egen) per leder; mot org.: minus organisasjonens." }
    public var competenciesExplained: String { "Egen-leder = snitt(egen - leder); avvik: par der |egen - leder| >= 2." }
    public var teamsExplained: String { "Egen-leder = snitt(egen - leder) i teamet; avvik: |egen - leder| >= 2." }
    public func hiddenFigures(subject: String, pairs: Int, minimum: Int) -> String {
        "\(subject): bare \(pairs) par (under \(minimum)): skjult."
    }
    public func leadRates(subject: String, difference: String?, above: Bool, pairs: Int, versusOrganisation: String) -> String {
        let how = difference.map { "i snitt \($0) nivå \(above ? "over" : "under") egenvurderingene" } ?? "i snitt likt med egenvurderingene"
        return "\(subject): \(how), \(messages.group(pairs)) par, mot org. \(versusOrganisation)."
    }
    public func subjectFigures(subject: String, selfMinusLead: String, disputes: String, pairs: Int) -> String {
        "\(subject): egen - leder \(selfMinusLead), avvik \(disputes), ut fra \(messages.group(pairs)) par."
    }
    public func calibrationHelp(minimum: Int) -> String {
        calibrationExplanation(minimum: minimum) + " De samme tallene som `skills-tui report calibration` (også CSV og JSON)."
    }

    // MARK: - Trend

    public var trendTitle: String { "Utvikling" }
    public var keyFiguresAndChanges: String { "tallene og hva som endret seg" }
    public var trendHeading: String { "Utvikling over kartleggingsrunder: måloppnåelse, gjennomføring og gap" }
    public func compared(label: String, closed: Date) -> String { "Tall: \(label) (lukket \(messages.day(closed))) → nå" }
    public var noCycleClosed: String { "Ingen runde er lukket ennå: tallene gjelder bare nå." }
    public var nothingToShow: String { "Ingenting å vise." }
    public var columnReadiness: String { "Måloppnåelse" }
    public var columnCompletion: String { "Gjennomføring" }
    public var columnGaps: String { "Gap" }
    public var columnChanged: String { "Endret" }
    public var noChange: String { "ingen endring" }
    public var now: String { "nå" }
    public var gapsClosed: String { "lukket" }
    public var gapsOpened: String { "nye" }
    public var gapsWorse: String { "større" }
    public var onePointOnly: String { "bare ett måletidspunkt, ingenting å sammenligne." }
    public var noCompetencyChanged: String { "ingen gap er lukket, nye eller større." }
    public var theOrganisation: String { "organisasjonen" }
    public func you(_ login: String) -> String { "deg (\(login))" }
    public func trendOf(_ subject: String) -> String { "Utvikling for \(subject)" }
    public func trendPageTitle(_ subject: String) -> String { "Utvikling: \(subject)" }
    public func notPartOfIt(_ point: String) -> String { "\(point): ikke med" }
    public var noCycleItems: String { "ingen punkter i runden" }
    public func point(_ point: String, readiness: String, completion: String, gaps: Int) -> String {
        "\(point): måloppnåelse \(readiness) · gjennomføring \(completion) · \(messages.group(gaps)) gap"
    }
    public var noChangeSinceBefore: String { "Ingen gap er lukket, nye eller større siden måletidspunktet før." }
    public var closedHeading: String { "Lukket (ikke gap nå)" }
    public var openedHeading: String { "Nye (gap nå, ikke før)" }
    public var worseHeading: String { "Større gap" }
    public var nothingToCompareYet: String { "Bare ett måletidspunkt har tall: ingenting å sammenligne ennå." }
    public var trendHelp: String {
        "Måloppnåelse: 1 - vektet gap / vektet mål over alles krav. Gjennomføring: punkter vurdert i løpet av runden "
            + "(da den ble lukket; nå: den åpne runden). Gap: vurderte krav under målet (krav uten vurdering teller i gjennomføringen). "
            + "Kurvene går fra eldst til nyest på én skala fra 0 til 100 %, med et tomrom der et team ikke var med i en runde. "
            + "De samme tallene som `skills-tui report trend`."
    }

    // MARK: - Opening and closing cycles

    public var cyclesTitle: String { "Kartleggingsrunder" }
    public var keyCloseIt: String { "lukk den" }
    public var keyKeepOpen: String { "la den være åpen" }
    public func keyClose(_ name: String) -> String { "lukk \(name)" }
    public var keyOpenNew: String { "åpne en ny runde" }
    public var namePrompt: String { "Navn på den nye runden" }
    public var duePrompt: String { "Frist (DD.MM.ÅÅÅÅ)" }
    public func dayField(_ day: CalendarDay) -> String { messages.day(day.start) }
    public func readDay(_ text: String) -> CalendarDay? {
        // 1.2.2027 and 01.02.2027 as Norwegians write them; 2027-02-01 as well.
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2 else { return CalendarDay(iso: text) }
        let pad = { (part: Substring) in part.count == 1 ? "0" + part : String(part) }
        return CalendarDay(iso: "\(parts[2])-\(pad(parts[1]))-\(pad(parts[0]))")
    }
    public func staysOpen(_ name: String) -> String { "\(name) er fortsatt åpen." }
    public func giveName(example: String) -> String { "Gi runden et navn, for eksempel «Kartlegging \(example)», eller Esc for å avbryte." }
    public func notADay(_ typed: String, example: String) -> String { "«\(typed)» er ikke en dato: skriv den som DD.MM.ÅÅÅÅ, for eksempel \(example)." }
    public func closeQuestion(_ name: String) -> String { "Lukke \(name) nå? Alles tall blir registrert for godt. y/n" }
    public var cyclesHelp: String {
        "Én runde kan være åpen om gangen. n åpner en: navnet, fristen (ved slutten av dagen du oppgir), "
            + "så hele organisasjonen eller utvalgte team (mellomrom velger et team, med teamene under det), "
            + "så rammeverkene den omfatter (alle med mindre du fjerner noen), og til slutt y for å åpne den; Esc går ett steg tilbake. "
            + "`skills-tui cycle open NAVN --due DAG --teams T --frameworks F` gjør det samme. "
            + "x lukker den åpne runden og registrerer måloppnåelse, gjennomføring og kalibrering for hver person og hvert team: "
            + "det er disse tallene utviklingen over rundene sammenlignes med."
    }
    public var columnCycle: String { "Runde" }
    public var columnState: String { "Status" }
    public var columnOpened: String { "Åpnet" }
    public var columnDue: String { "Frist" }
    public var columnFrameworks: String { "Rammeverk" }
    public func openSummary(name: String, status: String) -> String { "\(name): \(status); x lukker den." }
    public var noCycleYet: String { "Ingen kartleggingsrunde er åpnet ennå: n åpner den første." }
    public var noCycleOpen: String { "Ingen runde er åpen: n åpner den neste." }
    public func cycleCount(_ count: Int) -> String { "\(count) \(count == 1 ? "runde" : "runder"), eldste først" }
    public var noCyclesYet: String { "Ingen kartleggingsrunder ennå." }
    public func state(_ cycle: ReviewCycle, now: Date) -> String {
        cycle.closedAt.map { "lukket \(messages.day($0))" } ?? (cycle.isPastDue(at: now) ? "åpen, forfalt" : "åpen")
    }
    public func cyclePanel(name: String, scope: String, openedBy: String, closedBy: String?) -> String {
        "\(name): \(scope) · åpnet av \(openedBy)" + (closedBy.map { " · lukket av \($0)" } ?? "")
    }
    public var scopeHeading: String { "Hvem gjelder den nye runden for?" }
    public var frameworksHeading: String { "Hvilke rammeverk omfatter den nye runden?" }
    public var scopeGuide: String { "Mellomrom: velg/fjern · Enter: til rammeverkene · Esc: tilbake til fristen" }
    public var frameworksGuide: String { "Mellomrom: velg/fjern · Enter: se over · Esc: tilbake til hvem den gjelder for" }
    public var wholeOrganisation: String { "Hele organisasjonen" }
    public func scopeChoice(teams: Int?) -> String {
        guard let teams else { return "Hele organisasjonen" }
        switch teams {
        case 0: return "Ingen team valgt ennå"
        case 1: return "1 team valgt, med teamene under det"
        default: return "\(messages.group(teams)) team valgt, hvert med teamene under seg"
        }
    }
    public func frameworksChoice(_ chosen: Int, of all: Int) -> String { "\(chosen) av \(all) rammeverk valgt" }
    public var includedAbove: String { "tas med" }
    public var spaceKey: String { "Mellomrom" }
    public var keyChooseOrDrop: String { "velg/fjern" }
    public var keyNextStep: String { "neste steg" }
    public var keyStepBack: String { "ett steg tilbake" }
    public var keyOpenIt: String { "åpne den" }
    public func openQuestion(name: String, due: String, teams: [String]?, frameworks: [String]) -> String {
        let scope = teams.map { $0.isEmpty ? "utvalgte team (ingen valgt)" : "team \($0.joined(separator: ", "))" } ?? "hele organisasjonen"
        return "Åpne \(name) for \(scope), rammeverk \(frameworks.joined(separator: ", ")), frist \(due)? y/n"
    }
}
