/// A command typed right that could not do its work (a missing file, an unknown list, a failed
/// import): ArgumentParser prints it as one line and exits 1, keeping the usage text and 64
/// for commands typed wrong.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
