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
    public var collation: Collation { .norwegian }

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
            person: "Person", team: "Team", need: "Trenger", meet: "Når", standing: "Status", ready: "Måloppn.",
            coverage: "Dekning", id: "Id", name: "Navn", version: "Versjon", competencies: "Kompetanser",
            reviewEvery: "Revideres hver", login: "Brukernavn", role: "Rolle", notes: "Merknader")
    }

    public var flags: RequirementFlagWords { RequirementFlagWords(unrated: "ikke vurdert", stale: "utdatert", disputed: "avvik") }
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

    // MARK: - Coverage and calibration

    public func coverageTitle(team: String, teamID: String, members: Int) -> String {
        "Dekning: \(team) (\(teamID)) · \(members) aktive \(members == 1 ? "medlem" : "medlemmer")"
    }
    public func coverageSummary(singlePointsOfFailure: Int, uncovered: Int) -> String {
        let fragile = singlePointsOfFailure == 1 ? "personavhengig kompetanse" : "personavhengige kompetanser"
        return "\(singlePointsOfFailure) \(fragile) · \(uncovered) \(uncovered == 1 ? "kompetanse" : "kompetanser") der ingen når målet"
    }
    public var nobodyMeetsTarget: String { "ingen når målet" }
    public func singlePointOfFailure(holder: String) -> String { "personavhengig: bare \(holder)" }
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

    public func recorded(competency: String, level: Int, label: String, login: String, track: RatingTrack) -> String {
        "Lagret \(competency) = \(level) (\(label)) for \(login) som \(trackName(track))."
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
        case .unsafeNote(let problem):
            return "notatet \(problem): ingenting ble lagret"
        case .inactivePerson(let login):
            return "\(login) er merket som inaktiv: ingenting ble lagret"
        case .notStaff(let login):
            return "\(login) er ikke registrert som ansatt i denne databasen"
        case .walkthroughIsSelfOnly:
            return "en egenvurdering lagrer bare dine egne vurderinger"
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
        case .noDatabase(let path):
            return "ingen database i \(path)"
        case .unreadableDatabase(let path, let cause):
            return "kan ikke åpne databasen \(path): \(cause)"
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
        case .noAccess:
            return "\(who) er ikke registrert som ansatt i denne databasen og har ingen tilgang; spør en administrator"
        case .manageAccess:
            return "\(who) kan ikke se eller endre hvem som når databasen over SSH: bare en administrator kan det"
        case .manageRights:
            return "\(who) kan ikke se, gi eller trekke tilbake HR- og administratorrettene: bare en administrator kan det"
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
        case .notADatabase: return "; oppgi --db med riktig fil, eller fjern den og kjør `skills-tui init`"
        case .alreadyExists, .notTheDemo, .alreadyPopulated: return "; oppgi en annen sti"
        case .noShippedData: return "; sett SKILLS_TUI_DATA til mappen som inneholder frameworks/ og seeds/"
        case .lastAdministrator: return "; se `skills-tui access rights`"
        case .noSuchKey: return "; se `skills-tui access list`"
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
}
