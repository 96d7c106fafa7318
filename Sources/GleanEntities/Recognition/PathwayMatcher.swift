import Foundation
import GleanLexicon

/// Finds pathway mentions: a name or a chain of names (`Hedgehog`, `PI3K/AKT`, `mTOR/HIF-1α`,
/// `丝裂原活化蛋白激酶`) right before a trigger (`信号通路`, `通路`, `信号轴`, `signaling pathway`,
/// `axis`). The chain resolves as a whole in the lexicon's pathway table (name, KEGG id, members);
/// otherwise its parts must be genes or families, which become the members.
struct PathwayMatcher: Sendable {
  /// Lower-cased triggers, longest first, with their kind and whether they are Chinese.
  private let triggers: [(word: [UInt16], kind: String, chinese: Bool)]
  private let firstUnits: FirstUnitFilter
  /// Words allowed between the chain and a Chinese trigger (`RAP2B/PI3K/AKT等信号通路`).
  private static let fillers: Set<Unicode.Scalar> = ["等"]

  init(rules: RecognizerRules) {
    triggers = rules.pathwayTriggers.map { trigger in
      (
        Array(trigger.trigger.lowercased().utf16), trigger.kind,
        trigger.trigger.unicodeScalars.contains { CharClass.isCJK($0.value) }
      )
    }.sorted { $0.word.count > $1.word.count }
    firstUnits = FirstUnitFilter(triggers.map(\.word))
  }

  /// Trigger occurrences: UTF-16 range, kind, Chinese or not. Latin triggers stand as words.
  private func findTriggers(_ units: [UInt16]) -> [(Range<Int>, String, Bool)] {
    var found: [(Range<Int>, String, Bool)] = []
    var index = 0
    let count = units.count
    while index < count {
      let unit = units[index]
      // A Latin trigger starts a word: skip letters inside words at once.
      guard firstUnits.allows(unit), unit >= 0x80 || !units.isLetter(index - 1) else {
        index += 1
        continue
      }
      var matched = false
      for option in triggers.indices {
        let word = triggers[option].word
        guard word[0] == (unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit),
          units.matchesLowercased(word, at: index)
        else { continue }
        let end = index + word.count
        let chinese = triggers[option].chinese
        if !chinese && units.isLetter(end) { continue }
        found.append((index..<end, triggers[option].kind, chinese))
        index = end
        matched = true
        break
      }
      if !matched { index += 1 }
    }
    return found
  }

  /// What the pathway pass needs from the passes before it.
  struct Input {
    let text: NormalizedText
    let tokens: [TextToken]
    let blocked: [Bool]
    /// Gene and family candidates (and taught abbreviations) so far.
    let names: [Candidate]
    let pathwayNames: [Range<Int>]
  }

  /// The names of an ``Input`` by span, built when a trigger first needs them, so that each
  /// trigger looks its chain up instead of scanning every name.
  struct NameSpans {
    /// The longest of `pathwayNames` and the names' ranges by where it ends.
    let longestEnding: [Int: Range<Int>]
    /// The first of `names` over each range.
    let nameAt: [Range<Int>: Int]

    init(_ input: Input) {
      var longest: [Int: Range<Int>] = [:]
      for range in input.pathwayNames + input.names.map(\.range) {
        if let known = longest[range.upperBound], known.count >= range.count { continue }
        longest[range.upperBound] = range
      }
      longestEnding = longest
      var first: [Range<Int>: Int] = [:]
      for (index, name) in input.names.enumerated() where first[name.range] == nil {
        first[name.range] = index
      }
      nameAt = first
    }

    /// `spans`, built from `input` if it is not yet.
    static func of(_ input: Input, _ spans: inout NameSpans?) -> NameSpans {
      if let spans { return spans }
      let built = NameSpans(input)
      spans = built
      return built
    }
  }

  func run(_ input: Input, lexicon: Lexicon, resolver: inout NameResolver, groups: inout Int)
    -> [Candidate]
  {
    guard !input.tokens.isEmpty else { return [] }
    var result: [Candidate] = []
    let scalars = input.text.scalars
    let tokenEnds = input.tokens.map { Int($0.end) }
    var spans: NameSpans?
    for (units, kind, chinese) in findTriggers(input.text.utf16) {
      let triggerRange = input.text.scalarRange(
        utf16: NSRange(location: units.lowerBound, length: units.count))
      var chainEnd = triggerRange.lowerBound
      while chainEnd > 0, scalars[chainEnd - 1] == " " { chainEnd -= 1 }
      if chinese, chainEnd > 0, Self.fillers.contains(scalars[chainEnd - 1]) {
        chainEnd -= 1
        while chainEnd > 0, scalars[chainEnd - 1] == " " { chainEnd -= 1 }
      }
      guard chainEnd > 0, chinese || chainEnd < triggerRange.lowerBound else { continue }
      // `细胞外调节蛋白激酶1/2（…, ERK1/2）信号通路`: the name is the definition's abbreviation,
      // and the mention runs from the long form.
      var spanStart: Int?
      if scalars[chainEnd - 1] == ")" {
        var open = chainEnd - 2
        while open >= 0, chainEnd - open < 160, scalars[open] != "(" { open -= 1 }
        guard open >= 0, scalars[open] == "(" else { continue }
        var before = open
        while before > 0, scalars[before - 1] == " " { before -= 1 }
        spanStart = NameSpans.of(input, &spans).longestEnding[before]?.lowerBound
        chainEnd -= 1
      }
      guard
        let chain = self.chain(endingAt: chainEnd, input, tokenEnds: tokenEnds, spans: &spans)
      else { continue }
      guard
        let resolved = resolve(
          chain, kind: kind, input: input, lexicon: lexicon, resolver: &resolver, spans: &spans)
      else { continue }
      groups += 1
      var candidate = Candidate(
        resolved, range: (spanStart ?? chain.range.lowerBound)..<triggerRange.upperBound,
        group: groups,
        priority: 90)
      candidate.rule = chinese ? "pathway.zh" : "pathway.en"
      result.append(candidate)
    }
    return result
  }

  /// The names before a trigger: either one Latin compound of `/`- and `-`-joined tokens, split
  /// at the slashes, or a Chinese name (a known name or candidate ending right there).
  struct Chain {
    var range: Range<Int>
    var parts: [Range<Int>]
  }

  private func chain(
    endingAt end: Int, _ input: Input, tokenEnds: [Int], spans: inout NameSpans?
  ) -> Chain? {
    // The token ending exactly at `end`.
    var low = 0
    var high = tokenEnds.count
    while low < high {
      let mid = (low + high) / 2
      if tokenEnds[mid] < end { low = mid + 1 } else { high = mid }
    }
    guard low < tokenEnds.count, tokenEnds[low] == end, !input.blocked[low] else { return nil }
    let tokens = input.tokens
    if tokens[low].kind == .latin {
      var parts: [Range<Int>] = []
      var partEnd = Int(tokens[low].end)
      var first = low
      while true {
        let token = tokens[first]
        if token.gap == .hyphen, first > 0, tokens[first - 1].kind == .latin,
          !input.blocked[first - 1]
        {
          first -= 1
        } else if token.gap == .none, first >= 2, tokens[first - 1].kind == .punct,
          input.text.scalars[Int(tokens[first - 1].start)] == "/", tokens[first - 1].gap == .none,
          tokens[first - 2].kind == .latin, !input.blocked[first - 2]
        {
          parts.insert(Int(token.start)..<partEnd, at: 0)
          partEnd = Int(tokens[first - 2].end)
          first -= 2
        } else {
          break
        }
      }
      parts.insert(Int(tokens[first].start)..<partEnd, at: 0)
      return Chain(range: Int(tokens[first].start)..<end, parts: parts)
    }
    // Chinese: the longest known name or gene/family candidate ending at `end`.
    guard let best = NameSpans.of(input, &spans).longestEnding[end] else { return nil }
    return Chain(range: best, parts: [best])
  }

  private func resolve(
    _ chain: Chain, kind: String, input: Input, lexicon: Lexicon, resolver: inout NameResolver,
    spans: inout NameSpans?
  ) -> Resolution? {
    let text = input.text.text(chain.range)
    if let entry = lexicon.pathway(text) {
      return Resolution(
        type: .pathway, normalized: entry.name, ids: entry.keggID.map { [$0] } ?? [],
        rule: "pathway", members: members(entry, lexicon: lexicon, resolver: &resolver))
    }
    // A bare `signaling` makes a pathway only of a known pathway name.
    guard kind != "signaling" else { return nil }
    var members: [MentionMember] = []
    var names: [String] = []
    for part in chain.parts {
      let partText = input.text.text(part)
      if let known = NameSpans.of(input, &spans).nameAt[part].map({ input.names[$0] }) {
        members.append(
          MentionMember(type: known.type, normalized: known.normalized, ids: known.ids))
        names.append(known.normalized)
      } else if let resolved = resolver.symbol(
        partText, shape: WrittenShape.of(partText), beforeCells: false),
        resolved.type == .gene || resolved.type == .family
      {
        members.append(
          MentionMember(type: resolved.type, normalized: resolved.normalized, ids: resolved.ids))
        names.append(resolved.normalized)
      } else {
        return nil
      }
    }
    // KEGG ids of known pathways inside the chain (`PI3K/AKT` in `RAP2B/PI3K/AKT`, `mTOR` and
    // `HIF-1α` in `mTOR/HIF-1α`), longest first; a part inside a longer known one adds nothing.
    var ids: [String] = []
    var flags: [String] = []
    var covered: [Range<Int>] = []
    if chain.parts.count > 1 {
      for length in stride(from: chain.parts.count - 1, through: 1, by: -1) {
        for offset in 0...(chain.parts.count - length) {
          let sub = chain.parts[offset].lowerBound..<chain.parts[offset + length - 1].upperBound
          if covered.contains(where: {
            $0.lowerBound <= sub.lowerBound && sub.upperBound <= $0.upperBound
          }) {
            continue
          }
          if let id = lexicon.pathway(input.text.text(sub))?.keggID {
            covered.append(sub)
            if !ids.contains(id) { ids.append(id) }
          }
        }
      }
      if !ids.isEmpty { flags.append("kegg-of-part") }
    }
    let suffix: String
    switch kind {
    case "axis": suffix = " axis"
    default: suffix = " signaling pathway"
    }
    return Resolution(
      type: .pathway, normalized: names.joined(separator: "/") + suffix, ids: ids,
      rule: "pathway", flags: flags, members: members)
  }

  private func members(_ entry: PathwayEntry, lexicon: Lexicon, resolver: inout NameResolver)
    -> [MentionMember]
  {
    entry.members.map { member in
      if member.hasPrefix("FPLX:") {
        let id = String(member.dropFirst(5))
        return MentionMember(type: .family, normalized: id, ids: [member])
      }
      return MentionMember(
        type: .gene, normalized: member,
        ids: lexicon.gene(approvedSymbol: member).map { [$0.hgncID] } ?? [])
    }
  }
}
