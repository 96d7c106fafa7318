/// The words a document prints inside its lines, used to settle line-end hyphens: if the paper
/// writes `anti-sense` elsewhere, `anti-⏎sense` keeps its hyphen; if it writes `antisense`, the
/// hyphen goes.
struct Vocabulary: Sendable {
  private var hyphenated = Set<String>()
  private var plain = Set<String>()

  /// Adds the words of one printed piece, leaving out a last word cut by a hyphen.
  mutating func add(_ scalars: [Unicode.Scalar]) {
    // A word is a run of word scalars: walk the piece once and close each run as a slice.
    var start = -1
    for index in scalars.indices {
      let scalar = scalars[index]
      let value = scalar.value
      let wordScalar: Bool
      if value < 0x80 {
        // ASCII fast path: letters, digits, hyphen.
        wordScalar =
          (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
          || (0x30...0x39).contains(value) || value == 0x2D
      } else {
        wordScalar =
          !ScalarClass.isIdeograph(scalar)
          && (ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar)
            || ScalarClass.isHyphen(scalar))
      }
      if wordScalar {
        if start < 0 { start = index }
      } else if start >= 0 {
        close(scalars[start..<index], atEnd: false)
        start = -1
      }
    }
    if start >= 0 { close(scalars[start..<scalars.count], atEnd: true) }
  }

  /// Records one word of a piece; `atEnd` when the piece ends with it.
  private mutating func close(_ word: ArraySlice<Unicode.Scalar>, atEnd: Bool) {
    // Words split at a line end have five letters or more (two before the break, three after).
    guard word.count >= 5 else { return }
    if atEnd, let last = word.last, ScalarClass.isHyphen(last) { return }
    var end = word.endIndex
    while end > word.startIndex, ScalarClass.isHyphen(word[end - 1]) { end -= 1 }
    let trimmed = word[word.startIndex..<end]
    guard !trimmed.isEmpty else { return }
    let key = Self.key(trimmed)
    if trimmed.contains(where: ScalarClass.isHyphen) {
      hyphenated.insert(key)
      // Compounds also vouch for their parts joined by a hyphen pairwise.
      insertPairs(of: key)
    } else {
      plain.insert(key)
    }
  }

  /// Inserts each two neighbouring parts of the hyphenated `key`, joined by a hyphen.
  private mutating func insertPairs(of key: String) {
    guard key.utf8.allSatisfy({ $0 < 0x80 }) else {
      let parts = key.split(separator: "-", omittingEmptySubsequences: true)
      for (a, b) in zip(parts, parts.dropFirst()) { hyphenated.insert(a + "-" + b) }
      return
    }
    // ASCII: a character is a byte, so the parts are the runs of bytes between hyphens.
    let bytes = Array(key.utf8)
    var previous: Range<Int>?
    var index = 0
    while index < bytes.count {
      guard bytes[index] != 0x2D else {
        index += 1
        continue
      }
      var partEnd = index
      while partEnd < bytes.count, bytes[partEnd] != 0x2D { partEnd += 1 }
      let part = index..<partEnd
      if let previous {
        var joined = Array(bytes[previous])
        joined.append(0x2D)
        joined.append(contentsOf: bytes[part])
        hyphenated.insert(String(decoding: joined, as: UTF8.self))
      }
      previous = part
      index = partEnd
    }
  }

  /// `true` / `false` when the document settles whether the hyphen ending `before` belongs to
  /// the word continued by `after`; `nil` when it does not.
  func keepsHyphen(before: [Unicode.Scalar], after: [Unicode.Scalar]) -> Bool? {
    var start = before.count - 1
    while start > 0 {
      let scalar = before[start - 1]
      guard ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) else { break }
      start -= 1
    }
    let left = Array(before[start..<(before.count - 1)])
    var end = 0
    while end < after.count, ScalarClass.isLetter(after[end]) || ScalarClass.isDigit(after[end]) {
      end += 1
    }
    let right = Array(after[0..<end])
    guard !left.isEmpty, !right.isEmpty else { return nil }
    let withHyphen = Self.key(left[...]) + "-" + Self.key(right[...])
    let without = Self.key(left[...]) + Self.key(right[...])
    let hyphenSeen = hyphenated.contains(withHyphen)
    let plainSeen = plain.contains(without)
    if hyphenSeen == plainSeen { return nil }
    return hyphenSeen
  }

  private static func key(_ word: ArraySlice<Unicode.Scalar>) -> String {
    if word.allSatisfy({ $0.isASCII }) {
      // ASCII lower-cases to ASCII: only A-Z change, and the hyphen is already `-`.
      return String(unsafeUninitializedCapacity: word.count) { buffer in
        for (index, scalar) in word.enumerated() {
          let value = UInt8(scalar.value)
          buffer[index] = (0x41...0x5A).contains(value) ? value + 0x20 : value
        }
        return word.count
      }
    }
    var folded = Array(word)
    for index in folded.indices where ScalarClass.isHyphen(folded[index]) { folded[index] = "-" }
    return folded.string.lowercased()
  }
}

/// Lines that break inside a web address or DOI continue without a space.
enum URLRule {
  /// Whether the last word of `text` is an unfinished URL or DOI that `next` continues.
  static func continues(_ text: [Unicode.Scalar], _ next: [Unicode.Scalar]) -> Bool {
    var start = text.count
    var marked = false
    while start > 0, !ScalarClass.isWhitespace(text[start - 1]) {
      start -= 1
      if text[start] == "/" || text[start] == ":" { marked = true }
      if text.count - start > 300 { return false }
    }
    guard marked, mayBeAddress(text[start...]) else { return false }
    let word = Array(text[start...]).string.lowercased()
    guard word.count >= 6, let first = next.first else { return false }
    // After a full stop or comma only a lower-case letter or digit carries the address on.
    if let last = word.unicodeScalars.last, ".,;)]".unicodeScalars.contains(last),
      !(ScalarClass.isDigit(first) || ScalarClass.isLower(first))
    {
      return false
    }
    if word.hasPrefix("http") || word.hasPrefix("www.") || word.hasPrefix("doi:")
      || word.contains("doi.org") || word.contains("://")
    {
      return true
    }
    return word.hasPrefix("10.") && word.contains("/")
  }

  /// Whether `word` can pass the tests of ``continues(_:_:)`` once lower-cased: it starts with
  /// the first letter of `http`, `www.`, `doi:` or `10.` (only `H`, `W` and `D` lower-case to
  /// them), or holds `://` or `doi.org` in any case. Lower-casing the word costs more than this.
  private static func mayBeAddress(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = word.first else { return false }
    if "hHwWdD1".unicodeScalars.contains(first) { return true }
    return contains(word, "://") || contains(word, "doi.org")
  }

  /// Whether `word` holds `ascii` (lower-case letters and punctuation), letters in any case.
  private static func contains(_ word: ArraySlice<Unicode.Scalar>, _ ascii: String) -> Bool {
    let needle = Array(ascii.unicodeScalars)
    guard word.count >= needle.count else { return false }
    var start = word.startIndex
    while start + needle.count <= word.endIndex {
      var matched = true
      for offset in 0..<needle.count {
        let value = word[start + offset].value
        let lower = (0x41...0x5A).contains(value) ? value + 0x20 : value
        if lower != needle[offset].value {
          matched = false
          break
        }
      }
      if matched { return true }
      start += 1
    }
    return false
  }
}
