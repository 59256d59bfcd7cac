import Foundation

/// The command line's and the SSH gateway's words in Bokmål, in the catalogue's words:
/// a review cycle is a *kartleggingsrunde*, the walk-through the *egenvurdering*, an item
/// to answer a *punkt*; standard input is *standard inn*. What a person types as it is
/// (commands, options, `ssh HOST`, `LOGIN`) stays as the command line spells it.
public struct BokmalCommandOutputWords: CommandOutputWords {
    public init() {}

    // MARK: - The SSH gateway's refusals

    public func shellCharacter(_ character: String, inDoubleQuotes: Bool) -> String {
        "kommandoen inneholder \(character) \(inDoubleQuotes ? "inne i \"...\"" : "uten anførselstegn"): kommandoer som sendes over SSH, "
            + "kjøres uten skall, så ; | & $ ` < > avvises hvis de ikke står i anførselstegn ('...'); omdiriger på din egen maskin i stedet"
    }
    public func controlCharacter(code: String?) -> String {
        "kommandoen inneholder \(code.map { "et kontrolltegn (U+\($0))" } ?? "et linjeskift"): send én kommando på én linje"
    }
    public func unclosedQuote(_ quote: String) -> String {
        "kommandoen har et \(quote) som aldri blir lukket; sett hele kommandoen i anførselstegn på din side, f.eks. ssh HOST 'rate PM.RISK.1 2 --note \"notatet mitt\"'"
    }
    public func commandTooLong(bytes: Int, limit: Int) -> String {
        "kommandoen er \(bytes) byte lang; kommandoer som sendes over SSH, kan være på høyst \(limit) byte (send lange data på standard inn med -)"
    }
    public var fileTransferRefused: String {
        "scp, sftp og rsync kan ikke brukes her: denne kontoen kjører bare skills-tui; send en fil med `ssh HOST frameworks import - < FIL`, og ta vare på en rapport med `ssh HOST report ... > FIL`"
    }
    public func commandNotOffered(_ name: String) -> String {
        "`\(name)` kan ikke kjøres over SSH: den er for administratoren på serveren; kjør `ssh HOST --help` for å se hva du kan kjøre"
    }
    public func asRefused(login: String) -> String {
        "--as kan ikke brukes over SSH: du er \(login), slik nøkkelen din sier; ingenting ble endret"
    }
    public var databaseOptionRefused: String {
        "--db kan ikke brukes over SSH: databasen er bestemt i serverens konfigurasjon; ingenting ble endret"
    }
    public func outputOptionRefused(_ name: String) -> String {
        "\(name) kan ikke brukes over SSH: ingenting skrives på serveren; omdiriger på din egen maskin i stedet: ssh HOST KOMMANDO > FIL"
    }
    public func fileOnServer(_ path: String) -> String {
        "\(path) ville vært en fil på serveren, og der kan ikke kommandoer over SSH lese filer: oppgi - og send filen på standard inn (ssh HOST KOMMANDO - < FIL)"
    }
    public var standardInputTwice: String { "- (standard inn) er oppgitt to ganger: send én fil om gangen" }
    public func invalidLogin(_ login: String) -> String {
        "«\(login)» er ikke et brukernavn (et brukernavn i operativsystemet: bokstaver, sifre, . _ -): sjekk command=\"... gateway LOGIN\" i nøkkellinjen"
    }
    public func noConfiguration(path: String) -> String {
        "fant ingen konfigurasjon i \(path): SSH-tilgangen leser stien til databasen derfra (en linje database = /sti/til/skills.sqlite); kontakt administratoren"
    }
    public func unsafeConfiguration(path: String, folder: String?, ownedByAnother: Bool) -> String {
        let problem = ownedByAnother ? "eies av en annen bruker" : "kan endres av gruppen eller andre"
        let fault = folder.map { "ligger i \($0), som \(problem)" } ?? problem
        return "\(path) \(fault), så databasen den peker på, kan ikke stoles på: "
            + "la root (eller tjenestekontoen) eie den, og la bare eieren kunne skrive til den (chmod 644)"
    }
    public func noDatabaseConfigured(path: String) -> String {
        "\(path) angir ingen database: legg til en linje database = /sti/til/skills.sqlite"
    }
    public func unsafeCommandPath(_ path: String) -> String {
        "\(path) kan ikke stå i en kommando i authorized_keys: installer skills-tui (og konfigurasjonen) under en sti med bare bokstaver, sifre og / . _ + -"
    }


    // MARK: - The SSH gateway's help and reminder

    public func gatewayHelpHeading(name: String, access: String, destination: String, ssh: String) -> String {
        "skills-tui over SSH: du er \(name) · \(access)\n\n"
            + "  ssh -t \(destination)\n      åpner skjermbildene i terminalen\n"
            + "  \(ssh) KOMMANDO\n      kjører en av disse kommandoene:\n\n"
    }
    public func gatewayHelpFooter(ssh: String) -> String {
        """

        Filer går over forbindelsen: `- < FIL` sender en fil (\(ssh) frameworks import - < pm.csv),
        `> FIL` lagrer et resultat på din maskin (\(ssh) report gaps --format csv > gaps.csv).
        \(ssh) KOMMANDO --help forklarer en kommando.

        """
    }
    public func overdueReminder(cycle: String, due: Date, done: Int, total: Int, destination: String) -> String {
        "Påminnelse: kartleggingsrunden \(cycle) hadde frist \(BokmalCatalogue().day(due)); du har gjort \(done) av \(total) punkter. "
            + "Åpne egenvurderingen: ssh -t \(destination)"
    }

    // MARK: - access

    public func keyAdded(login: String, key: String, file: String, account: String) -> String {
        "La til nøkkelen \(key) for \(login) i \(file): \(login) når nå skills-tui med ssh \(account)@HOST"
    }
    public func keyAlreadyThere(login: String, key: String) -> String { "\(login) har allerede nøkkelen \(key): ingenting ble endret" }
    public func noKeysYet(file: String) -> String { "Ingen nøkler i \(file) ennå: legg til en med `skills-tui access add LOGIN KEYFILE`" }
    public var keyColumns: [String] { ["Brukernavn", "Type", "Fingeravtrykk", "Kommentar", "Lagt til"] }
    public func addedBy(time: String, login: String) -> String { "\(time) av \(login)" }
    public func keyRevoked(login: String, key: String) -> String { "Trakk tilbake nøkkelen \(key) for \(login): den gir ikke lenger tilgang til skills-tui" }
    public var rightColumns: [String] { ["Brukernavn", "Rettighet", "Gitt"] }
    public func rightGranted(_ right: String, login: String) -> String { "Ga \(login) rettigheten \(right)" }
    public func rightWithdrawn(_ right: String, login: String) -> String { "Trakk tilbake rettigheten \(right) fra \(login)" }
    public func rightUnchanged(_ right: String, login: String, holds: Bool) -> String {
        "\(login) \(holds ? "har allerede" : "har ikke") rettigheten \(right): ingenting ble endret"
    }

    // MARK: - The commands' checks and summaries

    public func migrated(from source: String, to target: String, tables: Int) -> String {
        "Kopierte \(source) til \(target): \(tables) tabeller, antall rader og SHA-256 for hver av dem kontrollert på begge sider"
    }
    public var rowsWord: String { "rader" }
    public func theCopy(_ target: String) -> String { "kopien \(target)" }
}
