import Testing
import Foundation
@testable import SkillsMatrix

/// No CSV export may hand a spreadsheet a formula: every field a spreadsheet would run
/// (starting with =, +, -, @, tab or CR, and not a plain number) must come out prefixed.
@Suite("CSV injection across every export")
struct CSVInjectionTests {
    static func runnable(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first else { return false }
        switch first {
        case "=", "@", "\t", "\r": return true
        // Runnable unless it is a decimal number as a spreadsheet reads one (not Double's
        // rules, which also take inf, NaN and hexadecimal).
        case "+", "-": return field.range(of: #"^[+-]([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$"#, options: .regularExpression) == nil
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
            ("training needs", (try ByteOutput.text { try TrainingNeedsFormat.csv(ReportFixture.trainingNeeds, catalog: catalog, to: &$0) })),
            ("training needs for Excel", (try ByteOutput.text { try TrainingNeedsFormat.csv(ReportFixture.trainingNeeds, catalog: catalog, writer: CSVWriter(byteOrderMark: true), to: &$0) })),
            ("gap reports", GapReportFormat.csv(assessments, catalog: catalog)),
            ("heatmap", (try ByteOutput.text { try HeatmapFormat.csv(ReportFixture.heatmap, catalog: catalog, to: &$0) })),
            ("rating events", (try ByteOutput.text { try RatingExportFormat.csv(ReportFixture.events, to: &$0) })),
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

/// The formula guard's "plain number" is the decimal syntax a spreadsheet reads as a
/// number typed into a cell; anything else that starts with + or - is guarded.
@Suite("CSV formula guard: plain numbers")
struct PlainNumberTests {
    @Test("what Double() accepts but a spreadsheet does not is guarded", arguments: [
        "-inf", "+inf", "-Infinity", "+NaN", "-nan", "-0x1p3", "+0x10", "-1e", "+1e+", "-.", "+", "-", "-1.2.3", "-1,5", "- 1",
        "-1 ", "+1_000", "-١",
    ])
    func guarded(field: String) {
        #expect(CSVWriter().encode(field).hasPrefix("'") || CSVWriter().encode(field).hasPrefix("\"'"), "\(field)")
        #expect(CSVWriter.looksLikeFormula(field))
    }

    @Test("decimal numbers with a sign are left as they are", arguments: [
        "-1", "+2.5", "-0.5", "+.5", "-5.", "-1e5", "+1E-3", "-2.5e+10", "-007", "+0",
    ])
    func plain(field: String) {
        #expect(CSVWriter().encode(field) == field)
        #expect(!CSVWriter.looksLikeFormula(field))
    }
}
