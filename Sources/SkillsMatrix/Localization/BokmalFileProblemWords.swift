/// What is wrong in a data file, and `frameworks validate`'s report, in Bokmål. Names
/// from the file (ids, columns, JSON fields, values) are quoted «slik»; JSON and CSV
/// syntax to type (["en", "nb"], "") keeps its straight quotes.
struct BokmalFileProblemWords: FileProblemWords {
    func describe(_ problem: InputFileProblem) -> String {
        switch problem {
        case .notUTF8(let found, .json): return "er \(found)-tekst, men JSON-filer må være UTF-8: lagre filen som UTF-8"
        case .notUTF8(let found, .csv): return "er \(found)-tekst; lagre filen som UTF-8 (CSV UTF-8 i Excel)"
        case .invalidUTF8Line: return "er ikke gyldig UTF-8; lagre filen som UTF-8 (CSV UTF-8 i Excel)"
        case .unsafeText(let fault) where fault.onOneLine:
            return "inneholder \(fault.escaped) (\(fault.codePoint)), et kontrolltegn eller usynlig tegn; skriv vanlig tekst på én linje"
        case .unsafeText(let fault):
            return "inneholder \(fault.escaped) (\(fault.codePoint)), et kontrolltegn; teksten kan ha linjeskift og tabulatorer, men ingen andre kontrolltegn"

        case .quoteInsideUnquotedField:
            return "et anførselstegn midt i et felt som ikke står i anførselstegn; sett hele feltet i anførselstegn og doble anførselstegnet (\"\")"
        case .textAfterClosingQuote: return "tekst etter et avsluttende anførselstegn; sett hele feltet innenfor anførselstegnene"
        case .unclosedQuote: return "et felt i anførselstegn blir aldri avsluttet; legg til det avsluttende anførselstegnet"
        case .raggedRow(let fields, let width): return "har \(fields) felt, men overskriftsraden har \(width); alle rader må ha de samme kolonnene"
        case .emptyCSV(let columns): return "er tom; første rad må gi navnene på kolonnene \(header(columns))"
        case .duplicateColumn(let name): return "kolonnen \(name) står to ganger i overskriftsraden; behold én"
        case .missingColumn(let missing, let required): return "overskriftsraden mangler kolonnen «\(missing)»; den må ha \(header(required))"
        case .unknownColumn(let unknown, let allowed): return "ukjent kolonne «\(unknown)»; tillatte kolonner er \(header(allowed))"

        case .invalidJSON(let column, let syntax): return "ugyldig JSON i kolonne \(column): \(describe(syntax))"
        case .missingMember(let key): return "mangler «\(key)»"
        case .unknownMember(let key, let expected): return "ukjent felt «\(key)»; forventet et av \(list(expected))"
        case .wrongKind(let expected, let found): return "forventet \(name(expected)), fant \(name(found))"
        case .emptyText: return "kan ikke være tom"

        case .frameworkID(let id): return "rammeverks-ID-en «\(id)» må bestå av store bokstaver, for eksempel PM"
        case .reviewInterval(let days): return "vurderingsintervallet \(days) er utenfor 1 til 3650 dager"
        case .areaID(let id, let framework):
            return "område-ID-en «\(id)» må være \(framework).<OMRÅDE> med store bokstaver, for eksempel \(framework).GOV"
        case .competencyID(let id, let area): return "kompetanse-ID-en «\(id)» må være \(area).<nummer>, for eksempel \(area).1"
        case .reference(let reference): return "referansen «\(reference)» må skrives SKJEMA:KODE, for eksempel SFIA9:PRMG"
        case .duplicateID(let id, let path): return "ID-en \(id) er brukt før (første gang i \(path)); gi hvert område og hver kompetanse sin egen ID"
        case .duplicateIDOnLine(let id, let line):
            return "ID-en \(id) er brukt før (første gang på linje \(line)); gi hvert område og hver kompetanse sin egen ID"
        case .missingIndicator(let level): return "mangler nivåbeskrivelsen for nivå \(level); skriv hva en person på nivå \(level) gjør"
        case .scaleLevelCount(let count): return "skalaen må ha nøyaktig nivåene 0 til 4; fant \(count) \(count == 1 ? "nivå" : "nivåer")"
        case .scaleLevelOrder(let found, let position): return "skalanivåene må være 0, 1, 2, 3, 4 i rekkefølge; fant \(found) på plass \(position)"
        case .emptyArea(let id): return "området \(id) må ha minst én kompetanse"
        case .noAreas: return "et rammeverk må ha minst ett område"
        case .frameworkDefinedTwice(let id, let other): return "rammeverket \(id) er allerede definert i \(other); hvert rammeverk må ha sin egen ID"

        case .unknownLanguage(let code): return "ukjent språk «\(code)»; bruk et av \(Language.codeList)"
        case .languageListedTwice(let code): return "\(code) står to ganger; før opp hvert språk bare én gang"
        case .noLanguages: return "før opp minst ett språk, for eksempel [\"en\", \"nb\"]"
        case .plainTextExpected(let language):
            return "filen er bare på \(language), så skriv teksten som en vanlig tekststreng (eller før opp alle språkene i \"languages\")"
        case .textPerLanguageExpected(let languages):
            return "forventet teksten på hvert språk i \"languages\", som {\(list(languages.map { "\"\($0)\": \"...\"" }))}"
        case .notAFileLanguage(let code, let languages):
            return "«\(code)» er ikke et av språkene i filen (\(list(languages))); legg det til i \"languages\" eller fjern teksten"
        case .missingLanguageText(let language):
            return "mangler teksten på \(Language.nb.messages.languageName(language)) (\(language.code)); hver tekst må finnes på hvert språk i \"languages\""

        case .roleID(let id): return "rolle-ID-en «\(id)» må være ord med små bokstaver satt sammen med «-», for eksempel project-manager"
        case .duplicateRole(let id): return "rolle-ID-en \(id) er brukt to ganger"
        case .unknownRequiredCompetency(let id):
            return "ukjent kompetanse \(id): ingen rammeverk i bruk definerer den; bruk en ID som skills-tui frameworks list viser, eller gi rammeverket som definerer den, sammen med denne filen"
        case .competencyTwiceInRole(let role, let competency): return "rollen \(role) har \(competency) to ganger; behold ett krav"
        case .targetOutOfRange(let target): return "målnivået \(target) er utenfor 1 til 4"
        case .weightOutOfRange(let weight): return "vekten \(weight) er utenfor 1 til 3 (1 nyttig, 2 viktig, 3 kritisk)"
        case .roleWithoutRequirements(let id): return "rollen \(id) må ha minst ett krav"

        case .currencyCode(let code): return "«\(code)» er ikke en valutakode; bruk de tre store bokstavene fra ISO 4217, for eksempel NOK, EUR eller GBP"
        case .duplicateItem(let id, let path): return "tiltaket \(id) er allerede definert i \(path); gi hvert tiltak sin egen ID"
        case .itemID(let id): return "tiltaks-ID-en «\(id)» må være ord med små bokstaver satt sammen med «-», for eksempel prince2-7-foundation"
        case .unknownFormat(let format, let allowed): return "ukjent format «\(format)»; bruk et av \(allowed)"
        case .hoursOutOfRange(let hours, let maximum):
            return "timetallet må være fra 0 til \(maximum), ikke \(String(hours).replacingOccurrences(of: ".", with: ","))"
        case .notAWebAddress(let text): return "«\(text)» er ikke en nettadresse; skriv hele adressen, med https:// først"
        case .cohortSize(let size): return "en gruppe er på 2 til 1000 personer, ikke \(size)"
        case .priceOutOfRange(let amount, let maximum): return "en pris er et helt beløp fra 0 til \(maximum), ikke \(amount)"
        case .unknownLiftedCompetency(let id):
            return "ukjent kompetanse \(id): ingen rammeverk i bruk definerer den; bruk en ID som skills-tui frameworks list viser"
        case .competencyListedTwice(let id): return "\(id) står to ganger; før opp hver kompetanse bare én gang"
        case .liftLevel(let level): return "nivået et tiltak løfter en person til, er 1 til 4, ikke \(level)"
        case .noLifts: return "før opp minst én kompetanse og nivået tiltaket løfter en person til, for eksempel {\"PM.RISK.1\": 2}"

        case .teamID(let id): return "team-ID-en «\(id)» må være ord med små bokstaver satt sammen med «-», for eksempel customer-services"
        case .teamDefinedTwice(let id, let line): return "teamet \(id) er allerede definert på linje \(line)"
        case .teamNeedsName(let id): return "teamet \(id) må ha et navn"
        case .unknownParentTeam(let id): return "ukjent overordnet team \(id); definer det i denne filen"
        case .teamBelowItself(let id): return "teamet \(id) ville ligge under seg selv; bryt sirkelen"
        case .invalidLogin(let login, true):
            return "«\(login)» er ikke et gyldig brukernavn; bruk personens brukernavn på maskinen (bokstaver, sifre, . _ -)"
        case .invalidLogin(let login, false): return "«\(login)» er ikke et gyldig brukernavn"
        case .duplicateLogin(let login, let line): return "brukernavnet \(login) står to ganger (første gang på linje \(line)); hver person skal stå én gang"
        case .loginDiffersInCase(let login, let existing):
            return "\(login) skiller seg bare med store og små bokstaver fra brukernavnet \(existing), som finnes fra før; bruk \(existing)"
        case .needsDisplayName(let login): return "\(login) må ha et visningsnavn"
        case .notAnEmail(let email): return "«\(email)» er ikke en e-postadresse"
        case .unknownTeam(let team, let known): return "ukjent team «\(team)»; kjente team: \(list(known))"
        case .unknownRole(let role, let known): return "ukjent rolle «\(role)»; kjente roller: \(list(known))"
        case .leadFlag(let value): return "skriv yes eller la feltet stå tomt, ikke «\(value)»"
        case .accessRight(let value): return "rettigheten må være hr eller admin, ikke «\(value)»"
        case .unknownLogin(let login): return "ukjent brukernavn \(login); legg personen inn i ansattfilen først"
        case .unknownCompetency(let id): return "ukjent kompetanse \(id); se `skills-tui frameworks list`"
        case .ratingLevel(let value): return "nivået må være et heltall fra 0 til 4, ikke «\(value)»"
        case .ratingTrack(let value): return "sporet må være self eller lead, ikke «\(value)»"
        case .selfRater(let login, let rater): return "den som gir en egenvurdering, må være \(login) selv, ikke \(rater)"
        case .notTheirLead(let rater, let team, let login):
            return "\(rater) leder ikke teamet \(team), og kan derfor ikke gi \(login) en ledervurdering"
        case .wholeDays(let column): return "\(column) må være et helt antall dager, 0 eller flere"

        case .planNumber: return "gi hvert planpunkt sitt eget nummer, 1 eller høyere"
        case .itemDoesNotBuild(let item, let competency): return "\(item) er ikke et tiltak i læringskatalogen som bygger \(competency)"
        case .itemOrText: return "oppgi et tiltak fra læringskatalogen eller en tekst"
        case .targetDays: return "target_days må være et helt antall dager fra i dag"
        case .unknownPlanItem: return "ukjent planpunkt; oppgi et nummer fra plans.csv"
        case .planMove(let item, let to, let from): return "planpunkt \(item) kan ikke gå fra \(from) til «\(to)»"
        case .moveBeforePrevious: return "en endring kan ikke komme før endringen den følger etter"
        case .certificateNumber: return "nummerer sertifikatene 1, 2, 3 i rekkefølge"
        case .certificateName: return "et sertifikat må ha et navn"
        case .expiryDays: return "oppgi et helt antall dager fra i dag, og ikke før sertifikatet ble tatt"
        case .noSelfRatingToSupport(let login, let competency):
            return "\(login) har ingen egenvurdering av \(competency) som sertifikatet kan underbygge"
        case .interestMark(let allowed): return "merket må være et av \(allowed)"
        case .cycleTeam(let team): return "ukjent team \(team)"
        case .cycleFramework(let framework): return "ukjent rammeverk \(framework)"
        case .dayCount(let column): return "\(column) må være et helt antall dager"

        case .moodleEmpty(let header): return "er tom; en Moodle-rammeverksfil begynner med overskriftsraden \(header)"
        case .moodleHeaderWidth(let found, let expected, let header):
            return "overskriftsraden har \(found) kolonner; en Moodle-rammeverksfil har disse \(expected): \(header)"
        case .moodleColumn(let position, let found, let expected):
            return "kolonne \(position) er «\(found)», men må være «\(expected)» (Moodle leser kolonnene etter plassering)"
        case .moodleNoFrameworkRow:
            return "ingen rad har Is framework = 1; legg til rammeverksraden (med Id number, Shortname, Scale values og Description)"
        case .moodleSecondFrameworkRow(let line): return "en rammeverksrad til (den første er på linje \(line)); ha ett rammeverk i hver fil"
        case .moodleNoAreas: return "\(describe(.noAreas)); legg til rader med tom Parent id number"
        case .moodleRepeatedHeading(let heading, let line):
            return "overskriften «\(heading):» står to ganger (første gang på linje \(line)); slå dem sammen til én"
        case .moodleDescriptionFormat(let value):
            return "«\(value)» er ikke et beskrivelsesformat i Moodle; bruk 0 (Moodle), 1 (HTML), 2 (ren tekst) eller 4 (Markdown)"
        case .moodleFrameworkName: return "rammeverket må ha et navn"
        case .moodleFrameworkDescription(let heading): return "rammeverket må ha en beskrivelse foran linjen «\(heading):»"
        case .moodleVersionLine(let heading): return "legg til linjen «\(heading): 1.0.0» i rammeverkets Description"
        case .moodleReviewIntervalNumber(let heading, let value, let days):
            return "«\(heading): \(value)» må være et helt antall dager, for eksempel «\(heading): 730 \(days)»"
        case .moodleReviewIntervalLine(let heading, let days):
            return "legg til linjen «\(heading): 730 \(days)» i rammeverkets Description (vurderinger som er eldre enn det, er utdaterte)"
        case .moodleScaleConfiguration(let example): return "må være JSON som \(example) (det første elementet navngir skalaen)"
        case .moodleScaleValues(let count):
            return "\(describe(.scaleLevelCount(count))); skriv fem nivånavn, for eksempel Ingen,Grunnleggende,Selvstendig,Avansert,Ekspert"
        case .moodleScaleList(let heading, let label):
            return "legg til en liste «\(heading):» i rammeverkets Description med en linje «- 0 \(label): hva nivået betyr» for hvert nivå"
        case .moodleScaleLevelLine(let heading, let prefix):
            return "listen «\(heading):» har ingen linje «- \(prefix) ...»; beskriv hvert nivå fra 0 til 4 med nivånavnene i Scale values"
        case .moodleEquivalents(let level, let heading): return "tilsvarende nivåer for nivå \(level) må skrives «\(heading): SFIA = 1-2; APM = 1»"
        case .moodleScaleDescriptor(let level, let label, let prefix): return "skalanivå \(level) \(label) må ha en beskrivelse etter «\(prefix)»"
        case .moodleEmptyIDNumber(let example): return "er tom (Moodle ville hoppet over raden uten å si fra); gi raden en ID, for eksempel \(example)"
        case .moodleEmptyShortname(let id): return "er tom (Moodle ville hoppet over raden uten å si fra); gi \(id) et navn"
        case .moodleAreaDescription(let id): return "området \(id) må ha en beskrivelse"
        case .moodleUnknownParent(let parent):
            return "«\(parent)» er ikke Id number for noen rad; det overordnede for en kompetanse er Id number til området den hører til"
        case .moodleParentLoop(let chain):
            return "radene peker på hverandre i ring (\(chain.joined(separator: " -> "))); kompetanser ligger under områder, og områder har ingen overordnet"
        case .moodleBelowNonArea(let id, let parent):
            return "\(id) ligger under \(parent), som ikke er et område; rammeverk i skills-tui har to nivåer: områder (uten overordnet) og kompetansene deres"
        case .moodleEmptyArea(let id): return "\(describe(.emptyArea(id))) (rader med Parent id number \(id))"
        case .moodleCompetencyDescription(let id, let heading): return "kompetansen \(id) må ha en beskrivelse foran listen «\(heading):»"
        case .moodleNoIndicators(let id, let heading, let first, let last):
            return "kompetansen \(id) har ingen nivåbeskrivelser; legg til en liste «\(heading):» i Description med linjene «1. \(first): ...» til «4. \(last): ...»"
        case .moodleMissingIndicator(let id, let level, let label, let heading):
            return "\(id): \(describe(.missingIndicator(level: level))) (en linje «\(level). \(label): ...» under \(heading):)"
        case .moodleEmptyIndicator(let id, let level): return "\(id): nivåbeskrivelsen for nivå \(level) er tom"
        case .moodleIndicatorNumber(let id, let found): return "\(id): nivåbeskrivelsene nummereres 1 til 4; fant «\(found)»"

        case .caseNotAFramework: return "ikke et rammeverk"
        case .caseUUID(let text): return "«\(text)» er ikke en UUID med små bokstaver (CASE-identifikatorer ser slik ut: 0a1b2c3d-4e5f-5a6b-8c7d-0123456789ab)"
        case .caseSecondItem(let identifier): return "et CFItem til med identifier \(identifier)"
        case .caseHumanCodingScheme: return "mangler humanCodingScheme: skills-tui-ID-en til området eller kompetansen, for eksempel PM.GOV eller PM.GOV.1"
        case .caseItemLanguage(let item, let document):
            return "dette elementet er på \(item), men CFDocument er på \(document); en pakke har ett språk, så eksporter hvert språk som en egen pakke"
        case .caseAbbreviatedStatement(let code): return "\(code) mangler abbreviatedStatement: det korte navnet"
        case .caseNoSuchItem(let target): return "peker på \(target), som ikke er et CFItem i denne pakken"
        case .caseNoSuchNode(let target): return "peker på \(target), som verken er CFDocument eller et CFItem i denne pakken"
        case .caseSecondParent(let code, let first): return "\(code) har allerede et overordnet element (\(first)); et element kan bare stå ett sted i treet"
        case .caseNotInTree(let code):
            return "\(code) er ikke med i treet: legg til en isChildOf-kobling fra det til området (eller, for et område, til CFDocument)"
        case .caseLoop(let codes): return "isChildOf-koblingene går i ring (\(codes.joined(separator: " -> "))); hvert element må føre opp til CFDocument"
        case .caseBelowNonArea(let code, let parent):
            return "\(code) ligger under \(parent), som ikke er et område; rammeverk i skills-tui har to nivåer: områder og kompetansene deres"
        case .caseIndicatorsTwice(let code): return "\(code) har allerede nivåbeskrivelser i en annen rubric; behold én"
        case .caseSecondScale: return "en ferdighetsskala til (et kriterium uten CFItemURI); behold én"
        case .caseNoScale:
            return "ingen ferdighetsskala: legg til en CFRubric med et kriterium uten CFItemURI og nivåer med score 0 til 4 (quality = nivånavn, description = hva nivået betyr)"
        case .caseNoAreas: return "\(describe(.noAreas)): legg til CFItems med isChildOf-koblinger til CFDocument"
        case .caseTakenFromCode(let problem, let code): return "\(describe(problem)) (hentet fra humanCodingScheme \(code))"
        case .caseNoIndicators(let code):
            return "\(code) har ingen nivåbeskrivelser: legg til en CFRubric med et kriterium der CFItemURI peker på dette elementet, og nivåer med score 1 til 4"
        case .caseEmptyArea(let id): return "\(describe(.emptyArea(id))) (CFItems med isChildOf til det)"
        case .caseLanguage(let code): return "skills-tui kjenner ikke språket «\(code)»; bruk et av \(Language.codeList)"
        case .caseIndicatorScore(let score): return "nivåbeskrivelser har score 1 til 4; fant \(score)"
        case .caseIndicatorTwice(let code, let score): return "\(code) har to nivåbeskrivelser for nivå \(score); behold én"
        case .caseScaleScore(let score): return "skalanivåene har score 0, 1, 2, 3, 4, én gang hver; fant \(score)"
        case .about(let id, let problem): return "\(id): \(describe(problem))"
        case .sshKey(let problem): return describe(problem)
        case .gatewaySetting(let problem):
            switch problem {
            case .expectsSetting: return "forventet innstilling = verdi"
            case .noValue(let setting): return "\(setting) har ingen verdi"
            case .notAnAccount(let value): return "account: «\(value)» er ikke et brukernavn i operativsystemet"
            case .notAbsolute(let setting, let value): return "\(setting): oppgi en absolutt sti eller en postgresql://-URL, ikke «\(value)»"
            case .unknownSetting(let name, let settings): return "ukjent innstilling «\(name)»; innstillingene er \(settings.joined(separator: ", "))"
            }

        case .text(let text): return text
        }
    }

    private func name(_ expected: JSONExpectation) -> String {
        switch expected {
        case .array: return "en liste"
        case .object: return "et objekt"
        case .string: return "en tekststreng"
        case .wholeNumber: return "et heltall"
        case .number: return "et tall"
        case .boolean: return "true eller false"
        }
    }

    private func name(_ kind: JSONValue.Kind) -> String {
        switch kind {
        case .null: return "null"
        case .boolean: return "en sannhetsverdi"
        case .number: return "et tall"
        case .string: return "en tekststreng"
        case .array: return "en liste"
        case .object: return "et objekt"
        }
    }

    func describe(_ problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .textAfterDocument: return "uventet tekst etter slutten av dokumentet"
        case .endsWhereValueExpected: return "dokumentet slutter der det skulle stått en verdi"
        case .valueExpectedFound(let found): return "forventet en verdi, fant «\(found)» (et komma for mye?)"
        case .valueExpected: return "forventet en verdi (tekststreng, tall, objekt, liste, true, false eller null)"
        case .memberNameExpected: return "forventet et feltnavn i doble anførselstegn"
        case .duplicateMember(let key): return "feltet «\(key)» står to ganger"
        case .colonExpected(let key): return "forventet «:» etter feltnavnet «\(key)»"
        case .trailingComma(let closer): return "komma for mye foran «\(closer)»; fjern det"
        case .commaOrBraceExpected(let key): return "forventet «,» eller «}» etter verdien til «\(key)»"
        case .commaOrBracketExpected: return "forventet «,» eller «]» i en liste"
        case .tooDeep(let levels): return "nøstet dypere enn \(levels) nivåer"
        case .unterminatedString: return "tekststrengen blir aldri avsluttet (mangler avsluttende \")"
        case .stringNotUTF8: return "tekststrengen er ikke gyldig UTF-8"
        case .unterminatedEscape: return "ufullstendig escape-sekvens"
        case .unknownEscape(let escape): return "ukjent escape-sekvens «\\\(escape)»"
        case .lineBreakInString: return "linjeskift inne i en tekststreng (skriv \\n, eller avslutt strengen)"
        case .controlCharacterInString: return "kontrolltegn inne i en tekststreng"
        case .highSurrogateAlone: return "et høyt surrogattegn i en \\u-sekvens må følges av et lavt"
        case .invalidLowSurrogate: return "ugyldig lavt surrogattegn i en \\u-sekvens"
        case .invalidUnicodeEscape: return "ugyldig \\u-sekvens"
        case .loneSurrogate: return "enslig surrogattegn i en \\u-sekvens"
        case .fourHexDigits: return "\\u må følges av fire heksadesimale sifre"
        case .numberNeedsDigits: return "et tall må ha sifre"
        case .leadingZeros: return "tall kan ikke begynne med null"
        case .digitAfterPoint: return "det må stå et siffer etter desimalpunktumet"
        case .exponentNeedsDigits: return "en eksponent må ha sifre"
        case .numberOutOfRange: return "tallet er for stort"
        case .unquotedWord: return "forventet en verdi (tekststrenger må stå i doble anførselstegn)"
        }
    }

    func describe(_ problem: SSHKeyProblem) -> String {
        switch problem {
        case .tooLong(let bytes): return "er \(bytes) byte lang, for lang for en offentlig nøkkel; oppgi .pub-filen"
        case .notUTF8: return "er ikke UTF-8-tekst; oppgi .pub-filen"
        case .privateKey: return "er en privat nøkkel: oppgi den offentlige nøkkelen (.pub-filen), og behold den private for deg selv"
        case .noKey: return "inneholder ingen offentlig nøkkel; oppgi .pub-filen, én linje som «ssh-ed25519 AAAA... navn@laptop»"
        case .secondKey(let first): return "en nøkkel til (den første står på linje \(first)); legg til én nøkkel om gangen"
        case .controlCharacter: return "inneholder et kontrolltegn; oppgi .pub-filen slik den er"
        case .emptyLine: return "inneholder ingen nøkkel"
        case .options(let options): return "begynner med valg (\(options)...): oppgi nøkkelen alene; skills-tui skriver valgene selv"
        case .unknownType(let type, let known):
            return "«\(type)» er ikke en nøkkeltype skills-tui godtar; bruk en av \(known.joined(separator: ", ")) (ssh-keygen -t ed25519 lager en)"
        case .noKeyData: return "har en nøkkeltype, men ingen nøkkeldata etter den"
        case .notBase64(let type): return "nøkkeldataene etter \(type) er ikke gyldig base64; oppgi .pub-filen uendret"
        case .malformed(let type): return "nøkkeldataene er ikke en gyldig \(type)-nøkkel; oppgi .pub-filen uendret"
        case .typeMismatch(let type, let named): return "linjen sier \(type), men nøkkeldataene sier «\(named)»; oppgi .pub-filen uendret"
        case .weakRSA(let bits): return "RSA-nøkkelen har \(bits) biter, for få til å være trygg; lag en ny nøkkel med ssh-keygen -t ed25519"
        }
    }

    func describe(_ problem: ReferenceSchemes.ReferenceProblem) -> String {
        let reference = problem.reference
        switch problem.kind {
        case .notSchemeAndCode: return "\(reference) er ikke på formen SKJEMA:KODE"
        case .unknownSFIASkill(let skill):
            return "\(reference): \(skill) står ikke i tabellen over SFIA 9-ferdigheter (ReferenceSchemes.sfia9Levels); sjekk koden, eller legg den til med nivåene SFIA 9 definerer"
        case .sfiaLevelsMissing(let skill, let defined):
            let range = "\(defined.lowerBound)-\(defined.upperBound)"
            return "\(reference): oppgi SFIA-nivåene kompetansen svarer til, for eksempel SFIA9:\(skill)@\(range) (SFIA 9 definerer \(skill) på nivå \(range))"
        case .sfiaLevelsOutside(let skill, let defined):
            return "\(reference): SFIA 9 definerer \(skill) bare på nivå \(defined.lowerBound)-\(defined.upperBound); vis til disse nivåene, eller til en annen ferdighet"
        case .notInScheme(let code, let shape):
            let use: String
            switch shape {
            case .prince2: use = "principle/, practice/ eller process/ med navnet"
            case .apm: use = "kompetansens navn"
            case .icb4: use = "perspective/, people/ eller practice/ med elementets navn"
            case .digComp: use = "et kompetansenummer fra 1.1 til 5.4"
            case .essentialDigitalSkills: use = "et ferdighetsområde"
            case .prosjektveiviseren: use = "en fase"
            }
            return "\(reference): «\(code)» er ikke en kode i dette rammeverket; bruk \(use)"
        case .notECF(let code):
            return "\(reference): «\(code)» er ikke en e-CF-kompetanse; bruk en områdebokstav fra A til E og et tall, for eksempel E.2"
        case .unversioned(let use, let note):
            let why: String
            switch note {
            case nil: why = ""
            case .prince2Practices: why = " (2023-utgaven, der temaene nå heter praksiser)"
            case .apmSecond: why = " (2. utgave, 2015)"
            case .apmThirdUnconfirmed: why = " (2. utgave, 2015; en 3. utgave har ikke latt seg bekrefte)"
            }
            return "\(reference): oppgi utgaven; vis til \(use)\(why)"
        case .unknownScheme(let prefix, let known):
            return "\(reference): \(prefix) er ikke et rammeverk skills-tui kjenner (\(known.joined(separator: ", "))); sjekk skrivemåten"
        }
    }

    func describe(_ problem: FrameworkReview.Finding.Problem) -> String {
        switch problem {
        case .repeatedIndicator(let competency, let earlier, let level, let languages):
            let note = languages.isEmpty ? "" : " (på minst ett av språkene \(list(languages)))"
            return "\(competency) sier det samme på nivå \(earlier) og \(level)\(note); skriv hva en person gjør annerledes på nivå \(level)"
        case .notRequired(let competency):
            return "ingen rolleprofil krever \(competency), så den kommer aldri med i en rapport; gjør den til et krav i en rolle, eller fjern den"
        case .reference(let problem): return describe(problem)
        case .cohortNotCheaper(let item, let size, let price):
            return "\(item): en gruppe på \(size) koster \(price), ikke mindre enn \(size) enkeltplasser; senk gruppeprisen eller fjern gruppetilbudet"
        case .learningNotBuilt(let competency, let framework):
            return "\(competency) har læringsforslag i \(framework), men ingen tiltak i læringskatalogen bygger den; legg til et"
        }
    }

    func fileName(_ file: String) -> String { file == InputFile.standardInputName ? "standard inndata" : file }

    func severity(_ severity: FrameworkReview.Finding.Severity) -> String {
        switch severity {
        case .error: return "feil"
        case .warning: return "advarsel"
        }
    }

    func rolesSource(_ source: FrameworkValidation.RolesSource) -> String {
        switch source {
        case .file(let file): return file
        case .shipped: return "den medfølgende roles.json"
        case .none: return "ingen rolleprofiler"
        }
    }

    func validFramework(
        file: String, id: String, name: String, version: String, languages: [String], areas: Int, competencies: Int
    ) -> String {
        "ok  \(file): \(id) \(name) \(version) (\(list(languages))), \(areas) \(areas == 1 ? "område" : "områder"), \(competencies) \(competencies == 1 ? "kompetanse" : "kompetanser")"
    }

    func validRoles(file: String, version: String, profiles: Int) -> String {
        "ok  \(file): roller \(version), \(profiles) \(profiles == 1 ? "rolleprofil" : "rolleprofiler")"
    }

    func validLearning(file: String, version: String, languages: [String], items: Int, currency: String) -> String {
        "ok  \(file): læringskatalog \(version) (\(list(languages))), \(items) tiltak, kostnader i \(currency)"
    }

    func validationSummary(errors: Int, warnings: Int, roles: FrameworkValidation.RolesSource) -> String {
        "Innholdsregler: \(errors) feil, \(warnings) \(warnings == 1 ? "advarsel" : "advarsler") (roller fra \(rolesSource(roles)))"
    }
}
