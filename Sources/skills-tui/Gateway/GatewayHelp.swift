import SkillsMatrix

/// What a person reaching the gateway without a terminal, or with `--help`, is told: who
/// they are, how to open the UI, and the commands that are of use to them.
enum GatewayHelp {
    @MainActor
    static func text(for session: GatewaySession, commands: [CommandSpec], language: Language) -> String {
        let actor = session.actor
        let words = language.messages.commandOutputs
        let name = actor.person.map { "\($0.name) (\(actor.login))" } ?? actor.login
        let ssh = "ssh " + session.destination
        var text = words.gatewayHelpHeading(
            name: name, access: actor.roleSummary(in: language), destination: session.destination, ssh: ssh)
        let offered = commands.filter { !$0.words.isEmpty && GatewaySession.offeredCommands.contains($0.name) && isOfUse($0.name, to: actor) }
        let rows = offered.map { command -> (String, String) in
            // Over SSH a file can only be standard input.
            let usage = GatewaySession.fileCommands.contains(command.name) ? "-" : command.argumentsUsage
            return ("    " + command.name + (usage.isEmpty ? "" : " " + usage), language.commandLine.help(for: command).summary)
        }
        let width = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (left, right) in rows { text += DisplayWidth.pad(left, to: width) + "  " + right + "\n" }
        text += words.gatewayHelpFooter(ssh: ssh)
        return text
    }

    /// Whether `command` can do anything for `actor` (the engine still decides each request).
    static func isOfUse(_ command: String, to actor: Actor) -> Bool {
        let seesTeams = actor.isLead || AccessPolicy.seesEveryone(actor)
        switch command {
        case "frameworks import": return AccessPolicy.allows(.manageFrameworks, actor)
        case "staff import": return AccessPolicy.allows(.manageStaff, actor)
        case "export ratings": return AccessPolicy.allows(.exportOrganisation, actor)
        case "rate", "plan add": return actor.person != nil || actor.isLead
        case "mark": return actor.person != nil
        // Plans and certificates are the person's, their leads' and hr's (not an admin's as such).
        case "plan move", "certificate add", "report certificates": return actor.person != nil || actor.isLead || actor.isHR
        case "report gaps", "report plans", "report people": return actor.person != nil || seesTeams
        case "report heatmap", "report coverage", "report training-needs", "report training-plan", "report calibration": return seesTeams
        case "cycle open", "cycle close": return AccessPolicy.allows(.manageCycles, actor)
        default: return true
        }
    }
}
