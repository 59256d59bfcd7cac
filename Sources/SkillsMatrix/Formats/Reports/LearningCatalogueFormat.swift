/// Renders the learning catalogue as a list for people (`learning list`).
public enum LearningCatalogueFormat {
    /// One line per item: id, format, hours, price, and the competencies it lifts with the level.
    public static func text(_ catalogue: LearningCatalogue, competencyID: String? = nil) -> String {
        let items = competencyID.map { catalogue.items(lifting: $0) } ?? catalogue.items
        var output = "Learning catalogue \(catalogue.version): \(items.count) items"
        output += competencyID.map { " that build \($0)" } ?? ""
        output += "; prices in \(catalogue.currency), * indicative\n\n"
        var table = TextTable([
            .init("Item", maximumWidth: 36), .init("Format"), .init("Hours", alignRight: true), .init("Price", alignRight: true),
            .init("Cohort", alignRight: true), .init("Lifts to", maximumWidth: 70),
        ])
        for item in items {
            let indicative = item.cost.isIndicative
            table.append([
                item.id, item.format.rawValue, DevelopmentFields.hours(item.hours),
                DevelopmentFields.money(item.cost.perPerson, currency: catalogue.currency, indicative: indicative),
                item.cost.cohort.map { "\(DevelopmentFields.money($0.price, currency: catalogue.currency, indicative: indicative))/\($0.size)" } ?? "",
                item.lifts.map { "\($0.competencyID) \($0.level)" }.joined(separator: ", "),
            ])
        }
        return output + table.render()
    }
}
