import ArgumentParser
import Foundation

/// Where a command writes a file: the path given, or standard output.
enum OutputFile {
    static func open(_ path: String?) throws -> FileHandle {
        guard let path else { return FileHandle.standardOutput }
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else {
            throw CommandFailure("cannot write \(path)")
        }
        return file
    }
}
