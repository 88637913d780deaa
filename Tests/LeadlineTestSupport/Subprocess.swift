import Foundation

/// Starts programs for tests with `posix_spawn` and `waitpid`. Foundation's `Process` left
/// children unreaped when waited on from test tasks, hanging the run; these calls cannot.
public enum Subprocess {
    /// Runs a program to its end; returns its exit status and everything it printed.
    public static func run(
        _ arguments: [String], environment: [String: String]? = nil, input: String = "/dev/null"
    ) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("leadline-subprocess-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let status = try wait(start(arguments, environment: environment, input: input, log: log))
        return (status, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    /// Starts a program reading the file `input` and appending its output to `log`.
    public static func start(
        _ arguments: [String], environment: [String: String]? = nil, input: String = "/dev/null", log: String
    ) throws -> pid_t {
        let fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard fd >= 0 else { throw HarnessError("cannot write \(log)") }
        defer { close(fd) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fd, 1)
        posix_spawn_file_actions_adddup2(&actions, fd, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { variables.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, variables)
        guard spawned == 0 else { throw HarnessError("cannot start \(arguments[0]): error \(spawned)") }
        return pid
    }

    /// Waits for a started program and returns its exit status (128 + signal when killed).
    public static func wait(_ pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw HarnessError("cannot wait for process \(pid): errno \(errno)") }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Asks a started program to stop (SIGTERM) and waits for it.
    public static func stop(_ pid: pid_t) {
        kill(pid, SIGTERM)
        _ = try? wait(pid)
    }
}
