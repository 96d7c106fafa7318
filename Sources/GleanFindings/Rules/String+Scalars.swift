extension String {
  /// The string of `scalars`, encoded to UTF-8 in one pass (appending scalars to a
  /// `String.UnicodeScalarView` one by one costs several times more).
  init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
    var length = 0
    for scalar in scalars {
      let value = scalar.value
      length += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
    }
    self.init(unsafeUninitializedCapacity: length) { buffer in
      var index = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[index] = UInt8(truncatingIfNeeded: value)
          index += 1
        } else if value < 0x800 {
          buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
          index += 2
        } else if value < 0x1_0000 {
          buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
          buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
          index += 3
        } else {
          buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | (value >> 18))
          buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F))
          buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
          buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
          index += 4
        }
      }
      return index
    }
  }

  /// The text without leading and trailing spaces, tabs and line breaks.
  func trimmingWhitespace() -> String {
    guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
    if !first.isSpace, !last.isSpace { return self }
    return Substring(self).trimmingWhitespace()
  }
}

extension Substring {
  /// The text without leading and trailing spaces, tabs and line breaks.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    var lower = scalars.startIndex
    var upper = scalars.endIndex
    while lower < upper, scalars[lower].isSpace { lower = scalars.index(after: lower) }
    while lower < upper {
      let before = scalars.index(before: upper)
      guard scalars[before].isSpace else { break }
      upper = before
    }
    return String(scalars[lower..<upper])
  }
}

extension Unicode.Scalar {
  /// Unicode white space (`properties.isWhitespace`), answered without a property lookup for
  /// ASCII.
  var isSpace: Bool {
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return properties.isWhitespace
  }
}
