/// Turns UTF-16 arriving in chunks into UTF-8, carrying a split code unit or surrogate pair over
/// to the next chunk.
struct UTF16Transcoder {
    let bigEndian: Bool
    private var carry: [UInt8] = []

    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    mutating func transcode(_ chunk: some Collection<UInt8>, into output: inout [UInt8], final: Bool) {
        var bytes = carry
        bytes.append(contentsOf: chunk)
        carry.removeAll()
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        // A lead surrogate at the end waits for its partner in the next chunk.
        if !final, let last = units.last, UTF16.isLeadSurrogate(last) {
            units.removeLast()
            index -= 2
        }
        if !final { carry = Array(bytes[index...]) }
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): UTF8.encode(scalar) { output.append($0) }
            case .error: output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case .emptyInput: break loop
            }
        }
    }
}
