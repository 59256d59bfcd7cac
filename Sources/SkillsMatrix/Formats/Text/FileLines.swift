/// The lines of a text file as its bytes have them: split at each line feed, with a
/// carriage return before it kept as part of the line.
///
/// Not `String.split(separator: "\n")`: Swift reads CR LF as one `Character`, so a file
/// saved with Windows line ends would not split at all, and two lines would be read as one.
public enum FileLines {
    /// Every line, the empty one after a final line feed included.
    public static func split(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    /// `line` without the carriage return that ends it in a CR LF file.
    public static func withoutCarriageReturn(_ line: String) -> String {
        line.unicodeScalars.last == "\r" ? String(String.UnicodeScalarView(line.unicodeScalars.dropLast())) : line
    }
}
