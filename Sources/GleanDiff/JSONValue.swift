import Foundation

/// A JSON value: what a changed field held before and after, as the record's JSON has it.
public enum JSONValue: Sendable, Equatable, Hashable, Codable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The JSON of an encodable value (a finding field, a mention field).
  public init(encoding value: some Encodable) {
    do {
      let data = try JSONEncoder().encode(value)
      self = try JSONDecoder().decode(JSONValue.self, from: data)
    } catch {
      // The record types always encode; keep the description rather than lose the value.
      self = .string(String(describing: value))
    }
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value):
      if value == value.rounded(), abs(value) < 1e15 {
        try container.encode(Int(value))
      } else {
        try container.encode(value)
      }
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }
}

extension JSONValue {
  /// The items of an array; `nil` for anything else.
  var arrayItems: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// A short human form: entity references as `CCNE1 [HGNC:1589]`, lists joined by commas,
  /// evidence as `p.3 "…"`.
  public var display: String {
    switch self {
    case .null: return "—"
    case .bool(let value): return value ? "yes" : "no"
    case .number(let value):
      return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    case .string(let value): return value.isEmpty ? "\"\"" : value
    case .array(let items):
      return items.isEmpty ? "(none)" : items.map(\.display).joined(separator: ", ")
    case .object(let fields): return Self.displayObject(fields)
    }
  }

  private static func displayObject(_ fields: [String: JSONValue]) -> String {
    if case .string(let name)? = fields["normalized"] {
      var text = name
      if case .string(let written)? = fields["text"], written != name {
        text = "\(written) = \(name)"
      }
      if case .array(let ids)? = fields["ids"], !ids.isEmpty {
        text += " [" + ids.map(\.display).joined(separator: ", ") + "]"
      }
      if case .string(let role)? = fields["role"] { text += " (\(role))" }
      return text
    }
    if case .string(let text)? = fields["text"], case .number(let number)? = fields["number"] {
      return "[\(Int(number))] \(text)"
    }
    if case .string(let text)? = fields["text"], case .number(let page)? = fields["page"] {
      return "p.\(Int(page)) \"\(text)\""
    }
    let body = fields.keys.sorted().map { "\($0): \(fields[$0]?.display ?? "")" }
    return "{" + body.joined(separator: ", ") + "}"
  }
}
