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

    /// Reads `gapDetail` back; a part that does not parse (not one `ID=whole number`) is
    /// skipped. Read as bytes: the trend reads one of these per team and cycle, and
    /// splitting each into substrings was a tenth of the whole report at 100,000 staff.
    public static func gaps(fromDetail detail: String) -> [String: Int] {
        var result: [String: Int] = [:]
        var detail = detail
        detail.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                var equals = -1
                var equalsCount = 0
                while end < bytes.count, bytes[end] != UInt8(ascii: ",") {
                    if bytes[end] == UInt8(ascii: "=") {
                        equals = end
                        equalsCount += 1
                    }
                    end += 1
                }
                if equalsCount == 1, equals > start, let gap = wholeNumber(UnsafeBufferPointer(rebasing: bytes[(equals + 1)..<end])) {
                    result[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<equals]), as: UTF8.self)] = gap
                }
                start = end + 1
            }
        }
        return result
    }

    /// A decimal whole number with an optional sign, nil for anything else or an overflow.
    private static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var digits = bytes[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, added) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            if overflowed || added { return nil }
            value = sum
        }
        return negative ? -value : value
    }
}
