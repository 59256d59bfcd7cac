/// The rules a framework must follow whichever file it comes from (our JSON, a Moodle
/// CSV, a CASE package), with the words every loader uses to explain a broken one.
///
/// Each check returns nil when the value is fine, else one sentence that says what to
/// do; the loader adds the file, line and field it knows.
public enum FrameworkRules {
    public static let reviewIntervals = 1...3650

    public static func frameworkIDProblem(_ id: String) -> String? {
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            return "framework id \"\(id)\" must be upper-case letters, such as PM"
        }
        return nil
    }

    public static func reviewIntervalProblem(_ days: Int) -> String? {
        reviewIntervals.contains(days) ? nil : "review interval \(days) is outside 1...3650 days"
    }

    public static func areaIDProblem(_ id: String, frameworkID: String) -> String? {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == frameworkID, !parts[1].isEmpty,
            parts[1].allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
        else {
            return "area id \"\(id)\" must be \(frameworkID).<AREA> in upper case, such as \(frameworkID).GOV"
        }
        return nil
    }

    public static func competencyIDProblem(_ id: String, areaID: String) -> String? {
        let suffix = id.hasPrefix(areaID + ".") ? id.dropFirst(areaID.count + 1) : ""
        guard !suffix.isEmpty, suffix.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return "competency id \"\(id)\" must be \(areaID).<number>, such as \(areaID).1"
        }
        return nil
    }

    public static func referenceProblem(_ reference: String) -> String? {
        guard let colon = reference.firstIndex(of: ":"), colon != reference.startIndex,
            reference.index(after: colon) != reference.endIndex
        else {
            return "reference \"\(reference)\" must be SCHEME:CODE, such as SFIA9:PRMG"
        }
        return nil
    }

    public static func duplicateID(_ id: String, firstAt place: String) -> String {
        "duplicate id \(id) (first used at \(place)); give each area and competency its own id"
    }

    public static func missingIndicator(level: Int) -> String {
        "missing the indicator for level \(level); write what a person at level \(level) does"
    }

    public static func scaleLevelCount(_ count: Int) -> String {
        "the scale needs exactly the levels 0 to 4; found \(count) levels"
    }

    public static func emptyArea(_ id: String) -> String { "area \(id) needs at least one competency" }

    public static let noAreas = "a framework needs at least one area"
}
