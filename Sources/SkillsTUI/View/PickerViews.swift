import SkillsMatrix

/// The demo's first screen: pick a person to be.
enum RolePickerView {
    static func draw(_ picker: RolePickerState, state: AppState, into buffer: inout CellBuffer) {
        let top = Layout.contentTop
        buffer.put("  Demo organisation: choose who to be", x: 0, y: top, style: .heading)
        buffer.put("  The people are made up. Switch any time from the home screen with u.", x: 0, y: top + 1, style: .dim)
        let choices = picker.visibleChoices
        let listTop = top + Layout.pickerHeaderRows + 1
        let visible = Layout.listRows(of: .rolePicker(picker), state.size) ?? 1
        if choices.isEmpty { buffer.put("  Nobody matches \"\(picker.search.query)\".", x: 0, y: listTop, style: .dim) }
        Draw.list(count: choices.count, cursor: picker.cursor, top: listTop, visible: visible) { index, y, selected in
            let choice = choices[index]
            let line = (selected ? "  ▸ " : "    ") + DisplayWidth.pad(choice.isSuggestion ? choice.description : "", to: 14)
                + DisplayWidth.pad("\(choice.person.name) (\(choice.person.login))", to: 30) + "  " + choice.roleAndTeam
            buffer.put(DisplayWidth.pad(line, to: buffer.width - 1), x: 0, y: y, style: selected ? .selected : (choice.isSuggestion ? .title : .normal))
        }
        Draw.scrollMarkers(&buffer, count: choices.count, cursor: picker.cursor, visible: visible)
    }
}

/// Choose which team (or the whole organisation) to open.
enum TeamPickerView {
    static func draw(_ picker: TeamPickerState, state: AppState, into buffer: inout CellBuffer) {
        let top = Layout.contentTop
        let purpose: String
        switch picker.destination {
        case .heatmap: purpose = "Which team's heatmap?"
        case .validation: purpose = "Validate ratings in which team?"
        case .trainingNeeds: purpose = "Training needs for which team?"
        }
        buffer.put("  " + purpose, x: 0, y: top, style: .heading)
        let teams = picker.visibleTeams
        let listTop = top + Layout.pickerHeaderRows
        let visible = Layout.listRows(of: .teamPicker(picker), state.size) ?? 1
        if teams.isEmpty { buffer.put("  No team matches \"\(picker.search.query)\".", x: 0, y: listTop, style: .dim) }
        Draw.list(count: teams.count, cursor: picker.cursor, top: listTop, visible: visible) { index, y, selected in
            let label = teams[index].map { "\($0.name) (\($0.id))" } ?? picker.everythingLabel
            buffer.put((selected ? "  ▸ " : "    ") + DisplayWidth.pad(label, to: buffer.width - 6), x: 0, y: y, style: selected ? .selected : .normal)
        }
        Draw.scrollMarkers(&buffer, count: teams.count, cursor: picker.cursor, visible: visible)
    }
}
