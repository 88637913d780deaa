import Foundation

/// Where processes keep their files on disk: uploads waiting to be imported, rejected rows and
/// exports. One directory, given by the operator (`LEADLINE_DATA_DIR`).
public struct ProcessFiles: Sendable {
    public let directory: String

    public init(directory: String) throws {
        self.directory = directory
        for folder in ["uploads", "results", "sources"] {
            try FileManager.default.createDirectory(atPath: "\(directory)/\(folder)", withIntermediateDirectories: true)
        }
    }

    /// The folder data sources read when the operator opens no other (`LEADLINE_IMPORT_DIRS`).
    public var sourcesDirectory: String { "\(directory)/sources" }

    /// A new, unused path for an upload.
    public func newUploadPath() -> String {
        "\(directory)/uploads/\(UUID().uuidString).upload"
    }

    /// A file a person uploaded to look at before importing it: named for its owner and a
    /// random token, so that only its owner's next form can name it. Staged files older than a
    /// day were left behind and go when a new one comes.
    public func newStagedUpload(owner: Int64) -> (token: String, path: String) {
        removeStagedUploads(olderThan: Date().addingTimeInterval(-86_400))
        let token = UUID().uuidString
        return (token, "\(directory)/uploads/staged-\(owner)-\(token).upload")
    }

    /// The staged upload a form names, when the token is one and the file is there.
    public func stagedUpload(_ token: String, owner: Int64) -> String? {
        guard let uuid = UUID(uuidString: token) else { return nil }
        let path = "\(directory)/uploads/staged-\(owner)-\(uuid.uuidString).upload"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    private func removeStagedUploads(olderThan cutoff: Date) {
        let folder = "\(directory)/uploads"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix("staged-") {
            let path = "\(folder)/\(name)"
            if let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date, modified < cutoff {
                remove(path)
            }
        }
    }

    /// Whether `path` is an upload kept here, removed once imported (a data source's file is not).
    public func isUpload(_ path: String) -> Bool {
        path.hasPrefix("\(directory)/uploads/")
    }

    public func rejectsPath(processID: Int64) -> String {
        "\(directory)/results/process-\(processID)-rejected.csv"
    }

    /// The contacts a delete or status change touched, as they were, in a file an import reads back.
    public func backupPath(processID: Int64) -> String {
        "\(directory)/results/process-\(processID)-backup.csv"
    }

    /// `[list id].export.[yyyyMMddHHmmss]`, as contact-center tools name exports, with `.csv`.
    public func exportPath(listID: Int64, at date: Date) -> String {
        "\(directory)/results/\(Self.exportName(listID: listID, at: date))"
    }

    public static func exportName(listID: Int64, at date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let stamp = String(format: "%04d%02d%02d%02d%02d%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
        return "\(listID).export.\(stamp).csv"
    }

    public func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
