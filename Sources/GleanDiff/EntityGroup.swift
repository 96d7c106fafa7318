/// Entity changes that are one change to a reviewer: the same kind of change to the same written
/// mention with the same names before and after (`VEGF` re-normalised from VEGFA to VEGFB on
/// every page it occurs), in order of first occurrence.
public struct EntityGroup: Sendable, Equatable {
  /// Indices into the paper's entity changes.
  public var indices: [Int]
  public var changes: [EntityChange]

  /// The pages the mentions are on, ascending, each once.
  public var pages: [Int] {
    Array(Set(changes.compactMap { $0.current?.page })).sorted()
  }

  /// Groups `changes` (all of one paper).
  public static func groups(_ changes: [EntityChange]) -> [EntityGroup] {
    var order: [String] = []
    var groups: [String: EntityGroup] = [:]
    for (index, change) in changes.enumerated() {
      let key = groupKey(change)
      if groups[key] == nil {
        order.append(key)
        groups[key] = EntityGroup(indices: [], changes: [])
      }
      groups[key]?.indices.append(index)
      groups[key]?.changes.append(change)
    }
    return order.compactMap { groups[$0] }
  }

  static func groupKey(_ change: EntityChange) -> String {
    func name(_ value: (type: String, normalized: String, ids: [String])?) -> String {
      guard let value else { return "" }
      return value.type + "\u{1}" + value.normalized + "\u{1}" + value.ids.joined(separator: ",")
    }
    let old = change.old.map { ($0.type.rawValue, $0.normalized, $0.ids) }
    let new = change.new.map { ($0.type.rawValue, $0.normalized, $0.ids) }
    let text = TextKey.squeeze(change.current?.text ?? "")
    let fields = change.fields.filter { $0.field != "sentence" }.map { field in
      "\(field.field)=\(field.old.display)>\(field.new.display)"
    }
    return [change.kind.rawValue, text, name(old), name(new), fields.joined(separator: ";")]
      .joined(separator: "\u{2}")
  }
}
