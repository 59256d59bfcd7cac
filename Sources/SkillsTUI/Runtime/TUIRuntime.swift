import Foundation
import SkillsMatrix

/// Performs the reducer's effects against the database and turns their outcomes into
/// events. Holds the open `Workspace`; everything it shows comes from the engine.
@MainActor
public final class TUIRuntime {
    public private(set) var workspace: Workspace
    /// Opens the database again acting as `login` (nil: the OS user itself).
    private let reopen: (String?) throws -> Workspace
    /// Set when the person reached the TUI over SSH: an export then writes nothing on the
    /// server, and they are shown this command (for the team, format, Excel flag and
    /// file name chosen) that writes the same file on their own machine.
    private let exportCommand: (@MainActor (_ teamID: String?, _ format: ReportFormat, _ excel: Bool, _ file: String) -> String)?
    /// Whether the demo's "switch user" is offered: not over SSH, where the person is who
    /// their key says even in a demo organisation.
    private var offersDemoSwitch: Bool { workspace.isDemo && exportCommand == nil }

    public init(
        workspace: Workspace, reopen: @escaping (String?) throws -> Workspace,
        exportCommand: (@MainActor (_ teamID: String?, _ format: ReportFormat, _ excel: Bool, _ file: String) -> String)? = nil
    ) {
        self.workspace = workspace
        self.reopen = reopen
        self.exportCommand = exportCommand
    }

    /// The first state and the events that fill it: the role picker in the demo when
    /// asked for, else the acting user's home screen.
    public func start(size: ScreenSize, withRolePicker: Bool) -> (AppState, [Event]) {
        let state = AppState(catalog: workspace.catalog, now: workspace.now, size: size, isDemo: offersDemoSwitch)
        if withRolePicker { return (state, perform(.load(.rolePicker))) }
        do {
            return (state, [.loaded(try sessionPayload())])
        } catch let failure as any SkillsFailure {
            return (state, [.failed(failure.description)])
        } catch {
            return (state, [.failed("\(error)")])
        }
    }

    /// Runs one effect. `.quit` is the loop's business and yields nothing here.
    public func perform(_ effect: Effect) -> [Event] {
        do {
            switch effect {
            case .quit:
                return []
            case .load(let request):
                return [.loaded(try load(request))]
            case .switchUser(let login):
                workspace = try reopen(login)
                return [.loaded(try sessionPayload())]
            case .answer(let competencyID, let level, let note, let scope, let nextPosition):
                let event = try workspace.answer(competencyID: competencyID, level: level, note: note, scope: scope, nextPosition: nextPosition)
                return [.answered(event, nextPosition: nextPosition)]
            case .recordProgress(let scope, let position):
                try workspace.recordProgress(scope: scope, position: position)
                return []
            case .validate(let login, let competencyID, let level, let note):
                return [.validated(try workspace.rate(competencyID: competencyID, level: level, person: login, note: note))]
            case .export(let teamID, let format, let excel, let path, let replacing):
                if let exportCommand { return [.exportCommand(exportCommand(teamID, format, excel, path))] }
                let absolute = OutputTarget.absolutePath(typed: path, home: ProcessInfo.processInfo.environment["HOME"])
                // The engine says whether the path may be written at all (never the database);
                // replacing a file that is there is the person's decision, asked first.
                let target = try workspace.outputTarget(absolute)
                if target.replacesFile, !replacing { return [.exportWouldReplace(path: absolute)] }
                let report = try workspace.trainingNeeds(team: teamID)
                let catalog = workspace.catalog
                try target.write { output in
                    switch format {
                    case .json: try TrainingNeedsFormat.json(report, catalog: catalog, to: &output)
                    case .markdown: try TrainingNeedsFormat.markdown(report, catalog: catalog, language: .en, to: &output)
                    default: try TrainingNeedsFormat.csv(report, catalog: catalog, writer: CSVWriter(byteOrderMark: excel), to: &output)
                    }
                }
                return [.exported(path: absolute, needs: report.needCount)]
            }
        } catch let failure as any SkillsFailure {
            return [.failed(failure.description)]
        } catch {
            return [.failed("\(error)")]
        }
    }

    // MARK: - Loading

    private func load(_ request: Request) throws -> Payload {
        switch request {
        case .home:
            return .home(try homeData())
        case .rolePicker:
            return .rolePicker(try roleChoices())
        case .walkthrough(let scope):
            return .walkthrough(try workspace.walkthrough(scope))
        case .gapReport:
            return .gapReport(try workspace.gapReport())
        case .teams(let destination):
            return .teams(destination, try teams(for: destination))
        case .heatmap(let teamID):
            return .heatmap(try workspace.heatmap(team: teamID))
        case .cellDetail(let login, let competencyID):
            let detail = try workspace.ratingDetail(person: login, competencyID: competencyID)
            return .cellDetail(login: login, competency: try workspace.competencyIndex(competencyID), detail)
        case .validation(let teamID):
            return .validation(teamID: teamID, try workspace.validationQueue(team: teamID))
        case .trainingNeeds(let teamID):
            return .trainingNeeds(try workspace.trainingNeeds(team: teamID))
        }
    }

    private func sessionPayload() throws -> Payload {
        let actor = workspace.actor
        let visible = try workspace.visibleTeams()
        let session = SessionInfo(
            login: actor.login, person: actor.person, roleName: actor.person.flatMap { workspace.catalog.role($0.roleID)?.name },
            roleSummary: actor.roleSummary, isDemo: offersDemoSwitch,
            canSeeOrganisation: AccessPolicy.allows(.viewOrganisation, actor),
            ledTeams: try workspace.teamTree().teams.filter { actor.ledTeamIDs.contains($0.id) }, visibleTeams: visible)
        return .session(session, try homeData(), workspace.catalog, workspace.now)
    }

    private func homeData() throws -> HomeData {
        let actor = workspace.actor
        let assessment = actor.person == nil ? nil : try workspace.gapReport()
        let walkthrough = actor.person == nil ? nil : try workspace.walkthrough(.role)
        let waiting = actor.isLead ? try workspace.validationCount() : 0
        return HomeData(assessment: assessment, walkthrough: walkthrough, validationCount: waiting)
    }

    private func teams(for destination: TeamDestination) throws -> [Team?] {
        let actor = workspace.actor
        switch destination {
        case .heatmap:
            return try workspace.visibleTeams()
        case .validation:
            let led = try workspace.teamTree().teams.filter { actor.ledTeamIDs.contains($0.id) }
            return led.count > 1 ? [nil] + led : led
        case .trainingNeeds:
            let visible = try workspace.visibleTeams()
            return AccessPolicy.allows(.viewOrganisation, actor) ? [nil] + visible : visible
        }
    }

    /// Everyone in the demo organisation, with three suggestions first: a member of staff,
    /// a team lead and an HR person, so a newcomer sees every kind of screen.
    private func roleChoices() throws -> [RolePickerState.RoleChoice] {
        let everyone = try reopen(nil)
        let people = try everyone.staff()
        let tree = try everyone.teamTree()
        let hrLogins = try everyone.logins(granted: .hr)
        let leads = Set(tree.teams.flatMap(\.leadLogins))
        let catalog = everyone.catalog
        func describe(_ person: Person) -> String { "\(catalog.role(person.roleID)?.name ?? person.roleID) · \(person.teamID)" }

        var suggestions: [RolePickerState.RoleChoice] = []
        // A lead of a team that has a parent: a line manager rather than the head of service.
        let lead = tree.teams.filter { $0.parentID != nil }.flatMap(\.leadLogins).sorted().first ?? leads.sorted().first
        let staff = people.first { person in
            !leads.contains(person.login) && !hrLogins.contains(person.login)
                && (lead.flatMap { tree.team(person.teamID)?.leadLogins.contains($0) } ?? false)
        } ?? people.first { !leads.contains($0.login) && !hrLogins.contains($0.login) }
        if let staff { suggestions.append(.init(person: staff, description: "Staff member", roleAndTeam: describe(staff), isSuggestion: true)) }
        if let lead, let person = people.first(where: { $0.login == lead }) {
            suggestions.append(.init(person: person, description: "Team lead", roleAndTeam: describe(person), isSuggestion: true))
        }
        if let hr = people.first(where: { hrLogins.contains($0.login) }) {
            suggestions.append(.init(person: hr, description: "HR", roleAndTeam: describe(hr), isSuggestion: true))
        }
        let everyoneElse = people.sorted { ($0.name, $0.login) < ($1.name, $1.login) }
            .map { RolePickerState.RoleChoice(person: $0, description: "", roleAndTeam: describe($0), isSuggestion: false) }
        return suggestions + everyoneElse
    }
}
