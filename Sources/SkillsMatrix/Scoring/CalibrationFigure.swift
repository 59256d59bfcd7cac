/// Self against lead over a set of rating pairs, with the number of pairs it rests on.
///
/// A pair is one person's current self and lead rating of one competency (both must
/// exist). Figures resting on fewer than `minimumPairs` pairs are withheld (nil): with
/// three pairs a single rating swings the mean by a third of a level.
public struct CalibrationFigure: Hashable, Sendable {
    public static let minimumPairs = 5

    public var pairs: Int
    /// sum(self - lead) over the pairs.
    public var selfMinusLead: Int
    /// Pairs where |self - lead| >= 2.
    public var disputes: Int

    public init(pairs: Int = 0, selfMinusLead: Int = 0, disputes: Int = 0) {
        self.pairs = pairs
        self.selfMinusLead = selfMinusLead
        self.disputes = disputes
    }

    public var isShown: Bool { pairs >= Self.minimumPairs }

    /// mean(self - lead); positive when people rate themselves above their lead.
    public var meanSelfMinusLead: Double? { isShown ? Double(selfMinusLead) / Double(pairs) : nil }

    /// A lead's leniency: mean(lead - self) over the pairs they rated; positive when the
    /// lead rates people above their own view of themselves.
    public var leniency: Double? { meanSelfMinusLead.map { $0 == 0 ? 0 : -$0 } }

    /// disputes / pairs.
    public var disputeRate: Double? { isShown ? Double(disputes) / Double(pairs) : nil }

    public mutating func add(selfLevel: Int, leadLevel: Int) {
        pairs += 1
        selfMinusLead += selfLevel - leadLevel
        if abs(selfLevel - leadLevel) >= 2 { disputes += 1 }
    }
}
