/// What `skills-tui generate` makes: how many people, from which seed, and whether one
/// team is made large (for measuring a lead's view of a big team).
public struct SyntheticOptions: Hashable, Sendable {
    /// The whole organisation, the large team included.
    public var staff: Int
    public var seed: UInt64
    /// People in one extra team under the first department; 0 for none.
    public var largeTeamSize: Int

    public static let defaultSeed: UInt64 = 1
    /// Fewer than 50 people cannot fill a leadership team, a department and its teams
    /// with every role; more than a million is beyond what the tool is built for.
    public static let staffRange = 50...1_000_000
    public static let largeTeamID = "contact-centre"

    public init(staff: Int, seed: UInt64 = Self.defaultSeed, largeTeamSize: Int = 0) {
        self.staff = staff
        self.seed = seed
        self.largeTeamSize = largeTeamSize
    }

    /// Checks the numbers before anything is created.
    /// - Throws: `.usage` naming the option and the values it accepts.
    public func validate() throws {
        guard Self.staffRange.contains(staff) else {
            throw SkillsError.syntheticStaffOutOfRange(staff, range: Self.staffRange)
        }
        guard largeTeamSize != 0 else { return }
        let room = staff - Self.staffRange.lowerBound
        // Checked before forming the range: with too little room it would be empty, and
        // an empty closed range is a trap.
        guard room >= SyntheticOrganisation.teamSizes.lowerBound else {
            throw SkillsError.syntheticLargeTeamOutOfRange(largeTeamSize, staff: staff, range: nil)
        }
        let sizes = SyntheticOrganisation.teamSizes.lowerBound...room
        guard sizes.contains(largeTeamSize) else {
            throw SkillsError.syntheticLargeTeamOutOfRange(largeTeamSize, staff: staff, range: sizes)
        }
    }
}
