import Foundation

/// A real Kannel on loopback for tests and benchmarks: bearerbox and smsbox from Debian's
/// `kannel` package with a generated configuration, and Kannel's own `fakesmsc` standing in for
/// an operator's SMSC (the telephone network's edge). Messages sent through `sendsmsURL` arrive
/// at the fake SMSC, which confirms them, so Kannel calls each message's `dlr-url` with a
/// delivery report; `reply(from:text:)` makes the fake SMSC deliver a message from a handset,
/// which Kannel passes to the `sms-service`'s get-url.
public final class KannelGateway: @unchecked Sendable {
    public static let bearerbox = "/usr/sbin/bearerbox"
    public static let smsbox = "/usr/sbin/smsbox"
    public static let fakesmsc = "/usr/lib/kannel/test/fakesmsc"

    public static var unavailableReason: String? {
        [bearerbox, smsbox, fakesmsc].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
            ? nil : "Kannel is not installed (apt-get install kannel kannel-extras)"
    }

    public let username = "leadline"
    public let password = "sendsms-\(UUID().uuidString.prefix(8))"
    public let sender = "4040"
    private let folder: URL
    private let ports: (admin: Int, box: Int, smsc: Int, sendsms: Int)
    private var pids: [pid_t] = []
    private var replies: Int32 = -1

    public var sendsmsURL: String { "http://127.0.0.1:\(ports.sendsms)/cgi-bin/sendsms" }
    private var fakesmscLog: String { folder.appendingPathComponent("fakesmsc.log").path }

    public init() throws {
        if let reason = Self.unavailableReason { throw HarnessError(reason) }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-kannel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        ports = (try LoopbackPort.free(), try LoopbackPort.free(), try LoopbackPort.free(), try LoopbackPort.free())
    }

    /// Starts the three programs; `inboundURL` is the get-url for messages from handsets.
    public func start(inboundURL: String) throws {
        let configuration = folder.appendingPathComponent("kannel.conf").path
        try configurationText(inboundURL: inboundURL).write(toFile: configuration, atomically: true, encoding: .utf8)
        pids.append(try Subprocess.start([Self.bearerbox, configuration], log: folder.appendingPathComponent("bearerbox.out").path))
        try waitFor(port: ports.box)
        pids.append(try Subprocess.start([Self.smsbox, configuration], log: folder.appendingPathComponent("smsbox.out").path))
        try waitFor(port: ports.sendsms)
        // fakesmsc reads the messages it sends from stdin: a FIFO kept open for writing here.
        let fifo = folder.appendingPathComponent("replies").path
        guard mkfifo(fifo, 0o600) == 0 else { throw HarnessError("cannot make \(fifo)") }
        replies = open(fifo, O_RDWR)
        pids.append(try Subprocess.start([Self.fakesmsc, "-H", "127.0.0.1", "-r", String(ports.smsc)], input: fifo, log: fakesmscLog))
        let deadline = Date().addingTimeInterval(20)
        while !log("bearerbox.log").contains("Fakesmsc client connected") {
            guard Date() < deadline else { throw HarnessError("fakesmsc did not connect to bearerbox: \(log("bearerbox.log").suffix(2000))") }
            usleep(50_000)
        }
    }

    /// The messages the fake SMSC got, in order: (from, to, text).
    public func received() -> [(from: String, to: String, text: String)] {
        log("fakesmsc.log").split(separator: "\n").compactMap { line in
            guard let open = line.range(of: ": <"), line.contains("Got message"), line.hasSuffix(">") else { return nil }
            let parts = line[open.upperBound..<line.index(before: line.endIndex)].split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4 else { return nil }
            return (String(parts[0]), String(parts[1]), String(parts[3]))
        }
    }

    /// A message from a handset to the campaign's sender.
    public func reply(from number: String, text: String) throws {
        let line = Array("\(number) \(sender) text \(text)\n".utf8)
        guard write(replies, line, line.count) == line.count else { throw HarnessError("cannot write to fakesmsc") }
    }

    /// Kills the programs; Kannel's own shutdown waits for queues a test no longer cares for.
    public func stop() {
        for pid in pids.reversed() {
            kill(pid, SIGKILL)
            _ = try? Subprocess.wait(pid)
        }
        pids = []
        if replies >= 0 { close(replies) }
        replies = -1
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { stop() }

    private func log(_ name: String) -> String {
        (try? String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)) ?? ""
    }

    private func waitFor(port: Int) throws {
        let deadline = Date().addingTimeInterval(20)
        while (try? RawConnection.sendAndHangUp([], port: port)) == nil {
            guard Date() < deadline else { throw HarnessError("Kannel did not listen on \(port): \(log("bearerbox.out").suffix(1000))") }
            usleep(50_000)
        }
    }

    private func configurationText(inboundURL: String) -> String {
        let path = folder.path
        return """
            group = core
            admin-port = \(ports.admin)
            admin-password = admin-\(UUID().uuidString.prefix(8))
            smsbox-port = \(ports.box)
            box-allow-ip = 127.0.0.1
            log-file = "\(path)/bearerbox.log"
            log-level = 1
            access-log = "\(path)/access.log"
            dlr-storage = internal

            group = smsc
            smsc = fake
            smsc-id = FAKE
            port = \(ports.smsc)
            connect-allow-ip = 127.0.0.1

            group = smsbox
            bearerbox-host = 127.0.0.1
            bearerbox-port = \(ports.box)
            sendsms-port = \(ports.sendsms)
            log-file = "\(path)/smsbox.log"
            log-level = 2

            group = sendsms-user
            username = \(username)
            password = \(password)
            forced-smsc = FAKE
            max-messages = 3
            concatenation = true

            group = sms-service
            keyword = default
            catch-all = true
            max-messages = 0
            get-url = "\(inboundURL)"

            """
    }
}
