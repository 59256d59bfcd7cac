/// Renders the learning catalogue as a list for people (`learning list`).
public enum LearningCatalogueFormat {
    /// One line per item, in `language`: id, format, hours, price, and the competencies it
    /// lifts with the level.
    public static func text(_ catalogue: LearningCatalogue, competencyID: String? = nil, language: Language) -> String {
        let words = language.messages.developmentReports
        let plans = words.plans
        let items = competencyID.map { catalogue.items(lifting: $0) } ?? catalogue.items
        let output = words.learningCatalogueTitle(version: catalogue.version, items: items.count, building: competencyID, currency: catalogue.currency)
        var table = TextTable([
            .init(plans.columnItem, maximumWidth: 36), .init(plans.columnFormat), .init(plans.columnHours, alignRight: true),
            .init(words.columnPrice, alignRight: true), .init(words.columnCohort, alignRight: true), .init(words.columnLiftsTo, maximumWidth: 70),
        ])
        for item in items {
            let indicative = item.cost.isIndicative
            table.append([
                item.id, plans.format(item.format), plans.hours(item.hours),
                plans.money(item.cost.perPerson, currency: catalogue.currency, indicative: indicative),
                item.cost.cohort.map { "\(plans.money($0.price, currency: catalogue.currency, indicative: indicative))/\($0.size)" } ?? "",
                item.lifts.map { "\($0.competencyID) \($0.level)" }.joined(separator: ", "),
            ])
        }
        return output + "\n\n" + table.render()
    }
}
