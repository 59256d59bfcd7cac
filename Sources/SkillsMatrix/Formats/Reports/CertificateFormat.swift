/// Renders a `CertificateReport` as text, CSV or JSON.
public enum CertificateFormat {
    public static let formats: [ReportFormat] = [.text, .csv, .json]

    public static let csvHeader = [
        "team", "login", "name", "certificate", "certificate_no", "issuer", "credential_id", "gained", "expires", "days_to_expiry",
        "status", "supports",
    ]

    /// "expires in 34 days", "lapsed 10 days ago", "expires today", "no expiry", "replaced".
    public static func status(_ entry: CertificateEntry) -> String {
        guard let days = entry.daysToExpiry else { return "no expiry" }
        let base: String
        switch days {
        case ..<(-1): base = "lapsed \(-days) days ago"
        case -1: base = "lapsed yesterday"
        case 0: base = "expires today"
        case 1: base = "expires tomorrow"
        default: base = "expires in \(days) days"
        }
        return entry.isSuperseded ? base + " (replaced)" : base
    }

    static func title(_ report: CertificateReport) -> String {
        let scope = report.teamID.map { "team \($0)" } ?? "everyone whose certificates you may see"
        guard let days = report.withinDays else { return "Certificates: \(scope) (as of \(report.today))" }
        return "Certificates lapsing within \(days) days or lapsed: \(scope) (as of \(report.today))"
    }

    // MARK: - Text

    public static func text(_ report: CertificateReport) -> String {
        var output = title(report) + "\n"
        output += "\(report.entries.count) certificates, \(report.expiredCount) lapsed. A rating that cites a lapsed certificate counts as stale.\n"
        if report.entries.isEmpty { return output + "\nNothing to list.\n" }
        var currentTeam: String?
        var table: TextTable?
        func flush() { if let table { output += table.render(indent: "  ") } }
        for entry in report.entries {
            if entry.person.teamID != currentTeam {
                flush()
                currentTeam = entry.person.teamID
                output += "\n\(entry.person.teamID)\n"
                table = TextTable([
                    .init("Person", maximumWidth: 34), .init("Certificate", maximumWidth: 44), .init("No", alignRight: true),
                    .init("Issuer", maximumWidth: 30), .init("Expires"), .init("Status"), .init("Supports"),
                ])
            }
            table?.append([
                DevelopmentFields.person(entry.person), entry.certificate.name, String(entry.certificate.number), entry.certificate.issuer,
                entry.certificate.expires?.description ?? "-", status(entry), entry.certificate.supports.joined(separator: " "),
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
