/// A set of scalar offsets as one bit each, so that a whole span is tested or added a 64-bit
/// word at a time.
struct ScalarBits {
  private var words: [UInt64]

  /// An empty set for offsets `0..<count`.
  init(count: Int) {
    words = [UInt64](repeating: 0, count: (count + 63) / 64)
  }

  /// Whether any offset of `range` (inside `0..<count`) is in the set.
  func containsAny(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    let last = range.upperBound - 1
    for index in (range.lowerBound >> 6)...(last >> 6)
    where words[index] & Self.mask(range, word: index) != 0 {
      return true
    }
    return false
  }

  /// Adds every offset of `range` (inside `0..<count`).
  mutating func insert(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    let last = range.upperBound - 1
    for index in (range.lowerBound >> 6)...(last >> 6) {
      words[index] |= Self.mask(range, word: index)
    }
  }

  /// The bits of word `index` that offsets of the non-empty `range` fall on.
  private static func mask(_ range: Range<Int>, word index: Int) -> UInt64 {
    let last = range.upperBound - 1
    let low = index == range.lowerBound >> 6 ? range.lowerBound & 63 : 0
    let high = index == last >> 6 ? last & 63 : 63
    let width = high - low + 1
    return width == 64 ? UInt64.max : ((1 << UInt64(width)) - 1) << UInt64(low)
  }
}
