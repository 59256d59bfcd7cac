import Foundation

extension SkillsStore {
    /// The installed learning catalogue, or `.empty` when none was installed. Its items
    /// may name competencies a later framework version retired, so it is read against
    /// every competency the database has known.
    func loadLearningCatalogue() throws -> LearningCatalogue {
        guard let document = try connection.query("SELECT document FROM learning_catalogue WHERE id = 1", [], { $0.text(0) }).first
        else { return .empty }
        let known = Set(try connection.query("SELECT id FROM competencies") { $0.text(0) })
        return try LearningJSON.decode(Array(document.utf8), file: "\(path) (learning catalogue)", competencyIDs: known)
    }

    /// Installs `catalogue` in place of the one before. Call inside a transaction.
    func installLearningRows(_ catalogue: LearningCatalogue, now: Date) throws {
        try connection.run(
            """
            INSERT INTO learning_catalogue(id, version, document, installed_at) VALUES (1, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET version = excluded.version, document = excluded.document,
                installed_at = excluded.installed_at
            """,
            [.text(catalogue.version), .text(JSONWriter.string(LearningJSON.encode(catalogue), style: .compact)), .int(Self.seconds(now))])
    }

    /// Catalogue item ids that some development plan names.
    func learningItemsInPlans() throws -> Set<String> {
        Set(try connection.query("SELECT DISTINCT learning_item FROM plan_items WHERE learning_item IS NOT NULL") { $0.text(0) })
    }
}
