/// One field whose value differs between the old and the new record.
public struct FieldChange: Sendable, Codable, Equatable {
  /// The field's JSON key (`relation`, `genes`, `normalized`, …).
  public var field: String
  public var old: JSONValue
  public var new: JSONValue

  public init(field: String, old: JSONValue, new: JSONValue) {
    self.field = field
    self.old = old
    self.new = new
  }

  /// A change when `old` and `new` differ, else `nil`.
  static func compare<T: Encodable & Equatable>(_ field: String, _ old: T, _ new: T)
    -> FieldChange?
  {
    old == new
      ? nil
      : FieldChange(field: field, old: JSONValue(encoding: old), new: JSONValue(encoding: new))
  }
}
