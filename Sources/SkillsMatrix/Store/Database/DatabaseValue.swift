/// A value bound to a statement parameter, on either backend. Values are only ever
/// bound, never pasted into SQL.
enum DatabaseValue: Hashable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)

    init(_ value: Int) { self = .int(Int64(value)) }
    init(_ value: String?) { self = value.map { .text($0) } ?? .null }
}
