import Foundation
import Hummingbird
import NIOCore

/// Streams a request body to a file as it arrives, so an upload of any size never sits in
/// memory; a body over the limit, or one cut off, leaves no file behind.
struct UploadReceiver: Sendable {
    let maximumSize: Int

    /// Writes the body to `path`; the bytes written.
    func receive(_ request: Request, to path: String) async throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw Problem(status: .internalServerError, type: "storage", title: "Cannot store the upload", detail: "the server cannot write its upload directory")
        }
        var size = 0
        do {
            for try await buffer in request.body {
                size += buffer.readableBytes
                if size > maximumSize {
                    throw Problem(
                        status: .contentTooLarge, type: "body-too-large", title: "File too large",
                        detail: "the file exceeds \(maximumSize / 1_000_000) MB, the upload limit (LEADLINE_UPLOAD_LIMIT)")
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
