import Foundation

/// One step of a person's development plan against a gap: a catalogue item or a thing
/// described in words, by a target date. What it is never changes; where it stands is the
/// newest of its `events`.
public struct PlanItem: Hashable, Sendable, Identifiable {
    /// The number people use to move it (`plan move 12 booked`).
    public let number: Int
    public let personLogin: String
    public let competencyID: String
    /// A learning catalogue item, or nil when the item is described in `text`.
    public let learningItemID: String?
    /// What the person will do, in words; may be empty beside a catalogue item.
    public let text: String
    /// Oldest first; the first is always `planned`, with the target date.
    public let events: [PlanEvent]

    public init(number: Int, personLogin: String, competencyID: String, learningItemID: String?, text: String, events: [PlanEvent]) {
        self.number = number
        self.personLogin = personLogin
        self.competencyID = competencyID
        self.learningItemID = learningItemID
        self.text = text
        self.events = events
    }

    public var id: Int { number }

    public var state: PlanState { events.last?.state ?? .planned }

    /// The newest target date given.
    public var targetDate: CalendarDay? { events.last { $0.targetDate != nil }?.targetDate }

    /// Who made the item, and when.
    public var createdBy: String { events.first?.actor ?? "" }
    public var createdAt: Date { events.first?.at ?? .distantPast }

    /// When the item reached its current state.
    public var stateChangedAt: Date { events.last?.at ?? .distantPast }

    /// When it was done, if it was.
    public var doneAt: Date? { events.last { $0.state == .done }?.at }

    /// Open (planned or booked) with its target date before `today`.
    public func isOverdue(today: CalendarDay) -> Bool {
        guard state.isOpen, let targetDate else { return false }
        return targetDate < today
    }

    /// The catalogue title where there is one (in `language`), else the text.
    public func title(in catalogue: LearningCatalogue, language: Language = .en) -> String {
        if let id = learningItemID {
            let title = catalogue.item(id)?.title(in: language) ?? id
            return text.isEmpty ? title : "\(title): \(text)"
        }
        return text
    }
}
