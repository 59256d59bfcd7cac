/// The words for what is wrong in a data file (`InputFileProblem`, `JSONSyntaxProblem`)
/// and for `frameworks validate`'s report, in one language. Each language conforms once
/// (`EnglishFileProblemWords`, `BokmalFileProblemWords`) with a switch over every case,
/// so a problem without words in a language does not compile.
///
/// Each text is one phrase that follows the file, line and field (`InputFileError` puts
/// them first): what is wrong, then what to do. Names in the values (JSON members, CSV
/// columns, ids, codes) are machine text and are written as they are.
public protocol FileProblemWords: Sendable {
    func describe(_ problem: InputFileProblem) -> String
    func describe(_ problem: JSONSyntaxProblem) -> String
    func describe(_ problem: FrameworkReview.Finding.Problem) -> String
    func describe(_ problem: ReferenceSchemes.ReferenceProblem) -> String
    func describe(_ problem: SSHKeyProblem) -> String
    /// A file's name as messages show it: standard input in words, any other as it is.
    func fileName(_ file: String) -> String

    // MARK: - frameworks validate

    func severity(_ severity: FrameworkReview.Finding.Severity) -> String
    func rolesSource(_ source: FrameworkValidation.RolesSource) -> String
    /// "ok  pm.json: PM Project management 1.0.0 (en, nb), 6 areas, 24 competencies".
    func validFramework(
        file: String, id: String, name: String, version: String, languages: [String], areas: Int, competencies: Int) -> String
    func validRoles(file: String, version: String, profiles: Int) -> String
    func validLearning(file: String, version: String, languages: [String], items: Int, currency: String) -> String
    /// "Content rules: 0 errors, 1 warning (roles from roles.json)".
    func validationSummary(errors: Int, warnings: Int, roles: FrameworkValidation.RolesSource) -> String
}

extension FileProblemWords {
    /// Names joined as lists of ids are in files: `a, b, c`.
    func list(_ names: [String]) -> String { names.joined(separator: ", ") }
    /// Column names joined as a CSV header writes them: `a,b,c`.
    func header(_ names: [String]) -> String { names.joined(separator: ",") }
}
