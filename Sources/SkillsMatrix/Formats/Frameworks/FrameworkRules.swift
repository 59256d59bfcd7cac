/// The rules a framework must follow whichever file it comes from (our JSON, a Moodle
/// CSV, a CASE package), with the problem every loader reports for a broken one.
///
/// Each check returns nil when the value is fine, else the problem (worded by the
/// catalogue); the loader adds the file, line and field it knows.
public enum FrameworkRules {
    public static let reviewIntervals = 1...3650

    public static func frameworkIDProblem(_ id: String) -> InputFileProblem? {
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return .frameworkID(id) }
        return nil
    }

    public static func reviewIntervalProblem(_ days: Int) -> InputFileProblem? {
        reviewIntervals.contains(days) ? nil : .reviewInterval(days)
    }

    public static func areaIDProblem(_ id: String, frameworkID: String) -> InputFileProblem? {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == frameworkID, !parts[1].isEmpty,
            parts[1].allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
        else { return .areaID(id, frameworkID: frameworkID) }
        return nil
    }

    public static func competencyIDProblem(_ id: String, areaID: String) -> InputFileProblem? {
        let suffix = id.hasPrefix(areaID + ".") ? id.dropFirst(areaID.count + 1) : ""
        guard !suffix.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .competencyID(id, areaID: areaID) }
        return nil
    }

    public static func referenceProblem(_ reference: String) -> InputFileProblem? {
        guard let colon = reference.firstIndex(of: ":"), colon != reference.startIndex,
            reference.index(after: colon) != reference.endIndex
        else { return .reference(reference) }
        return nil
    }
}
