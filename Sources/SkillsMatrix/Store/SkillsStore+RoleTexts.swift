import Foundation

/// A role's name and description in every language it has. The `roles` table holds one
/// of each (the English, which CSV and JSON write), so the texts of roles written in
/// more than one language are kept beside it as one JSON document in `meta`, the way a
/// framework is kept as its document: no schema change, and a database copied to
/// PostgreSQL (`migrate`) takes them along with `meta`.
extension SkillsStore {
    /// `meta`'s key of the document: `{"project-manager": {"name": {"en": ..., "nb": ...}, "description": {...}}}`.
    static let roleTextsKey = "role_texts"

    /// Records the texts of `roles` (the whole list in force). Call inside a transaction.
    func saveRoleTexts(_ roles: [RoleProfile]) throws {
        func object(_ text: LocalizedText) -> JSONValue { .object(JSONObject(text.languages.map { ($0.code, .string(text[$0])) })) }
        let members = roles.filter { $0.languages.count > 1 || $0.languages.first != .en }.map { role in
            (key: role.id, value: JSONValue.object(JSONObject([("name", object(role.localizedName)), ("description", object(role.localizedDescription))])))
        }
        guard !members.isEmpty else {
            try connection.run("DELETE FROM meta WHERE key = ?", [.text(Self.roleTextsKey)])
            return
        }
        try setMeta(Self.roleTextsKey, JSONWriter.string(.object(JSONObject(members)), style: .compact))
    }

    /// `roles` with the texts `saveRoleTexts` recorded.
    func withRoleTexts(_ roles: [RoleProfile]) throws -> [RoleProfile] {
        guard let document = try meta(Self.roleTextsKey) else { return roles }
        let root = try JSONCursor.open(Array(document.utf8), file: "\(path) (\(Self.roleTextsKey))")
        var texts: [String: (name: LocalizedText, description: LocalizedText)] = [:]
        for (id, cursor) in try root.members() {
            texts[id] = (try Self.localizedText(try cursor.member("name")), try Self.localizedText(try cursor.member("description")))
        }
        return roles.map { role in
            guard let text = texts[role.id] else { return role }
            var role = role
            role.localizedName = text.name
            role.localizedDescription = text.description
            return role
        }
    }

    private static func localizedText(_ cursor: JSONCursor) throws(InputFileError) -> LocalizedText {
        var texts: [(Language, String)] = []
        for (code, member) in try cursor.members() {
            guard let language = Language(code: code) else { continue }
            texts.append((language, try member.string()))
        }
        return LocalizedText(texts)
    }
}
