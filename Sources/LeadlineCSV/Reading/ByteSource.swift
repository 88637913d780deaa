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

/// How far a compressed file may inflate before it is refused: a gzip bomb costs what its
/// contents would cost, never more.
public struct InflationLimit: Sendable, Equatable {
    /// The most inflated bytes read; nil for no bound beyond the ratio.
    public var maximumBytes: Int?
    /// The most inflated bytes per compressed byte.
    public var maximumRatio: Int

    public static let defaultRatio = 200

    public init(maximumBytes: Int? = nil, maximumRatio: Int = defaultRatio) {
        self.maximumBytes = maximumBytes
        self.maximumRatio = maximumRatio
    }
}

/// A file on disk, read with plain `read(2)` calls; a gzip file is inflated as it is read, within
/// an `InflationLimit`.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    public let path: String
    public let inflation: InflationLimit
    /// Bytes taken from the file itself, compressed or not, for progress against its size.
    public private(set) var fileBytesRead = 0
    /// Bytes a compressed file has inflated to so far.
    public private(set) var inflatedBytes = 0
    private var inflater: GzipInflater?
    private var decided = false
    private var raw: [UInt8] = []
    /// Compressed bytes are read in small steps so that a bomb is caught after little output.
    private static let compressedChunk = 1 << 16

    public init(path: String, inflation: InflationLimit = InflationLimit()) throws(CSVError) {
        self.path = path
        self.inflation = inflation
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit {
        close(descriptor)
    }

    /// Whether the file is gzip-compressed (read from its first bytes; the source is left unread).
    public static func isCompressed(path: String) -> Bool {
        guard let source = try? FileByteSource(path: path) else { return false }
        var head: [UInt8] = []
        _ = try? source.readFile(into: &head, upTo: 2)
        return GzipInflater.isGzip(head)
    }

    /// Reads a compressed file through to its end, keeping nothing, and returns the bytes it
    /// inflates to; throws as soon as it passes the limit. Constant memory.
    public static func checkInflation(path: String, limit: InflationLimit) throws(CSVError) -> Int {
        let source = try FileByteSource(path: path, inflation: limit)
        var sink: [UInt8] = []
        while try source.read(into: &sink, upTo: 1 << 20) { sink.removeAll(keepingCapacity: true) }
        return source.inflatedBytes
    }

    public func read(into buffer: inout [UInt8], upTo count: Int) throws(CSVError) -> Bool {
        if !decided {
            decided = true
            raw.removeAll(keepingCapacity: true)
            guard try readFile(into: &raw, upTo: Self.compressedChunk) else { return false }
            guard GzipInflater.isGzip(raw) else {
                buffer.append(contentsOf: raw)
                return true
            }
            inflater = try GzipInflater()
            inflater!.feed(raw)
        }
        guard let inflater else { return try readFile(into: &buffer, upTo: count) }
        // A compressed chunk may inflate to nothing yet; read on until something comes or the file ends.
        while true {
            if inflater.needsInput {
                raw.removeAll(keepingCapacity: true)
                guard try readFile(into: &raw, upTo: Self.compressedChunk) else {
                    guard inflater.atMemberEnd else { throw .truncated(path: path) }
                    return false
                }
                inflater.feed(raw)
            }
            let made = try inflater.inflate(into: &buffer, atMost: count)
            inflatedBytes += made
            if let maximum = inflation.maximumBytes, inflatedBytes > maximum { throw .inflatesBeyond(limit: maximum) }
            if inflatedBytes / inflation.maximumRatio > fileBytesRead { throw .inflationRatio(limit: inflation.maximumRatio) }
            if made > 0 { return true }
        }
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
