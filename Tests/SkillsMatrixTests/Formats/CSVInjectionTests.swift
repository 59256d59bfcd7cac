import Testing
@testable import SkillsMatrix

/// No CSV export may hand a spreadsheet a formula: every field a spreadsheet would run
/// (starting with =, +, -, @, tab or CR, and not a plain number) must come out prefixed.
@Suite("CSV injection across every export")
struct CSVInjectionTests {
    static func runnable(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first else { return false }
        switch first {
        case "=", "@", "\t", "\r": return true
        case "+", "-": return Double(field) == nil
        default: return false
        }
    }

    static var exports: [(String, String)] {
        get throws { try makeExports() }
    }

    static func makeExports() throws -> [(String, String)] {
        let catalog = Fixtures.catalog
        let assessments = ReportFixture.assessments
        return [
            ("training needs", (try ByteOutput.text { try TrainingNeedsFormat.csv(ReportFixture.trainingNeeds, catalog: catalog, to: $0) })),
            ("training needs for Excel", (try ByteOutput.text { try TrainingNeedsFormat.csv(ReportFixture.trainingNeeds, catalog: catalog, writer: CSVWriter(byteOrderMark: true), to: $0) })),
            ("gap reports", GapReportFormat.csv(assessments, catalog: catalog)),
            ("heatmap", (try ByteOutput.text { try HeatmapFormat.csv(ReportFixture.heatmap, catalog: catalog, to: $0) })),
            ("rating events", (try ByteOutput.text { try RatingExportFormat.csv(ReportFixture.events, to: $0) })),
        ]
    }

    @Test("no field of any CSV export would run as a formula, and the risky values are really there")
    func neutralised() throws {
        var prefixed = 0
        for (name, text) in try Self.exports {
            for record in try CSVReader.parse(Array(text.utf8), file: name) {
                for field in record.fields {
                    #expect(!Self.runnable(field), "\(name) line \(record.line): \(field)")
                    if field.hasPrefix("'"), Self.runnable(String(field.dropFirst())) { prefixed += 1 }
                }
            }
        }
        // The fixture's name =HYPERLINK(...), name +1 Tab..., notes =cmd|... and @SUM(...).
        #expect(prefixed >= 8)
    }

    @Test("CR first and quotes inside: neutralised, then quoted", arguments: [
        ("\rcmd", "\"'\rcmd\""), ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("-2+3", "'-2+3"), ("+", "'+"),
        ("a=b", "a=b"), ("1e5", "1e5"), ("-0.5", "-0.5"),
    ])
    func fields(field: String, written: String) {
        #expect(CSVWriter().encode(field) == written)
    }
}
