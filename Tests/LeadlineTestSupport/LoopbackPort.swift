import Foundation

/// A TCP port on 127.0.0.1 that nothing listens on at the moment of asking.
public enum LoopbackPort {
    public static func free() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw HarnessError("no free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Raw bytes to a server on 127.0.0.1, for requests no HTTP client sends: one cut off midway.
public enum RawConnection {
    /// Connects, writes `bytes`, and closes the connection at once.
    public static func sendAndHangUp(_ bytes: [UInt8], port: Int) throws {
        let fd = try connected(port)
        defer { close(fd) }
        try write(bytes, to: fd)
    }

    /// Connects, writes `bytes` and keeps the connection open, reading what the server sends
    /// until it closes the connection, the text read holds `until`, or `wait` passes; the text
    /// read, and the seconds until the server closed. The socket is watched on a thread of its
    /// own, so that a long wait never holds one of the few threads the test's tasks share.
    public static func sendAndListen(
        _ bytes: [UInt8], port: Int, wait: Double, until stop: String? = nil
    ) async throws -> (text: String, closedAfter: Double?) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try listen(bytes, port: port, wait: wait, until: stop) })
            }
        }
    }

    private static func listen(_ bytes: [UInt8], port: Int, wait: Double, until stop: String?) throws -> (text: String, closedAfter: Double?) {
        let fd = try connected(port)
        defer { close(fd) }
        try write(bytes, to: fd)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let start = Date()
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date().timeIntervalSince(start) < wait {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count == 0 { return (String(decoding: received, as: UTF8.self), Date().timeIntervalSince(start)) }
            if count > 0 { received += buffer[..<count] }
            let text = String(decoding: received, as: UTF8.self)
            if let stop, text.contains(stop) { return (text, nil) }
        }
        return (String(decoding: received, as: UTF8.self), nil)
    }

    private static func connected(_ port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
        guard connected else {
            close(fd)
            throw HarnessError("cannot connect to port \(port)")
        }
        return fd
    }

    private static func write(_ bytes: [UInt8], to fd: Int32) throws {
        guard bytes.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == bytes.count else { throw HarnessError("cannot send") }
    }
}
