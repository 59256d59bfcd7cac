/// What a cycle snapshot records for one subject (a person, a team, the organisation, a
/// lead or a competency), and what the trend compares between cycles.
///
/// - readiness: 1 - sum(weighted gap) / sum(target x weight) over everyone's
///   requirements pooled (a team's readiness weighs each requirement, not each person);
/// - done / total: cycle items with a self rating made during the cycle;
/// - gaps: requirements that are rated and short of target (unrated ones are not
///   counted: they are missing answers, which done / total shows);
/// - pairs, selfMinusLead, disputes: current ratings with both a self and a lead level,
///   the sum of self - lead over them, and how many differ by 2 or more;
/// - gapByCompetency: competency id -> summed gap of those rated short of target.
public struct CycleFigures: Hashable, Sendable {
    public var people: Int
    public var readiness: Double?
    public var done: Int
    public var total: Int
    public var gaps: Int
    public var pairs: Int
    public var selfMinusLead: Int
    public var disputes: Int
    public var gapByCompetency: [String: Int]

    public init(
        people: Int = 0, readiness: Double? = nil, done: Int = 0, total: Int = 0, gaps: Int = 0, pairs: Int = 0,
        selfMinusLead: Int = 0, disputes: Int = 0, gapByCompetency: [String: Int] = [:]
    ) {
        self.people = people
        self.readiness = readiness
        self.done = done
        self.total = total
        self.gaps = gaps
        self.pairs = pairs
        self.selfMinusLead = selfMinusLead
        self.disputes = disputes
        self.gapByCompetency = gapByCompetency
    }

    /// done / total, nil when the cycle asked nothing.
    public var completion: Double? { total == 0 ? nil : Double(done) / Double(total) }

    public var calibration: CalibrationFigure {
        CalibrationFigure(pairs: pairs, selfMinusLead: selfMinusLead, disputes: disputes)
    }

    /// `gapByCompetency` as stored: `ID=gap` pairs, comma-separated, in id order.
    public var gapDetail: String {
        gapByCompetency.keys.sorted().map { "\($0)=\(gapByCompetency[$0] ?? 0)" }.joined(separator: ",")
    }

    /// Reads `gapDetail` back; a part that does not parse is skipped.
    public static func gaps(fromDetail detail: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for part in detail.split(separator: ",") {
            let pieces = part.split(separator: "=")
            guard pieces.count == 2, let gap = Int(pieces[1]) else { continue }
            result[String(pieces[0])] = gap
        }
        return result
    }
}
