/// One table of the schema as `migrate` copies and checks it, the same on both backends.
struct StoreTable: Sendable {
    enum ColumnType: Sendable {
        case integer
        /// A floating-point number (a cycle's readiness): copied as a Double and hashed in
        /// Swift's shortest exact form, since the backends print reals differently.
        case real
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
    /// Columns copied empty and filled in once every table is in, keyed by `order` (one
    /// column): a closed review cycle's close, which the schema allows only once its
    /// snapshot rows are there, as when it was closed.
    let setAfterCopy: [String]

    init(
        _ name: String, _ columns: [(String, ColumnType)], order: String, appendOnly: Bool = false, derived: Bool = false,
        generatedKey: Bool = false, setAfterCopy: [String] = []
    ) {
        self.name = name
        self.columns = columns.map { (name: $0.0, type: $0.1) }
        self.order = order
        self.isAppendOnly = appendOnly
        self.isDerived = derived
        self.hasGeneratedKey = generatedKey
        self.setAfterCopy = setAfterCopy
    }

    /// Column `column` of `row` read as `type`, to bind into another database.
    static func value(of row: some DatabaseRow, at column: Int32, as type: ColumnType) -> DatabaseValue {
        if row.isNull(column) { return .null }
        switch type {
        case .integer: return .int(row.int64(column))
        case .real: return .double(row.double(column))
        case .text: return .text(row.text(column))
        }
    }

    var columnList: String { columns.map(\.name).joined(separator: ", ") }
    var selectAll: String { "SELECT \(columnList) FROM \(name) ORDER BY \(order)" }
}
