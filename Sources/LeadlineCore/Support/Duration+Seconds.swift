extension Duration {
    /// The duration in seconds, for reporting how long work took.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
