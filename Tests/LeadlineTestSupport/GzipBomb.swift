import Foundation

/// A compressed file of identical rows that inflates far past its size, made fast: one gzip
/// member of `memberBytes` repeated `members` times (gzip reads concatenated members as one text).
public enum GzipBomb {
    @discardableResult
    public static func write(to path: String, memberBytes: Int = 2_000_000, members: Int) throws -> Int {
        let plain = path + ".member"
        defer { try? FileManager.default.removeItem(atPath: plain) }
        let row = "external_id,last_name\n"
        let text = row + String(repeating: "1,Same\n", count: (memberBytes - row.utf8.count) / 7)
        try text.write(toFile: plain, atomically: true, encoding: .utf8)
        guard try Subprocess.run(["gzip", "-9", "-k", "-f", plain]).status == 0 else { throw CocoaError(.fileWriteUnknown) }
        let member = try Data(contentsOf: URL(fileURLWithPath: plain + ".gz"))
        try? FileManager.default.removeItem(atPath: plain + ".gz")
        var bomb = Data()
        for _ in 0..<members { bomb.append(member) }
        try bomb.write(to: URL(fileURLWithPath: path))
        return text.utf8.count * members
    }
}
