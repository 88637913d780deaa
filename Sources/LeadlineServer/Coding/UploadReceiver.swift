import Foundation
import Hummingbird
import NIOCore

/// Streams a request body to a file as it arrives, so an upload of any size never sits in
/// memory; a body over the limit, or one cut off, leaves no file behind.
struct UploadReceiver: Sendable {
    let maximumSize: Int

    /// Writes the body to `path`; the bytes written.
    func receive(_ request: Request, to path: String) async throws -> Int {
        try request.refuseDeclaredLength(over: maximumSize, Problem.fileTooLarge(limit: maximumSize))
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw Problem.uploadStorage
        }
        var size = 0
        do {
            for try await buffer in request.body {
                size += buffer.readableBytes
                if size > maximumSize {
                    throw Problem.fileTooLarge(limit: maximumSize)
                }
                try handle.write(contentsOf: buffer.readableBytesView)
            }
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        return size
    }
}
