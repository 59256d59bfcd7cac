@testable import SkillsMatrix

extension SQLiteFileHeader.Reading {
    /// The header read, or nil for a file that has none: unwrapped with `try #require`.
    var header: SQLiteFileHeader? { if case .header(let header, _) = self { return header } else { return nil } }
}
