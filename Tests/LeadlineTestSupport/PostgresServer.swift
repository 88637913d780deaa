import Foundation
import Logging
import PostgresNIO

/// A throwaway PostgreSQL for tests and benchmarks: `initdb` into a temp folder, `pg_ctl start`
/// on a free loopback port, stopped when the process exits. `LEADLINE_TEST_POSTGRES_URL`
/// names an existing server to use instead.
public actor PostgresServer {
    public static let shared = PostgresServer()

    /// Why PostgreSQL cases cannot run here, or nil when they can.
    public static var unavailableReason: String? {
        if ProcessInfo.processInfo.environment["LEADLINE_TEST_POSTGRES_URL"] != nil { return nil }
        if binaries() == nil {
            return "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin, and LEADLINE_TEST_POSTGRES_URL is unset"
        }
        return nil
    }

    /// Whether a missing PostgreSQL fails the run instead of skipping its cases (CI sets it).
    public static var isRequired: Bool {
        ProcessInfo.processInfo.environment["LEADLINE_TEST_REQUIRE_POSTGRES"] == "1"
    }

    private var started: Task<URLComponents, any Error>?

    /// The server's base URL (database `postgres`), starting the server on first use.
    public func baseURL() async throws -> URLComponents {
        if let started { return try await started.value }
        let task = Task { try Self.start() }
        started = task
        return try await task.value
    }

    /// A new, empty database on the server; each test gets its own.
    public func createDatabase() async throws -> String {
        var url = try await baseURL()
        let name = "leadline_test_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased())"
        let client = PostgresClient(configuration: Self.configuration(url), backgroundLogger: Logger(label: "test.postgres"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            await Task.yield()
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            group.cancelAll()
        }
        url.path = "/\(name)"
        return url.string!
    }

    private static func configuration(_ url: URLComponents) -> PostgresClient.Configuration {
        PostgresClient.Configuration(
            host: url.host ?? "127.0.0.1", port: url.port ?? 5432, username: url.user ?? "postgres",
            password: url.password, database: String(url.path.dropFirst()), tls: .disable)
    }

    private static func start() throws -> URLComponents {
        if let given = ProcessInfo.processInfo.environment["LEADLINE_TEST_POSTGRES_URL"] {
            guard let url = URLComponents(string: given) else { throw HarnessError("LEADLINE_TEST_POSTGRES_URL is not a URL") }
            return url
        }
        guard let bin = binaries() else { throw HarnessError(unavailableReason ?? "no PostgreSQL") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-pg-\(UUID().uuidString)")
        let data = folder.appendingPathComponent("data").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // PostgreSQL refuses to run as root; CI and these machines run as root, so the server runs as `postgres`.
        let asUser: [String] = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        let log = "\(folder.path)/harness.log"
        if getuid() == 0 { try run(["/bin/chown", "-R", "postgres", folder.path], log: log) }
        try run(asUser + ["\(bin)/initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"], log: log)
        let port = try LoopbackPort.free()
        let options = "-h 127.0.0.1 -p \(port) -k '' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB"
        try run(asUser + ["\(bin)/pg_ctl", "-D", data, "-l", "\(folder.path)/server.log", "-o", options, "-w", "-t", "60", "start"], log: log)
        Cleanup.register(command: asUser + ["\(bin)/pg_ctl", "-D", data, "-m", "immediate", "stop"], folder: folder.path)
        return URLComponents(string: "postgres://postgres@127.0.0.1:\(port)/postgres")!
    }

    private static func binaries() -> String? {
        let fm = FileManager.default
        var candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        if let versions = try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql") {
            candidates += versions.sorted(by: >).map { "/usr/lib/postgresql/\($0)/bin" }
        }
        return candidates.first { fm.isExecutableFile(atPath: "\($0)/initdb") && fm.isExecutableFile(atPath: "\($0)/pg_ctl") }
    }

    /// Runs a command to its end, its output appended to `log`.
    private static func run(_ arguments: [String], log: String) throws {
        guard try Subprocess.wait(Subprocess.start(arguments, log: log)) == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw HarnessError("\(arguments.joined(separator: " ")) failed: \(text)")
        }
    }

}

public struct HarnessError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Stops the throwaway server when the test process ends; Swift Testing has no suite-wide teardown.
private enum Cleanup {
    nonisolated(unsafe) static var command: [String] = []
    nonisolated(unsafe) static var folder = ""

    static func register(command: [String], folder: String) {
        Self.command = command
        Self.folder = folder
        atexit {
            if let pid = try? Subprocess.start(Cleanup.command, log: "/dev/null") { _ = try? Subprocess.wait(pid) }
            try? FileManager.default.removeItem(atPath: Cleanup.folder)
        }
    }
}
