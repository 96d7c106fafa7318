import GleanEntities

/// Pairs the entity mentions of one paper on the two sides, so that a mention that kept its place
/// but got a new name is seen as re-normalised, and one that kept its words but moved (another
/// line width, another page) as moved.
///
/// Passes, each over what the earlier ones left: the same span and text with the same type; the
/// same span and text; the same text in the same sentence with the same type, in order of
/// occurrence; the same text in the same sentence; overlapping spans on the same page.
enum EntityMatcher {
  static func match(old: [Mention], new: [Mention]) -> [MatchPair] {
    var state = State(oldCount: old.count, newCount: new.count)
    let oldKeys = old.map(Keys.init)
    let newKeys = new.map(Keys.init)
    state.pass(oldKeys: oldKeys.map(\.spanTyped), newKeys: newKeys.map(\.spanTyped))
    state.pass(oldKeys: oldKeys.map(\.span), newKeys: newKeys.map(\.span))
    state.pass(oldKeys: oldKeys.map(\.sentenceTyped), newKeys: newKeys.map(\.sentenceTyped))
    state.pass(oldKeys: oldKeys.map(\.sentence), newKeys: newKeys.map(\.sentence))
    state.overlapPass(old: old, new: new)
    state.pass(oldKeys: oldKeys.map(\.named), newKeys: newKeys.map(\.named))
    return .completing(state.pairs, oldCount: old.count, newCount: new.count)
  }

  /// The comparison keys of one mention.
  private struct Keys {
    var spanTyped: String
    var span: String
    var sentenceTyped: String
    var sentence: String
    var named: String

    init(_ mention: Mention) {
      let text = TextKey.squeeze(mention.text)
      let sentenceKey = TextKey.squeeze(mention.sentence)
      span = "\(mention.page)\u{1}\(mention.start)\u{1}\(mention.end)\u{1}\(text)"
      spanTyped = mention.type.rawValue + "\u{1}" + span
      sentence = text + "\u{1}" + sentenceKey
      sentenceTyped = mention.type.rawValue + "\u{1}" + sentence
      named = [mention.type.rawValue, text, mention.normalized, mention.ids.joined(separator: ",")]
        .joined(separator: "\u{1}")
    }
  }

  private struct State {
    var usedOld: [Bool]
    var usedNew: [Bool]
    var pairs: [MatchPair] = []

    init(oldCount: Int, newCount: Int) {
      usedOld = Array(repeating: false, count: oldCount)
      usedNew = Array(repeating: false, count: newCount)
    }

    mutating func pair(_ old: Int, _ new: Int) {
      usedOld[old] = true
      usedNew[new] = true
      pairs.append(MatchPair(old: old, new: new))
    }

    /// Pairs unmatched mentions with equal keys, first with first.
    mutating func pass(oldKeys: [String], newKeys: [String]) {
      var queues: [String: [Int]] = [:]
      for (index, key) in oldKeys.enumerated() where !usedOld[index] {
        queues[key, default: []].append(index)
      }
      guard !queues.isEmpty else { return }
      var heads: [String: Int] = [:]
      for (index, key) in newKeys.enumerated() where !usedNew[index] {
        guard let queue = queues[key] else { continue }
        let head = heads[key, default: 0]
        guard head < queue.count else { continue }
        heads[key] = head + 1
        pair(queue[head], index)
      }
    }

    /// Whether one text holds the other (`VEGF` in `VEGF-A`): a span that grew or shrank.
    func nested(_ a: String, _ b: String) -> Bool {
      let x = TextKey.squeeze(a)
      let y = TextKey.squeeze(b)
      return !x.isEmpty && !y.isEmpty && (x.contains(y) || y.contains(x))
    }

    /// Pairs unmatched mentions whose spans overlap on the same page, one's text holding the
    /// other's.
    mutating func overlapPass(old: [Mention], new: [Mention]) {
      let oldLeft = old.indices.filter { !usedOld[$0] }
      let newLeft = new.indices.filter { !usedNew[$0] }
      guard !oldLeft.isEmpty, !newLeft.isEmpty else { return }
      for o in oldLeft {
        let a = old[o]
        for n in newLeft where !usedNew[n] {
          let b = new[n]
          if a.page == b.page, a.start < b.end, b.start < a.end, nested(a.text, b.text) {
            pair(o, n)
            break
          }
        }
      }
    }
  }
}

/// Field-by-field comparison of two mentions taken for the same one, in their JSON form.
enum MentionComparison {
  /// Fields that name what the mention stands for: a change of one is a re-normalisation.
  static let nameKeys = ["type", "normalized", "ids", "members"]
  /// Fields that only place the mention on its page.
  static let placeKeys: Set<String> = ["page", "start", "end"]
  /// Fields that only place the mention in its context: a new sentence (cut at another place)
  /// is a move.
  static let contextKeys: Set<String> = ["sentence"]
  /// Fields compared without line-break differences.
  static let textKeys: Set<String> = ["text"]
  static let keyOrder = [
    "type", "text", "normalized", "ids", "page", "start", "end", "sentence", "rule", "flags",
    "role", "members",
  ]

  static func compare(_ old: Mention, _ new: Mention) -> (
    kind: EntityChangeKind?, fields: [FieldChange]
  ) {
    guard old != new else { return (nil, []) }
    let a = JSONValue(encoding: old).objectFields
    let b = JSONValue(encoding: new).objectFields
    let present = Set(a.keys).union(b.keys)
    let keys = keyOrder.filter(present.contains) + present.subtracting(keyOrder).sorted()
    var names: [FieldChange] = []
    var others: [FieldChange] = []
    for key in keys where !placeKeys.contains(key) && !contextKeys.contains(key) {
      let x = a[key] ?? .null
      let y = b[key] ?? .null
      if textKeys.contains(key) {
        if case .string(let s) = x, case .string(let t) = y,
          TextKey.squeeze(s) == TextKey.squeeze(t)
        {
          continue
        }
      }
      guard x != y else { continue }
      let change = FieldChange(field: key, old: x, new: y)
      if nameKeys.contains(key) { names.append(change) } else { others.append(change) }
    }
    if !names.isEmpty { return (.renormalised, names + others) }
    if !others.isEmpty { return (.changed, others) }
    return (.moved, [])
  }
}
