/// Values by row number (an INTEGER PRIMARY KEY): an array indexed by the number when the
/// numbers are dense, as they are when rows are only ever added, else a dictionary. The
/// organisation scan looks up 100,000 people this way, where hashing each cost 3%.
struct RowNumberMap<Value> {
    private var dense: [Value?]
    private var sparse: [Int64: Value] = [:]

    /// A map for `count` rows numbered up to `maximumNumber`.
    init(count: Int, maximumNumber: Int64) {
        let isDense = maximumNumber >= 0 && maximumNumber < 4 * Int64(count) + 4_096
        dense = isDense ? [Value?](repeating: nil, count: Int(maximumNumber) + 1) : []
    }

    subscript(number: Int64) -> Value? {
        get { number >= 0 && number < dense.count ? dense[Int(number)] : sparse[number] }
        set {
            if number >= 0, number < dense.count {
                dense[Int(number)] = newValue
            } else {
                sparse[number] = newValue
            }
        }
    }
}
