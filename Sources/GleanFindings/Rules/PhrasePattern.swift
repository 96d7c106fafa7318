/// A word or phrase of a rule file, compiled for matching (syntax in Resources/README.md): `*`
/// after Latin letters matches more letters, `…` joins two parts that must occur in order in one
/// clause, a space matches any run of spaces. Latin words match at word boundaries, ignoring case.
struct PhrasePattern: Sendable, Equatable {
  enum Element: Sendable, Equatable {
    case scalar(Unicode.Scalar)
    case space
    case letters
  }

  /// The pattern as written in the rule file.
  let source: String
  /// The parts, split at `…`.
  let parts: [[Element]]
  /// The number of literal scalars: longer patterns win over shorter ones at one place.
  let weight: Int

  /// The largest gap, in scalars, between the parts of a `…` pattern.
  static let maximumGap = 40

  init?(_ source: String) {
    let text = source.trimmingWhitespace()
    guard !text.isEmpty else { return nil }
    self.source = text
    var parts: [[Element]] = []
    var weight = 0
    for piece in text.split(separator: "…", omittingEmptySubsequences: true) {
      var elements: [Element] = []
      for scalar in piece.unicodeScalars {
        if scalar == "*" {
          elements.append(.letters)
        } else if scalar.properties.isWhitespace {
          if elements.last != .space { elements.append(.space) }
        } else {
          let folded =
            (0x41...0x5A).contains(scalar.value)
            ? Unicode.Scalar(scalar.value + 0x20) ?? scalar : scalar
          elements.append(.scalar(folded))
          weight += 1
        }
      }
      while elements.last == .space { elements.removeLast() }
      while elements.first == .space || elements.first == .letters { elements.removeFirst() }
      if !elements.isEmpty { parts.append(elements) }
    }
    guard !parts.isEmpty else { return nil }
    self.parts = parts
    self.weight = weight
  }

  /// The first scalar the pattern can start with (case-folded).
  var firstScalar: Unicode.Scalar? {
    if case .scalar(let scalar) = parts.first?.first { return scalar }
    return nil
  }

  /// The scalar that must follow ``firstScalar`` when the pattern's second element is literal.
  var secondScalar: Unicode.Scalar? {
    guard let first = parts.first, first.count > 1, case .scalar(let scalar) = first[1] else {
      return nil
    }
    return scalar
  }

  /// Matches the part `part` at `start` of `text`; returns its end.
  func matchPart(_ part: Int, in text: ScalarText, at start: Int) -> Int? {
    let elements = parts[part]
    let folded = text.folded
    if case .scalar(let first) = elements.first, ScalarText.isWordScalar(first), start > 0,
      ScalarText.isWordScalar(folded[start - 1])
    {
      return nil
    }
    var position = start
    for element in elements {
      switch element {
      case .scalar(let scalar):
        guard position < folded.count, folded[position] == scalar else { return nil }
        position += 1
      case .space:
        guard position < folded.count, folded[position].properties.isWhitespace else { return nil }
        while position < folded.count, folded[position].properties.isWhitespace { position += 1 }
      case .letters:
        while position < folded.count, ScalarText.isLatinLetter(folded[position]) { position += 1 }
      }
    }
    if case .scalar(let last) = elements.last, ScalarText.isWordScalar(last),
      position < folded.count, ScalarText.isWordScalar(folded[position])
    {
      return nil
    }
    return position
  }

  /// The whole pattern at `start`: the ranges of its parts, or `nil`.
  func match(in text: ScalarText, at start: Int) -> [Range<Int>]? {
    guard let end = matchPart(0, in: text, at: start) else { return nil }
    var ranges = [start..<end]
    var cursor = end
    for part in parts.indices.dropFirst() {
      var found: Range<Int>?
      var probe = cursor
      while probe < text.count, probe - cursor <= Self.maximumGap,
        text.sameClause(start, probe)
      {
        if let partEnd = matchPart(part, in: text, at: probe) {
          found = probe..<partEnd
          break
        }
        probe += 1
      }
      guard let range = found else { return nil }
      ranges.append(range)
      cursor = range.upperBound
    }
    return ranges
  }
}

/// One place a pattern matched.
struct PhraseMatch<Value: Sendable>: Sendable {
  /// The matched literal parts (one range per part of the pattern).
  var parts: [Range<Int>]
  /// The value the rule file gives the pattern.
  var value: Value
  /// The pattern as written.
  var pattern: String
  /// The pattern's literal length.
  var weight: Int

  var start: Int { parts.first?.lowerBound ?? 0 }
  var end: Int { parts.last?.upperBound ?? 0 }
  /// The span between the first and the last part (the object span of a `…` pattern).
  var gap: Range<Int>? {
    guard parts.count > 1, let first = parts.first, let last = parts.last else { return nil }
    return first.upperBound..<last.lowerBound
  }

  func overlaps(_ range: Range<Int>) -> Bool {
    parts.contains { $0.overlaps(range) }
  }
}

/// The patterns of one rule file with their values, indexed by first scalar.
struct PhraseSet<Value: Sendable>: Sendable {
  private(set) var entries: [(pattern: PhrasePattern, value: Value)] = []
  /// The entries by first scalar: bucket `value % bucketCount` holds, in the order the entries
  /// were added, the first scalar, the literal second scalar if any (a cheap test before the
  /// whole pattern is tried) and the index of each entry whose first scalar falls there.
  /// (A hash table keyed by scalar costs a hash per text position and set.)
  private var buckets: [[(first: Unicode.Scalar, second: Unicode.Scalar?, entry: Int)]] = []

  static var bucketCount: Int { 512 }

  init() {}

  init(_ entries: [(PhrasePattern, Value)]) {
    for (pattern, value) in entries { add(pattern, value) }
  }

  mutating func add(_ pattern: PhrasePattern, _ value: Value) {
    guard let first = pattern.firstScalar else { return }
    if buckets.isEmpty { buckets = Array(repeating: [], count: Self.bucketCount) }
    buckets[Int(first.value) % Self.bucketCount].append(
      (first, pattern.secondScalar, entries.count))
    entries.append((pattern, value))
  }

  var isEmpty: Bool { entries.isEmpty }

  /// Every match in `text`, overlapping ones included, in text order.
  func allMatches(in text: ScalarText, within range: Range<Int>? = nil) -> [PhraseMatch<Value>] {
    let bounds = range ?? 0..<text.count
    var result: [PhraseMatch<Value>] = []
    guard !buckets.isEmpty else { return [] }
    let folded = text.folded
    for start in bounds where start < text.count {
      let scalar = folded[start]
      let next: Unicode.Scalar? = start + 1 < folded.count ? folded[start + 1] : nil
      let bucket = buckets[Int(scalar.value) % Self.bucketCount]
      for candidate in bucket where candidate.first == scalar {
        if let second = candidate.second, second != next { continue }
        guard let parts = entries[candidate.entry].pattern.match(in: text, at: start),
          let last = parts.last, last.upperBound <= bounds.upperBound
        else { continue }
        let entry = entries[candidate.entry]
        result.append(
          PhraseMatch(
            parts: parts, value: entry.value, pattern: entry.pattern.source,
            weight: entry.pattern.weight))
      }
    }
    return result
  }

  /// Non-overlapping matches: longer patterns first, then earlier ones; in text order. Matches
  /// overlapping `blocked` ranges (entity mentions, citation markers) are left out.
  func matches(
    in text: ScalarText, within range: Range<Int>? = nil, blocked: [Range<Int>] = []
  ) -> [PhraseMatch<Value>] {
    let all = allMatches(in: text, within: range).filter { match in
      !blocked.contains { match.overlaps($0) }
    }
    let ranked = all.sorted {
      $0.weight != $1.weight ? $0.weight > $1.weight : $0.start < $1.start
    }
    var taken: [PhraseMatch<Value>] = []
    for match in ranked
    where !taken.contains(where: { other in
      match.parts.contains { part in other.parts.contains { $0.overlaps(part) } }
    }) {
      taken.append(match)
    }
    return taken.sorted { $0.start < $1.start }
  }
}
