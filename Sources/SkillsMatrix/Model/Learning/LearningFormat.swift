/// How a catalogue item is delivered: what HR books, and what a plan shows.
public enum LearningFormat: String, CaseIterable, Hashable, Sendable {
    case course
    case eLearning = "e-learning"
    /// Learning on the job with someone experienced: shadowing, pairing, a mentor.
    case coaching
    case reading
    /// A course that ends in an examined qualification.
    case certification

    /// Every value as written in `learning.json`, for messages: "course, e-learning, ...".
    public static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
