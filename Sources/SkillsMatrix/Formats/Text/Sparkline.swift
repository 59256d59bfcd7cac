/// A row of block characters, one per value, from ▁ (the lowest) to █ (the highest) on a
/// fixed 0...1 scale, so that two teams' lines can be compared by eye; a missing value is
/// a space. Meaning does not rest on the picture: the numbers are printed beside it.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func of(_ values: [Double?]) -> String {
        String(values.map { value -> Character in
            guard let value, value.isFinite else { return " " }
            let clamped = min(1, max(0, value))
            return blocks[min(blocks.count - 1, Int(clamped * Double(blocks.count)))]
        })
    }
}
