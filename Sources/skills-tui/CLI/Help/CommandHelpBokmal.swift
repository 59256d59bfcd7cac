import SkillsMatrix

/// The command line's words in Norwegian Bokmål: `--help` and the commands' usage
/// problems. Placeholders (TEAM, FILE), option names, commands in backticks and examples
/// stay as they are typed; the prose is Norwegian.
struct BokmalCommandLine: CommandLineCatalogue {
    var commands: [String: CommandHelp] { Self.commands }
    var globalOptions: [String: String] { Self.globalOptions }

    let overviewHead = """
        skills-tui: kartlegging av kompetansegap mot kompetanserammeverk

        Bruk: skills-tui [COMMAND] [OPTIONS]
        Uten kommando åpnes terminalgrensesnittet som innlogget bruker.
        """
    let usage = "Bruk"
    let commandsHeading = "Kommandoer:"
    let optionsHeading = "Valg:"
    let globalOptionsHeading = "Felles valg:"
    let exitStatuses = """
        Avslutningsstatus: 0 ok, 64 feil bruk, 65 ugyldige data, 66 inndata mangler,
        73 finnes allerede, 74 I/O-feil, 77 ikke tillatt.
        """
    let noCommand = "(ingen)"
    let example = "Eksempel:"

    func moreHelp(_ prefix: String) -> String { "Kjør `\(prefix) COMMAND --help` for å se valgene til en kommando." }

    func problem(_ problem: CommandProblem) -> String {
        switch problem {
        case .standardInputTwice: return "- (standard inn) er oppgitt mer enn én gang: den kan bare leses én gang"
        case .certificateNumber(let text): return "--certificate er nummeret til et sertifikat (se `skills-tui report certificates`), ikke «\(text)»"
        case .level(let text): return "LEVEL må være et tall fra 0 til 4, ikke «\(text)»"
        case .personOrTeam: return "oppgi --person eller --team, ikke begge"
        case .withoutInCSV: return "--without viser virkningen i text og json; --format csv viser bare dekningen"
        case .excelWithoutCSV: return "--excel gjelder bare --format csv"
        case .needsTeam(let command): return "`\(command)` trenger --team TEAM (se `skills-tui staff list` for team-id-ene)"
        case .needsStaff: return "`generate` trenger --staff N, antall personer som skal lages"
        case .seed(let text): return "--seed må være et heltall fra 0 til \(UInt64.max), ikke «\(text)»"
        case .wholeNumber(let option, let value): return "\(option) må være et heltall, ikke «\(value)»"
        case .languageCode(let text): return "LANG må være en av \(Language.codeList) eller auto, ikke «\(text)»"
        case .migrateNeedsDatabases: return "migrate trenger --from DB og --to DB"
        case .cycleNeedsDue: return "`cycle open` trenger --due YYYY-MM-DD"
        case .fromWithRating: return "--from FILE henter vurderingene fra FILE: oppgi ikke COMPETENCY LEVEL i tillegg"
        case .singleRatingOption(let option): return "\(option) gjelder én enkelt vurdering; med --from skriver du merknaden etter nivået på hver linje"
        case .ratingLine(let line): return "en linje er COMPETENCY LEVEL [NOTE], ikke «\(line)»"
        case .needsTerminal:
            return "terminalgrensesnittet trenger en terminal; i skript og rør bruker du rapportene, for eksempel `skills-tui report gaps --format json` (se skills-tui --help)"
        }
    }

    static let globalOptions: [String: String] = [
        "--db": "databasefilen (standard: $SKILLS_DB, ellers $XDG_DATA_HOME/skills-tui/skills.sqlite)",
        "--as": "opptre som en annen bruker (for administratorer, og for alle i demo-organisasjonen)",
        "--output": "skriv resultatet til FILE (opprettes med 0600, erstattes atomisk) i stedet for til standard ut",
        "--no-color": "ingen farger i terminalgrensesnittet (også NO_COLOR=1 eller TERM=dumb)",
        "--lang": "språket du vil lese: en eller nb (standard: det du har lagret med `profile language`, ellers LC_ALL, LC_MESSAGES eller LANG, ellers en)",
        "--help": "vis hjelp for kommandoen",
        "--version": "skriv ut versjonen",
    ]

    private static let configHelp = "konfigurasjonsfilen til gatewayen (standard \(GatewayConfiguration.defaultPath))"
    private static let excelHelp = "begynn CSV-filen med et UTF-8-BOM, så Excel viser navn som Åse riktig"

    // MARK: - Commands

    static let commands: [String: CommandHelp] = [
        "access add": CommandHelp(
            summary: "la LOGIN nå databasen over SSH med den offentlige nøkkelen i KEYFILE (- for standard inn; admin)",
            details: """
                Legger nøkkelen inn i skills-tui sin blokk i tjenestekontoens authorized_keys
                som
                  restrict,pty,command="/usr/bin/skills-tui gateway LOGIN" ssh-ed25519 AAAA...
                slik at `ssh ACCOUNT@HOST` åpner skills-tui som LOGIN og ingenting annet.
                Nøkkelen må være én linje fra en .pub-fil: ssh-ed25519, ecdsa-sha2-*, ssh-rsa på
                2048 biter eller mer, eller -sk-variantene av dem, uten noe foran typen. En
                nøkkel som allerede slipper inn en annen person, blir avvist. Linjer utenfor
                blokken endres aldri; filen erstattes atomisk med modus 0600, og endringen
                skrives i revisjonsloggen. Databasen og filen hentes fra konfigurasjonen (se
                `skills-tui gateway --help`): authorized-keys, ellers ~/.ssh/authorized_keys for
                kontoen som kjører kommandoen.
                """,
            options: ["--config": configHelp]),
        "access list": CommandHelp(
            summary: "vis SSH-nøklene som når databasen: brukernavn, nøkkeltype, fingeravtrykk, kommentar, når lagt til (admin)",
            details: "Leser skills-tui sin blokk i tjenestekontoens authorized_keys; linjer utenfor den vises ikke.",
            options: ["--config": configHelp]),
        "access revoke": CommandHelp(
            summary: "stopp SSH-nøklene til LOGIN (eller den med --key FINGERPRINT) fra å nå databasen (admin)",
            details: """
                Fjerner nøkkellinjene til LOGIN fra skills-tui sin blokk i authorized_keys (alle
                nøklene personen har, eller bare den med fingeravtrykket `access list` viser),
                atomisk, og skriver én linje i revisjonsloggen per nøkkel. En tilkobling som alt
                er åpen, holdes åpen til den avsluttes.
                """,
            options: [
                "--config": configHelp,
                "--key": "bare denne nøkkelen (SHA256:..., slik `access list` viser den)",
            ]),
        "access grant": CommandHelp(
            summary: "gi LOGIN hr-rettigheten (se og eksportere alle) eller admin-rettigheten (admin)",
            details: """
                Rettigheter dataene ikke kan gi av seg selv: «staff» følger av å stå på
                ansattlisten og «lead» av å lede et team, men HR-medarbeidere og flere
                administratorer utnevnes her. LOGIN må være en aktiv ansatt eller allerede ha en
                rettighet. Endringen og hvem som gjorde den, skrives i revisjonsloggen.
                Databasen er --db, ellers den i gateway-konfigurasjonen (--config), ellers
                standarddatabasen.
                """,
            options: ["--config": configHelp]),
        "access withdraw": CommandHelp(
            summary: "ta hr- eller admin-rettigheten fra LOGIN (admin; den siste administratoren beholder sin)",
            details: """
                Gjelder fra neste kommando eller tilkobling til LOGIN. Endringen og hvem som
                gjorde den, skrives i revisjonsloggen. Databasen velges som for `access grant`.
                """,
            options: ["--config": configHelp]),
        "access rights": CommandHelp(
            summary: "vis hvem som har hr- og admin-rettighetene, og hvem som ga dem og når (admin)",
            details: "Databasen velges som for `access grant`.",
            options: ["--config": configHelp]),
        "export ratings": CommandHelp(
            summary: "alle vurderinger som er registrert, eldste først, som CSV eller JSON (hr, admin)",
            details: """
                Én rad per vurdering: \(RatingExportFormat.csvHeader.joined(separator: ",")).
                Tidspunktene er i UTC (2026-11-24T09:30:00Z). CSV følger RFC 4180 med CRLF som
                linjeskift; en merknad som begynner som en regnearkformel, får ' foran.
                """,
            options: [
                "--format": "csv (standard) eller json",
                "--excel": "begynn CSV-filen med et UTF-8-BOM, så Excel viser navn og merknader riktig",
            ]),
        "backup": CommandHelp(
            summary: "kopier databasen til en ny FILE mens andre fortsetter å arbeide (admin)",
            details: """
                Bruker SQLites sikkerhetskopiering i drift, så kopien viser ett og samme
                øyeblikk selv mens folk vurderer. FILE må ikke finnes fra før; den opprettes med
                modus 0600, og åpnes og kontrolleres etterpå. Gjenopprett ved å la --db (eller
                SKILLS_DB) peke på kopien.
                """),
        "migrate": CommandHelp(
            summary: "kopier hele databasen mellom SQLite og PostgreSQL, kontrollert tabell for tabell (admin)",
            details: """
                --from og --to tar hver en SQLite-fil eller en postgresql://-URL. Målet må være
                nytt: en fil som ikke finnes, eller en tom PostgreSQL-database (createdb). Hver
                tabell kopieres i én transaksjon, og antall rader og SHA-256 av innholdet
                sammenlignes på begge sider før noe beholdes; kilden leses i ett øyeblikksbilde,
                så folk kan fortsette å vurdere (senere vurderinger blir ikke med).
                """,
            options: [
                "--from": "databasen som skal kopieres (en fil eller en postgresql://-URL)",
                "--to": "den nye databasen (en fil som ikke finnes, eller en tom PostgreSQL-database)",
            ]),
        "cycle open": CommandHelp(
            summary: "åpne en kartleggingsrunde (hr, admin): hvem som vurderer hvilke rammeverk innen når",
            details: """
                Åpnes nå og har frist ved slutten av --due (UTC). Uten --teams er hele
                organisasjonen med; et team tar med seg teamene under det. Uten --frameworks er
                alle installerte rammeverk med. En persons punkter er kravene i rollen deres i
                disse rammeverkene; et punkt er ferdig når personen vurderer det (eller
                bekrefter en eldre vurdering på nytt) i løpet av runden. Bare én runde kan være
                åpen om gangen.
                Eksempel: skills-tui cycle open "2027 annual review" --due 2027-03-31 --frameworks PM,DI
                """,
            options: [
                "--due": "dagen runden har frist (påkrevd)",
                "--teams": "team som er med (standard: hele organisasjonen)",
                "--frameworks": "rammeverk som er med (standard: alle)",
            ]),
        "cycle list": CommandHelp(
            summary: "kartleggingsrundene: åpne og lukkede, med datoer og omfang",
            details: "JSON skriver en liste med ett objekt per runde.",
            options: ["--format": "text eller json"]),
        "cycle show": CommandHelp(
            summary: "én kartleggingsrunde (standard: den åpne): datoene og gjennomføringen per team",
            details: """
                hr og admin ser alle team; en leder teamene de leder; alle andre sin egen
                framdrift. `report completion` viser hver person.
                """,
            options: ["--format": "text eller json"]),
        "cycle close": CommandHelp(
            summary: "lukk en kartleggingsrunde (hr, admin) og lagre et øyeblikksbilde for senere sammenligning",
            details: """
                Lagrer, én gang for alle, måloppnåelse, gjennomføring, gap og kalibrering for
                hver person og hvert team, kalibreringen for hver leder og kompetanse, og
                organisasjonens. `report trend` og `report calibration` sammenligner rundene
                gjennom disse bildene.
                """),
        "plan add": CommandHelp(
            summary: "legg til et punkt i en utviklingsplan: din egen, eller et teammedlems som leder",
            details: """
                Punktet er et tilbud i læringskatalogen som bygger kompetansen (--item; se
                `skills-tui learning list --competency ID`), det personen skal gjøre, med egne
                ord (--text), eller begge deler. --target er dagen det skal være gjort innen
                (YYYY-MM-DD, i dag eller senere). Punktet starter som planlagt; flytt det videre
                med `skills-tui plan move`.
                Eksempel: skills-tui plan add PM.RISK.1 --person apatel --item pm-risk-1-risk-workshop --target 2027-03-31
                """,
            options: [
                "--person": "hvem planen gjelder (standard: deg)",
                "--item": "et tilbud i læringskatalogen",
                "--text": "det personen skal gjøre, med egne ord",
                "--target": "dagen det skal være gjort innen (YYYY-MM-DD)",
            ]),
        "plan move": CommandHelp(
            summary: "flytt et planpunkt videre: booked, done eller cancelled (personen, lederne, hr)",
            details: """
                Punkter flyttes bare framover: planned -> booked -> done, eller cancelled fra
                planned eller booked. Hver flytting tas vare på. Når et punkt er done, tilbyr
                personens egenvurdering den kompetansen først, så den kan vurderes på nytt.
                """,
            options: [
                "--target": "en ny dag det skal være gjort innen (YYYY-MM-DD)",
                "--note": "en merknad til endringen (kursdatoen, en bestillingsreferanse)",
            ]),
        "certificate add": CommandHelp(
            summary: "registrer et sertifikat som dokumentasjon: ditt, et teammedlems som leder, hvem som helst som hr",
            details: """
                En vurdering kan så vise til det: skills-tui rate COMPETENCY LEVEL --certificate
                NUMBER. Når sertifikatet utløper, regnes vurderingene som viser til det, som
                utdaterte. Sertifikater er bare synlige for personen, lederne i teamet deres og
                hr.
                """,
            options: [
                "--person": "hvem sertifikatet tilhører (standard: deg)",
                "--name": "tittelen på sertifikatet, for eksempel «PRINCE2 7 Practitioner»",
                "--issuer": "hvem som utstedte det, for eksempel PeopleCert",
                "--id": "utstederens sertifikat- eller kandidatnummer",
                "--gained": "dagen det ble oppnådd (YYYY-MM-DD)",
                "--expires": "dagen det utløper, om det gjør det (YYYY-MM-DD)",
            ]),
        "mark": CommandHelp(
            summary: "merk en kompetanse for deg selv: du vil være mentor for andre i den, eller utvikle deg i den",
            details: """
                MARK er mentor eller grow; --off fjerner merket. Merkene vises i `skills-tui
                report people`; vil du være mentor, blir du også synlig for alle som søker etter
                kompetansen.
                """,
            options: ["--off": "fjern merket"]),
        "report training-plan": CommandHelp(
            summary: "en kostnadsberegnet opplæringsplan: kartlagte behov gruppert etter tilbudet som dekker dem",
            details: """
                Bare kartlagte behov (en vurdering og et gap); hvert dekkes av tilbudet i
                katalogen som løfter personen til målet til lavest kostnad.
                Per tilbud: antall personer, behov, prioriteten det dekker, timer og kostnad,
                med gruppepris der den er billigere. Behov som ingen tilbud dekker, vises med
                det nærmeste tilbudet; behov som et bestilt planpunkt alt svarer på, holdes
                utenfor. Med --budget: plassene som bør kjøpes først, det utvalget som dekker
                mest prioritet innenfor beløpet (eksakt for planer for et team eller en kommune;
                grådig, minst halvparten av det beste, for de største).
                CSV-kolonner: \(TrainingPlanFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--team": "ett team i stedet for hele organisasjonen",
                "--budget": "hvor mye som kan brukes, i katalogens valuta (25000 eller 25 000 kr)",
                "--format": "text, csv, json eller markdown",
                "--excel": excelHelp,
            ]),
        "report people": CommandHelp(
            summary: "hvem kan hva: personer på eller over et nivå i én kompetanse",
            details: """
                Teller egenvurderinger og ledervurderinger hver for seg og merker personer som
                bare står oppført på egen vurdering (ikke godkjent). Viser personene du kan se
                (ansatte: seg selv; ledere: teamene sine; hr og administratorer: alle) og,
                utover dem, alle som har merket kompetansen «vil være mentor» (`skills-tui mark
                COMPETENCY mentor`).
                """,
            options: [
                "--competency": "kompetansen (påkrevd)",
                "--min-level": "laveste nivå som vises, 1 til 4 (standard 3)",
                "--team": "bare dette teamet",
                "--format": "text, csv eller json",
            ]),
        "report certificates": CommandHelp(
            summary: "sertifikater per team; med --expiring DAYS, det som snart går ut eller har gått ut",
            details: """
                Med --expiring 90: sertifikater som utløper innen 90 dager, og utløpte som ikke
                er erstattet av et senere sertifikat med samme navn. Ansatte ser sine egne;
                ledere teamene sine; hr alle. En vurdering som viser til et utløpt sertifikat,
                regnes som utdatert.
                """,
            options: [
                "--expiring": "bare det som utløper innen DAYS dager (eller har utløpt)",
                "--team": "ett team",
                "--format": "text, csv eller json",
            ]),
        "report plans": CommandHelp(
            summary: "utviklingsplaner: punkter, status og forsinkelser; oppslutning og bestilt beløp",
            details: """
                Som ansatt din egen plan; som leder teamene dine; for hr og administratorer hele
                organisasjonen. --person eller --team snevrer inn.
                """,
            options: [
                "--person": "planen til én person",
                "--team": "ett team",
                "--format": "text, csv eller json",
            ]),
        "frameworks list": CommandHelp(
            summary: "vis rammeverkene og rolleprofilene",
            details: "Leser databasen; uten database, filene som følger med."),
        "frameworks show": CommandHelp(
            summary: "vis et rammeverk (PM) eller én kompetanse med nivåbeskrivelsene (PM.RISK.1)"),
        "frameworks validate": CommandHelp(
            summary: "kontroller rammeverks- og rollefiler (de som følger med når FILE ikke er oppgitt)",
            details: """
                Hver FILE er et rammeverk (pm.json) eller en rollefil (roles.json); - leser én
                fra standard inn. Roller kontrolleres mot rammeverkene som følger med, pluss
                rammeverksfilene som er oppgitt. Hver fil lastes slik verktøyet laster den: den
                første feilen oppgir fil, linje og JSON-sti, og avslutningsstatus er 65.
                Deretter innholdsreglene: to nivåer med samme beskrivelse, eller en referanse
                til et kjent system med feil kode, utgave eller SFIA-nivå, er en feil (status
                65); en kompetanse ingen rolleprofil krever, eller et system verktøyet ikke
                kjenner, er en advarsel, og advarsler alene gir avslutningsstatus 0. Om en
                kompetanse er påkrevd, avgjøres av den første rollefilen som er oppgitt, ellers
                av den som følger med.
                """),
        "frameworks import": CommandHelp(
            summary: "installer rammeverk, eller nye versjoner av dem, og rolleprofiler (admin)",
            details: """
                Hver FILE (eller -, standard inn: `ssh HOST frameworks import - < pm.csv`) er et
                rammeverk i Moodle CSV, CASE eller vår JSON, en rollefil (roles.json) eller en
                læringskatalog (learning.json); alle kontrolleres som én endring og installeres
                samlet, eller ikke i det hele tatt. En fil kontrolleres etter de samme reglene
                som rammeverkene som følger med; hver feil vises med linjenummer, og importen
                stopper (status 65) uten at noe er endret. Uten --format gjettes formatet: JSON
                med et CFDocument er CASE, JSON med "roles" en rollefil, JSON med "items" en
                læringskatalog, annen JSON et rammeverk, alt annet Moodle CSV.
                En ny versjon erstatter den installerte: kompetanser den tar bort, pensjoneres
                (vurderingene blir stående i historikken), med mindre en rolleprofil fortsatt
                krever dem, og da avvises importen; importer den nye rollefilen i samme
                kommando. Samme versjon godtas bare med identisk innhold (da endres ingenting);
                ellers må versjonen være nyere enn den installerte (1.10.0 etter 1.9.0) og ikke
                en som vurderinger alt er registrert mot. En rollefil erstatter alle
                rolleprofiler; hvert krav må vise til en kompetanse i et installert eller
                importert rammeverk, og en rolle som noen har, må bli stående. En læringskatalog
                erstatter den installerte; et tilbud som en utviklingsplan viser til, må bli
                stående. Slik flytter du en database over på innholdet som følger med:
                skills-tui frameworks import frameworks/*.json
                """,
            options: ["--format": "moodle-csv, case eller json"]),
        "frameworks export": CommandHelp(
            summary: "skriv et rammeverk som Moodle CSV, CASE 1.1 JSON eller vår JSON (standard json)",
            details: """
                Moodle CSV bruker overskriftene til tool_lpimportcsv; nivåbeskrivelser, skalaens
                beskrivelser, versjon og revisjonsintervall legges i Descriptions som Markdown.
                CASE er en CFPackage med identifikatorer avledet av våre id-er, slik at samme
                rammeverk alltid eksporteres til de samme bytene; lastChangeDateTime er da
                versjonen ble installert. Leser databasen; uten database, filene som følger med,
                datert 1970-01-01T00:00:00Z (ingenting er installert).
                Moodle CSV og CASE har ett språk: --lang velger det (standard en, uansett hva
                LANG eller det lagrede språket ditt sier: en eksport er data); CASE setter
                språket på dokumentet og hvert element, og Moodles etiketter er også på det
                språket. JSON har alle språkene rammeverket har, eller bare det --lang oppgir.
                """,
            options: ["--format": "moodle-csv, case eller json"]),
        "generate": CommandHelp(
            summary: "lag en database med en oppdiktet organisasjon på N personer (til utprøving og ytelsestester)",
            details: """
                Oppretter databasen i --db (eller $SKILLS_DB, eller XDG-standarden) som `init`,
                og legger så til en oppdiktet organisasjon: en ledergruppe, avdelinger og
                teamene deres på 6-15 personer under en leder, alle rolleprofilene i bruk, og
                fire årlige kartleggingsrunder med egen- og ledervurderinger (noen med avvik,
                noen utdaterte). Du blir administrator; én generert person har hr. Samme --seed
                gir samme innhold: tidspunktene for vurderingene ligger fast i forhold til
                starten av dagen i dag (UTC), så radene er identiske samme dag, eller når
                klokken er låst med SKILLS_TUI_NOW. Rører aldri en fil som finnes fra før.
                """,
            options: [
                "--staff": "personer i organisasjonen, \(SyntheticOptions.staffRange.lowerBound) til \(SyntheticOptions.staffRange.upperBound) (påkrevd)",
                "--seed": "et heltall som velger organisasjonen (standard \(SyntheticOptions.defaultSeed))",
                "--large-team": "lag også ett team på N personer (id \(SyntheticOptions.largeTeamID)), regnet med i --staff",
            ]),
        "": CommandHelp(
            summary: "åpne terminalgrensesnittet som innlogget bruker"),
        "demo": CommandHelp(
            summary: "åpne terminalgrensesnittet på demo-organisasjonen (tas vare på mellom kjøringene)",
            details: """
                Oppretter demodatabasen (standard $XDG_DATA_HOME/skills-tui/demo.sqlite, eller
                --db) fra seeds/demo første gang og tar vare på den: neste kjøring fortsetter
                der du slapp.
                --reset erstatter den med en ny kopi. Åpner så terminalgrensesnittet med et
                valg: vær en ansatt, en teamleder eller HR. En --db-fil med ekte data blir aldri
                åpnet som demo og aldri erstattet.
                """,
            options: ["--reset": "begynn på nytt: erstatt demodatabasen med en ny kopi av seeds/demo"]),
        "learning list": CommandHelp(
            summary: "vis læringskatalogen: tilbud, priser og nivåene de løfter til",
            details: "Leser databasen; uten database, frameworks/learning.json som følger med.",
            options: ["--competency": "bare tilbud som bygger denne kompetansen"]),
        "learning export": CommandHelp(
            summary: "skriv læringskatalogen som learning.json",
            details: """
                Samme format som `skills-tui frameworks import` leser; rediger filen og importer
                den for å endre priser, legge til kommunens egne kurs eller registrere tilbud du
                har fått (sett "indicative": false). Leser databasen; uten database, filen som
                følger med.
                """),
        "profile language": CommandHelp(
            summary: "vis eller lagre språket du leser skills-tui på: en, nb eller auto",
            details: """
                Lagres i databasen for brukernavnet ditt, så det følger deg til alle terminaler
                og over SSH. auto fjerner det: da avgjør LC_ALL, LC_MESSAGES eller LANG (nb_NO,
                nb, no og nn gir bokmål; alt annet engelsk). --lang overstyrer det fortsatt for
                én kommando. Uten LANG vises det som er lagret, og det denne økten ville brukt.
                """),
        "rate": CommandHelp(
            summary: "registrer en vurdering: din egen (egenvurdering), eller et teammedlems som leder (ledervurdering)",
            details: """
                LEVEL er 0 Ingen, 1 Grunnleggende, 2 Selvstendig, 3 Avansert eller 4 Ekspert.
                Alle vurderinger tas vare på: en ny blir den gjeldende egen- eller
                ledervurderingen, og de eldre blir stående i historikken.
                --certificate oppgir et registrert sertifikat for personen som dokumentasjon
                (`skills-tui certificate add`); vurderingen regnes som utdatert når sertifikatet
                utløper.
                Eksempel: skills-tui rate PM.RISK.1 3 --note "ledet risikoverkstedet for CRM-oppgraderingen"
                --from FILE (- for standard inn) registrerer mange vurderinger, én per linje:
                COMPETENCY LEVEL og deretter merknaden (# innleder en kommentarlinje). Hver
                linje registreres for seg og bekreftes med en gang («linje 3: Lagret ...»); en
                linje med feil meldes på standard feil, og de andre registreres likevel, men en
                feil i selve databasen stopper kjøringen. Avslutningsstatus blir statusen til
                den første feilen.
                Eksempel: printf 'PM.RISK.1 3 ledet risikoverkstedet\\nDI.FND.1 2\\n' | skills-tui rate --from -
                """,
            options: [
                "--person": "hvem som skal vurderes (standard: deg selv)",
                "--note": "begrunnelse for vurderingen",
                "--certificate": "et sertifikat for personen som vurderes, som underbygger vurderingen",
                "--from": "registrer én vurdering per linje i FILE (- for standard inn): COMPETENCY LEVEL [NOTE]",
            ]),
        "report gaps": CommandHelp(
            summary: "en gaprapport: mål, selv, leder, gjeldende, gap og vekt per krav",
            details: """
                Din egen rapport som standard; --person LOGIN for en du kan se, --team TEAM for
                alle i et team du leder. Kravene sorteres etter vektet gap.
                JSON skriver en liste med ett objekt per person (login, readiness,
                requirements).
                """,
            options: [
                "--person": "hvem rapporten gjelder",
                "--team": "alle i et team",
                "--format": "text, json eller csv",
            ]),
        "report heatmap": CommandHelp(
            summary: "et team som rutenett av personer og kompetanser: hver celle viser nivået og hvor langt det er fra målet",
            details: HeatmapFormat.legend(in: .nb),
            options: [
                "--team": "teamet (påkrevd)",
                "--format": "text, csv, html (en selvstendig side) eller svg",
                "--lens": "hvilken vurdering som vises: effective (gjeldende, standard), self (egen) eller lead (leders)",
                "--framework": "bare kompetansene i ett rammeverk",
            ]),
        "report coverage": CommandHelp(
            summary: "hvor mange i teamet som når målet i hver påkrevde kompetanse; personavhengighet; kalibrering",
            details: "Med --without LOGIN også hva teamet ville mistet om den personen sluttet.",
            options: [
                "--team": "teamet (påkrevd)",
                "--without": "vis hva det betyr om denne personen slutter",
                "--format": "text, json eller csv",
            ]),
        "report training-needs": CommandHelp(
            summary: "den rangerte listen over opplæringsbehov for organisasjonen (hr, admin) eller ett team",
            details: """
                Én rad per person og kompetanse vurdert under målet, gruppert per kompetanse og
                rangert. Krav som ingen har vurdert, er ikke behov, men manglende svar: de er
                utelatt (se `report completion`) med mindre --include-unrated tar dem med,
                merket ikke vurdert (og assessed = false i CSV og JSON).
                \(Language.nb.messages.priorityExplanation)
                CSV-kolonner: \(TrainingNeedsFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--team": "ett team i stedet for hele organisasjonen",
                "--format": "text, csv, json eller markdown",
                "--excel": excelHelp,
                "--include-unrated": "ta også med krav som ingen har vurdert, merket ikke vurdert",
            ]),
        "report completion": CommandHelp(
            summary: "hvor langt hver person har kommet i en kartleggingsrunde: ferdig/totalt, siste aktivitet og e-post",
            details: """
                Den åpne runden som standard (ellers den som sist ble lukket); --cycle NAME for
                en annen. hr og admin ser alle i runden, en leder teamene de leder, alle andre
                seg selv. CSV er laget for å flette påminnelser i e-post; kolonnene:
                \(CompletionFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--cycle": "hvilken runde (standard: den åpne)",
                "--team": "ett team",
                "--format": "text, csv eller json",
                "--excel": excelHelp,
            ]),
        "report trend": CommandHelp(
            summary: "måloppnåelse, gjennomføring og gap da hver kartleggingsrunde ble lukket, og nå, med hva som endret seg",
            details: """
                Uten --person eller --team: organisasjonen og hvert team (hr, admin); teamene du
                leder og deg selv (en leder); deg selv (alle andre). «Hva som endret seg»
                sammenligner de to siste punktene: kompetanser der gapet er lukket, har åpnet
                seg eller er blitt større.
                CSV-kolonner: \(TrendFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--person": "én person",
                "--team": "ett team",
                "--format": "text, csv, json eller html (en side med et linjediagram)",
            ]),
        "report calibration": CommandHelp(
            summary: "egen- mot ledervurderinger: hver leders mildhet, avvik per kompetanse og team, over rundene",
            details: """
                hr og admin ser organisasjonen; en leder teamene de leder (--team for ett av
                dem).
                \(Language.nb.messages.cycleScreens.calibrationExplanation(minimum: CalibrationFigure.minimumPairs))
                CSV-kolonner: \(CalibrationFormat.csvHeader.joined(separator: ","))
                """,
            options: [
                "--team": "ett team",
                "--format": "text, csv eller json",
            ]),
        "init": CommandHelp(
            summary: "opprett databasen: rammeverk, rolleprofiler (og demo-organisasjonen med --demo)",
            details: """
                Oppretter databasen i --db (eller $SKILLS_DB, eller XDG-standarden) med modus
                0600, laster inn rammeverkene og rolleprofilene som følger med, og gjør deg
                (OS-brukeren som kjører kommandoen) til første administrator. Rører aldri en fil
                som finnes fra før.
                """,
            options: ["--demo": "last også inn demo-organisasjonen fra seeds/demo (alle kan bruke --as i den)"]),
        "staff list": CommandHelp(
            summary: "vis personene du kan se (ett team med --team)",
            details: "Ansatte ser seg selv; ledere teamene sine; hr og administratorer alle. --format csv skriver formatet for ansattimport.",
            options: [
                "--team": "bare dette teamet",
                "--all": "ta med inaktive personer",
                "--format": "text eller csv",
            ]),
        "staff import": CommandHelp(
            summary: "legg til eller oppdater personer fra en CSV-fil (admin); --dry-run viser hva som ville endret seg",
            details: """
                Kolonner (overskriftslinje påkrevd, i hvilken som helst rekkefølge):
                login,name,email,team,role,lead, og eventuelt team_name (- leser filen fra standard
                inn). email og lead kan stå tomme; lead er yes for en person som leder teamet
                sitt. Et UTF-8-BOM og CRLF som linjeskift går fint.
                Alle radene kontrolleres først; alle feil vises med linjenummer, og ingenting
                skrives (status 65). Ellers tas hele filen inn i én transaksjon: kjente
                brukernavn oppdateres (dupliseres aldri), nye legges til, og ukjente team
                opprettes (med navnet i team_name, ellers med id-en). Med en lead-kolonne blir
                hver person i filen leder for sitt eget team om de er merket med yes, og ellers
                for ingen.
                --deactivate-missing gjør aktive personer som ikke står i filen, inaktive; ingen
                slettes, og vurderingene blir stående.
                """,
            options: [
                "--dry-run": "kontroller filen og vis hva som ville endret seg; skriv ingenting",
                "--deactivate-missing": "gjør personer som ikke står i filen, inaktive",
            ]),
        "gateway": CommandHelp(
            summary: "betjen én person over SSH: den tvungne kommandoen til nøkkelen deres (skrevet av `access add`)",
            details: """
                Kjøres av sshd for en nøkkellinje som
                  restrict,pty,command="/usr/bin/skills-tui gateway wli" ssh-ed25519 AAAA...
                Personen er LOGIN, uansett hva de sender. Uten kommando og med terminal (ssh -t)
                får de terminalgrensesnittet; uten terminal en liste over det de kan kjøre.
                En kommando de sender (SSH_ORIGINAL_COMMAND), deles i ord slik et skall ville
                gjort, men ingenting utvides, og ; | & $ ` < > og linjeskift avvises; --as,
                --db,
                --output, init, generate, demo, backup og access avvises også. Databasen hentes
                fra konfigurasjonsfilen (standard /etc/skills-tui/config, som bare root eller
                tjenestekontoen bør kunne endre); SKILLS_*, XDG_* og HOME ignoreres. Et ukjent
                eller inaktivt brukernavn avvises med status 77.
                """,
            options: ["--config": "konfigurasjonsfilen (standard \(GatewayConfiguration.defaultPath))"]),
    ]
}
