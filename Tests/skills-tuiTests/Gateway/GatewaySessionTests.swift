import Foundation
import Testing
@testable import SkillsMatrix
@testable import skills_tui

/// What the gateway lets through: every command of the tool is either offered over SSH
/// or refused, and options that change who or where are refused on every command.
@MainActor
@Suite("Gateway rules")
struct GatewaySessionTests {
    static let session = GatewaySession(
        login: "wli", configuration: GatewayConfiguration(path: "/etc/skills-tui/config", database: "/srv/skills.sqlite"),
        actor: Actor(login: "wli", person: nil, rights: [], ledTeamIDs: []), destination: "-p 2222 skills@host")

    static func admit(_ words: [String]) throws {
        try session.admit(try ArgumentParser.parse(words, commands: CommandLineTool.commands))
    }

    /// Arguments that satisfy each command's positional count.
    static func arguments(for command: CommandSpec) -> [String] {
        command.words + Array(repeating: "-", count: command.positionalCount.lowerBound)
    }

    @Test("every command is either offered over SSH or refused; nothing new slips through unlisted")
    func everyCommandIsDecided() throws {
        let offered = Set(["", "frameworks list", "frameworks show", "frameworks validate", "frameworks import", "frameworks export",
            "learning list", "learning export", "staff list", "staff import", "rate", "plan add", "plan move", "certificate add", "mark",
            "report gaps", "report heatmap", "report coverage", "report training-needs", "report training-plan", "report plans",
            "report certificates", "report people", "export ratings", "report completion", "report trend", "report calibration",
            "cycle list", "cycle show", "cycle open", "cycle close", "profile language"])
        #expect(GatewaySession.offeredCommands == offered)
        for command in CommandLineTool.commands {
            if offered.contains(command.name) {
                #expect(throws: Never.self, "\(command.name)") { try Self.admit(Self.arguments(for: command)) }
            } else {
                #expect(throws: GatewayError.command(command.name)) { try Self.admit(Self.arguments(for: command)) }
            }
        }
        for refused in ["init", "generate", "demo", "backup", "migrate", "gateway", "access add", "access list", "access revoke"] {
            #expect(CommandLineTool.commands.contains { $0.name == refused } && !offered.contains(refused))
        }
        #expect(throws: GatewayError.command("access")) { try Self.admit(["access"]) }
    }

    @Test("the help offers each person the commands of use to them: plans and marks to staff, the training plan to leads and hr")
    func commandsOfUse() {
        let person = Person(login: "wli", name: "Wei Li", teamID: "customer-services", roleID: "front-line-staff")
        let staff = Actor(login: "wli", person: person, rights: [], ledTeamIDs: [])
        let lead = Actor(login: "wli", person: person, rights: [], ledTeamIDs: ["customer-services"])
        let hr = Actor(login: "pnair", person: nil, rights: [.hr], ledTeamIDs: [])
        let admin = Actor(login: "root", person: nil, rights: [.admin], ledTeamIDs: [])
        func offered(_ actor: Actor) -> Set<String> {
            Set(GatewaySession.offeredCommands.filter { !$0.isEmpty && GatewayHelp.isOfUse($0, to: actor) })
        }
        let development = ["learning list", "learning export", "plan add", "plan move", "certificate add", "mark", "report training-plan",
            "report plans", "report certificates", "report people"]
        #expect(offered(staff).intersection(development)
            == ["learning list", "learning export", "plan add", "plan move", "certificate add", "mark", "report plans", "report certificates",
                "report people"])
        #expect(offered(lead).intersection(development) == Set(development))
        #expect(offered(hr).intersection(development)
            == ["learning list", "learning export", "plan move", "certificate add", "report training-plan", "report plans",
                "report certificates", "report people"])
        // An admin who is no person and not hr: no plans, certificates or marks of their own.
        #expect(offered(admin).intersection(development) == ["learning list", "learning export", "report training-plan", "report plans", "report people"])
    }

    @Test("the cycle commands are listed for those they are of use to: open and close for hr and admin only")
    func cycleCommandsOfUse() {
        let staff = Actor(login: "wli", person: Person(login: "wli", name: "Wei", teamID: "t", roleID: "r"), rights: [], ledTeamIDs: [])
        let lead = Actor(login: "rdunn", person: Person(login: "rdunn", name: "Rachel", teamID: "t", roleID: "r"), rights: [], ledTeamIDs: ["t"])
        let hr = Actor(login: "pnair", person: nil, rights: [.hr], ledTeamIDs: [])
        for command in ["cycle open", "cycle close"] {
            #expect(!GatewayHelp.isOfUse(command, to: staff) && !GatewayHelp.isOfUse(command, to: lead) && GatewayHelp.isOfUse(command, to: hr))
        }
        for command in ["report calibration"] {
            #expect(!GatewayHelp.isOfUse(command, to: staff) && GatewayHelp.isOfUse(command, to: lead) && GatewayHelp.isOfUse(command, to: hr))
        }
        for command in ["cycle list", "cycle show", "report completion", "report trend"] {
            #expect(GatewayHelp.isOfUse(command, to: staff))
        }
    }

    @Test("--as, --db and --output are refused with every command, in every spelling")
    func refusedOptions() throws {
        for command in CommandLineTool.commands where GatewaySession.offeredCommands.contains(command.name) {
            let words = Self.arguments(for: command)
            #expect(throws: GatewayError.option("--as", login: "wli")) { try Self.admit(["--as", "pnair"] + words) }
            #expect(throws: GatewayError.option("--as", login: "wli")) { try Self.admit(words + ["--as=pnair"]) }
            #expect(throws: GatewayError.option("--db", login: "wli")) { try Self.admit(words + ["--db", "/etc/shadow"]) }
            #expect(throws: GatewayError.option("--output", login: "wli")) { try Self.admit(words + ["--output=/tmp/x"]) }
        }
    }

    @Test("commands that read files take only - (standard input)")
    func filesOnTheServer() throws {
        for name in GatewaySession.fileCommands {
            let words = name.split(separator: " ").map(String.init)
            #expect(throws: GatewayError.fileOnServer("/etc/shadow")) { try Self.admit(words + ["/etc/shadow"]) }
            #expect(throws: Never.self) { try Self.admit(words + ["-"]) }
        }
        #expect(throws: GatewayError.fileOnServer("pm.json")) { try Self.admit(["frameworks", "validate", "-", "pm.json"]) }
        // `rate --from` names its file with an option.
        #expect(throws: GatewayError.fileOnServer("/etc/shadow")) { try Self.admit(["rate", "--from", "/etc/shadow"]) }
        #expect(throws: GatewayError.fileOnServer("ratings.txt")) { try Self.admit(["rate", "--from=ratings.txt"]) }
        #expect(throws: Never.self) { try Self.admit(["rate", "--from", "-"]) }
    }

    @Test("only what a terminal needs is kept from the environment")
    func environment() {
        for name in ["TERM", "LANG", "LC_ALL", "LC_CTYPE", "NO_COLOR", "SSH_CONNECTION", "SSH_TTY", "PATH"] {
            #expect(GatewaySession.isKept(name), "\(name)")
        }
        for name in ["SKILLS_DB", "SKILLS_TUI_NOW", "SKILLS_TUI_DATA", "SKILLS_TUI_TEST_TRAP", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME",
            "TERMINFO", "TERMINFO_DIRS", "LINES", "COLUMNS", "LD_PRELOAD", "SSH_ORIGINAL_COMMAND"] {
            #expect(!GatewaySession.isKept(name), "\(name)")
        }
    }

    @Test("the destination shown is how the person reached the server")
    func destination() {
        let configuration = GatewayConfiguration(path: "/etc/skills-tui/config")
        let account = SystemUser.login
        #expect(GatewaySession.destination(configuration: configuration, environment: ["SSH_CONNECTION": "10.0.0.9 51234 10.0.0.5 22"]) == "\(account)@10.0.0.5")
        #expect(GatewaySession.destination(configuration: configuration, environment: ["SSH_CONNECTION": "::1 51234 ::1 2222"]) == "-p 2222 \(account)@::1")
        var configured = configuration
        configured.sshDestination = "skills@skills.example.gov.uk"
        #expect(GatewaySession.destination(configuration: configured, environment: [:]) == "skills@skills.example.gov.uk")
    }

    @Test("the export command writes the same file on the person's machine, its name quoted for their shell")
    func remoteExport() {
        #expect(
            RemoteExportCommand.text(destination: "-p 2222 skills@host", teamID: "customer-services", format: .csv, excel: true, file: "tna.csv")
                == "ssh -p 2222 skills@host report training-needs --team customer-services --format csv --excel > tna.csv")
        #expect(
            RemoteExportCommand.text(destination: "skills@host", teamID: nil, format: .markdown, excel: false, file: "~/needs it's.md")
                == "ssh skills@host report training-needs --format markdown > '~/needs it'\\''s.md'")
        #expect(RemoteExportCommand.shellQuoted("~/reports/tna.json") == "~/reports/tna.json")
        #expect(RemoteExportCommand.shellQuoted("$(rm -rf ~).csv") == "'$(rm -rf ~).csv'")
    }

    @Test("the help speaks the language it is given: who one is, the commands, how files travel")
    func helpInEachLanguage() {
        let person = Person(login: "wli", name: "Wei Li", teamID: "customer-services", roleID: "front-line-staff")
        let session = GatewaySession(
            login: "wli", configuration: Self.session.configuration, actor: Actor(login: "wli", person: person, rights: [], ledTeamIDs: []),
            destination: Self.session.destination)
        let english = GatewayHelp.text(for: session, commands: CommandLineTool.commands, language: .en)
        #expect(english.hasPrefix("skills-tui over SSH: you are Wei Li (wli) · "))
        #expect(english.contains("  ssh -p 2222 skills@host COMMAND\n"))
        let bokmal = GatewayHelp.text(for: session, commands: CommandLineTool.commands, language: .nb)
        #expect(bokmal.hasPrefix("skills-tui over SSH: du er Wei Li (wli) · "))
        #expect(bokmal.contains("  ssh -p 2222 skills@host KOMMANDO\n"))
        #expect(bokmal.contains("Filer går over forbindelsen"))
        // The same commands are listed either way.
        #expect(english.contains("    report gaps") && bokmal.contains("    report gaps"))
        #expect(!bokmal.contains("Files travel") && !bokmal.contains("you are"))
    }

    @Test("the reminder follows --lang in the command a person sends, when the gateway would run it")
    func sentLanguage() {
        #expect(GatewayCommand.sentLanguage("report gaps --lang nb") == .nb)
        #expect(GatewayCommand.sentLanguage("report gaps --lang=en") == .en)
        #expect(GatewayCommand.sentLanguage("report gaps") == nil)
        #expect(GatewayCommand.sentLanguage("report gaps --lang nb; id") == nil)
        #expect(GatewayCommand.sentLanguage("report gaps --lang xx") == nil)
    }
}
