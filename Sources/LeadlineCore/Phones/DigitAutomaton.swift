/// A minimal acyclic automaton over the digits 0-9, generated from libphonenumber's patterns;
/// each state carries a mask of the number types whose pattern accepts the digits read so far.
struct DigitAutomaton: Sendable {
    /// Per state: ten successors, -1 where no digit leads on. Int16 keeps a region's table small
    /// enough to stay in cache; the largest region has a few hundred states.
    private let successors: [Int16]
    private let masks: [UInt16]

    /// Reads `mask:next0,next1,...` per state (hex), states separated by spaces.
    init?(encoded: Substring) {
        var successors: [Int16] = []
        var masks: [UInt16] = []
        for state in encoded.split(separator: " ") {
            guard let colon = state.firstIndex(of: ":"), let mask = UInt16(state[..<colon], radix: 16) else { return nil }
            masks.append(mask)
            var next = state[state.index(after: colon)...].split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? Int16(-1) : Int16($0, radix: 16) ?? -1 }
            if next.count == 1 && state.hasSuffix(":") { next = [] }
            guard next.count <= 10 else { return nil }
            successors += next + Array(repeating: -1, count: 10 - next.count)
        }
        guard !masks.isEmpty else { return nil }
        self.successors = successors
        self.masks = masks
    }

    /// The mask of types that accept exactly `digits` (ASCII digit bytes); 0 when none does.
    func classify(_ digits: ArraySlice<UInt8>) -> UInt16 {
        successors.withUnsafeBufferPointer { table in
            var state = 0
            for digit in digits {
                let next = table[state &* 10 &+ Int(digit &- 48)]
                if next < 0 { return 0 }
                state = Int(next)
            }
            return masks[state]
        }
    }

    /// The length of the longest prefix of `digits` that is accepted, if any.
    func longestAcceptedPrefix(of digits: ArraySlice<UInt8>) -> Int? {
        var state = 0
        var longest: Int? = masks[0] != 0 ? 0 : nil
        var length = 0
        for digit in digits {
            let next = successors[state &* 10 &+ Int(digit &- 48)]
            if next < 0 { break }
            state = Int(next)
            length += 1
            if masks[state] != 0 { longest = length }
        }
        return longest
    }
}
