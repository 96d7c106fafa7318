import Foundation

/// What a dictionary name names.
struct NameKinds: OptionSet, Sendable, Hashable {
  let rawValue: UInt8
  static let gene = NameKinds(rawValue: 1)
  static let family = NameKinds(rawValue: 2)
  static let cancer = NameKinds(rawValue: 4)
  static let cellLine = NameKinds(rawValue: 8)
  static let exosomeSource = NameKinds(rawValue: 16)
  /// A pathway's core name (`Hedgehog`, `丝裂原活化蛋白激酶`): a mention only before a trigger.
  static let pathwayName = NameKinds(rawValue: 32)
}

/// Dictionary names by the fold hash of their token sequence, with the hash of every token
/// prefix, so that a walk over text tokens stops as soon as no name can go on.
struct PhraseIndex: Sendable {
  /// Name kinds in the low six bits; bit 7 marks a prefix of a longer name.
  private var table = HashTable(capacity: 1 << 17)
  private static let prefixBit: UInt8 = 0x80
  /// The most tokens a name has.
  private(set) var maxTokens = 1
  /// Bit per scalar value below 0xA000 (ASCII, Greek, CJK) that starts a name, folded; a walk
  /// starts only at such a scalar.
  private var starts = [UInt64](repeating: 0, count: 0xA000 / 64)

  /// Adds a name (any text: it is normalised and tokenised like page text).
  mutating func add(_ name: String, _ kinds: NameKinds) {
    add(scalars: Self.scalars(of: name), kinds)
  }

  /// Adds a name given as its folded scalars (``scalars(of:)``).
  mutating func add(scalars: [Unicode.Scalar], _ kinds: NameKinds) {
    let tokens = TextTokenizer.tokens(scalars)
    guard !tokens.isEmpty, tokens.count <= 32 else { return }
    // A name must tokenise as one joined run.
    for token in tokens.dropFirst() where token.gap == .blocked { return }
    let first = scalars[Int(tokens[0].start)].value
    markStart(first)
    if CharClass.isASCIIUpper(first) { markStart(first | 0x20) }
    if CharClass.isASCIILower(first) { markStart(first & ~0x20) }
    var hash = FoldHash.seed
    for (position, token) in tokens.enumerated() {
      hash = FoldHash.add(hash, scalars, token.range)
      if position < tokens.count - 1 { table.insert(hash, bits: Self.prefixBit) }
    }
    table.insert(hash, bits: kinds.rawValue)
    maxTokens = max(maxTokens, tokens.count)
  }

  /// The scalars of a name folded like page text (NFKC, dash variants), without the line
  /// handling the normaliser does for pages.
  static func scalars(of name: String) -> [Unicode.Scalar] {
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return Array(name.unicodeScalars) }
    var result: [Unicode.Scalar] = []
    for scalar in name.precomposedStringWithCompatibilityMapping.unicodeScalars {
      if let special = ScalarFolder.special(scalar.value) {
        result.append(contentsOf: special)
      } else {
        result.append(scalar)
      }
    }
    return result
  }

  private mutating func markStart(_ value: UInt32) {
    if value < 0xA000 {
      starts[Int(value >> 6)] |= 1 << UInt64(value & 63)
    }
  }

  /// Whether a name may start with `value` (always true above the bitmap's range).
  @inline(__always) func mayStart(_ value: UInt32) -> Bool {
    value >= 0xA000 || starts[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0
  }

  /// A match of a name over tokens `first...last`.
  struct Match: Sendable {
    var first: Int
    var last: Int
    var kinds: NameKinds
    /// The fold hash of the matched tokens: the name's key.
    var hash: UInt64
  }

  /// The key and kinds of `name` as the index holds it, if it does.
  func entry(_ name: String) -> (hash: UInt64, kinds: NameKinds)? {
    let scalars = Self.scalars(of: name)
    let tokens = TextTokenizer.tokens(scalars)
    guard !tokens.isEmpty else { return nil }
    var hash = FoldHash.seed
    for token in tokens { hash = FoldHash.add(hash, scalars, token.range) }
    let kinds = NameKinds(rawValue: table.value(hash) & ~Self.prefixBit)
    return kinds.isEmpty ? nil : (hash, kinds)
  }

  /// The longest name starting at token `first`, if any; a blocked token ends it.
  func longest(
    from first: Int, tokens: [TextToken], scalars: [Unicode.Scalar], blocked: [Bool]
  ) -> Match? {
    guard mayStart(scalars[Int(tokens[first].start)].value) else { return nil }
    var hash = FoldHash.seed
    var best: Match?
    var index = first
    let limit = min(tokens.count, first + maxTokens)
    while index < limit {
      if index > first && tokens[index].gap == .blocked { break }
      if blocked[index] { break }
      hash = FoldHash.add(hash, scalars, tokens[index].range)
      let value = table.value(hash)
      if value & ~Self.prefixBit != 0 {
        best = Match(
          first: first, last: index, kinds: NameKinds(rawValue: value & ~Self.prefixBit),
          hash: hash)
      }
      if value & Self.prefixBit == 0 { break }
      index += 1
    }
    return best
  }
}
