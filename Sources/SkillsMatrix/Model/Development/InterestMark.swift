/// What a person says about a competency, for the who-knows-what search: that they are
/// willing to mentor others in it, or that they want to grow in it. Only the person sets
/// their own marks.
public enum InterestMark: String, CaseIterable, Hashable, Sendable {
    case mentor
    case grow

    public static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
