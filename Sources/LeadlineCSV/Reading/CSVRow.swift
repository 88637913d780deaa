/// One record of a file: its cells as UTF-8 bytes, the line it starts on, and a problem when
/// it cannot be read whole.
public struct CSVRow: Sendable {
    /// The physical line (1-based) the record starts on, as a person sees it in an editor.
    public internal(set) var line = 0
    public internal(set) var problem: CSVRowProblem?
    var bytes: [UInt8] = []
    /// The end offset in `bytes` of each cell.
    var ends: [Int] = []

    public init() {}

    /// A row of the given cells, for writing and for tests.
    public init(cells: [String], line: Int = 0) {
        self.line = line
        for cell in cells {
            bytes.append(contentsOf: cell.utf8)
            ends.append(bytes.count)
        }
    }

    public var count: Int { ends.count }
    /// The bytes of the record's cells, for bounding how much of a file is held.
    public var byteCount: Int { bytes.count }

    /// Cell `index` as text; a cell whose bytes are not UTF-8 is read as Windows-1252, so a file
    /// that mixes both keeps every character.
    public subscript(index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        let slice = bytes[start..<ends[index]]
        return String(validating: slice, as: UTF8.self) ?? Windows1252.decode(slice)
    }

    public var cells: [String] { (0..<count).map { self[$0] } }

    mutating func reset(line: Int) {
        self.line = line
        problem = nil
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }
}
