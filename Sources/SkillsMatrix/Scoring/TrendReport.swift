import Foundation

/// Readiness, completion and gaps per closed cycle, then now, for one or more subjects.
public struct TrendReport: Hashable, Sendable {
    /// One subject's figures over time.
    public struct Series: Hashable, Sendable {
        public let kind: CycleSnapshotRow.Kind
        /// A login or team id; empty for the organisation.
        public let subject: String
        /// Aligned with `TrendReport.points`: nil where the subject was not in that cycle.
        public let figures: [CycleFigures?]

        public init(kind: CycleSnapshotRow.Kind, subject: String, figures: [CycleFigures?]) {
            self.kind = kind
            self.subject = subject
            self.figures = figures
        }

        /// What changed between the last two points that have figures.
        public var changes: TrendChanges? {
            let present = figures.compactMap { $0 }
            guard present.count >= 2 else { return nil }
            return TrendChanges(from: present[present.count - 2].gapByCompetency, to: present[present.count - 1].gapByCompetency)
        }
    }

    /// A point in time: a closed cycle, or now.
    public struct Point: Hashable, Sendable {
        /// The cycle's name, or "now".
        public let label: String
        public let at: Date
        /// The cycle whose completion the point shows (the open one for "now", if any).
        public let cycle: ReviewCycle?
    }

    public let points: [Point]
    public let series: [Series]

    public init(points: [Point], series: [Series]) {
        self.points = points
        self.series = series
    }
}

/// Competencies whose summed gap changed between two points: closed (gone to 0),
/// opened (up from 0) and worse (larger, and not new). Each list in id order.
public struct TrendChanges: Hashable, Sendable {
    public let closed: [String]
    public let opened: [String]
    public let worse: [String]

    public init(from before: [String: Int], to after: [String: Int]) {
        closed = before.keys.filter { (before[$0] ?? 0) > 0 && (after[$0] ?? 0) == 0 }.sorted()
        opened = after.keys.filter { (after[$0] ?? 0) > 0 && (before[$0] ?? 0) == 0 }.sorted()
        worse = after.keys.filter { (before[$0] ?? 0) > 0 && (after[$0] ?? 0) > (before[$0] ?? 0) }.sorted()
    }

    public var isEmpty: Bool { closed.isEmpty && opened.isEmpty && worse.isEmpty }
}
