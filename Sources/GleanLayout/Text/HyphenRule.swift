/// Whether a hyphen at the end of a printed line belongs to the text.
///
/// Kept when the next line starts with a digit or an upper-case letter (`miR-⏎143`, `PD-⏎L1`,
/// `MSC-⏎Exo`), when the word before it is an identifier (a digit, an upper-case letter after its
/// first letter, a known prefix such as `miR`, `let`, `lnc`; or it already holds a hyphen:
/// `anti-PD-⏎1`), or when the word after it is a usual second half of an English compound
/// (`cell-⏎derived`, `dose-⏎dependent`). Dropped when a plain word is split
/// (`thrombopro-⏎phylaxis`).
enum HyphenRule {
  /// Words that begin identifiers written with a hyphen before a lower-case or digit part.
  static let identifierPrefixes: Set<String> = [
    "mir", "let", "lin", "lnc", "circ", "hsa", "mmu", "rno", "sno", "il", "pd", "hif", "tgf",
    "tnf", "msc", "nf", "ifn", "cd", "bcl", "c", "p", "e", "n", "k", "alpha", "beta", "gamma",
    "kappa",
  ]

  /// Usual second halves of hyphenated English compounds.
  static let compoundSecondHalves: Set<String> = [
    "derived", "based", "related", "associated", "induced", "mediated", "dependent",
    "independent", "specific", "like", "type", "free", "containing", "positive", "negative",
    "targeted", "regulated", "resistant", "sensitive", "treated", "infected", "bearing",
    "secreting", "expressing", "loaded", "rich", "term", "scale", "wide", "fold", "null",
    "deficient", "modified", "coated", "labeled", "labelled", "binding",
    "activated", "inducible", "responsive", "linked", "encoded", "producing", "enriched",
    "stimulated", "mutant", "knockout", "knockdown", "driven", "making",
  ]

  /// English first halves that are usually written with a real hyphen.
  static let compoundFirstHalves: Set<String> = [
    "non", "self", "well", "cross", "long", "short", "high", "low", "double", "single", "half",
    "full", "x", "t", "b",
  ]

  /// Endings TeX may split off a word, which never follow a real hyphen.
  static let suffixes: Set<String> = ["er", "est", "ly", "ness", "ing", "ed", "en", "ity", "ish"]

  static func keeps(before: [Unicode.Scalar], after: [Unicode.Scalar]) -> Bool {
    guard let first = after.first else { return true }
    if ScalarClass.isDigit(first) || ScalarClass.isUpper(first) { return true }
    if !ScalarClass.isLetter(first) { return true }
    // The word before the hyphen (up to a space or punctuation other than '-').
    var start = before.count - 1
    while start > 0 {
      let scalar = before[start - 1]
      if ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) || ScalarClass.isHyphen(scalar)
      {
        start -= 1
      } else {
        break
      }
    }
    let compound = Array(before[start..<(before.count - 1)])
    guard !compound.isEmpty else { return true }
    if compound.contains(where: ScalarClass.isHyphen) { return true }
    if compound.contains(where: ScalarClass.isDigit) { return true }
    if compound.dropFirst().contains(where: ScalarClass.isUpper) { return true }
    if compound.contains(where: { !ScalarClass.isLatinLetter($0) }) { return true }
    if compound.count >= 2, compound.allSatisfy(ScalarClass.isUpper) { return true }
    // The word after the hyphen: an identifier part (digits, inner capitals) keeps it.
    var end = 0
    while end < after.count, ScalarClass.isLetter(after[end]) || ScalarClass.isDigit(after[end]) {
      end += 1
    }
    let nextWord = Array(after[0..<end])
    if nextWord.contains(where: ScalarClass.isDigit)
      || nextWord.dropFirst().contains(where: ScalarClass.isUpper)
    {
      return true
    }
    let next = nextWord.string.lowercased()
    if suffixes.contains(next) { return false }
    let word = compound.string.lowercased()
    if identifierPrefixes.contains(word) || compoundFirstHalves.contains(word) { return true }
    return compoundSecondHalves.contains(next)
  }
}
