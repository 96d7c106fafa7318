/// What a direction word does to the outcome next to it, or to the tumour outright.
/// `none` marks a longer word that holds a direction word but is not one; `barrier` a word that
/// cuts a direction word off from the outcomes before it (表达, 水平).
enum DirectionEffect: String, Sendable, CaseIterable {
  case increase, decrease, promotes, inhibits, none, barrier
}

/// Where a direction word's outcome may stand.
enum ObjectSide: String, Sendable, CaseIterable {
  /// After the word, else before it (促进增殖; 对生长的促进作用).
  case either
  /// Only before it (增殖受阻).
  case before
  /// Only right after it (治疗乳腺癌, not 肿瘤治疗).
  case after
}

/// A direction word: its effect and where its outcome may stand.
struct DirectionWord: Sendable, Equatable {
  var effect: DirectionEffect
  var object: ObjectSide
}

/// A tumour outcome word: its name (empty for a word naming the tumour itself), whether more of
/// it helps (`+1`) or harms (`-1`) the tumour, and whether it concerns the whole tumour.
struct OutcomeWord: Sendable, Equatable {
  var name: String
  var polarity: Int
  var tumourLevel: Bool
  /// A longer word that holds an outcome word but is none (生长因子 holds 生长).
  var ignored: Bool = false
}

/// The role of a table column, from its header.
enum ColumnRole: String, Sendable, CaseIterable {
  case reference, source, mechanism, target, effect, mirna, cancer
  case cellLine = "cell_line"
}

/// A miRNA role cue: the role and whether the cue stands before the miRNA.
struct RoleCue: Sendable, Equatable {
  var role: String
  var before: Bool
}

/// The kind of a citation word.
enum CitationWordKind: String, Sendable, CaseIterable {
  case authorSuffix = "author-suffix"
  case referenceHeading = "reference-heading"
  case studyVerb = "study-verb"
  case statementOpener = "statement-opener"
}
