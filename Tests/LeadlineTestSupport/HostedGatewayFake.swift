import Foundation

/// A stand-in for a hosted SMS gateway's API (the provider's side of the internet, which no
/// test can run): an HTTP server on loopback that keeps each request it gets and answers 202,
/// or 401 when the API key is not the one it expects.
public final class HostedGatewayFake: @unchecked Sendable {
    public struct Request: Decodable, Sendable {
        public var path: String
        public var headers: [String: String]
        public var body: String
    }

    public let port: Int
    public let apiKey = "key-\(UUID().uuidString.prefix(12))"
    private let folder: URL
    private var pid: pid_t?

    public var url: String { "http://127.0.0.1:\(port)/v1/messages" }

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-hosted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("requests"), withIntermediateDirectories: true)
        port = try LoopbackPort.free()
        let script = folder.appendingPathComponent("gateway.py").path
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        pid = try Subprocess.start(["python3", script, String(port), folder.appendingPathComponent("requests").path, apiKey], log: folder.appendingPathComponent("log").path)
        let deadline = Date().addingTimeInterval(20)
        while (try? RawConnection.sendAndHangUp([], port: port)) == nil {
            guard Date() < deadline else { throw HarnessError("the fake gateway did not start") }
            usleep(50_000)
        }
    }

    /// The requests accepted so far.
    public func requests() throws -> [Request] {
        let directory = folder.appendingPathComponent("requests")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
            .sorted { Int($0.dropLast(5))! < Int($1.dropLast(5))! }
            .map { try JSONDecoder().decode(Request.self, from: Data(contentsOf: directory.appendingPathComponent($0))) }
    }

    public func stop() {
        if let pid { kill(pid, SIGKILL); _ = try? Subprocess.wait(pid) }
        pid = nil
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { stop() }

    private static let script = #"""
        import http.server, itertools, json, os, sys, threading
        port, folder, key = int(sys.argv[1]), sys.argv[2], sys.argv[3]
        count, lock = itertools.count(1), threading.Lock()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                if self.headers.get("X-Api-Key") != key:
                    self.send_response(401); self.end_headers(); self.wfile.write(b'{"error":"bad key"}'); return
                with lock:
                    name = os.path.join(folder, "%d.json" % next(count))
                with open(name + ".tmp", "w") as out:
                    json.dump({"path": self.path, "headers": dict(self.headers.items()), "body": body}, out)
                os.rename(name + ".tmp", name)
                self.send_response(202); self.end_headers(); self.wfile.write(b'{"status":"queued"}')
            def log_message(self, *args):
                pass

        http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
        """#
}
