/// Calls `body` with the UTF-8 bytes of each of `strings`, read in place: how a row made
/// of `String`s is handed to a writer that takes bytes, such as the rows a test or a team
/// report builds from model values rather than from the database.
func withUTF8Buffers<Result>(_ strings: [String], _ body: ([UnsafeRawBufferPointer]) throws -> Result) throws -> Result {
    var buffers: [UnsafeRawBufferPointer] = []
    buffers.reserveCapacity(strings.count)
    func nest(_ index: Int) throws -> Result {
        guard index < strings.count else { return try body(buffers) }
        var string = strings[index]
        return try string.withUTF8 { bytes in
            buffers.append(UnsafeRawBufferPointer(bytes))
            return try nest(index + 1)
        }
    }
    return try nest(0)
}
