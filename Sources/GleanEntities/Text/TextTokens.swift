/// Tokens of normalised text for dictionary matching: Latin runs (ASCII letters, digits, Greek),
/// single CJK characters, and the punctuation dictionary names may contain (`/ . , ( ) :`).
/// Spaces, hyphens, apostrophes and underscores only separate tokens (the lexicon's key folding
/// drops them too); anything else blocks a name from running across it.
struct TextToken: Sendable {
  enum Kind: UInt8, Sendable {
    case latin
    case cjk
    case punct
  }

  /// How the token is joined to the one before it.
  enum Gap: UInt8, Sendable {
    /// Directly adjacent.
    case none
    /// One `-` and nothing else.
    case hyphen
    /// Spaces, hyphens, apostrophes or underscores.
    case soft
    /// Anything else, or the first token.
    case blocked
  }

  var start: Int32
  var end: Int32
  var kind: Kind
  var gap: Gap
  var hasUpper = false
  var hasLower = false
  var hasDigit = false
  var hasGreek = false

  var range: Range<Int> { Int(start)..<Int(end) }
  var length: Int { Int(end - start) }

  /// Upper-case letters, digits or Greek letters: it may be a symbol (`VEGF`, `p27kip1`, `1α`).
  var isSymbolLike: Bool { hasUpper || hasDigit || hasGreek }
}

enum TextTokenizer {
  static func isPunctToken(_ value: UInt32) -> Bool {
    value == 0x2F || value == 0x2E || value == 0x2C || value == 0x28 || value == 0x29
      || value == 0x3A
  }

  static func isSoftSeparator(_ value: UInt32) -> Bool {
    value == 0x20 || value == 0x2D || value == 0x27 || value == 0x5F
  }

  /// The tokens of `scalars`.
  static func tokens(_ scalars: [Unicode.Scalar]) -> [TextToken] {
    var tokens: [TextToken] = []
    tokens.reserveCapacity(scalars.count / 2)
    var index = 0
    var gapStart = 0
    var blocked = true
    let count = scalars.count
    func gap(_ start: Int) -> TextToken.Gap {
      if blocked || tokens.isEmpty { return .blocked }
      let length = start - gapStart
      if length == 0 { return .none }
      if length == 1 && scalars[gapStart] == "-" { return .hyphen }
      return .soft
    }
    while index < count {
      let value = scalars[index].value
      if CharClass.isIdentifierChar(value) {
        var token = TextToken(
          start: Int32(index), end: 0, kind: .latin, gap: gap(index))
        while index < count {
          let inner = scalars[index].value
          if CharClass.isASCIIUpper(inner) {
            token.hasUpper = true
          } else if CharClass.isASCIILower(inner) {
            token.hasLower = true
          } else if CharClass.isDigit(inner) {
            token.hasDigit = true
          } else if CharClass.isGreekLetter(inner) {
            token.hasGreek = true
          } else {
            break
          }
          index += 1
        }
        token.end = Int32(index)
        tokens.append(token)
        gapStart = index
        blocked = false
      } else if CharClass.isIdeograph(value) {
        tokens.append(
          TextToken(start: Int32(index), end: Int32(index + 1), kind: .cjk, gap: gap(index)))
        index += 1
        gapStart = index
        blocked = false
      } else if isPunctToken(value) {
        tokens.append(
          TextToken(start: Int32(index), end: Int32(index + 1), kind: .punct, gap: gap(index)))
        index += 1
        gapStart = index
        blocked = false
      } else if isSoftSeparator(value) {
        index += 1
      } else {
        index += 1
        gapStart = index
        blocked = true
      }
    }
    return tokens
  }
}

/// 64-bit FNV-1a over folded scalars: lower-case ASCII, Greek letters spelled out (`α` → `alpha`),
/// as the lexicon folds keys. Used to find dictionary names without building strings.
enum FoldHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3

  @inline(__always) static func add(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    var result = hash
    var remaining = value
    repeat {
      result = (result ^ UInt64(remaining & 0xFF)) &* prime
      remaining >>= 8
    } while remaining != 0
    return result
  }

  /// Adds the folded form of scalars `range` of `scalars` to `hash`.
  static func add(_ hash: UInt64, _ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
    var result = hash
    for index in range {
      result = addFolded(result, scalars[index].value)
    }
    return result
  }

  /// Adds the folded form of the scalar `value` to `hash`.
  @inline(__always) static func addFolded(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    if value < 0x80 {
      // One byte: lower-cased when it is an upper-case letter.
      let folded = CharClass.isASCIIUpper(value) ? value | 0x20 : value
      return (hash ^ UInt64(folded)) &* prime
    }
    if (0x370...0x3FF).contains(value) || value == 0xB5 || value == 0xDF, let name = greek[value] {
      var result = hash
      for letter in name { result = add(result, UInt32(letter)) }
      return result
    }
    return add(hash, value)
  }

  /// Greek letters (both cases) and look-alikes → their names in ASCII, as the lexicon spells
  /// them.
  static let greek: [UInt32: [UInt8]] = {
    let names = [
      "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
      "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "sigma", "tau", "upsilon",
      "phi", "chi", "psi", "omega",
    ]
    var table: [UInt32: [UInt8]] = [:]
    for (offset, name) in names.enumerated() {
      table[0x03B1 + UInt32(offset)] = Array(name.utf8)
      if offset != 17 { table[0x0391 + UInt32(offset)] = Array(name.utf8) }
    }
    table[0x03D0] = Array("beta".utf8)
    table[0x03D1] = Array("theta".utf8)
    table[0x03D5] = Array("phi".utf8)
    table[0x03F0] = Array("kappa".utf8)
    table[0x03F5] = Array("epsilon".utf8)
    table[0x00B5] = Array("mu".utf8)
    table[0x00DF] = Array("beta".utf8)
    return table
  }()
}
