import SkillsMatrix

/// The home screen's menu, built from what the user may do.
public enum HomeMenu {
    public struct Item: Hashable, Sendable {
        public var action: HomeAction
        public var label: String
    }

    public static func items(session: SessionInfo?, data: HomeData, isDemo: Bool) -> [Item] {
        var items: [Item] = []
        if session?.person != nil {
            if let walk = data.walkthrough {
                let label: String
                if let resume = walk.resumePosition {
                    label = "Continue self-assessment at \(resume + 1) of \(walk.steps.count)"
                } else if walk.answeredCount == 0 {
                    label = "Start self-assessment (\(walk.steps.count) competencies)"
                } else {
                    label = "Self-assessment (\(walk.answeredCount) of \(walk.steps.count) rated)"
                }
                items.append(Item(action: .selfAssessment, label: label))
            }
            items.append(Item(action: .gapReport, label: "My gap report"))
        }
        if let session, !session.visibleTeams.isEmpty {
            items.append(Item(action: .heatmap, label: "Team heatmap"))
        }
        if let session, !session.ledTeams.isEmpty {
            items.append(Item(action: .validation, label: "Validate ratings (\(data.validationCount) waiting)"))
        }
        if let session, session.canSeeOrganisation || !session.ledTeams.isEmpty {
            items.append(Item(action: .trainingNeeds, label: "Training needs"))
        }
        items.append(Item(action: .frameworks, label: "Frameworks"))
        if isDemo { items.append(Item(action: .switchUser, label: "Switch demo user")) }
        items.append(Item(action: .quit, label: "Quit"))
        return items
    }
}

extension FrameworkBrowserState {
    /// One line of the browser: a framework, or a competency.
    public enum Item: Hashable, Sendable {
        case framework(Int)
        case competency(Int)
    }

    /// Frameworks at the top level; a framework's competencies inside it; a search looks
    /// through every competency by id, name and description.
    public func items(catalog: Catalog) -> [Item] {
        if !search.query.isEmpty {
            return catalog.competencies.indices.filter { index in
                let competency = catalog.competencies[index]
                return search.matches("\(competency.id) \(competency.name) \(competency.description)")
            }.map(Item.competency)
        }
        guard let framework else { return catalog.frameworks.indices.map(Item.framework) }
        let id = catalog.frameworks[framework].id
        return catalog.competencies.indices.filter { catalog.frameworkIndexOfCompetency[$0] == framework && catalog.competencies[$0].frameworkID == id }
            .map(Item.competency)
    }
}
