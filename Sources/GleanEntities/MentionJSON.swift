extension Mention {
  /// The mention as one line of JSON (no newline), keys in contract order: `type`, `text`,
  /// `normalized`, `ids`, `page`, `start`, `end`, `sentence`, `rule`, `flags`, `role`,
  /// `members`. Non-ASCII text is written as UTF-8; `"`, `\` and control characters are escaped.
  public func jsonLine() -> String {
    var out = "{\"type\":"
    Self.append(string: type.rawValue, to: &out)
    out += ",\"text\":"
    Self.append(string: text, to: &out)
    out += ",\"normalized\":"
    Self.append(string: normalized, to: &out)
    out += ",\"ids\":"
    Self.append(strings: ids, to: &out)
    out += ",\"page\":\(page),\"start\":\(start),\"end\":\(end),\"sentence\":"
    Self.append(string: sentence, to: &out)
    out += ",\"rule\":"
    Self.append(string: rule, to: &out)
    out += ",\"flags\":"
    Self.append(strings: flags, to: &out)
    out += ",\"role\":"
    if let role { Self.append(string: role, to: &out) } else { out += "null" }
    out += ",\"members\":["
    for (index, member) in members.enumerated() {
      if index > 0 { out += "," }
      out += "{\"type\":"
      Self.append(string: member.type.rawValue, to: &out)
      out += ",\"normalized\":"
      Self.append(string: member.normalized, to: &out)
      out += ",\"ids\":"
      Self.append(strings: member.ids, to: &out)
      out += "}"
    }
    out += "]}"
    return out
  }

  private static func append(strings: [String], to out: inout String) {
    out += "["
    for (index, string) in strings.enumerated() {
      if index > 0 { out += "," }
      append(string: string, to: &out)
    }
    out += "]"
  }

  private static func append(string: String, to out: inout String) {
    out += "\""
    if needsNoEscape(string) {
      out += string
    } else {
      appendEscaped(string, to: &out)
    }
    out += "\""
  }

  /// Whether `string` can be written between quotes as it is: no quote, backslash, control
  /// character, or line or paragraph separator (U+2028, U+2029: UTF-8 `E2 80 A8`, `E2 80 A9`).
  private static func needsNoEscape(_ string: String) -> Bool {
    var string = string
    return string.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
          return false
        }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
        {
          return false
        }
        index += 1
      }
      return true
    }
  }

  private static func appendEscaped(_ string: String, to out: inout String) {
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
  }
}
