import CPostgreSQL

/// Rows streamed into a table with `COPY ... FROM STDIN` in COPY's text format: how a
/// synthetic organisation or a migration loads millions of rows without a round trip
/// per row.
final class PostgresCopyWriter: RowWriter {
    private enum Field {
        case null
        case number(Int64)
        case real(Double)
        case text(String)
    }

    private unowned let connection: PostgresConnection
    private let handle: OpaquePointer
    private var fields: [Field]
    private var buffer: [UInt8] = []
    private var isFinished = false
    /// Bytes gathered before they are handed to libpq.
    private static let flushSize = 1 << 18

    init(connection: PostgresConnection, handle: OpaquePointer, columnCount: Int) {
        self.connection = connection
        self.handle = handle
        self.fields = Array(repeating: .null, count: columnCount)
        buffer.reserveCapacity(Self.flushSize + 4_096)
    }

    deinit {
        // Dropped part-way (an error while loading): end the COPY as failed, so the
        // connection can run statements again (the transaction rolls back).
        if !isFinished {
            PQputCopyEnd(handle, "abandoned")
            while let result = PQgetResult(handle) { PQclear(result) }
        }
    }

    func bind(_ number: Int64, at position: Int32) throws { fields[Int(position) - 1] = .number(number) }
    func bind(_ text: String, at position: Int32) throws { fields[Int(position) - 1] = .text(text) }
    func bind(_ real: Double, at position: Int32) throws { fields[Int(position) - 1] = .real(real) }
    func bindNull(at position: Int32) throws { fields[Int(position) - 1] = .null }

    func execute() throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(0x09) }
            switch field {
            case .null:
                buffer.append(0x5C)
                buffer.append(0x4E)  // \N
            case .number(let number):
                buffer.append(contentsOf: String(number).utf8)
            case .real(let real):
                // Swift's shortest form that reads back exactly ("0.5", "1e-05"), which COPY accepts.
                buffer.append(contentsOf: String(real).utf8)
            case .text(let text):
                for byte in text.utf8 {
                    switch byte {
                    case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
                    case 0x09: buffer.append(0x5C); buffer.append(0x74)
                    case 0x0A: buffer.append(0x5C); buffer.append(0x6E)
                    case 0x0D: buffer.append(0x5C); buffer.append(0x72)
                    default: buffer.append(byte)
                    }
                }
            }
            fields[index] = .null
        }
        buffer.append(0x0A)
        if buffer.count >= Self.flushSize { try flush() }
    }

    func finish() throws {
        try flush()
        isFinished = true
        guard PQputCopyEnd(handle, nil) == 1 else { throw PostgresInterruption.connectionLost }
        try connection.finishCopy()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let sent = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        buffer.removeAll(keepingCapacity: true)
        guard sent == 1 else { throw PostgresInterruption.connectionLost }
    }
}
