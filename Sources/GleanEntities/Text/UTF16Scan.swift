/// Small look-ups on UTF-16 code units of normalised text (identifiers are ASCII there).
extension Array where Element == UInt16 {
  @inline(__always) func unit(_ index: Int) -> UInt16 {
    index >= 0 && index < count ? self[index] : 0
  }

  @inline(__always) func isDigit(_ index: Int) -> Bool {
    let value = unit(index)
    return value >= 0x30 && value <= 0x39
  }

  @inline(__always) func isLower(_ index: Int) -> Bool {
    let value = unit(index)
    return value >= 0x61 && value <= 0x7A
  }

  @inline(__always) func isLetter(_ index: Int) -> Bool {
    let value = unit(index) | 0x20
    return value >= 0x61 && value <= 0x7A
  }

  /// A letter, digit or Greek letter: something an identifier would go on with.
  @inline(__always) func isIdentifier(_ index: Int) -> Bool {
    let value = UInt32(unit(index))
    return CharClass.isIdentifierChar(value)
  }

  /// Whether the units at `index` spell `word` (already lower-case ASCII or CJK), ignoring the
  /// case of ASCII letters.
  func matchesLowercased(_ word: [UInt16], at index: Int) -> Bool {
    guard index >= 0, index + word.count <= count else { return false }
    for offset in 0..<word.count {
      var value = self[index + offset]
      if value >= 0x41 && value <= 0x5A { value |= 0x20 }
      if value != word[offset] { return false }
    }
    return true
  }
}
