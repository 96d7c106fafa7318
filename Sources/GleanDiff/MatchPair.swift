/// An old record and the new record it was matched to; one of them is absent for a record that
/// was removed or added. Indices point into the sides' arrays.
struct MatchPair: Sendable, Equatable, Hashable {
  var old: Int?
  var new: Int?
}

extension Array where Element == MatchPair {
  /// Pairs for the records of `oldCount` and `newCount` left out of `paired`, so that every record
  /// of both sides appears exactly once.
  static func completing(_ paired: [MatchPair], oldCount: Int, newCount: Int) -> [MatchPair] {
    var usedOld = Set<Int>()
    var usedNew = Set<Int>()
    for pair in paired {
      if let old = pair.old { usedOld.insert(old) }
      if let new = pair.new { usedNew.insert(new) }
    }
    var result = paired
    for index in 0..<oldCount where !usedOld.contains(index) {
      result.append(MatchPair(old: index, new: nil))
    }
    for index in 0..<newCount where !usedNew.contains(index) {
      result.append(MatchPair(old: nil, new: index))
    }
    return result
  }
}
