/// Why a file cannot be read at all. Problems of one row are `CSVRowProblem`s: the row is
/// rejected and reading goes on.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    /// Bytes no text file holds (a NUL, say): an image, a spreadsheet's binary form, a zip.
    case notText(line: Int)
    /// The header has more columns than any contact file needs.
    case tooManyColumns(line: Int, count: Int, limit: Int)
    case empty
    /// A compressed file that stops before its data does: an upload cut off, say.
    case truncated(path: String)
    /// A compressed file inflates past the largest file accepted.
    case inflatesBeyond(limit: Int)
    /// A compressed file inflates more times over than a file of rows does: a decompression bomb.
    case inflationRatio(limit: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .notText(let line):
            "line \(line) holds bytes no text file holds; this is not a CSV file (save a spreadsheet as CSV; UTF-16 text needs its byte-order mark)"
        case .tooManyColumns(let line, let count, let limit): "line \(line) has \(count) columns; at most \(limit) are read"
        case .empty: "the file is empty"
        case .truncated: "the compressed file ends before its data does; it was cut off"
        case .inflatesBeyond(let limit): "the compressed file inflates to more than \(limit) bytes, the largest file accepted"
        case .inflationRatio(let limit):
            "the compressed file inflates more than \(limit) times its size, as a decompression bomb does; it is refused (LEADLINE_INFLATION_RATIO)"
        }
    }
}

/// Why one row is rejected while the others are read.
public enum CSVRowProblem: Sendable, Equatable, CustomStringConvertible {
    /// A quote opened at the row's line and never closed before the end of the file.
    case unclosedQuote
    /// The row holds more bytes than a row may.
    case tooLarge(limit: Int)
    case tooManyCells(limit: Int)

    public var description: String {
        switch self {
        case .unclosedQuote: "a quoted cell opened on this line is never closed"
        case .tooLarge(let limit): "the row is longer than \(limit / 1024) KiB"
        case .tooManyCells(let limit): "the row has more than \(limit) cells"
        }
    }
}
