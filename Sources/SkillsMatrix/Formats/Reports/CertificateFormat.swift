/// Renders a `CertificateReport` as text, CSV or JSON.
public enum CertificateFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]

    public static let csvHeader = [
        "team", "login", "name", "certificate", "certificate_no", "issuer", "credential_id", "gained", "expires", "days_to_expiry",
        "status", "supports",
    ]

    /// "expires in 34 days", "lapsed 10 days ago", "expires today", "no expiry", "replaced";
    /// English in the CSV, whatever the reader's language.
    public static func status(_ entry: CertificateEntry, words: DevelopmentReportWords = .english) -> String {
        guard let days = entry.daysToExpiry else { return words.noExpiry }
        let base: String
        switch days {
        case ..<(-1): base = words.lapsed(daysAgo: -days)
        case -1: base = words.lapsedYesterday
        case 0: base = words.expiresToday
        case 1: base = words.expiresTomorrow
        default: base = words.expires(inDays: days)
        }
        return entry.isSuperseded ? base + words.replaced : base
    }

    // MARK: - Text

    /// The certificates team by team, in `language`.
    public static func text(_ report: CertificateReport, language: Language) -> String {
        let words = language.messages.developmentReports
        let column = language.messages.columns
        let scope = report.teamID.map(words.team) ?? words.everyoneWhoseCertificatesYouMaySee
        var output = words.certificatesTitle(scope: scope, withinDays: report.withinDays, asOf: report.today) + "\n"
        output += words.certificatesSummary(count: report.entries.count, lapsed: report.expiredCount) + "\n"
        if report.entries.isEmpty { return output + "\n" + words.nothingToList + "\n" }
        var currentTeam: String?
        var table: TextTable?
        func flush() { if let table { output += table.render(indent: "  ") } }
        for entry in report.entries {
            if entry.person.teamID != currentTeam {
                flush()
                currentTeam = entry.person.teamID
                output += "\n\(entry.person.teamID)\n"
                table = TextTable([
                    .init(column.person, maximumWidth: 34), .init(words.columnCertificate, maximumWidth: 44),
                    .init(words.plans.columnNumber, alignRight: true), .init(words.columnIssuer, maximumWidth: 30), .init(words.columnExpires),
                    .init(words.columnStatus), .init(words.columnSupports),
                ])
            }
            table?.append([
                DevelopmentFields.person(entry.person), entry.certificate.name, String(entry.certificate.number), entry.certificate.issuer,
                words.plans.day(entry.certificate.expires), status(entry, words: words), entry.certificate.supports.joined(separator: " "),
            ])
        }
        flush()
        return output
    }

    // MARK: - CSV

    /// One row per certificate, streamed into `output`.
    public static func csv(_ report: CertificateReport, writer: CSVWriter = CSVWriter(), to output: inout ByteOutput) throws {
        writer.writeStart(header: csvHeader, to: &output)
        for entry in report.entries {
            let certificate = entry.certificate
            writer.writeField(entry.person.teamID, to: &output)
            writer.writeNext(entry.person.login, to: &output)
            writer.writeNext(entry.person.name, to: &output)
            writer.writeNext(certificate.name, to: &output)
            writer.writeNext(certificate.number, to: &output)
            writer.writeNext(certificate.issuer, to: &output)
            writer.writeNext(certificate.credentialID, to: &output)
            writer.writeNext(certificate.gained.description, to: &output)
            writer.writeNext(certificate.expires?.description ?? "", to: &output)
            writer.writeNext(entry.daysToExpiry, to: &output)
            writer.writeNext(status(entry), to: &output)
            writer.writeNext(certificate.supports.joined(separator: " "), to: &output)
            writer.endRecord(&output)
            try output.flushIfFull()
        }
        try output.flush()
    }

    // MARK: - JSON

    /// One object per certificate, streamed into `output`.
    public static func json(_ report: CertificateReport, to output: inout ByteOutput) throws {
        try JSONWriter.writeDocument(
            leading: [
                ("team", .optional(report.teamID) { .string($0) }), ("as_of", .string(report.today.description)),
                ("within_days", .optional(report.withinDays) { .int($0) }),
            ],
            arrayKey: "certificates", count: report.entries.count, to: &output
        ) { position in
            let entry = report.entries[position]
            let certificate = entry.certificate
            return .object(
                JSONObject([
                    ("team", .string(entry.person.teamID)), ("login", .string(entry.person.login)),
                    ("name", .string(entry.person.name)), ("certificate", .string(certificate.name)),
                    ("certificate_no", .int(certificate.number)), ("issuer", .string(certificate.issuer)),
                    ("credential_id", .string(certificate.credentialID)), ("gained", .string(certificate.gained.description)),
                    ("expires", .optional(certificate.expires) { .string($0.description) }),
                    ("days_to_expiry", .optional(entry.daysToExpiry) { .int($0) }), ("lapsed", .bool(entry.isExpired)),
                    ("replaced", .bool(entry.isSuperseded)),
                    ("supports", .array(certificate.supports.map { .string($0) })),
                ]))
        }
    }
}
