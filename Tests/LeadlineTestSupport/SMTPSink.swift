import Foundation

/// A real SMTP server on loopback (aiosmtpd from PyPI) that keeps what it receives: each
/// message parsed by Python's own email package into a JSON file (envelope, headers, text and
/// HTML parts), so tests check what a mail reader would see. It can also misbehave as relays do.
public final class SMTPSink: @unchecked Sendable {
    public enum Behaviour: String, Sendable {
        case accept
        /// Answers the message with a permanent 554.
        case refuse
        /// Drops the connection when the message's data begins.
        case hangUp
        /// Says nothing for a minute once the data is sent.
        case stall
    }

    /// One message as received.
    public struct Message: Decodable, Sendable {
        public var mailFrom: String
        public var recipients: [String]
        public var headers: [String: String]
        public var text: String?
        public var html: String?
    }

    public static var unavailableReason: String? {
        (try? Subprocess.run(["python3", "-c", "import aiosmtpd"]).status) == 0 ? nil : "aiosmtpd is not installed (pip install aiosmtpd)"
    }

    /// How the sink's connections are protected: with a certificate of its own, for `localhost`
    /// and 127.0.0.1, signed by nobody but itself.
    public enum Security: String, Sendable {
        case none, starttls, tls
    }

    public let port: Int
    /// The sink's self-signed certificate (PEM), to trust it; nil without TLS.
    public let certificate: String?
    public let username = "relay-user"
    public let password = "relay-\(UUID().uuidString.prefix(8))"
    private let folder: URL
    private var pid: pid_t?

    public init(_ behaviour: Behaviour = .accept, security: Security = .none) throws {
        if let reason = Self.unavailableReason { throw HarnessError(reason) }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mail"), withIntermediateDirectories: true)
        port = try LoopbackPort.free()
        let key = folder.appendingPathComponent("key.pem").path
        let certificate = folder.appendingPathComponent("certificate.pem").path
        if security != .none {
            let made = try Subprocess.run([
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", certificate,
            ])
            guard made.status == 0 else { throw HarnessError("openssl could not make a certificate: \(made.output)") }
        }
        self.certificate = security == .none ? nil : certificate
        let script = folder.appendingPathComponent("sink.py").path
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        pid = try Subprocess.start(
            ["python3", script, String(port), folder.appendingPathComponent("mail").path, behaviour.rawValue, username, password, security.rawValue, certificate, key],
            log: folder.appendingPathComponent("sink.log").path)
        let deadline = Date().addingTimeInterval(20)
        while (try? RawConnection.sendAndHangUp([], port: port)) == nil {
            guard Date() < deadline else { throw HarnessError("aiosmtpd did not start: \((try? String(contentsOfFile: folder.appendingPathComponent("sink.log").path, encoding: .utf8)) ?? "")") }
            usleep(50_000)
        }
    }

    /// The messages received so far, in the order they came.
    public func messages() throws -> [Message] {
        let mail = folder.appendingPathComponent("mail")
        let names = try FileManager.default.contentsOfDirectory(atPath: mail.path).filter { $0.hasSuffix(".json") }
            .sorted { Int($0.dropLast(5))! < Int($1.dropLast(5))! }
        return try names.map { try JSONDecoder().decode(Message.self, from: Data(contentsOf: mail.appendingPathComponent($0))) }
    }

    public func stop() {
        if let pid { kill(pid, SIGKILL); _ = try? Subprocess.wait(pid) }
        pid = nil
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { stop() }

    private static let script = #"""
        import asyncio, email, itertools, json, os, ssl, sys, threading
        from email import policy
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        port, folder, behaviour, user, password = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4].encode(), sys.argv[5].encode()
        security, certificate, key = sys.argv[6], sys.argv[7], sys.argv[8]
        count = itertools.count(1)

        def authenticate(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login == user and data.password == password
            return AuthResult(success=ok)

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                if behaviour == "refuse":
                    return "554 5.7.1 refused by policy"
                if behaviour == "hangUp":
                    server.transport.close()
                    return "421 closing"
                if behaviour == "stall":
                    await asyncio.sleep(60)
                message = email.message_from_bytes(envelope.original_content, policy=policy.default)
                parts = {}
                for part in message.walk():
                    if part.get_content_type() in ("text/plain", "text/html") and not part.is_multipart():
                        parts[part.get_content_type()] = part.get_content()
                record = {"mailFrom": envelope.mail_from, "recipients": envelope.rcpt_tos,
                          "headers": {key: str(value) for key, value in message.items()},
                          "text": parts.get("text/plain"), "html": parts.get("text/html")}
                name = os.path.join(folder, "%d.json" % next(count))
                with open(name + ".tmp", "w") as out:
                    json.dump(record, out)
                os.rename(name + ".tmp", name)
                return "250 2.0.0 kept"

        tls = {}
        if security != "none":
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(certificate, key)
            tls = {"tls_context": context, "require_starttls": True} if security == "starttls" else {"ssl_context": context}
        # Without TLS a login is allowed in the clear, as relays on one host allow it; with STARTTLS,
        # only after it. aiosmtpd does not count a TLS-from-the-start session as TLS for logins, so
        # that one is not asked to.
        controller = Controller(Handler(), hostname="127.0.0.1", port=port, authenticator=authenticate,
                                auth_require_tls=security == "starttls", auth_required=True, **tls)
        controller.start()
        print("listening", flush=True)
        threading.Event().wait()
        """#
}
