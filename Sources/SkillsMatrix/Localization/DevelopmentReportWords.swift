/// The words of the learning and development reports and commands in one language: the
/// costed training plan, development plans, certificates, who knows what, the learning
/// catalogue, and what `plan`, `certificate` and `mark` say when they have made a change.
///
/// The words these share with the terminal UI's plan screens (plan states, learning
/// formats, amounts, hours, days) come from `PlanScreenWords`; fixed words here are stored
/// properties, so a language that lacks one does not compile, and words with values are
/// the functions in `DevelopmentReportWords+Values.swift`, each a `switch` over the languages.
public struct DevelopmentReportWords: Sendable {
    public let language: Language

    // MARK: Training plan
    /// How the plan is made, one sentence (also `report training-plan --help`).
    public var trainingPlanBasis: String
    /// The unit after a number of hours: "7 h".
    public var hoursUnit: String
    public var priority: String
    public var columnNeeds, columnNeedsClosed, columnBudget, columnAt, columnNearestItem: String
    public var unmatchedTitle: String
    public var inHandTitle: String

    // MARK: Development plans
    public var byTeam: String

    // MARK: Certificates
    public var everyoneWhoseCertificatesYouMaySee: String
    public var noExpiry, lapsedYesterday, expiresToday, expiresTomorrow, replaced: String
    public var nothingToList: String
    public var never: String
    public var columnCertificate, columnIssuer, columnExpires, columnStatus, columnSupports: String

    // MARK: Who knows what
    public var nobodyAtThatLevel: String

    // MARK: Learning catalogue
    public var columnPrice, columnCohort, columnLiftsTo: String
}

extension DevelopmentReportWords {
    public static let english = DevelopmentReportWords(
        language: .en,
        trainingPlanBasis:
            "Assessed needs only (a rating and a gap); each is closed by the catalogue item that lifts the person to target at the least cost.",
        hoursUnit: "h",
        priority: "priority",
        columnNeeds: "Needs", columnNeedsClosed: "Needs closed (level now->target)", columnBudget: "Budget", columnAt: "At",
        columnNearestItem: "Nearest item",
        unmatchedTitle: "Needs no catalogue item closes",
        inHandTitle: "Already booked or awaiting a re-rate",
        byTeam: "By team:",
        everyoneWhoseCertificatesYouMaySee: "everyone whose certificates you may see",
        noExpiry: "no expiry", lapsedYesterday: "lapsed yesterday", expiresToday: "expires today", expiresTomorrow: "expires tomorrow",
        replaced: " (replaced)",
        nothingToList: "Nothing to list.",
        never: "never",
        columnCertificate: "Certificate", columnIssuer: "Issuer", columnExpires: "Expires", columnStatus: "Status", columnSupports: "Supports",
        nobodyAtThatLevel: "Nobody you may see is rated at that level.",
        columnPrice: "Price", columnCohort: "Cohort", columnLiftsTo: "Lifts to")

    public static let bokmal = DevelopmentReportWords(
        language: .nb,
        trainingPlanBasis:
            "Bare vurderte behov (en vurdering og et gap); hvert behov dekkes av det læringstilbudet som billigst løfter personen til målnivået.",
        hoursUnit: "t",
        priority: "prioritet",
        columnNeeds: "Behov", columnNeedsClosed: "Behov som dekkes (nivå nå->mål)", columnBudget: "Budsjett", columnAt: "Nå",
        columnNearestItem: "Nærmeste tilbud",
        unmatchedTitle: "Behov som ingen læringstilbud dekker",
        inHandTitle: "Allerede bestilt eller venter på ny vurdering",
        byTeam: "Per team:",
        everyoneWhoseCertificatesYouMaySee: "alle med sertifikater du har tilgang til",
        noExpiry: "utløper ikke", lapsedYesterday: "utløp i går", expiresToday: "utløper i dag", expiresTomorrow: "utløper i morgen",
        replaced: " (erstattet)",
        nothingToList: "Ingenting å vise.",
        never: "aldri",
        columnCertificate: "Sertifikat", columnIssuer: "Utsteder", columnExpires: "Utløper", columnStatus: "Status", columnSupports: "Støtter",
        nobodyAtThatLevel: "Ingen du har tilgang til, er vurdert på det nivået.",
        columnPrice: "Pris", columnCohort: "Gruppe", columnLiftsTo: "Løfter til")
}
