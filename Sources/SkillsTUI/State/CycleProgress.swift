import SkillsMatrix

/// The open review cycle as Home shows it to a person it includes: by when it is due and
/// how many of their items are done.
public struct CycleProgress: Hashable, Sendable {
    public let cycle: ReviewCycle
    public let completion: PersonCompletion

    public init(cycle: ReviewCycle, completion: PersonCompletion) {
        self.cycle = cycle
        self.completion = completion
    }
}
