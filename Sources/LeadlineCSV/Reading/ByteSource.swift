#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Where a reader's bytes come from, a chunk at a time, so a file of any size is read in
/// constant memory.
public protocol ByteSource {
    /// The next bytes, appended to `buffer`; false at the end.
    mutating func read(into buffer: inout [UInt8], upTo count: Int) throws(CSVError) -> Bool
}

/// Bytes already in memory: a preview, a test, a pasted sample.
public struct MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    public mutating func read(into buffer: inout [UInt8], upTo count: Int) throws(CSVError) -> Bool {
        guard offset < bytes.count else { return false }
        let end = min(bytes.count, offset + count)
        buffer.append(contentsOf: bytes[offset..<end])
        offset = end
        return true
    }
}

/// A file on disk, read with plain `read(2)` calls; a gzip file is inflated as it is read.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    public let path: String
    /// Bytes taken from the file itself, compressed or not, for progress against its size.
    public private(set) var fileBytesRead = 0
    private var inflater: GzipInflater?
    private var decided = false
    private var raw: [UInt8] = []

    public init(path: String) throws(CSVError) {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit {
        close(descriptor)
    }

    public func read(into buffer: inout [UInt8], upTo count: Int) throws(CSVError) -> Bool {
        if !decided {
            decided = true
            raw.removeAll(keepingCapacity: true)
            guard try readFile(into: &raw, upTo: count) else { return false }
            if GzipInflater.isGzip(raw) {
                inflater = try GzipInflater()
            } else {
                buffer.append(contentsOf: raw)
                return true
            }
            try inflater!.inflate(raw, into: &buffer)
            return true
        }
        guard let inflater else { return try readFile(into: &buffer, upTo: count) }
        let start = buffer.count
        // A compressed chunk may inflate to nothing yet; read on until something comes or the file ends.
        while buffer.count == start {
            raw.removeAll(keepingCapacity: true)
            guard try readFile(into: &raw, upTo: count) else {
                guard inflater.atMemberEnd else { throw .truncated(path: path) }
                return false
            }
            try inflater.inflate(raw, into: &buffer)
        }
        return true
    }

    private func readFile(into buffer: inout [UInt8], upTo count: Int) throws(CSVError) -> Bool {
        let start = buffer.count
        var got = 0
        var failure: Int32 = 0
        buffer.append(contentsOf: repeatElement(0, count: count))
        buffer.withUnsafeMutableBytes { raw in
            while true {
                let result = systemRead(descriptor, raw.baseAddress! + start, count)
                if result < 0 && errno == EINTR { continue }
                if result < 0 { failure = errno } else { got = result }
                return
            }
        }
        buffer.removeLast(count - got)
        guard failure == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
        fileBytesRead += got
        return got > 0
    }
}
