/// Why the benchmark stopped: one line, and the sysexits status to leave with.
enum BenchmarkError: Error, CustomStringConvertible {
    case usage(String)
    case failed(String)

    var description: String {
        switch self {
        case .usage(let message), .failed(let message): return message
        }
    }

    var status: Int32 {
        switch self {
        case .usage: return 64
        case .failed: return 70
        }
    }
}
