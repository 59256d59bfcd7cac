import Foundation

/// Renders review cycles: the list, and what opening or closing one recorded, in the
/// reader's language (the JSON list is data, the same in every language).
public enum CycleFormat {
    public static func listText(_ cycles: [ReviewCycle], now: Date, language: Language) -> String {
        let messages = language.messages
        let words = messages.cycleScreens
        if cycles.isEmpty { return words.noCycleOpenedYet + "\n" }
        var table = TextTable([
            .init(words.columnCycle, maximumWidth: 40), .init(words.columnState), .init(words.columnOpened), .init(words.columnDue),
            .init(words.columnFrameworks), .init(words.columnScope, maximumWidth: 40),
        ])
        for cycle in cycles {
            table.append([
                cycle.name, words.state(cycle, now: now), messages.day(cycle.opensAt), messages.day(cycle.dueAt),
                cycle.frameworkIDs.joined(separator: ","), words.scopeCell(cycle),
            ])
        }
        return table.render()
    }

    public static func listJSON(_ cycles: [ReviewCycle]) -> String {
        JSONWriter.string(.array(cycles.map(CompletionFormat.cycleJSON)))
    }

    public static func opened(_ cycle: ReviewCycle, language: Language) -> String {
        TerminalText.inertLines(language.messages.cycleScreens.opened(cycle) + "\n")
    }

    public static func closed(_ cycle: ReviewCycle, snapshot: [CycleSnapshotRow], language: Language) -> String {
        TerminalText.inertLines(language.messages.cycleScreens.closed(cycle, snapshot: snapshot) + "\n")
    }
}
