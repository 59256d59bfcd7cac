import Foundation

/// One step measured at one size.
struct StepResult {
    var stepID: String
    var title: String
    /// Organisation size; nil for `skills-tui --version`, which does not depend on it.
    var staff: Int?
    /// Milliseconds per run.
    var times: [Double]
    /// Peak resident memory of the process that ran the step; nil when not measured.
    var peakKilobytes: Int?
    var detail: String
    var budget: Budget?

    var median: Double { Measurement.median(times) }

    /// Whether the budget holds, judged only at the size the budget is set for; a budget
    /// relative to another step is judged against that step's row in `results`.
    func withinBudget(among results: [StepResult]) -> Bool? {
        guard let budget, staff == nil || staff == budget.staff, !times.isEmpty else { return nil }
        if let limit = budget.milliseconds, median >= limit { return false }
        if let limit = budget.peakMegabytes, let peakKilobytes, Double(peakKilobytes) / 1024 >= limit { return false }
        if let other = budget.notSlowerThan {
            guard let compared = results.first(where: { $0.stepID == other && $0.staff == staff }), !compared.times.isEmpty else { return nil }
            return median <= compared.median * budget.factor
        }
        return true
    }
}

/// The results as a Markdown table (the README's Performance section pastes it) and as JSON.
struct BenchmarkReport {
    var machine: MachineInfo
    var options: BenchmarkOptions
    var results: [StepResult]

    // MARK: - Table

    var table: String {
        let sizes = options.sizes
        var lines: [String] = []
        lines.append(
            "Median of \(options.runs) run\(options.runs == 1 ? "" : "s") (generating: \(options.generateRuns ?? options.runs)), seed \(options.seed); "
                + "peak resident memory of the process that ran the step. Machine: \(machine.summary).")
        lines.append("")
        lines.append("| step | " + sizes.map { "\(Self.count($0)) staff" }.joined(separator: " | ") + " | budget (100,000 staff) | |")
        lines.append("|---|" + sizes.map { _ in "---:|" }.joined() + "---|---|")
        var order: [String] = []
        for result in results where !order.contains(result.stepID) { order.append(result.stepID) }
        for stepID in order {
            let rows = results.filter { $0.stepID == stepID }
            guard let first = rows.first else { continue }
            var cells: [String]
            if first.staff == nil {
                cells = sizes.indices.map { $0 == 0 ? Self.cell(first) : "" }
            } else {
                cells = sizes.map { size in rows.first { $0.staff == size }.map(Self.cell) ?? "" }
            }
            let judged = rows.compactMap { $0.withinBudget(among: results) }
            let verdict = judged.isEmpty ? "" : (judged.allSatisfy { $0 } ? "meets" : "**misses**")
            var title = first.title
            if stepID == "team-heatmap" {
                title += " (" + rows.map { $0.detail.split(separator: ",").first.map(String.init) ?? "" }.joined(separator: " / ") + ")"
            }
            lines.append("| \(title) | " + cells.joined(separator: " | ") + " | \(first.budget?.text ?? "") | \(verdict) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func cell(_ result: StepResult) -> String {
        guard !result.times.isEmpty else { return result.detail }
        var text = duration(result.median)
        if let peak = result.peakKilobytes { text += " · \(peak / 1024) MB" }
        return text
    }

    /// 4.2 µs, 0.42 ms, 12.3 ms, 1.23 s
    static func duration(_ milliseconds: Double) -> String {
        switch milliseconds {
        case ..<0.1: return String(format: "%.1f µs", milliseconds * 1_000)
        case ..<10: return String(format: "%.2f ms", milliseconds)
        case ..<1_000: return String(format: "%.1f ms", milliseconds)
        default: return String(format: "%.2f s", milliseconds / 1_000)
        }
    }

    /// 100000 -> "100,000"
    static func count(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    // MARK: - JSON

    func json() throws -> Data {
        let rows: [[String: Any]] = results.map { result in
            var row: [String: Any] = [
                "step": result.stepID, "title": result.title, "times_ms": result.times, "median_ms": result.median,
                "detail": result.detail,
            ]
            if let staff = result.staff { row["staff"] = staff }
            if let peak = result.peakKilobytes { row["peak_rss_kb"] = peak }
            if let budget = result.budget { row["budget"] = budget.text }
            if let within = result.withinBudget(among: results) { row["within_budget"] = within }
            return row
        }
        let document: [String: Any] = [
            "machine": [
                "cores": machine.cores, "cpu_model": machine.cpuModel, "memory_kb": machine.memoryKilobytes,
            ],
            "runs": options.runs, "generate_runs": options.generateRuns ?? options.runs, "seed": options.seed,
            "sizes": options.sizes, "results": rows,
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    }
}
