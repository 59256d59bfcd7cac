import Foundation

/// The Norwegian Bokmål catalogue, in the words of Norwegian public administration
/// (Digdir, KS): a rating is a *vurdering*, a gap a *gap*, a single point of failure
/// *personavhengig*, readiness *måloppnåelse*.
///
/// Dates as `24.11.2026`, decimal comma, a space before `%`, and names sorted with
/// Æ, Ø and Å after Z.
public struct BokmalCatalogue: MessageCatalogue {
    public init() {}

    public var language: Language { .nb }

    // MARK: - How numbers, dates and names are written

    public func day(_ date: Date) -> String {
        let (year, month, day) = DateText.civilDate(daysSince1970: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
        return String(format: "%02d.%02d.%04d", day, month, year)
    }
    public func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded())) %" }
    public var decimalSeparator: Character { "," }

    public func age(days: Int) -> String {
        switch days {
        case ..<1: return "i dag"
        case 1: return "i går"
        case 2..<60: return "for \(days) dager siden"
        case 60..<730: return "for \(days / 30) måneder siden"
        default: return "for \(days / 365) år siden"
        }
    }

    // MARK: - Words every report shares

    public var columns: ReportColumns {
        ReportColumns(
            competency: "Kompetanse", target: "Mål", selfRating: "Selv", leadRating: "Leder", effectiveShort: "Gjeld",
            effective: "Gjeldende", gap: "Gap", weightShort: "V", weight: "Vekt", flags: "Merknader", priority: "Prioritet",
            person: "Person", team: "Team", need: "Trenger", meet: "Når", standing: "Status", ready: "Nådd",
            coverage: "Dekning", id: "Id", name: "Navn", version: "Versjon", competencies: "Kompetanser",
            reviewEvery: "Revideres hver", login: "Brukernavn", role: "Rolle", notes: "Merknader", beyond: "Utover")
    }

    public var flags: RequirementFlagWords { RequirementFlagWords(unrated: "ikke vurdert", stale: "utdatert", disputed: "avvik", ratedAgainst: "vurdert mot") }
    public var gapMet: String { "ok" }

    public func lensName(_ lens: HeatmapLens) -> String {
        switch lens {
        case .selfAssessment: return "egen"
        case .lead: return "leder"
        case .effective: return "gjeldende"
        }
    }

    public func trackName(_ track: RatingTrack) -> String {
        switch track {
        case .selfAssessment: return "egenvurdering"
        case .lead: return "ledervurdering"
        }
    }

    public func people(_ count: Int) -> String { "\(count) \(count == 1 ? "person" : "personer")" }

    // MARK: - Gap report

    public func gapReportTitle(name: String, login: String) -> String { "Kompetansegap: \(name) (\(login))" }
    public func roleAndTeam(role: String, team: String) -> String { "Rolle: \(role) · Team: \(team)" }
    public func readinessLine(readiness: String, weightedGap: Int, weightedTarget: Int) -> String {
        "Måloppnåelse: \(readiness) (vektet gap \(weightedGap) av \(weightedTarget))"
    }
    public func unratedCount(_ count: Int) -> String { "\(count) ikke vurdert" }
    public func staleCount(_ count: Int) -> String { "\(count) utdatert" }
    public func disputedCount(_ count: Int) -> String { "\(count) avvik" }
    public func roleHasNoRequirements(role: String) -> String { "(rollen \(role) har ingen kompetansekrav)" }
    public var beyondRoleHeading: String {
        "Utover rollen (vurdert, men ikke krevd av rollen; telles med i dekningen og i søk etter hvem som kan hva):"
    }

    // MARK: - Coverage and calibration

    public func coverageTitle(team: String, teamID: String, members: Int) -> String {
        "Dekning: \(team) (\(teamID)) · \(members) \(members == 1 ? "aktivt medlem" : "aktive medlemmer")"
    }
    public func coverageSummary(singlePointsOfFailure: Int, uncovered: Int) -> String {
        let fragile = singlePointsOfFailure == 1 ? "personavhengig kompetanse" : "personavhengige kompetanser"
        return "\(singlePointsOfFailure) \(fragile) · \(uncovered) \(uncovered == 1 ? "kompetanse" : "kompetanser") der ingen når målet"
    }
    public var nobodyMeetsTarget: String { "ingen når målet" }
    public func singlePointOfFailure(holder: String, beyondRole: Bool) -> String {
        "personavhengig: bare \(holder)" + (beyondRole ? " (utover rollen)" : "")
    }
    public var beyondColumnExplanation: String {
        "Utover: medlemmer som ikke har kompetansen som krav i rollen, men er vurdert til teamets høyeste mål for den (utover rollen)."
    }
    public var calibrationNoPairs: String { "Kalibrering: ingen kompetanse har både egenvurdering og ledervurdering ennå." }
    public func calibrationLevel(pairs: Int) -> String {
        "Kalibrering: egenvurderingene ligger i snitt likt med ledervurderingene (\(pairs) par)."
    }
    public func calibration(difference: String, selfAbove: Bool, pairs: Int) -> String {
        "Kalibrering: egenvurderingene ligger i snitt \(difference) nivå \(selfAbove ? "over" : "under") ledervurderingene (\(pairs) par)."
    }
    public func ifLeft(login: String) -> String { "Hvis \(login) sluttet:" }
    public var leaverLosesNothing: String { "ingen kompetanse ville miste sin siste innehaver eller bli personavhengig." }
    public func nobodyWouldMeet(competency: String) -> String { "ingen ville nå målet i \(competency)" }
    public func onlyOneWouldMeet(login: String, competency: String) -> String { "bare \(login) ville nå målet i \(competency)" }

    // MARK: - Heatmap

    public func heatmapTitle(team: String, teamID: String, lens: HeatmapLens, people count: Int) -> String {
        let ratings: String
        switch lens {
        case .selfAssessment: ratings = "egenvurderinger"
        case .lead: ratings = "ledervurderinger"
        case .effective: ratings = "gjeldende vurderinger"
        }
        return "Varmekart: \(team) (\(teamID)) · \(ratings) · \(people(count))"
    }
    public var heatmapLegend: String {
        "Celler: nivå, så status: 3✓ når målet, 1-2 to under, ? ikke vurdert, · ikke påkrevd; ! avvik, ~ utdatert.\nDekning: medlemmer som når målet / medlemmer som trenger det; * personavhengig."
    }
    public var heatmapLegendLines: [String] {
        [
            "3✓   nivå 3, når målet",
            "1-2  nivå 1, to under målet",
            "?    påkrevd, men ikke vurdert",
            "·    ikke påkrevd i personens rolle",
            "!    avvik: egen- og ledervurdering skiller 2+",
            "~    utdatert: eldre enn revisjonsintervallet",
            "3/7  dekning: 3 av de 7 som trenger den, når målet",
            "*    personavhengig: bare én når målet",
        ]
    }
    public var teamHasNoActiveMembers: String { "Teamet har ingen aktive medlemmer." }

    // MARK: - Training needs

    public var priorityExplanation: String {
        "Prioritet = vekt × gap, +2 der ingen i personens team når målet, +1 der bare én gjør det."
    }
    public func trainingScope(team: String?) -> String { team.map { "team \($0)" } ?? "hele organisasjonen" }
    public func trainingSummary(people count: Int, needs: Int, competencies: Int) -> String {
        "\(people(count)), \(needs) behov i \(competencies) \(competencies == 1 ? "kompetanse" : "kompetanser")"
    }
    public func trainingNeedsTitle(scope: String, summary: String) -> String {
        "Opplæringsbehov: \(scope)" + (summary.isEmpty ? "" : " (\(summary))")
    }
    public var nothingToTrain: String { "Ingen i utvalget har gap. Ingen opplæring trengs." }
    public func unratedNote(included: Bool, count: Int) -> String {
        included
            ? "Tar med \(count) krav som ingen har vurdert, merket ikke vurdert: de er ikke kartlagt, og det er ikke kjent at de mangler."
            : "Viser krav vurdert under målet; \(count) krav som ingen har vurdert, er utelatt (se gjennomføringsrapporten, eller --include-unrated)."
    }
    public func trainingGroupLine(people count: Int, totalPriority: Int) -> String {
        "\(people(count)) · samlet prioritet \(totalPriority)"
    }

    // MARK: - Frameworks and staff

    public func reviewEvery(days: Int) -> String { "\(days) dager" }
    public func roleProfilesLine(count: Int, ids: String) -> String { "\(count) rolleprofiler: \(ids)" }
    public func frameworkHeading(id: String, name: String, version: String) -> String { "\(id) \(name), versjon \(version)" }
    public func ratingsGoStale(days: Int) -> String { "Vurderinger blir utdatert etter \(days) dager." }
    public var scaleHeading: String { "Skala:" }
    public var showCompetencyHint: String {
        "Vis én kompetanse med beskrivelsen av hvert nivå: skills-tui frameworks show KOMPETANSE"
    }
    public var referencesHeading: String { "Referanser:" }
    public var learningHeading: String { "Læringsressurser:" }
    public var requiredByHeading: String { "Kreves av:" }
    public func requiredBy(role: String, target: Int, weight: Int) -> String { "\(role) (mål \(target), vekt \(weight))" }
    public var leadNote: String { "leder" }
    public var inactiveNote: String { "inaktiv" }

    // MARK: - Command line confirmations

    public func recorded(competency: String, level: Int, label: String, login: String, track: RatingTrack, certificate: Int?) -> String {
        "Lagret \(competency) = \(level) (\(label)) for \(login) som \(trackName(track))"
            + (certificate.map { ", med sertifikat \($0) som dokumentasjon" } ?? "") + "."
    }
    public func ratingChange(competency: String, level: Int, login: String) -> String {
        "vurderingen \(competency) = \(level) for \(login)"
    }
    public func languageSet(_ language: Language, login: String) -> String {
        "\(login) leser nå skills-tui på \(languageName(language)) (\(language.code)); --lang overstyrer fortsatt."
    }
    public func languageCleared(login: String, fallback: Language) -> String {
        "\(login) har ikke lenger et valgt språk: språkinnstillingen i økten (LANG) avgjør (her \(languageName(fallback)))."
    }
    public func languageChange(login: String) -> String { "språkvalget til \(login)" }
    public func created(path: String) -> String { "Opprettet \(path)" }
    public func frameworksLine(_ frameworks: String) -> String { "Rammeverk: \(frameworks)" }
    public func frameworkCount(id: String, version: String, competencies: Int) -> String {
        "\(id) \(version) (\(competencies) \(competencies == 1 ? "kompetanse" : "kompetanser"))"
    }
    public func roleProfilesCount(_ count: Int) -> String { "Rolleprofiler: \(count)" }
    public func adminLine(login: String) -> String { "Administrator: \(login)" }
    public func learningCatalogueLine(version: String, items: Int, currency: String) -> String {
        "Læringskatalog: \(version), \(items) \(items == 1 ? "tiltak" : "tiltak"), kostnader i \(currency)"
    }
    public func demoOrganisationLine(people count: Int, teams: Int, ratingEvents: Int) -> String {
        "Demo-organisasjon: \(people(count)) i \(teams) team, \(ratingEvents) registrerte vurderinger; alle kan bruke --as BRUKERNAVN"
    }
    public func theDatabase(path: String) -> String { "databasen \(path)" }
    public func backedUp(database: String, destination: String, events: Int) -> String {
        "Sikkerhetskopierte \(database) til \(destination): \(events) registrerte vurderinger, integritetskontroll ok"
    }
    public var staffImportDryRun: String { "Prøvekjøring: ingenting ble skrevet." }
    public func staffImportSummary(
        file: String, people count: Int, added: Int, updated: Int, unchanged: Int, deactivated: Int, newTeams: Int
    ) -> String {
        "\(file): \(people(count)); \(added) lagt til, \(updated) oppdatert, \(unchanged) uendret, \(deactivated) deaktivert"
            + (newTeams == 0 ? "" : "; \(newTeams) \(newTeams == 1 ? "nytt" : "nye") team")
    }
    public var nothingToChange: String { "Ingenting å endre." }
    public var staffImportColumns: StaffImportWords {
        StaffImportWords(
            change: "Endring", who: "Hvem", what: "Hva", newTeam: "nytt team", add: "legg til", update: "oppdater",
            deactivate: "deaktiver", deactivateDetail: "ikke i filen; vurderingene beholdes", lead: "leder",
            noLongerLead: "ikke lenger leder")
    }
    public func staffImportChange(file: String) -> String { "personalimporten fra \(file)" }
    public func syntheticOrganisationLine(people count: Int, teams: Int, ratingEvents: Int, seed: UInt64) -> String {
        "Syntetisk organisasjon: \(people(count)) i \(teams) team, \(ratingEvents) registrerte vurderinger, frø \(seed)"
    }
    public func theBackup(path: String) -> String { "sikkerhetskopien \(path)" }
    public func theImport(files: String) -> String { "importen av \(files)" }
    public func frameworkAdded(id: String, version: String, name: String, competencies: Int, areas: Int) -> String {
        "La til \(id) \(version) (\(name)): \(competencies) \(competencies == 1 ? "kompetanse" : "kompetanser") i \(areas) \(areas == 1 ? "område" : "områder")"
    }
    public func frameworkUnchanged(id: String, version: String) -> String {
        "\(id) \(version) er allerede installert med samme innhold: ingenting ble endret"
    }
    public func frameworkUpgraded(
        id: String, from: String, to: String, competencies: Int, added: Int, changed: Int, retired: Int,
        languages: (from: String, to: String)?
    ) -> String {
        "Oppgraderte \(id) \(from) -> \(to): \(competencies) kompetanser; \(added) lagt til, \(changed) endret, \(retired) faset ut"
            + (languages.map { "; språk \($0.from) -> \($0.to)" } ?? "")
    }
    public func rolesUnchanged(file: String, version: String) -> String {
        "Rolleprofilene fra \(file) (\(version)) er allerede installert: ingenting ble endret"
    }
    public func rolesImported(file: String, version: String, profiles: Int, added: Int, changed: Int, removed: Int) -> String {
        "Rolleprofiler fra \(file) (\(version)): \(profiles) profiler; \(added) lagt til, \(changed) endret, \(removed) fjernet"
    }
    public func retiredIDs(_ ids: String) -> String { "Faset ut (vurderingene blir stående i historikken): \(ids)" }
    public func addedIDs(_ ids: String) -> String { "Lagt til: \(ids)" }
    public func changedIDs(_ ids: String) -> String { "Endret: \(ids)" }
    public func removedIDs(_ ids: String) -> String { "Fjernet: \(ids)" }

    // MARK: - Errors

    public func describe(_ error: SkillsError) -> String {
        switch error {
        case .unknownLogin(let login):
            return "ukjent brukernavn \(login)"
        case .unknownCompetency(let id):
            return "ukjent kompetanse \(id)"
        case .unknownFramework(let id, let known):
            return "ukjent rammeverk \(id): bruk et av \(known.joined(separator: ", "))"
        case .unknownFrameworkOrCompetency(let id, let frameworks):
            return "fant verken rammeverk eller kompetanse \(id): rammeverkene er \(frameworks.joined(separator: ", ")); kompetanser skrives som PM.RISK.1"
        case .unknownTeam(let id, let visible):
            return "ukjent team \(id)" + (visible.isEmpty ? "" : "; team du kan se: \(visible.joined(separator: ", "))")
        case .notInTeam(let login, let teamID):
            return "\(login) er ikke medlem av team \(teamID)"
        case .levelOffScale(let level, let labels):
            return "nivå \(level) er utenfor skalaen: bruk et av \(labels.map { $0[.nb] }.joined(separator: ", "))"
        case .noteTooLong(let length, let maximum):
            return "notatet er \(length) tegn langt; hold det til høyst \(maximum)"
        case .unsafeNote(let fault):
            return "notatet \(fileProblems.describe(.unsafeText(fault))): ingenting ble lagret"
        case .inactivePerson(let login):
            return "\(login) er merket som inaktiv: ingenting ble lagret"
        case .notStaff(let login):
            return "\(login) er ikke registrert som ansatt i denne databasen"
        case .walkthroughIsSelfOnly:
            return "en egenvurdering lagrer bare dine egne vurderinger"
        case .ratingSuperseded(let login, let competencyID, let track):
            return "\(trackName(track))en av \(login) i \(competencyID) er ikke lenger den gjeldende (vurdert på nytt siden, eller allerede trukket tilbake): ingenting ble endret"
        case .interrupted:
            return "stoppet før det var ferdig: ingenting ble endret"
        case .futureTime(let time):
            return "en endring datert \(time) ligger i fremtiden: sjekk systemklokken (ingenting ble lagret)"
        case .staffFileListsNobody(let file):
            return "\(file) inneholder ingen personer, så å deaktivere dem som mangler i den ville gjøre alle inaktive: ingenting ble endret"
        case .catalogImport(let file, let refusal):
            return "\(file): \(describe(refusal))"
        case .noTextInLanguage(let framework, let version, let language, let available):
            return "\(framework) \(version) har ingen tekst på \(languageName(language)) (den er skrevet på \(available.joined(separator: ", "))); eksporter på et av dem"
        case .notExportable(let id, let format, let problem):
            return "\(id) kan ikke eksporteres som \(format): \(problem)"
        case .syntheticStaffOutOfRange(let staff, let range):
            return "antall ansatte må være et heltall fra \(range.lowerBound) til \(range.upperBound), ikke \(staff)"
        case .syntheticLargeTeamOutOfRange(let size, let staff, let range):
            guard let range else {
                return "et stort team får ikke plass blant \(staff) ansatte: oppgi minst \(SyntheticOptions.staffRange.lowerBound + SyntheticOrganisation.teamSizes.lowerBound) ansatte for å få ett"
            }
            return "det store teamet må ha fra \(range.lowerBound) til \(range.upperBound) personer når det er \(staff) ansatte (minst \(SyntheticOptions.staffRange.lowerBound) må være utenfor det), ikke \(size)"
        case .noRoleProfiles:
            return "rammeverkene har ingen rolleprofiler, så det er ingen å generere"
        case .notAnAmount(let text):
            return "«\(text)» er ikke et beløp: oppgi et heltall, for eksempel 25000 eller 25 000"
        case .notADate(let text):
            return "«\(text)» er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-03-31"
        case .textTooLong(let what, let length, let maximum):
            return "\(what) er \(length) tegn lang; hold den til høyst \(maximum)"
        case .emptyText(let what):
            return "\(what) kan ikke være tom"
        case .unknownLearningItem(let id):
            return "ukjent tiltak i læringskatalogen: \(id)"
        case .itemDoesNotLift(let item, let competency, let lifts):
            return "\(item) bygger ikke \(competency) (det bygger \(lifts.joined(separator: ", "))): velg et tiltak for \(competency), eller beskriv punktet i planen med ord"
        case .targetDateInPast(let day, let today):
            return "måldatoen \(day) er før i dag (\(today)): oppgi en dag som ennå ikke har vært"
        case .unknownPlanItem(let number):
            return "ingen punkt \(number) i noen utviklingsplan"
        case .planStateChange(let item, let from, let to):
            let next = from.next.map(planStateName)
            let allowed = next.isEmpty ? "det er avsluttet og kan ikke flyttes" : "det kan flyttes til \(next.joined(separator: " eller "))"
            return "punkt \(item) i planen er \(planStateName(from)), så det kan ikke flyttes til \(planStateName(to)): \(allowed)"
        case .unknownCertificate(let number):
            return "ingen sertifikat \(number)"
        case .certificateOfAnotherPerson(let certificate, let login):
            return "sertifikat \(certificate) tilhører ikke \(login): en vurdering kan bare vise til et sertifikat den vurderte har"
        case .certificateExpiresBeforeGained(let gained, let expires):
            return "sertifikatet utløper (\(expires)) før det ble oppnådd (\(gained)): sjekk de to datoene"
        case .certificateGainedInFuture(let gained, let today):
            return "sertifikatet ble oppnådd \(gained), etter i dag (\(today)): oppgi dagen det ble oppnådd"
        case .unknownCycle(let name, let known):
            return "ingen kartleggingsrunde heter \(name)" + (known.isEmpty ? " (ingen er åpnet ennå)" : "; rundene er: \(known.joined(separator: ", "))")
        case .cycleNameTaken(let name):
            return "det finnes allerede en kartleggingsrunde som heter \(name): gi den nye et annet navn (ingenting ble endret)"
        case .invalidCycleName(let name):
            return "\(name.isEmpty ? "et tomt navn" : "navnet \(name)") kan ikke brukes på en kartleggingsrunde: bruk 1 til 80 tegn på én linje"
        case .cycleAlreadyOpen(let name):
            return "kartleggingsrunden \(name) er fortsatt åpen: avslutt den før du åpner en ny (ingenting ble endret)"
        case .cycleAlreadyClosed(let name):
            return "kartleggingsrunden \(name) er allerede avsluttet; øyeblikksbildet står slik det ble lagret (ingenting ble endret)"
        case .noCycle:
            return "ingen kartleggingsrunde er åpnet ennå"
        case .dueBeforeOpening(let due, let opens):
            return "fristen \(due) er ikke etter åpningen \(opens): gi en senere --due"
        case .cycleWithoutFrameworks:
            return "en kartleggingsrunde må omfatte minst ett rammeverk"
        case .cycleWithoutTeams:
            return "en kartleggingsrunde for utvalgte team må omfatte minst ett team: velg ett, eller hele organisasjonen"
        case .nothingToReconfirm(let id):
            return "du har ikke vurdert \(id) selv, så det finnes ikke noe nivå å bekrefte på nytt: vurder den i stedet"
        case .noDatabase(let path):
            return "ingen database i \(path)"
        case .unreadableDatabase(let path, let cause):
            return "kan ikke åpne databasen \(path): \(cause)"
        case .invalidDatabaseURL(let url, let detail):
            return "\(url) er ikke en PostgreSQL-URL som libpq kan lese (\(detail)); skriv postgresql://BRUKER@VERT:PORT/DATABASE"
        case .databaseUnreachable(let name, let detail):
            return "får ikke kontakt med PostgreSQL på \(name) (\(detail)): ingenting ble endret; start tjeneren (eller spør den som drifter den), sjekk vert og port, og prøv igjen"
        case .databaseLoginRefused(let name, let user):
            return "PostgreSQL avviste passordet til brukeren \(user) på \(name): ingenting ble endret"
        case .missingPostgresDatabase(let name, let database):
            return "PostgreSQL-tjeneren på \(name) har ingen database \(database)"
        case .uninitialisedDatabase(let name):
            return "\(name) inneholder ingen skills-tui-data ennå"
        case .migrationTargetNotEmpty(let name, let table, let rows):
            return "\(name) er ikke tom (\(table) har \(rows) rader): flytt bare til en ny database; ingenting ble kopiert"
        case .migrationMismatch(let table, let sourceRows, let targetRows):
            return "kopien av \(table) stemmer ikke med originalen (\(sourceRows) rader, \(targetRows) kopiert, eller innholdet er ulikt): ingenting ble beholdt"
        case .backupNeedsPgDump(let name):
            return "skills-tui kopierer bare SQLite-filer; ta sikkerhetskopi av PostgreSQL med pg_dump: pg_dump --format=custom --file=skills.dump '\(name)' (ingenting ble skrevet)"
        case .commitOutcomeUnknown(let name):
            return "forbindelsen til \(name) ble brutt mens endringen ble lagret: den kan være lagret eller ikke; se etter før du prøver igjen"
        case .notADatabase(let path):
            return "\(path) er ikke en skills-tui-database (en tom fil eller et annet programs): ingenting ble endret"
        case .damagedDatabase(let path, let detail):
            return "databasen \(path) er skadet (\(detail)): ingenting ble endret; hent den fra en sikkerhetskopi"
        case .newerDatabase(let path, let version, let known):
            return "\(path) er skrevet av en nyere skills-tui (skjemaversjon \(version); denne kjenner opp til \(known)): oppgrader skills-tui, ingenting ble endret"
        case .alreadyExists(let path):
            return "\(path) finnes allerede: ingenting ble endret"
        case .leftoverCompanion(let database, let companion):
            return "\(companion) er igjen etter en tidligere database i \(database), og SQLite ville spilt den inn i den nye: ingenting ble opprettet; den kan inneholde de siste endringene i den databasen, så legg databasen tilbake ved siden av den eller flytt den bort"
        case .foreignJournal(let database, let journal):
            return "\(journal) er ikke journalen til \(database) (som bruker write-ahead-logg), og å åpne databasen ville kopiert den inn: ingenting ble endret; flytt \(journal) bort"
        case .notTheDemo(let path):
            return "\(path) inneholder ekte data, ikke demo-organisasjonen: ingenting ble endret"
        case .alreadyPopulated(let path):
            return "\(path) inneholder allerede en organisasjon: generer inn i en ny database"
        case .backupFailedCheck(let path, let detail):
            return "sikkerhetskopien \(path) besto ikke kontrollen (\(detail)); behold originalen og prøv igjen"
        case .databaseBusy(let path):
            return "databasen \(path) var opptatt for lenge (et annet program holder en skrivelås): ingenting ble endret; prøv igjen"
        case .diskFull(let path):
            return "disken med \(path) er full: ingenting ble endret; frigjør plass og prøv igjen"
        case .readOnlyDatabase(let path):
            return "databasen \(path) kan ikke skrives til (skrivebeskyttet fil eller mappe): ingenting ble endret"
        case .databaseFailure(let path, let detail):
            return "databasen \(path) feilet: \(detail)"
        case .io(let path, let operation, let cause):
            return "kan ikke \(verb(operation)) \(path): \(cause)"
        case .missingFolder(let path, let folder):
            return "kan ikke opprette \(path): mappen \(folder) finnes ikke"
        case .isAFolder(let path):
            return "\(path) er en mappe: oppgi en fil"
        case .endlessInput(let path, let limit):
            return "\(path) er ikke en fil og ga mer enn \(limit >> 20) MiB uten å ta slutt: oppgi en fil"
        case .unwritableOutput(let path, let reason):
            return "\(path) \(describe(reason)): skriv til en annen fil (ingenting ble skrevet)"
        case .reportNotWritten(let change, let path, let cause):
            return "\(change) ble lagret, men rapporten om det kunne ikke skrives til \(path) (\(cause)); ikke kjør kommandoen på nytt"
        case .noShippedData(let lookedIn):
            return "finner ikke rammeverkene som følger med programmet (lette i \(lookedIn.joined(separator: ", ")))"
        case .editedKeyBlock(let path, let line):
            return "\(path):\(line): denne linjen i blokken til skills-tui er ikke skrevet av `skills-tui access`: flytt den ut av blokken eller slett den (ingenting ble endret)"
        case .unterminatedKeyBlock(let path, let line):
            return "\(path):\(line): blokken til skills-tui starter her, men mangler sluttlinjen \"\(AuthorizedKeys.endMarker)\": sett den tilbake etter blokkens siste nøkkel (ingenting ble endret)"
        case .keyAlreadyMapped(let fingerprint, let login):
            return "nøkkelen \(fingerprint) gir allerede \(login) tilgang: én nøkkel er én person, så be om en egen nøkkel (ingenting ble endret)"
        case .keyOutsideBlock(let fingerprint, let path, let line):
            return "nøkkelen \(fingerprint) står allerede i \(path) på linje \(line), utenfor blokken til skills-tui, og sshd ville brukt den linjen først: fjern den der (ingenting ble endret)"
        case .noSuchKey(let login, let fingerprint):
            if let fingerprint { return "\(login) har ingen nøkkel \(fingerprint): ingenting ble endret" }
            return "\(login) har ingen nøkkel å trekke tilbake: ingenting ble endret"
        case .lastAdministrator(let login):
            return "\(login) er den siste administratoren: gi administratorrett til noen andre først, så noen fortsatt kan forvalte databasen (ingenting ble endret)"
        }
    }

    private func planStateName(_ state: PlanState) -> String {
        switch state {
        case .planned: return "planlagt"
        case .booked: return "booket"
        case .done: return "fullført"
        case .cancelled: return "avlyst"
        }
    }

    private func verb(_ operation: SkillsError.FileOperation) -> String {
        switch operation {
        case .read: return "lese"
        case .create: return "opprette"
        case .write: return "skrive"
        case .replace: return "erstatte"
        case .createFolder: return "opprette mappen"
        }
    }

    private func describe(_ reason: SkillsError.OutputRefusal) -> String {
        switch reason {
        case .database: return "er databasen eller en av filene dens"
        case .anotherDatabase: return "er en database"
        case .folder: return "er en mappe"
        case .socket: return "er en socket"
        case .blockDevice: return "er en blokkenhet"
        case .special: return "er ikke en vanlig fil"
        case .danglingLink: return "er en symbolsk lenke til en fil som ikke finnes"
        case .notAFile: return "er en enhet eller et rør (pipe), og her trengs en fil"
        }
    }

    private func describe(_ refusal: SkillsError.CatalogImportRefusal) -> String {
        switch refusal {
        case .sameVersionDifferentContent(let framework, let version, let above):
            return "\(framework) \(version) er allerede installert med annet innhold; gi den nye filen en høyere versjon enn \(above) (ingenting ble endret)"
        case .older(let framework, let version, let installed, let above):
            return "\(framework) \(version) er eldre enn den installerte \(installed); gi den nye filen en høyere versjon enn \(above) (ingenting ble endret)"
        case .versionAlreadyRated(let framework, let version, let above):
            return "vurderinger er allerede registrert mot \(framework) \(version) med annet innhold; gi den nye filen en høyere versjon enn \(above) (ingenting ble endret)"
        case .dropsRequired(let framework, let version, let required):
            let list = required.map { "\($0.competency) (kreves av \($0.roles.joined(separator: ", ")))" }.joined(separator: "; ")
            return "\(framework) \(version) fjerner \(list); behold disse kompetansene i den nye versjonen, eller importer sammen med denne filen en rollefil som ikke lenger krever dem (ingenting ble endret)"
        case .dropsHeldRoles(let held):
            let list = held.map { "\($0.role) (\(people($0.holders)))" }.joined(separator: ", ")
            return "fjerner rollen \(list), som noen fortsatt har; behold den i filen, eller flytt dem til en annen rolle først med en personalimport (ingenting ble endret)"
        case .rolesFileNotFramework:
            return "er en rollefil, ikke et rammeverk (ingenting ble endret)"
        case .secondRolesFile(let first):
            return "en rollefil til (den første er \(first)); oppgi én rollefil (ingenting ble endret)"
        case .learningFileNotFramework:
            return "er en læringskatalog, ikke et rammeverk (ingenting ble endret)"
        case .secondLearningFile(let first):
            return "en læringskatalog til (den første er \(first)); oppgi én katalog (ingenting ble endret)"
        case .dropsPlannedLearningItems(let items):
            return "fjerner \(items.joined(separator: ", ")), som utviklingsplaner viser til; behold dem i katalogen (ingenting ble endret)"
        }
    }

    public func describe(_ denied: AccessDenied) -> String {
        let who = denied.login
        switch denied.refusal {
        case .person(let other):
            return "\(who) kan ikke se vurderingene til \(other): du kan se dine egne og dem til personene i team du leder"
        case .team(let teamID, let visible):
            let hint = visible.isEmpty ? "" : "; team du kan se: \(visible.joined(separator: ", "))"
            return "\(who) kan ikke se team \(teamID): bare teamets ledere, HR eller en administrator kan det\(hint)"
        case .organisation:
            return "\(who) kan ikke se hele organisasjonen: bare HR eller en administrator kan det"
        case .exportOrganisation:
            return "\(who) kan ikke eksportere data om organisasjonen: bare HR eller en administrator kan det"
        case .rate(let other):
            return "\(who) kan ikke vurdere \(other): bare \(other) selv (egenvurdering) eller en leder for teamet (ledervurdering) kan det"
        case .withdraw(let raterLogin, let person):
            if raterLogin != who { return "\(who) kan ikke trekke tilbake vurderingen \(raterLogin) ga av \(person): bare den som ga en vurdering, kan trekke den tilbake" }
            return "\(who) kan ikke trekke tilbake en vurdering av \(person): bare den som fortsatt kan vurdere \(person), kan det"
        case .validate(let teamID):
            return "\(who) leder ikke team \(teamID) og har derfor ingen vurderinger å godkjenne der"
        case .manageFrameworks:
            return "\(who) kan ikke endre rammeverk: bare en administrator kan det"
        case .manageStaff:
            return "\(who) kan ikke endre personalopplysninger: bare en administrator kan det"
        case .backupDatabase:
            return "\(who) kan ikke ta sikkerhetskopi av databasen: bare en administrator kan det"
        case .actAs(let other):
            return "\(who) kan ikke opptre som \(other): det er forbeholdt administratorer (og alle i demo-organisasjonen)"
        case .changeAs(let other):
            return "å opptre som \(other) gir bare lesetilgang: \(other) registrerer egne vurderinger og endringer selv (ingenting ble endret)"
        case .inactive:
            return "\(who) er merket som inaktiv i denne databasen og har ingen tilgang; spør en administrator"
        case .changePlan(let other):
            return "\(who) kan ikke legge til i utviklingsplanen til \(other): bare \(other) og en leder for teamet kan det (HR kan også booke og avslutte punkter)"
        case .planItem(let number):
            return "\(who) kan ikke endre punkt \(number) i planen: bare den planen gjelder, en leder for teamet eller HR kan det"
        case .evidence(let other):
            return "\(who) kan ikke se vurderingsnotatene og sertifikatene til \(other): bare \(other), en leder for teamet og HR kan det"
        case .recordCertificate(let other):
            return "\(who) kan ikke registrere sertifikater for \(other): bare \(other), en leder for teamet eller HR kan det"
        case .certificate(let number):
            return "\(who) kan ikke bruke sertifikat \(number): bare innehaveren, en leder for teamet og HR kan det"
        case .markInterest(let other):
            return "\(who) kan ikke sette mentor- og utviklingsmerkene til \(other): bare \(other) setter sine egne"
        case .evidenceInBulk:
            return "\(who) kan ikke liste opp andres sertifikater: de er private for hver person, lederne for teamet og HR, og administratorrettigheter gir ikke tilgang til dem"
        case .noAccess:
            return "\(who) er ikke registrert som ansatt i denne databasen og har ingen tilgang; spør en administrator"
        case .manageAccess:
            return "\(who) kan ikke se eller endre hvem som når databasen over SSH: bare en administrator kan det"
        case .manageRights:
            return "\(who) kan ikke se, gi eller trekke tilbake HR- og administratorrettene: bare en administrator kan det"
        case .manageCycles:
            return "\(who) kan ikke åpne eller avslutte kartleggingsrunder: bare HR eller en administrator kan det"
        }
    }

    public func commandLineHint(_ error: SkillsError) -> String? {
        switch error {
        case .unknownLogin: return ": se `skills-tui staff list`"
        case .unknownCompetency: return ": se `skills-tui frameworks list`"
        case .notStaff: return ": angi en person med --person BRUKERNAVN"
        case .staffFileListsNobody: return " (--deactivate-missing)"
        case .syntheticStaffOutOfRange, .syntheticLargeTeamOutOfRange: return " (--staff, --large-team)"
        case .noDatabase: return ": opprett en med `skills-tui init` (eller `skills-tui init --demo`), eller oppgi --db STI"
        case .notADatabase(let path) where DatabaseLocation(path).isPostgres:
            return "; oppgi --db med riktig database (tabellene til andre programmer blir aldri rørt)"
        case .notADatabase: return "; oppgi --db med riktig fil, eller fjern den og kjør `skills-tui init`"
        case .missingPostgresDatabase: return ": opprett den med `createdb`, og kjør så `skills-tui init --db URL`"
        case .uninitialisedDatabase: return ": kjør `skills-tui init --db URL` (eller `skills-tui migrate --from FIL --to URL`)"
        case .databaseLoginRefused: return "; sjekk passordet i URL-en eller i ~/.pgpass"
        case .alreadyExists, .notTheDemo, .alreadyPopulated: return "; oppgi en annen sti"
        case .noShippedData: return "; sett SKILLS_TUI_DATA til mappen som inneholder frameworks/ og seeds/"
        case .lastAdministrator: return "; se `skills-tui access rights`"
        case .noSuchKey: return "; se `skills-tui access list`"
        case .unknownLearningItem: return ": se `skills-tui learning list`"
        case .itemDoesNotLift(_, let competency, _):
            return "; `skills-tui learning list --competency \(competency)` viser tiltakene som gjør det (--item), eller bruk --text"
        case .unknownPlanItem: return ": se `skills-tui report plans`"
        case .unknownCertificate: return ": se `skills-tui report certificates`"
        case .unknownCycle, .cycleAlreadyOpen: return " (se `skills-tui cycle list`)"
        case .noCycle: return ": HR eller en administrator åpner en med `skills-tui cycle open`"
        default: return nil
        }
    }

    public func unexpectedError(_ detail: String) -> String { "uventet feil: \(detail)" }

    public func languageName(_ language: Language) -> String {
        switch language {
        case .en: return "engelsk"
        case .nb: return "norsk bokmål"
        }
    }

    // MARK: - Terminal UI

    public var screen: ScreenWords { Self.screenWords }
    public var plans: PlanScreenWords { .bokmal }
    public var developmentReports: DevelopmentReportWords { .bokmal }

    private static let screenWords = ScreenWords(
            keyHelp: "hjelp",
            keyHome: "hjem",
            keyBack: "tilbake",
            keyQuit: "avslutt",
            keyRefresh: "oppdater",
            keyQuitAnywhere: "avslutt fra hvor som helst",
            keySuspend: "sett på pause (fg fortsetter)",
            keyScroll: "rull",
            keyPage: "side",
            keyClose: "lukk",
            keyAnyOtherKey: "andre taster",
            keyAnyKey: "en tast",
            keyDropNotes: "ja, forkast notatene",
            keyStay: "nei, bli",
            keyYes: "ja",
            keyStopWork: "stopp",
            keyMove: "flytt",
            keyFirst: "første",
            keyLast: "siste",
            keyWheel: "hjul",
            keyClick: "klikk",
            keyOpen: "åpne",
            keySearch: "søk",
            keyFind: "finn",
            keyClearSearch: "tøm søket",
            keyClearFilters: "fjern filtrene",
            keyCancel: "avbryt",
            keyConfirm: "bekreft",
            keyStart: "start",
            keyEnd: "slutt",
            keyWordLeft: "ord til venstre",
            keyWordRight: "ord til høyre",
            keyDeleteLeft: "slett til venstre",
            keyDeleteRight: "slett til høyre",
            keyDeleteWord: "slett ord",
            keyDeleteToStart: "slett til starten",
            keyDeleteToEnd: "slett til slutten",
            keyLetters: "bokstaver",
            keyType: "skriv",
            keySelect: "velg",
            keyUndo: "angre",
            keyNote: "notat",
            keyExport: "eksporter",
            keySwitchUser: "bytt bruker",
            keyLanguage: "språk: English",
            homeTitle: "Hjem",
            menuGapReport: "Mitt kompetansegap",
            menuHeatmap: "Varmekart for team",
            menuTrainingNeeds: "Opplæringsbehov",
            menuFrameworks: "Rammeverk",
            menuSwitchUser: "Bytt demobruker",
            menuQuit: "Avslutt",
            menuCounting: "teller …",
            homeReadiness: "  Måloppnåelse ",
            homeTopGaps: "  Største gap",
            homeNoGaps: "    Ingen: du når alle målene for rollen din.",
            homeOpen: "  Åpne",
            loading: "Laster inn …",
            saving: "Lagrer …",
            stopped: "Stoppet: ingenting ble endret.",
            loadingDemo: "Laster inn demo-organisasjonen",
            loadingTeams: "Laster inn teamene",
            loadingHeatmap: "Laster inn varmekartet",
            loadingValidation: "Laster inn godkjenningskøen",
            loadingOrganisationNeeds: "Laster inn opplæringsbehovene i organisasjonen",
            loadingTrainingNeeds: "Laster inn opplæringsbehovene",
            loadingLeaver: "Regner ut teamet uten dem",
            loadingOther: "Laster inn",
            switchingUser: "Åpner demoen som en annen",
            exporting: "Eksporterer",
            savingShort: "Lagrer",
            stopping: "Stopper",
            escStopsIt: "  (Esc stopper)",
            readingNeeds: "leser og rangerer behovene",
            moreAbove: " ↑ mer ",
            moreBelow: " ↓ mer ",
            helpScrollFooter: "↑↓ rull · andre taster lukker",
            helpCloseFooter: "Trykk en tast for å lukke",
            tooSmallHint: "Gjør vinduet større, eller trykk q for å avslutte.",
            demoOrganisation: "demo-organisasjon ",
            demoShort: "demo · ",
            noTeamToOpen: "Her er det ikke noe team du kan åpne.",
            levelsRun: "Nivåene går fra 0 (Ingen) til 4 (Ekspert).",
            rolePickerTitle: "Velg demobruker",
            keyBeThisPerson: "bli denne personen",
            findPrompt: "Finn",
            rolePickerHeading: "  Demo-organisasjon: velg hvem du vil være",
            rolePickerNote: "  Personene er oppdiktet. Bytt når som helst fra startsiden med u.",
            nobodyToChoose: "Ingen å velge.",
            suggestionStaff: "Ansatt",
            suggestionLead: "Teamleder",
            suggestionHR: "HR",
            columnDemoChoice: "Forslag",
            teamPickerTitle: "Velg team",
            keyFindTeam: "finn team",
            keyFold: "slå sammen",
            keyUnfold: "fold ut",
            findTeamPrompt: "Finn team",
            allYourTeams: "Alle teamene du leder",
            wholeOrganisation: "Hele organisasjonen",
            whichHeatmap: "Hvilket teams varmekart?",
            whichValidation: "Godkjenne vurderinger i hvilket team?",
            whichTrainingNeeds: "Opplæringsbehov for hvilket team?",
            columnMembers: "Medlemmer",
            columnBelow: "Under",
            noTeamToOpenList: "Ingen team å åpne.",
            gapReportTitle: "Kompetansegap",
            keyCompetency: "kompetanse",
            roleRequiresNothing: "Rollen har ingen kompetansekrav.",
            frameworksTitle: "Rammeverk",
            keyAllFrameworks: "alle rammeverk",
            findCompetencyPrompt: "Finn kompetanse",
            nothingMatches: "Ingen treff.",
            references: "Referanser",
            waysToLearn: "Slik kan du lære det",
            requiredBy: "Kreves av",
            competencyHeading: "Kompetanse",
            heatmapTitle: "Varmekart for team",
            allFrameworks: "alle rammeverk",
            leastReadyFirst: " · lavest måloppnåelse først",
            selfRatings: "egenvurderinger",
            leadRatings: "ledervurderinger",
            effectiveRatings: "gjeldende vurderinger",
            coverageMeetNeed: " Dekning (når/trenger)",
            notRequiredByRole: " · ikke påkrevd i rollen",
            disputedDetail: " · avvik",
            staleDetail: " · utdatert",
            trackSelf: "Egen",
            trackLead: "Leder",
            leaverNothingLost: " Alle kompetanser noen når målet i, ville fortsatt bli dekket av like mange andre, utenom dem.",
            goToCompetencyPrompt: "Gå til kompetanse",
            goToCompetencyLongPrompt: "Gå til kompetanse (id eller navn)",
            findPersonPrompt: "Finn person",
            keyFirstPerson: "første person",
            keyLastPerson: "siste person",
            keyFirstCompetency: "første kompetanse",
            keyLastCompetency: "siste kompetanse",
            keyMoveThere: "flytt dit",
            keyTheirGapReport: "kompetansegapet deres",
            keyAboutCompetency: "om kompetansen",
            keyRatingsInFull: "vurderingene og notatene i sin helhet",
            keyLensCycle: "egen/leder/gjeldende",
            keyRateAsLead: "vurder som leder",
            keyUndoLastRating: "angre den siste vurderingen din",
            keyFramework: "rammeverk",
            keySortOrder: "sorter: navn, måloppnåelse, denne kolonnen",
            keyGoToCompetency: "gå til en kompetanse",
            keyIfTheyLeft: "hvis de sluttet",
            keyBackFromLeaver: "tilbake fra «hvis de sluttet»",
            keyFindPerson: "finn person",
            ratingsTitle: "Vurderinger",
            thisIsYou: "Dette er deg: dine egne vurderinger gjør du i egenvurderingen.",
            bandMeetsTarget: "når målet",
            bandOneShort: "1 under",
            bandTwoShort: "2 under",
            bandThreeShort: "3+ under",
            bandUnrated: "ikke vurdert",
            bandNotRequired: "ikke påkrevd",
            validationTitle: "Godkjenningskø",
            yourTeams: "teamene dine",
            disputedOnly: "bare avvik",
            staleOnly: "bare utdaterte",
            moreLoad: "mer lastes inn når du blar ned",
            showing: "  Viser ",
            nothingWaiting: "Ingenting venter: alle egenvurderinger i teamene dine har en ledervurdering som er minst like ny.",
            nothingWaitingMatches: "Ingen ventende treff.",
            notePrefix: "notat ",
            noLeadRatingYet: "Ingen ledervurdering ennå",
            noEvidenceNote: "ingen dokumentasjon",
            readsItAll: " (Enter viser alt)",
            flagDisputed: "avvik",
            flagStale: "utdatert",
            keyAcceptTheirLevel: "godta nivået deres",
            keyYourLevel: "ditt nivå",
            keyRatingInFull: "hele vurderingen",
            keyDisputedOnly: "bare avvik",
            keyStaleOnly: "bare utdaterte",
            keyAllRatings: "alle vurderinger",
            keyEveryPerson: "alle personer",
            keyOnlyThisPerson: "bare denne personen",
            keyEveryCompetency: "alle kompetanser",
            keyOnlyThisCompetency: "bare denne kompetansen",
            keyValidationOrder: "rekkefølge: etter person, avvik først, etter kompetanse, eldste først",
            noteKeptValidation: "Notatet følger denne vurderingen: trykk a for å godta eller 0-4 for å sette ditt nivå; det lagres sammen med den.",
            selfRatingTitle: "Egenvurdering",
            evidence: "Dokumentasjon",
            noEvidenceNoteFull: "Ingen dokumentasjon.",
            uTakesItBack: " u angrer.",
            orderByPerson: "etter person",
            orderDisputesFirst: "avvik først",
            orderByCompetency: "etter kompetanse",
            orderOldestFirst: "eldste først",
            walkthroughTitle: "Egenvurdering",
            keyGoToIt: "gå dit",
            keyCloseList: "lukk listen",
            keyMyGapReport: "mitt kompetansegap",
            keyBackToLast: "tilbake til den siste",
            keyAnswer: "svar",
            keyPickLevel: "velg et nivå",
            keyAnswerPicked: "svar med nivået som er valgt",
            keySkip: "hopp over",
            keyScrollText: "rull teksten",
            keyNextUnanswered: "neste ubesvarte",
            keyListAll: "vis alle",
            keyBackToRole: "tilbake til rollen din",
            keyWholeFramework: "hele rammeverket",
            keyUndoLastAnswer: "angre det siste svaret ditt",
            everyAnswered: "Alle kompetansene her har et svar.",
            noteNotChanged: "Notatet ble ikke endret (Esc).",
            noteUnchanged: "Notatet er uendret: ingenting ble lagret.",
            noteKept: "Notatet er tatt vare på: velg et nivå 0-4 for å lagre det med svaret.",
            withYourNote: " med notatet ditt",
            done: "ferdig",
            notRequiredByYourRole: "Ikke påkrevd i rollen din: svar hvis du vet, eller hopp over med s.",
            answerLegend: "● svaret ditt   ◎ målet for rollen din",
            yourAnswer: "Svaret ditt: ",
            staleSuffix: ", utdatert",
            disputedSuffix: ", avvik",
            notAnsweredYet: "ikke besvart ennå",
            yourRoleCompetencies: "kompetansene i rollen din",
            goToWhich: "Gå til hvilken kompetanse? (· ikke besvart ennå)",
            noteNotSaved: " (notatet er ikke lagret)",
            everyOneAnswered: "Alle har et svar.",
            stillWithoutAnswer: "Fortsatt uten svar (Tab går til den første, o viser alle):",
            finishedKeys: "Enter viser kompetansegapet ditt, b går tilbake til den siste, Esc til start.",
            leadWillSee: "Lederen din ser svarene dine i godkjenningskøen sin.",
            trainingTitle: "Opplæringsbehov",
            groupByCompetency: "etter kompetanse",
            groupByTeam: "etter team",
            groupByPerson: "etter person",
            groupFlat: "flat, etter prioritet",
            columnNowTarget: "Nå→",
            priorityLine: "  Prioritet = vekt × gap, +2 om ingen i teamet når målet, +1 om én gjør det.",
            noNeedPassesFilter: "Ingen behov passer filteret (Esc fjerner det).",
            exportingPanel: " Eksporterer … ",
            sshNothingWritten: "Ingenting ble skrevet på serveren. For å lagre listen på din",
            sshOwnComputer: "egen maskin, kjør dette der:",
            sshSameFile: "Filen blir den samme som en eksport her ville gitt.",
            exportOverSSH: "Eksport over SSH",
            anyKeyCloses: "Trykk en tast for å lukke",
            formatCSV: "CSV",
            formatExcel: "CSV for Excel",
            formatJSON: "JSON",
            formatMarkdown: "Markdown",
            keyReplaceFile: "erstatt filen",
            keyKeepFile: "behold den: endre navnet",
            keyTheCompetency: "kompetansen",
            keyNextMatch: "neste treff",
            keyPreviousMatch: "forrige treff",
            keyStopFinding: "avslutt søket",
            keyGrouping: "grupper etter kompetanse, team, person eller flatt",
            keyOnlyThisTeam: "bare dette teamet",
            keyEveryTeam: "alle team",
            keyOnlyFlagged: "bare ikke vurdert, utdatert eller avvik",
            findCompetencyOrPerson: "Finn kompetanse eller person",
            cursorOnNeed: "Sett markøren på et behov hos en person for å vise bare teamet deres.",
            giveFileName: "Gi filen et navn.",
            exportChoices: "Eksporter som: c CSV · x CSV for Excel · j JSON · m Markdown · Esc avbryt",
            exportsWholeList: " · e eksporterer hele listen",
            accessStaff: "ansatt",
            accessLead: "leder",
            accessHR: "HR",
            accessAdmin: "administrator",
            accessInactive: "inaktiv",
            accessNone: "ingen tilgang",
            yourRatingOf: "vurderingen din av",
            yourAnswerTo: "svaret ditt på",
            noLeadRatingNow: "ingen ledervurdering nå",
            noAnswerNow: "ikke noe svar nå",
            saveExcelTo: "Lagre CSV for Excel som",
            keyAllNotOnlyDisputed: "alle, ikke bare avvik",
            keyAllNotOnlyStale: "alle, ikke bare utdaterte",
            barAnswered: " besvart",
            nobodyHasGap: "Ingen i utvalget har gap.",
            columnRoleTeam: "Rolle · team")

    public func group(_ number: Int) -> String { NumberText.grouped(number, separator: "\u{A0}") }
    public func seconds(_ value: Double) -> String { NumberText.decimal(value, places: 1, in: .nb) }
    public func continueWalkthrough(at position: Int, of count: Int, answered: Int) -> String { "Fortsett egenvurderingen på \(position) av \(count) (\(answered) besvart)" }
    public func startWalkthrough(competencies count: Int) -> String { "Start egenvurderingen (\(count) \(count == 1 ? "kompetanse" : "kompetanser"))" }
    public func walkthroughProgress(answered: Int, of count: Int) -> String { "Egenvurdering (\(answered) av \(count) besvart)" }
    public func validationWaiting(waiting: Int, disputed: Int) -> String { "\(group(waiting)) venter" + (disputed > 0 ? ", \(group(disputed)) avvik" : "") }
    public func validateRatings(_ waiting: String) -> String { "Godkjenn vurderinger (\(waiting))" }
    public func homeRoleLine(role: String, team: String, access: String) -> String { "  \(role) · team \(team) · tilgang: \(access)" }
    public func homeNotStaff(access: String) -> String { "  Tilgang: \(access). Du er ikke registrert som ansatt her, så du har ingenting å vurdere." }
    public func homeGapSummary(gap: Int, of target: Int) -> String { "  gap \(gap) av \(target)" }
    public func topGapStanding(target: Int, now: String, gap: Int, flags: String) -> String { "mål \(target), nå \(now), gap \(gap)  \(flags)" }
    public func unsavedNotesQuit(_ count: Int) -> String { "\(count) \(count == 1 ? "notat" : "notater") er tatt vare på, men ikke lagret (et notat lagres med et nivå). Avslutte og forkaste dem? y/n" }
    public func unsavedNotesLeave(_ count: Int) -> String { "\(count) \(count == 1 ? "notat" : "notater") er tatt vare på her, men ikke lagret (et notat lagres med et nivå). Gå ut og forkaste dem? y/n" }
    public func busy(_ message: String, seconds value: Double) -> String { "\(message) … \(seconds(value)) s" }
    public func keysTitle(_ screen: String) -> String { "Taster: \(screen)" }
    public func tooSmall(width: Int, height: Int) -> String { "Terminalen er for liten: \(width)x\(height)" }
    public func needsAtLeast(width: Int, height: Int) -> String { "skills-tui trenger minst \(width)x\(height)." }
    public func writingNeeds(_ count: Int) -> String { "skriver \(group(count)) behov" }
    public func listPosition(from first: Int, to last: Int, of count: String) -> String { "\(first)-\(last) av \(count)" }
    public func linesPosition(from first: Int, to last: Int, of count: Int) -> String { "linje \(first)-\(last) av \(count)" }
    public func position(_ position: Int, of count: Int) -> String { "\(position) av \(count)" }
    public func yourLeadRatingOf(_ login: String) -> String { "ledervurderingen din av \(login)" }
    public func previousRating(level: Int, on date: Date) -> String { " (var \(level), \(day(date)))" }
    public func savedRating(whose: String, competency: String, level: Int, label: String, previous: String) -> String { "Lagret \(whose) \(competency) = \(level)\(label)\(previous). u angrer." }
    public func backTo(level: Int, label: String, of date: Date) -> String { "tilbake til \(level)\(label) fra \(day(date))" }
    public func tookBack(whose: String, competency: String, level: Int, label: String, now: String) -> String { "Angret \(whose) \(competency) = \(level)\(label): \(now)." }
    public func resumed(at position: Int, of count: Int) -> String { "Fortsetter der du slapp: \(position) av \(count). Trykk g for å begynne fra den første." }
    public var wholeOrganisationTakesSeconds: String { "  En hel organisasjon tar noen sekunder. Esc stopper det." }
    public func menuCompletion(organisation: Bool) -> String { "Gjennomføring av kartleggingsrunden \(organisation ? "per team" : "i teamene mine")" }
    public var menuCalibration: String { "Kalibrering: egen- mot ledervurderinger" }
    public func menuTrend(organisation: Bool) -> String { "Utvikling over kartleggingsrunder \(organisation ? "per team" : "i teamene mine")" }
    public var loadingCompletion: String { "Teller opp gjennomføringen av kartleggingsrunden" }
    public var loadingCalibration: String { "Sammenligner egen- og ledervurderinger" }
    public var loadingTrend: String { "Leser tallene fra rundene" }
    public var menuCycles: String { "Kartleggingsrunder: åpne og lukke" }
    public var cycleScreens: any CycleScreenWords { BokmalCycleScreenWords() }
    public var progressLines: ProgressLineWords { .bokmal }
    public var commandOutputs: any CommandOutputWords { BokmalCommandOutputWords() }
    public var pictures: PictureWords { .bokmal }
    public var fileProblems: any FileProblemWords { BokmalFileProblemWords() }
    public var homeCycleTitle: String { "Kartleggingsrunde " }
    public func homeCycleDue(_ day: String, overdue: Bool, pastDue: Bool) -> String { overdue ? "forfalt siden \(day)" : (pastDue ? "hadde frist \(day)" : "frist \(day)") }
    public func homeCycleDone(_ done: Int, of total: Int) -> String { "\(done) av \(total) ferdig" }
    public var homeCyclePartComplete: String { ": din del er ferdig." }
    public func homeCycleToAnswer(_ count: Int) -> String { " · \(count) å besvare" }
    public func homeCycleToReconfirm(_ count: Int) -> String { " · \(count) å bekrefte på nytt (c i egenvurderingen)" }
    public var loadingCycles: String { "Henter kartleggingsrundene" }
    public var closingCycle: String { "Lukker runden og registrerer alles tall" }
    public func markPhrase(_ mark: InterestMark) -> String { mark == .mentor ? "vil være mentor" : "vil utvikle seg" }
    public var keyLowestLevel: String { "laveste nivå som vises" }
    public func keyMentors(only: Bool) -> String { only ? "alle" : "bare de som vil være mentor" }
    public func keyMark(_ mark: InterestMark, isSet: Bool) -> String { switch (mark, isSet) { case (.mentor, true): "ikke lenger mentor i den"; case (.mentor, false): "jeg vil være mentor i den"; case (.grow, true): "vil ikke lenger utvikle meg i den"; case (.grow, false): "jeg vil utvikle meg i den" } }
    public func markChanged(_ mark: InterestMark, isSet: Bool, competency id: String) -> String { switch (mark, isSet) { case (.mentor, true): "Du vil nå være mentor i \(id): alle som søker etter den, ser deg."; case (.grow, true): "Du vil nå utvikle deg i \(id)."; case (.mentor, false): "Du er ikke lenger merket som mentor i \(id)."; case (.grow, false): "Du er ikke lenger merket som en som vil utvikle seg i \(id)." } }
    public var peopleSearchNotes: [String] { ["Vises: alle du kan se på eller over nivået i egen- eller ledervurdering, og alle", "som har merket kompetansen «vil være mentor», uansett hvilket team de er i.", "Ikke godkjent: ingen ledervurdering ennå, så nivået er personens eget syn."] }
    public func whoKnowsAtLevel(competency: String, level: Int, label: String) -> String { "  Hvem kan \(competency) på nivå \(level) (\(label)) eller høyere" }
    public func peopleSearchCounts(people: Int, byLead: Int, byOwn: Int, unvalidated: Int, mentors: Int) -> String { "  \(group(people)) \(people == 1 ? "person" : "personer"): \(byLead) ledervurdert, \(byOwn) egenvurdert · \(unvalidated) ikke godkjent · \(mentors) \(mentors == 1 ? "mentor" : "mentorer")" }
    public var peopleSearchHint: String { "  1-4 nivå · o bare mentorer" }
    public func peopleSearchYou(_ marks: String) -> String { "  Du: \(marks) · m mentor · w utvikle meg · 1-4 nivå · o bare mentorer" }
    public var noMark: String { "ikke merket" }
    public func nobodyListed(mentorsOnly: Bool) -> String { mentorsOnly ? "Ingen som vises, vil være mentor i den (o viser alle)." : "Ingen du kan se, er på dette nivået; prøv et lavere (1-4)." }
    public var unvalidated: String { "ikke godkjent" }
    public var columnMarks: String { "Merker" }
    public var keyCostedPlan: String { "den kostnadsberegnede opplæringsplanen" }
    public func unknownCommand(_ word: String) -> String { "ukjent kommando `\(word)`; se `skills-tui --help`" }
    public func unknownSubcommand(group: String, word: String) -> String { "ukjent kommando `\(group) \(word)`; se `skills-tui \(group) --help`" }
    public func unknownOption(_ name: String, scope: String, help: String) -> String { "ukjent valg \(name) for \(scope); se `\(help)`" }
    public func extraArgument(command: String, argument: String, usage: String) -> String { "`\(command)` tar ikke imot «\(argument)»; bruk: \(usage)" }
    public func missingArguments(command: String, arguments: String, usage: String) -> String { "`\(command)` trenger \(arguments); bruk: \(usage)" }
    public func takesNoValue(_ name: String) -> String { "\(name) tar ingen verdi" }
    public func needsValue(_ name: String, valueName: String) -> String { "\(name) trenger en verdi (\(valueName))" }
    public func emptyValue(_ name: String) -> String { "\(name) trenger en verdi som ikke er tom" }
    public func notAChoice(_ name: String, choices: String, value: String) -> String { "\(name) må være en av \(choices), ikke «\(value)»" }
    public func givenTwice(_ name: String) -> String { "\(name) er oppgitt to ganger" }
    public var keyOpenOrWhoKnows: String { "åpne; på en kompetanse: hvem kan den" }
    public var keyWhoKnowsIt: String { "hvem kan den" }
    public var whoKnowsHeading: String { "Hvem kan hva: velg et rammeverk, deretter en kompetanse (/ søker i alle)" }
    public func rerateAfterTraining(item: String, planItem: Int, on date: Date) -> String { "Du fullførte «\(item)» (planpunkt \(planItem)) \(day(date)), etter at du sist vurderte denne: vurder den på nytt." }
    public func rerateAfterRewording(version: String) -> String { "Ordlyden er endret siden du vurderte denne (mot versjon \(version)): vurder den på nytt." }
    public var rateThisAgain: String { "Vurder denne på nytt." }
    public func homeRateAgain(_ count: Int) -> String { ": \(count) å vurdere på nytt" }
    public var menuTrainingAndPlan: String { "Opplæringsbehov og kostnadsberegnet plan" }
    public func menuDevelopmentPlans(organisation: Bool) -> String { organisation ? "Utviklingsplaner: oppslutning og bestilte kostnader" : "Utviklingsplanene i teamene mine" }
    public var menuMyDevelopmentPlan: String { "Min utviklingsplan" }
    public var menuWhoKnowsWhat: String { "Hvem kan hva" }
    public func loadingTrainingPlan(organisation: Bool) -> String { organisation ? "Kostnadsberegner organisasjonens opplæringsplan" : "Kostnadsberegner opplæringsplanen" }
    public var loadingDevelopmentPlans: String { "Henter utviklingsplanene" }
    public var loadingPeopleSearch: String { "Finner hvem som kan det" }
    public var rankingNeeds: String { "leser og rangerer behovene" }
    public func rateAgainFirst(_ count: Int) -> String { "\(count == 1 ? "1 kompetanse" : "\(count) kompetanser") å vurdere på nytt først (opplæring fullført, eller ny ordlyd); deretter går Tab videre til de ubesvarte." }
    public func nobodyMatches(_ query: String) -> String { "Ingen passer «\(query)»." }
    public func noTeamMatches(_ query: String) -> String { "Ingen team passer «\(query)»." }
    public func nothingMatchesQuery(_ query: String) -> String { "Ingen treff på «\(query)»." }
    public func competenciesMatching(_ query: String) -> String { "Kompetanser som passer «\(query)»" }
    public func frameworkLine(id: String, name: String, version: String, reviewDays: Int) -> String { "\(id) \(name), versjon \(version) · vurderinger blir utdatert etter \(reviewDays) dager" }
    public func frameworkSize(competencies: Int, areas: Int, version: String) -> String { "\(competencies) \(competencies == 1 ? "kompetanse" : "kompetanser") i \(areas) \(areas == 1 ? "område" : "områder") · \(version)" }
    public func gapReportOf(_ name: String) -> String { "Kompetansegap: \(name)" }
    public func gapScreenSummary(readiness: String, weightedGap: Int, of target: Int) -> String { "  Måloppnåelse \(readiness) · vektet gap \(weightedGap) av \(target)" }
    public func heatmapHeading(team: String, people count: Int, lens: String, filter: String) -> String { "  \(team) · \(group(count)) \(count == 1 ? "person" : "personer") · \(lens) · \(filter)" }
    public func sortedBy(_ id: String) -> String { " · etter \(id)" }
    public func matchingSuffix(_ query: String) -> String { " · treff på «\(query)»" }
    public func nobodyToShow(matching query: String?) -> String { "  Ingen å vise" + (query.map { " med treff på «\($0)»." } ?? ".") }
    public func withoutPerson(_ name: String) -> String { " Uten \(name)" }
    public func detailTarget(_ target: Int, label: String) -> String { " · mål \(target) \(label)" }
    public func detailNow(_ band: String) -> String { " · nå: \(band)" }
    public func teamMeets(_ meeting: Int, of required: Int) -> String { " · team: \(meeting) av \(required) når målet" }
    public func onlyHolder(_ login: String) -> String { " (bare \(login))" }
    public func trackNone(_ track: String) -> String { "\(track): ingen" }
    public func ratingLine(track: String, level: Int, label: String, on date: Date, age: String) -> String { "\(track): \(level) \(label), \(day(date)) (\(age))" }
    public func byRater(_ login: String) -> String { " av \(login)" }
    public func historyCount(_ count: Int) -> String { "\(count) vurderinger i historikken" }
    public func leaverHeading(name: String, login: String) -> String { " Hvis \(name) (\(login)) sluttet, etter gjeldende vurderinger (x igjen: tilbake):" }
    public func nobodyWouldMeetList(_ names: String) -> String { "Ingen ville nå målet i: \(names)" }
    public func onlyOneWouldMeetList(_ names: String) -> String { "Bare én ville nå målet i: \(names)" }
    public func noCompetencyOnHeatmap(_ text: String) -> String { "Ingen kompetanse i dette varmekartet passer «\(text)»." }
    public func notYourMember(_ name: String) -> String { "Du kan vurdere medlemmene i teamene du leder; \(name) er ikke en av dem." }
    public func inAnotherTeam(name: String, team: String) -> String { "\(name) er i et annet team (\(team)): åpne varmekartet til det teamet for å se det uten dem." }
    public func toValidate(in scope: String, counted: String) -> String { "  Til godkjenning i \(scope): \(counted)" }
    public func teamNamed(_ id: String) -> String { "team \(id)" }
    public func waitingAndDisputed(waiting: Int, disputed: Int) -> String { "\(group(waiting)) venter, \(group(disputed)) avvik" }
    public func only(_ what: String) -> String { "bare \(what)" }
    public func matchingQuery(_ query: String) -> String { "treff på «\(query)»" }
    public func selfRatingSummary(name: String, competency: String, level: Int, label: String, age: String) -> String { "\(name): \(competency) på \(level) \(label), \(age)" }
    public func yourLastRating(level: Int, label: String, on date: Date) -> String { "Din siste vurdering: \(level) \(label), \(day(date))" }
    public func evidenceLine(_ note: String) -> String { "Dokumentasjon: \(note)" }
    public func quoted(_ text: String) -> String { "«\(text)»" }
    public func yourPendingNote(_ note: String) -> String { "Notatet ditt, som lagres med vurderingen: \(note)" }
    public func validationActions(accepting level: Int) -> String { "a: godta \(level) som din vurdering · 0-4: ditt eget nivå · n: legg til notat" }
    public func noteFor(login: String, competency: String) -> String { "Notat til \(login) \(competency)" }
    public func savedValidation(name: String, login: String, competency: String, level: Int, label: String) -> String { "Lagret vurderingen din av \(name) (\(login)) \(competency) = \(level) \(label)" }
    public func wasRating(level: Int, on date: Date) -> String { " (var \(level), \(day(date)))." }
    public func stillWaiting(_ count: Int) -> String { " \(group(count)) venter." }
    public func selfRatingLine(level: Int, label: String, on date: Date, age: String) -> String { "Egenvurdering: \(level) \(label), \(day(date)) (\(age))" }
    public func roleTarget(_ target: Int, label: String) -> String { "Målet for rollen deres: \(target) \(label)" }
    public func evidenceFor(_ competency: String) -> String { "Dokumentasjon for \(competency)" }
    public func noteKeptUntilAnswered(_ note: String) -> String { "Notatet ditt for denne tas vare på til du svarer (ikke lagret ennå): \(note)" }
    public func noteSavedAgain(competency: String, level: Int, label: String) -> String { "Notatet er lagret: \(competency) = \(level) \(label) på nytt i dag. u angrer." }
    public func savedAnswer(competency: String, level: Int, label: String, noted: Bool, answered: Int, of count: Int) -> String { "Lagret \(competency) = \(level) \(label)\(noted ? " med notatet ditt" : ""). \(answered) av \(count) besvart. u angrer." }
    public func roleNeedsLevel(_ target: Int, label: String) -> String { "Rollen din krever nivå \(target) (\(label))." }
    public func answerDetail(level: Int, label: String, on date: Date, age: String) -> String { "\(level) \(label), \(day(date)) (\(age))" }
    public func yourLeadSuffix(level: Int, label: String) -> String { " · lederen din: \(level) \(label)" }
    public func noteToSave(_ note: String) -> String { "Notat som lagres med svaret ditt (ikke lagret ennå): \(note)" }
    public func yourNote(_ note: String) -> String { "Notatet ditt: «\(note)» (n endrer det; da lagres svaret ditt på nytt i dag)" }
    public func allOfFramework(_ name: String) -> String { "hele \(name)" }
    public func walkthroughAnswered(_ progress: String, answered: Int) -> String { "\(progress) · \(answered) besvart " }
    public func walkthroughHeading(_ scope: String) -> String { "  Egenvurdering: \(scope)" }
    public func allInWalkthrough(_ count: Int) -> String { "Alle \(count) i denne gjennomgangen (o viser dem, så du kan hoppe til en)" }
    public func beenThroughAll(_ count: Int, answered: Int) -> String { "Du har gått gjennom alle \(count) kompetansene; \(answered) har et svar." }
    public func trainingScreenHeading(scope: String, people: Int, needs: Int, competencies: Int) -> String { "  Opplæringsbehov, \(scope): \(group(people)) \(people == 1 ? "person" : "personer"), \(group(needs)) behov i \(competencies) \(competencies == 1 ? "kompetanse" : "kompetanser")" }
    public func teamOnly(_ team: String) -> String { "bare team \(team)" }
    public func frameworkOnly(_ framework: String) -> String { "bare \(framework)" }
    public func shownCount(_ count: Int) -> String { "\(group(count)) vises" }
    public func linesMatch(_ count: Int, query: String) -> String { "\(group(count)) \(count == 1 ? "linje passer" : "linjer passer") «\(query)» (n/N)" }
    public func showingLine(_ parts: String) -> String { "  Viser " + parts + " · p kostnadsberegner en plan · e eksporterer" }
    public func needGroupHeading(competency: String, people: Int, priority: Int) -> String { "\(competency) · \(group(people)) \(people == 1 ? "person" : "personer") · prioritet \(priority)" }
    public func teamHeading(_ team: String) -> String { "Team \(team)" }
    public func saveFormatTo(_ format: String) -> String { "Lagre \(format) som" }
    public func exportedNeeds(_ count: Int, to path: String) -> String { "Eksporterte \(group(count)) opplæringsbehov til \(path)" }
    public func replaceQuestion(_ path: String) -> String { "\(path) finnes. Erstatte den? y/n" }
}
