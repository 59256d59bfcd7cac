import Foundation

/// What a command row runs against.
struct CommandContext {
    let databasePath: String
    let personLogin: String
    let largeTeamID: String
    let scratchDirectory: URL
}
