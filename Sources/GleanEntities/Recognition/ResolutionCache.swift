/// Resolutions already made for one text, by a 64-bit hash of what was looked up: an
/// open-addressing table that hashes nothing again (the keys are fold hashes).
struct ResolutionCache {
  private var keys: [UInt64]
  private var slots: [Int32]
  private var values: [Resolution?] = []
  private var mask: Int

  init() {
    keys = [UInt64](repeating: 0, count: 256)
    slots = [Int32](repeating: -1, count: 256)
    mask = 255
  }

  /// `.some(resolution)` when `key` was stored (the resolution may be `nil`: nothing found).
  func value(_ key: UInt64) -> Resolution?? {
    let probe = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: probe ^ (probe >> 31)) & mask
    while true {
      let stored = keys[slot]
      if stored == probe { return .some(values[Int(slots[slot])]) }
      if stored == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  mutating func store(_ key: UInt64, _ resolution: Resolution?) {
    if (values.count + 1) * 2 > keys.count { grow() }
    let probe = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: probe ^ (probe >> 31)) & mask
    while keys[slot] != 0 && keys[slot] != probe { slot = (slot + 1) & mask }
    if keys[slot] == probe {
      values[Int(slots[slot])] = resolution
      return
    }
    keys[slot] = probe
    slots[slot] = Int32(values.count)
    values.append(resolution)
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldSlots = slots
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    slots = [Int32](repeating: -1, count: oldKeys.count * 2)
    mask = keys.count - 1
    for (index, key) in oldKeys.enumerated() where key != 0 {
      var slot = Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
      while keys[slot] != 0 { slot = (slot + 1) & mask }
      keys[slot] = key
      slots[slot] = oldSlots[index]
    }
  }
}
