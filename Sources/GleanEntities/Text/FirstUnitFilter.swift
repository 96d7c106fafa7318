/// A quick test of whether a UTF-16 unit can start one of a set of literals (ASCII letters in
/// either case): one bit per unit.
struct FirstUnitFilter: Sendable {
  private var bits = [UInt64](repeating: 0, count: 1024)

  init(_ literals: [[UInt16]]) {
    for literal in literals {
      guard let first = literal.first else { continue }
      set(first)
      if first >= 0x61 && first <= 0x7A { set(first - 0x20) }
      if first >= 0x41 && first <= 0x5A { set(first + 0x20) }
    }
  }

  private mutating func set(_ unit: UInt16) {
    bits[Int(unit >> 6)] |= 1 << UInt64(unit & 63)
  }

  @inline(__always) func allows(_ unit: UInt16) -> Bool {
    bits[Int(unit >> 6)] & (1 << UInt64(unit & 63)) != 0
  }
}
