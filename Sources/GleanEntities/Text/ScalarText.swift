/// Fast conversions between strings and arrays of Unicode scalars (the generic
/// `unicodeScalars` paths are slow on long texts).
enum ScalarText {
  /// The Unicode scalars of `text`, decoded straight from its UTF-8.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var copy = text
    return copy.withUTF8 { bytes in
      var result: [Unicode.Scalar] = []
      result.reserveCapacity(bytes.count)
      var index = 0
      let count = bytes.count
      while index < count {
        let lead = UInt32(bytes[index])
        var value: UInt32
        if lead < 0x80 {
          value = lead
          index += 1
        } else if lead < 0xE0, index + 1 < count {
          value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
          index += 2
        } else if lead < 0xF0, index + 2 < count {
          value =
            (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
            | UInt32(bytes[index + 2] & 0x3F)
          index += 3
        } else if index + 3 < count {
          value =
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
          index += 4
        } else {
          value = 0xFFFD
          index += 1
        }
        result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      }
      return result
    }
  }

  /// A string of `scalars`, encoded straight to UTF-8.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 3)
    for scalar in scalars {
      let value = scalar.value
      if value < 0x80 {
        bytes.append(UInt8(value))
      } else if value < 0x800 {
        bytes.append(UInt8(0xC0 | (value >> 6)))
        bytes.append(UInt8(0x80 | (value & 0x3F)))
      } else if value < 0x10000 {
        bytes.append(UInt8(0xE0 | (value >> 12)))
        bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (value & 0x3F)))
      } else {
        bytes.append(UInt8(0xF0 | (value >> 18)))
        bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
        bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (value & 0x3F)))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
