import GleanLexicon

/// Finds lexicon names in normalised text: dictionary names (multi-word, Chinese, mixed) by a
/// walk over the phrase index, and symbols (`VEGF`, `HIF-1α`, `ERK1/2`, `Bcl-2/Bax`, `MG63`) by
/// looking up each Latin compound and its hyphen parts, longest first.
struct DictionaryMatcher: Sendable {
  let index: PresetIndex

  /// The phrase index with the resolutions of its Chinese names made in advance: looking up a
  /// Chinese name folds it through NFKC, the dearest look-up there is, and the names are few.
  struct PresetIndex: Sendable {
    let phrases: PhraseIndex
    let preset: [UInt64: Resolution]

    func longest(
      from first: Int, tokens: [TextToken], scalars: [Unicode.Scalar], blocked: [Bool]
    ) -> PhraseIndex.Match? {
      phrases.longest(from: first, tokens: tokens, scalars: scalars, blocked: blocked)
    }
  }

  /// The pieces of text the matcher works on.
  struct Input {
    let text: NormalizedText
    let tokens: [TextToken]
    /// Tokens inside miRNA mentions, which no other name may use.
    let blocked: [Bool]
  }

  /// What the dictionary pass found.
  struct Output {
    var candidates: [Candidate] = []
    /// Ranges of pathway core names (`Hedgehog`, `丝裂原活化蛋白激酶`), for the pathway pass.
    var pathwayNames: [Range<Int>] = []
  }

  func run(_ input: Input, resolver: inout NameResolver, groups: inout Int) -> Output {
    var output = Output()
    phrases(input, resolver: &resolver, groups: &groups, output: &output)
    compounds(input, resolver: &resolver, groups: &groups, output: &output)
    return output
  }

  // MARK: - Dictionary names

  private func phrases(
    _ input: Input, resolver: inout NameResolver, groups: inout Int, output: inout Output
  ) {
    let tokens = input.tokens
    let scalars = input.text.scalars
    var position = 0
    while position < tokens.count {
      if input.blocked[position] || tokens[position].kind == .punct {
        position += 1
        continue
      }
      guard
        let match = index.longest(
          from: position, tokens: tokens, scalars: scalars, blocked: input.blocked)
      else {
        position += 1
        continue
      }
      let range = Int(tokens[match.first].start)..<Int(tokens[match.last].end)
      // A name of digits and punctuation alone (`9-11`) is not taken from running text.
      guard
        tokens[match.first...match.last].contains(where: {
          $0.kind == .cjk || $0.hasUpper || $0.hasLower || $0.hasGreek
        })
      else {
        position += 1
        continue
      }
      if match.kinds.contains(.pathwayName) { output.pathwayNames.append(range) }
      // Slash lists of symbols (`ERK1/2`) are read part by part below.
      if match.first != match.last, match.kinds.isSubset(of: [.gene, .family, .pathwayName]),
        tokens[match.first...match.last].contains(where: { $0.kind == .punct })
      {
        position += 1
        continue
      }
      let resolved =
        index.preset[match.hash]
        ?? resolver.phrase(
          at: range, in: input.text, kinds: match.kinds, singleToken: match.first == match.last)
      if let resolved {
        groups += 1
        output.candidates.append(Candidate(resolved, range: range, group: groups))
        position = match.last + 1
      } else {
        position += 1
      }
    }
  }

  // MARK: - Symbols

  private func compounds(
    _ input: Input, resolver: inout NameResolver, groups: inout Int, output: inout Output
  ) {
    let tokens = input.tokens
    let scalars = input.text.scalars
    var position = 0
    var parts: [Range<Int>] = []
    while position < tokens.count {
      guard tokens[position].kind == .latin, !input.blocked[position] else {
        position += 1
        continue
      }
      // Slash parts, each a run of hyphen-joined (so consecutive) tokens.
      parts.removeAll(keepingCapacity: true)
      var partStart = position
      var last = position
      while true {
        let next = last + 1
        if next < tokens.count, tokens[next].kind == .latin, tokens[next].gap == .hyphen,
          !input.blocked[next]
        {
          last = next
        } else if next + 1 < tokens.count, tokens[next].kind == .punct,
          scalars[Int(tokens[next].start)] == "/", tokens[next].gap == .none,
          tokens[next + 1].kind == .latin, tokens[next + 1].gap == .none, !input.blocked[next + 1]
        {
          parts.append(partStart..<(last + 1))
          partStart = next + 1
          last = next + 1
        } else {
          break
        }
      }
      parts.append(partStart..<(last + 1))
      if parts.count > 1 {
        slashList(parts, input, resolver: &resolver, groups: &groups, output: &output)
      } else {
        hyphenRun(parts[0], input, resolver: &resolver, groups: &groups, output: &output)
      }
      position = last + 1
    }
  }

  /// `ERK1/2` (one span, both kinases), `Bcl-2/Bax` (one span each), `PI3K/AKT`.
  private func slashList(
    _ parts: [Range<Int>], _ input: Input, resolver: inout NameResolver, groups: inout Int,
    output: inout Output
  ) {
    let tokens = input.tokens
    guard let firstPart = parts.first, let lastPart = parts.last else { return }
    let whole = Int(tokens[firstPart.lowerBound].start)..<Int(tokens[lastPart.upperBound - 1].end)
    let partTexts = parts.map { part in
      input.text.text(Int(tokens[part.lowerBound].start)..<Int(tokens[part.upperBound - 1].end))
    }
    // Only numbered shorthand (`ERK1/2`, `MMP-2/9`) needs the lexicon's completion.
    let shorthand = partTexts.dropFirst().contains { part in
      part.unicodeScalars.first.map { CharClass.isDigit($0.value) } == true && part.count <= 4
    }
    let names = shorthand ? MentionList.split(partTexts.joined(separator: "/")) : partTexts
    if names.count == parts.count, names != partTexts {
      // Numbered shorthand: every completed name must resolve, and they share the span.
      let resolved = names.map { name in
        resolver.symbol(name, shape: WrittenShape.of(name), beforeCells: false)
      }
      if resolved.allSatisfy({ $0 != nil }) {
        groups += 1
        for item in resolved.compactMap({ $0 }) {
          var candidate = Candidate(item, range: whole, group: groups)
          candidate.flags.insert("list", at: 0)
          output.candidates.append(candidate)
        }
        return
      }
    }
    for part in parts {
      hyphenRun(part, input, resolver: &resolver, groups: &groups, output: &output)
    }
  }

  /// The longest symbol-like sub-run of consecutive tokens `run` that resolves, then the runs
  /// left and right of it.
  private func hyphenRun(
    _ run: Range<Int>, _ input: Input, resolver: inout NameResolver, groups: inout Int,
    output: inout Output
  ) {
    guard !run.isEmpty else { return }
    let tokens = input.tokens
    // A stop-listed compound (`CCK-8`, the assay) keeps its parts from being names (`CCK`).
    if run.count > 1,
      resolver.isStopped(
        input.text.text(Int(tokens[run.lowerBound].start)..<Int(tokens[run.upperBound - 1].end)),
        as: .gene)
    {
      return
    }
    let count = min(run.count, 8)
    for length in stride(from: count, through: 1, by: -1) {
      for offset in 0...(count - length) {
        let first = run.lowerBound + offset
        let last = first + length - 1
        var symbolLike = false
        var lettered = false
        for index in first...last {
          let token = tokens[index]
          if token.isSymbolLike { symbolLike = true }
          if token.hasUpper || token.hasLower || token.hasGreek { lettered = true }
        }
        let range = Int(tokens[first].start)..<Int(tokens[last].end)
        guard symbolLike, lettered, range.count >= 2, !Self.isAuthor(input.text.scalars, range)
        else { continue }
        guard
          let resolved = resolver.symbol(
            at: range, in: input.text,
            beforeCells: Self.beforeCells(input.text.scalars, range.upperBound))
        else { continue }
        groups += 1
        output.candidates.append(Candidate(resolved, range: range, group: groups))
        hyphenRun(
          run.lowerBound..<first, input, resolver: &resolver, groups: &groups, output: &output)
        hyphenRun(
          (last + 1)..<run.upperBound, input, resolver: &resolver, groups: &groups, output: &output)
        return
      }
    }
  }

  /// A name in capitals before `等` or `et al.` is an author (`DING等[45]`, `QIN et al.`).
  static func isAuthor(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    guard
      scalars[range].allSatisfy({
        CharClass.isASCIIUpper($0.value) || $0 == "-" || $0 == " "
      })
    else { return false }
    var cursor = range.upperBound
    while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
    guard cursor < scalars.count else { return false }
    if scalars[cursor] == "等" { return true }
    let etAl: [Unicode.Scalar] = ["e", "t", " ", "a", "l"]
    return cursor + etAl.count <= scalars.count
      && scalars[cursor..<(cursor + etAl.count)].elementsEqual(etAl)
  }

  /// Whether `cell`, `cells` or `细胞` follows `index`.
  static func beforeCells(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    var cursor = index
    while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
    if cursor < scalars.count, scalars[cursor] == "细" { return true }
    let word: [UInt32] = [0x63, 0x65, 0x6C, 0x6C]  // cell
    guard cursor + 4 <= scalars.count else { return false }
    for offset in 0..<4 where scalars[cursor + offset].value | 0x20 != word[offset] {
      return false
    }
    return true
  }
}
