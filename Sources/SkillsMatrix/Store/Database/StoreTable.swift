/// One table of the schema as `migrate` copies and checks it, the same on both backends.
struct StoreTable: Sendable {
    enum ColumnType: Sendable {
        case integer
        case text
    }

    let name: String
    let columns: [(name: String, type: ColumnType)]
    /// The order rows are copied and hashed in: a unique key, so that both backends
    /// give the same sequence.
    let order: String
    /// Rows are only ever added (the triggers refuse changes; on PostgreSQL the
    /// application role is granted no UPDATE or DELETE).
    let isAppendOnly: Bool
    /// Kept by triggers from other tables: rebuilt, not copied, and checked after.
    let isDerived: Bool
    /// Has a generated integer key `no`, to continue after the highest copied.
    let hasGeneratedKey: Bool

    init(
        _ name: String, _ columns: [(String, ColumnType)], order: String, appendOnly: Bool = false, derived: Bool = false,
        generatedKey: Bool = false
    ) {
        self.name = name
        self.columns = columns.map { (name: $0.0, type: $0.1) }
        self.order = order
        self.isAppendOnly = appendOnly
        self.isDerived = derived
        self.hasGeneratedKey = generatedKey
    }

    var columnList: String { columns.map(\.name).joined(separator: ", ") }
    var selectAll: String { "SELECT \(columnList) FROM \(name) ORDER BY \(order)" }
}
