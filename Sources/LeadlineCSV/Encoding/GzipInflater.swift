import CZlib

/// Inflates gzip (or zlib) data arriving in chunks, at most a given number of bytes at a time, so
/// a compressed file is read in constant memory however far it inflates. Several gzip members one
/// after another read as one text, as `gunzip` reads them.
final class GzipInflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var pending: [UInt8] = []
    private var consumed = 0
    /// Where each step inflates to before its bytes are handed on.
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)
    /// Whether the input so far ends where a gzip member ends; a file that stops elsewhere is cut.
    private(set) var atMemberEnd = false

    static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x1F, 0x8B])
    }

    init() throws(CSVError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 32: the largest window, and a gzip or zlib header detected.
        guard inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw .notText(line: 1)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    /// Whether every compressed byte fed so far has been inflated.
    var needsInput: Bool { consumed >= pending.count }

    /// The next compressed bytes; feed only when `needsInput`.
    func feed(_ input: [UInt8]) {
        pending = input
        consumed = 0
    }

    /// Appends at most `limit` inflated bytes to `output` and returns how many; 0 when the input
    /// fed is used up. A corrupt stream is no text.
    func inflate(into output: inout [UInt8], atMost limit: Int) throws(CSVError) -> Int {
        var produced = 0
        var failed = false
        pending.withUnsafeBufferPointer { source in
            while consumed < source.count && produced < limit {
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress! + consumed)
                stream.pointee.avail_in = UInt32(source.count - consumed)
                let room = min(scratch.count, limit - produced)
                let status = scratch.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = UInt32(room)
                    return CZlib.inflate(stream, Z_NO_FLUSH)
                }
                let made = room - Int(stream.pointee.avail_out)
                output.append(contentsOf: scratch[..<made])
                let before = consumed
                consumed = source.count - Int(stream.pointee.avail_in)
                produced += made
                atMemberEnd = status == Z_STREAM_END
                if status == Z_STREAM_END {
                    inflateReset(stream)
                } else if status != Z_OK && status != Z_BUF_ERROR {
                    failed = true
                    return
                } else if made == 0 && consumed == before {
                    return
                }
            }
        }
        if failed { throw .notText(line: 1) }
        return produced
    }
}
