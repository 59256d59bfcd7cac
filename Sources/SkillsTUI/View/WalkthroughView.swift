import SkillsMatrix

/// One competency at a time: what it is, every level's indicator, the current answer.
enum WalkthroughView {
    static func draw(_ walk: WalkthroughState, state: AppState, into buffer: inout CellBuffer) {
        let catalog = state.catalog
        let steps = walk.walkthrough.steps
        var y = Layout.contentTop
        let scopeText: String
        switch walk.walkthrough.scope {
        case .role: scopeText = "your role's competencies"
        case .framework(let id): scopeText = "all of \(catalog.framework(id)?.name ?? id)"
        }
        let progress = walk.isFinished ? "done" : "\(walk.position + 1) of \(steps.count)"
        buffer.put("  Self-assessment: \(scopeText)", x: 0, y: y, style: .heading)
        let right = "\(progress) · \(walk.walkthrough.answeredCount) answered "
        buffer.put(right, x: buffer.width - DisplayWidth.of(right), y: y, style: .title)
        y += 1
        let barWidth = buffer.width - 4
        let fraction = steps.isEmpty ? 1 : Double(min(walk.position, steps.count)) / Double(steps.count)
        buffer.put("  " + Draw.bar(fraction, width: barWidth), x: 0, y: y, style: .dim)
        y += 2
        guard let step = walk.step else {
            drawFinished(walk, y: y, into: &buffer)
            return
        }
        let competency = catalog.competencies[step.competency]
        let framework = catalog.framework(ofCompetency: step.competency)
        let area = framework.areas.first { competency.id.hasPrefix($0.id + ".") }?.name ?? ""
        buffer.put("  \(competency.id)  \(competency.name)", x: 0, y: y, style: .title)
        buffer.put("  \(framework.name) · \(area)", x: DisplayWidth.of("  \(competency.id)  \(competency.name)") + 1, y: y, style: .dim)
        y += 1
        for line in Draw.wrap(competency.description, width: buffer.width - 4, maxLines: 2) {
            buffer.put("  " + line, x: 0, y: y)
            y += 1
        }
        if let target = step.target {
            buffer.put("  Your role needs level \(target) (\(framework.scale.label(of: target))).", x: 0, y: y, style: .dim)
        } else {
            buffer.put("  Not required by your role: answer if you know it, or skip with s.", x: 0, y: y, style: .dim)
        }
        y += 2
        let current = step.ratings?.selfRating?.level
        let textX = 24
        let textWidth = buffer.width - textX - 1
        let spareRows = Layout.messageRow(state.size) - y - 3
        let linesPerLevel = spareRows >= 10 ? 2 : 1
        for level in ProficiencyScale.levelRange {
            let selected = level == walk.levelCursor
            let marker = selected ? "▸" : " "
            let answer = current == level ? "●" : " "
            let label = framework.scale.label(of: level)
            let targetMark = step.target == level ? "◎" : " "
            let prefix = "  \(marker) \(answer) \(level) \(targetMark) " + DisplayWidth.pad(label, to: 13)
            let text = level == 0 ? (framework.scale.levels.first?.descriptor ?? "") : (competency.indicator(for: level) ?? "")
            let lines = Draw.wrap(text, width: textWidth, maxLines: linesPerLevel)
            for (index, line) in lines.enumerated() {
                let row = (index == 0 ? DisplayWidth.pad(prefix, to: textX) : String(repeating: " ", count: textX)) + line
                buffer.put(DisplayWidth.pad(row, to: buffer.width - 1), x: 0, y: y, style: selected ? .selected : .normal)
                y += 1
            }
            if lines.isEmpty { y += 1 }
        }
        buffer.put("  ● your answer   ◎ your role's target", x: 0, y: y, style: .dim)
        y += 1
        let interval = framework.reviewIntervalDays
        var answer = "  Your answer: "
        if let rating = step.ratings?.selfRating {
            answer += "\(rating.level) \(framework.scale.label(of: rating.level)), \(DateText.day(rating.ratedAt)) (\(DateText.age(of: rating.ratedAt, now: state.now)))"
            if Scoring.isStale(rating, reviewIntervalDays: interval, now: state.now) { answer += ", stale" }
        } else {
            answer += "not answered yet"
        }
        if let lead = step.ratings?.leadRating {
            answer += " · your lead: \(lead.level) \(framework.scale.label(of: lead.level))"
            if Scoring.isDisputed(self: step.ratings?.selfRating, lead: lead) { answer += ", disputed" }
            if Scoring.isStale(lead, reviewIntervalDays: interval, now: state.now) { answer += ", stale" }
        }
        buffer.put(answer, x: 0, y: y, maxWidth: buffer.width - 1)
        y += 1
        if let note = walk.pendingNote {
            buffer.put("  Note to save with your answer: \(note)", x: 0, y: y, style: .warning, maxWidth: buffer.width - 1)
            y += 1
        } else if let note = step.selfNote {
            buffer.put("  Your note: “\(note)” (n edits it; that records your answer again today)", x: 0, y: y, style: .dim, maxWidth: buffer.width - 1)
            y += 1
        }
        drawOverview(walk, state: state, from: y + 1, into: &buffer)
    }

    /// When the screen has room: every competency of the walk-through with its answer, the
    /// current one marked, so a person sees where they are and what is left.
    static func drawOverview(_ walk: WalkthroughState, state: AppState, from top: Int, into buffer: inout CellBuffer) {
        let rows = Layout.messageRow(state.size) - top - 1
        guard rows >= 4 else { return }
        buffer.put("  All \(walk.walkthrough.steps.count) in this walk-through", x: 0, y: top, style: .heading)
        let columns = max(1, min(3, buffer.width / 40))
        let columnWidth = (buffer.width - 2) / columns
        let perColumn = rows - 1
        let steps = walk.walkthrough.steps
        // Keep the current step in view when the list is longer than the space.
        let capacity = perColumn * columns
        let first = max(0, min(walk.position - capacity / 2, steps.count - capacity))
        for (slot, index) in (first..<min(steps.count, first + capacity)).enumerated() {
            let step = steps[index]
            let competency = state.catalog.competencies[step.competency]
            let answer = step.ratings?.selfRating.map { String($0.level) } ?? "·"
            let marker = index == walk.position ? "▸" : " "
            let text = "\(marker) \(answer)  \(competency.id) \(competency.name)"
            buffer.put(text, x: 2 + (slot / perColumn) * columnWidth, y: top + 1 + slot % perColumn,
                style: index == walk.position ? .selected : (step.ratings?.selfRating == nil ? .dim : .normal), exactWidth: columnWidth - 1)
        }
    }

    static func drawFinished(_ walk: WalkthroughState, y: Int, into buffer: inout CellBuffer) {
        let steps = walk.walkthrough.steps
        buffer.put("  You have been through all \(steps.count) competencies; \(walk.walkthrough.answeredCount) have an answer.", x: 0, y: y, style: .flash)
        buffer.put("  Press Enter to see your gap report, b to go back to the last one, Esc for home.", x: 0, y: y + 2)
        buffer.put("  Your lead will see your answers in their validation queue.", x: 0, y: y + 3, style: .dim)
    }
}
