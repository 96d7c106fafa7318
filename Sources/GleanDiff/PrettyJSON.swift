import Foundation

/// JSON for people and version control: two-space indents, keys sorted, `"key": value`, empty
/// arrays and objects on one line, non-ASCII text and slashes as they are.
public enum PrettyJSON {
  /// The JSON of `value` in this form, with a final newline.
  public static func string(_ value: some Encodable) throws -> String {
    let data = try JSONEncoder().encode(value)
    return render(try JSONDecoder().decode(JSONValue.self, from: data)) + "\n"
  }

  static func render(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: "", into: &out)
    return out
  }

  private static func write(_ value: JSONValue, indent: String, into out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .number(let number):
      out += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)"
    case .string(let text): quote(text, into: &out)
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      let inner = indent + "  "
      out += "[\n"
      for (index, item) in items.enumerated() {
        out += inner
        write(item, indent: inner, into: &out)
        out += index == items.count - 1 ? "\n" : ",\n"
      }
      out += indent + "]"
    case .object(let fields):
      guard !fields.isEmpty else {
        out += "{}"
        return
      }
      let inner = indent + "  "
      let keys = fields.keys.sorted()
      out += "{\n"
      for (index, key) in keys.enumerated() {
        out += inner
        quote(key, into: &out)
        out += ": "
        write(fields[key] ?? .null, indent: inner, into: &out)
        out += index == keys.count - 1 ? "\n" : ",\n"
      }
      out += indent + "}"
    }
  }

  private static func quote(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
