/// An open-addressing table from 64-bit fold hashes to one byte, indexed by the hash itself
/// (the keys are already well mixed), so look-ups hash nothing again.
struct HashTable: Sendable {
  private var keys: [UInt64]
  private var values: [UInt8]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 1024) {
    var size = 1024
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    values = [UInt8](repeating: 0, count: size)
    mask = size - 1
  }

  /// The value stored for `key`, or 0.
  @inline(__always) func value(_ key: UInt64) -> UInt8 {
    let probe = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: probe ^ (probe >> 29)) & mask
    while true {
      let stored = keys[slot]
      if stored == probe { return values[slot] }
      if stored == 0 { return 0 }
      slot = (slot + 1) & mask
    }
  }

  /// Sets the bits of `bits` in the value of `key`.
  mutating func insert(_ key: UInt64, bits: UInt8) {
    if (count + 1) * 2 > keys.count { grow() }
    let probe = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: probe ^ (probe >> 29)) & mask
    while true {
      let stored = keys[slot]
      if stored == probe {
        values[slot] |= bits
        return
      }
      if stored == 0 {
        keys[slot] = probe
        values[slot] = bits
        count += 1
        return
      }
      slot = (slot + 1) & mask
    }
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [UInt8](repeating: 0, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for (index, key) in oldKeys.enumerated() where key != 0 {
      insert(key, bits: oldValues[index])
    }
  }
}
