import CZlib

/// Inflates gzip (or zlib) data arriving in chunks, so a compressed upload is read in constant
/// memory. Several gzip members one after another read as one text, as `gunzip` reads them.
final class GzipInflater {
    private let stream: UnsafeMutablePointer<z_stream>
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

    /// Appends what `input` inflates to; a corrupt or cut stream is no text.
    func inflate(_ input: [UInt8], into output: inout [UInt8]) throws(CSVError) {
        var input = input
        var failed = false
        input.withUnsafeMutableBufferPointer { source in
            guard let base = source.baseAddress else { return }
            stream.pointee.next_in = base
            stream.pointee.avail_in = UInt32(source.count)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while stream.pointee.avail_in > 0 {
                let status = chunk.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = UInt32(target.count)
                    return CZlib.inflate(stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[..<(chunk.count - Int(stream.pointee.avail_out))])
                atMemberEnd = status == Z_STREAM_END
                if status == Z_STREAM_END {
                    inflateReset(stream)
                } else if status != Z_OK && status != Z_BUF_ERROR {
                    failed = true
                    return
                }
            }
        }
        if failed { throw .notText(line: 1) }
    }
}
