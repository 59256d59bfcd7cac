import Foundation
import Testing

@testable import SkillsMatrix

@Suite("Output encoded on every core, written in order")
struct ParallelOutputTests {
    /// Piece `index` as its encoder writes it: its number, then bytes enough to span
    /// several chunks of a descriptor's buffer for some pieces.
    static func piece(_ index: Int, to output: inout ByteOutput) {
        output.write("<\(index):")
        for _ in 0..<(index % 7 == 0 ? 30_000 : index % 5) { output.write(byte: UInt8(ascii: "a") + UInt8(index % 26)) }
        output.write(">\n")
    }

    static func expected(_ count: Int) -> String {
        ByteOutput.text { output in for index in 0..<count { piece(index, to: &output) } }
    }

    @Test("pieces come out in order whatever thread encoded them, in memory and through a file", arguments: [0, 1, 3, 500])
    func order(count: Int) throws {
        let inMemory = try ByteOutput.text { output in
            output.write("head\n")
            try output.writeInParallel(pieces: count, window: 3) { index, piece in Self.piece(index, to: &piece) }
        }
        #expect(inMemory == "head\n" + Self.expected(count))

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallel-\(UUID().uuidString)").path
        defer { unlink(path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        var output = ByteOutput(descriptor: descriptor, name: path, chunkSize: 4_096)
        output.write("head\n")
        try output.writeInParallel(pieces: count) { index, piece in Self.piece(index, to: &piece) }
        try output.flush()
        close(descriptor)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "head\n" + Self.expected(count))
        #expect(output.count == ("head\n" + Self.expected(count)).utf8.count)
    }

    @Test("a destination that fails stops the encoding and the error reaches the caller")
    func failure() throws {
        var pipeEnds: [Int32] = [0, 0]
        try #require(pipe(&pipeEnds) == 0)
        close(pipeEnds[0])
        defer { close(pipeEnds[1]) }
        signal(SIGPIPE, SIG_IGN)
        let encoded = Counter()
        var output = ByteOutput(descriptor: pipeEnds[1], name: "the pipe", chunkSize: 1_024)
        #expect(throws: SkillsError.self) {
            try output.writeInParallel(pieces: 10_000, window: 4) { index, piece in
                encoded.add()
                Self.piece(index * 7, to: &piece)
            }
        }
        // Only the pieces in the window when the write failed were encoded.
        #expect(encoded.value < 100)
    }

    @Test("a parallel map keeps the order of its items")
    func mapOrder() {
        #expect(ParallelMap.map(10_000) { $0 * 3 } == (0..<10_000).map { $0 * 3 })
        #expect(ParallelMap.map(3) { String($0) } == ["0", "1", "2"])
        #expect(ParallelMap.map(0) { $0 }.isEmpty)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
