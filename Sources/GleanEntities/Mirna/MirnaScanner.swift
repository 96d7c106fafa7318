import Foundation

/// Finds miRNA mentions in normalised text: an NSRegularExpression finds where a name starts
/// (role prefix, species, the written "miRNA" prefix), then a small parser reads the number,
/// letter, paralog, arm and star, and any list (`/`, `,`, `and`, `、`) or cluster (`-92`, `~96`)
/// that follows. Every vocabulary comes from ``RecognizerRules``.
struct MirnaScanner: Sendable {
  /// Lower-cased written prefixes (`mir`, `microrna`, `微小rna`), longest first.
  private let prefixLiterals: [[UInt16]]
  /// Lower-cased named miRNAs (`lin-4`, `oncomir-1`), longest first.
  private let namedLiterals: [[UInt16]]
  /// Lower-cased role names that replace the prefix (`antagomir`), longest first.
  private let nameLiterals: [[UInt16]]
  private let roleByPrefix: [String: String]
  private let roleByName: [String: String]
  private let rolesBefore: [(word: [UInt16], role: String)]
  private let rolesAfter: [(word: [UInt16], role: String)]
  private let namedByText: [String: RecognizerRules.NamedMirna]
  private let clusters: [String: RecognizerRules.NamedMirna]
  private let stopwords: Set<String>
  private let species: Set<String>
  private let genePrefixes: Set<String>
  /// Lower-cased role prefixes, longest first.
  private let rolePrefixes: [[UInt16]]
  /// The first two UTF-16 units (ASCII lower-cased) of every text the pattern can start with:
  /// the pattern runs only where one of them is written.
  private let starts: [UInt32]
  private let firstUnits: FirstUnitFilter

  init(rules: RecognizerRules) {
    let prefixTexts = rules.mirnaPrefixes.map(\.text)
    var roleByPrefix: [String: String] = [:]
    var roleByName: [String: String] = [:]
    var before: [(word: [UInt16], role: String)] = []
    var after: [(word: [UInt16], role: String)] = []
    for trigger in rules.mirnaRoles {
      let key = trigger.trigger.lowercased()
      switch trigger.kind {
      case "prefix": roleByPrefix[key] = trigger.role
      case "name": roleByName[key] = trigger.role
      case "before": before.append((Array(key.utf16), trigger.role))
      default: after.append((Array(key.utf16), trigger.role))
      }
    }
    before.sort { $0.word.count > $1.word.count }
    after.sort { $0.word.count > $1.word.count }
    self.roleByPrefix = roleByPrefix
    self.roleByName = roleByName
    rolesBefore = before
    rolesAfter = after

    var namedByText: [String: RecognizerRules.NamedMirna] = [:]
    var clusters: [String: RecognizerRules.NamedMirna] = [:]
    for entry in rules.namedMirnas {
      if let key = Self.clusterKey(ofWritten: entry.text, prefixes: prefixTexts) {
        clusters[key] = entry
      } else {
        namedByText[entry.text.lowercased()] = entry
      }
    }
    self.namedByText = namedByText
    self.clusters = clusters
    stopwords = rules.mirnaListStopwords
    species = Set(rules.mirnaSpecies.keys)
    genePrefixes = Set(rules.mirnaPrefixes.filter { $0.form == "gene" }.map(\.text))

    self.rolePrefixes = roleByPrefix.keys.map { Array($0.utf16) }.sorted { $0.count > $1.count }
    // Literals are matched ignoring ASCII case, longest first.
    func literals(_ texts: [String]) -> [[UInt16]] {
      Set(texts.map { $0.lowercased() }).map { Array($0.utf16) }.sorted { $0.count > $1.count }
    }
    prefixLiterals = literals(prefixTexts)
    namedLiterals = literals(Array(namedByText.keys))
    nameLiterals = literals(Array(roleByName.keys))
    var starts: Set<UInt32> = []
    for literal in prefixLiterals + namedLiterals + nameLiterals + [Array("let".utf16)] {
      guard literal.count >= 2 else { continue }
      starts.insert(Self.pair(literal[0], literal[1]))
    }
    self.starts = starts.sorted()
    firstUnits = FirstUnitFilter(
      prefixLiterals + namedLiterals + nameLiterals + [Array("let".utf16)])
  }

  /// Two units as one key, ASCII letters lower-cased.
  @inline(__always) static func pair(_ first: UInt16, _ second: UInt16) -> UInt32 {
    func lower(_ unit: UInt16) -> UInt32 {
      unit >= 0x41 && unit <= 0x5A ? UInt32(unit | 0x20) : UInt32(unit)
    }
    return lower(first) << 16 | lower(second)
  }

  /// The miRNA mentions of `text`, in order.
  func scan(_ text: NormalizedText) -> [MirnaHit] {
    let units = text.utf16
    var hits: [MirnaHit] = []
    var index = 0
    let count = units.count
    while index + 1 < count {
      guard firstUnits.allows(units[index]),
        starts.contains(Self.pair(units[index], units[index + 1])),  // a dozen pairs: no hashing
        !units.isIdentifier(index - 1),
        let match = head(at: index, units),
        let hit = read(match, units),
        hit.range.lowerBound >= (hits.last?.range.upperBound ?? 0)
      else {
        index += 1
        continue
      }
      hits.append(hit)
      index = max(hit.range.upperBound, index + 1)
    }
    return hits
  }

  /// Where a name starts: its written prefix (with plural `s`, an aside such as `(miR)`, and
  /// `-` or a space before the number), `let`, a role name (`antagomir`) or a named miRNA.
  struct HeadMatch {
    enum Group { case named, letWord, name, prefix, plural, separator }
    var range: Range<Int>
    var named: Range<Int>?
    var letWord: Range<Int>?
    var name: Range<Int>?
    var prefix: Range<Int>?
    var plural: Range<Int>?
    var separator: Range<Int>?

    func range(of group: Group) -> Range<Int>? {
      switch group {
      case .named: return named
      case .letWord: return letWord
      case .name: return name
      case .prefix: return prefix
      case .plural: return plural
      case .separator: return separator
      }
    }
  }

  private func head(at start: Int, _ units: [UInt16]) -> HeadMatch? {
    for literal in namedLiterals where units.matchesLowercased(literal, at: start) {
      let end = start + literal.count
      guard !units.isIdentifier(end) else { continue }
      return HeadMatch(range: start..<end, named: start..<end)
    }
    let letWord: [UInt16] = Array("let".utf16)
    if units.matchesLowercased(letWord, at: start) {
      var end = start + 3
      if units.unit(end) == 0x2D { end += 1 }
      if units.isDigit(end) {
        return HeadMatch(range: start..<end, letWord: start..<(start + 3))
      }
    }
    for literal in nameLiterals where units.matchesLowercased(literal, at: start) {
      var end = start + literal.count
      if units.unit(end) == 0x73 { end += 1 }
      if units.unit(end) == 0x2D { end += 1 }
      if units.isDigit(end) {
        return HeadMatch(range: start..<end, name: start..<(start + literal.count))
      }
    }
    for literal in prefixLiterals where units.matchesLowercased(literal, at: start) {
      var match = HeadMatch(range: start..<start)
      var end = start + literal.count
      match.prefix = start..<end
      if units.unit(end) == 0x73 {
        match.plural = end..<(end + 1)
        end += 1
      }
      end = aside(after: end, units)
      if units.unit(end) == 0x2D || units.unit(end) == 0x20 {
        match.separator = end..<(end + 1)
        end += 1
      }
      guard units.isDigit(end) else { continue }
      match.range = start..<end
      return match
    }
    return nil
  }

  /// The end of an aside naming the prefix again (`microRNA (miRNA)-146a`), or `index`.
  private func aside(after index: Int, _ units: [UInt16]) -> Int {
    var cursor = index
    if units.unit(cursor) == 0x20 { cursor += 1 }
    guard units.unit(cursor) == 0x28 else { return index }
    cursor += 1
    for literal in prefixLiterals where units.matchesLowercased(literal, at: cursor) {
      var end = cursor + literal.count
      if units.unit(end) == 0x73 { end += 1 }
      if units.unit(end) == 0x29 { return end + 1 }
    }
    return index
  }

  private func group(_ match: HeadMatch, _ group: HeadMatch.Group, _ units: [UInt16])
    -> (range: Range<Int>, text: String)?
  {
    guard let bounds = match.range(of: group) else { return nil }
    return (bounds, String(decoding: units[bounds], as: UTF16.self))
  }

  private func read(_ match: HeadMatch, _ units: [UInt16]) -> MirnaHit? {
    let matchEnd = match.range.upperBound
    var hit = MirnaHit(range: match.range)
    if let named = group(match, .named, units) {
      guard let entry = namedByText[named.text.lowercased()] else { return nil }
      hit.named = entry
      hit.shape = entry.kind == "cluster" ? .cluster : .single
      return withContextRole(hit, units)
    }
    var start = match.range.lowerBound
    if group(match, .letWord, units) != nil, start >= 4,
      units.matchesLowercased(Array("mir-".utf16), at: start - 4), !units.isIdentifier(start - 5)
    {
      start -= 4  // `miR-let-7e`
    }
    // A species code right before: `hsa-`, `mmu-`, `has-`.
    if units.unit(start - 1) == 0x2D {
      for length in [3, 4] {
        let from = start - 1 - length
        guard from >= 0, (from..<(start - 1)).allSatisfy({ units.isLower($0) }),
          !units.isIdentifier(from - 1)
        else { continue }
        let code = String(decoding: units[from..<(start - 1)], as: UTF16.self)
        if species.contains(code) {
          hit.species = code
          start = from
        }
        break
      }
    }
    // A role prefix right before: `anti-`, `LNA-anti-`, `antisense `, `pre-`.
    var roleStart: Int?
    for prefix in rolePrefixes {
      var end = start
      if units.unit(end - 1) == 0x2D || units.unit(end - 1) == 0x20 { end -= 1 }
      let from = end - prefix.count
      guard from >= 0, units.matchesLowercased(prefix, at: from), !units.isLetter(from - 1) else {
        continue
      }
      let role = roleByPrefix[String(decoding: prefix, as: UTF16.self)]
      hit.role = role
      if role == "precursor" {
        // `pre-miR-181a` is a form of miR-181a: the marker gives the role, the name the span.
        hit.precursorForm = true
      } else {
        hit.roleInName = true
        roleStart = from
      }
      break
    }
    hit.range = (roleStart ?? start)..<matchEnd
    if group(match, .letWord, units) != nil {
      hit.family = .letSeven
    } else if let name = group(match, .name, units) {
      hit.role = roleByName[name.text.lowercased()]
      hit.roleInName = true
    } else if let prefix = group(match, .prefix, units) {
      let separator = group(match, .separator, units)?.text ?? ""
      if genePrefixes.contains(prefix.text) && separator.isEmpty && hit.species == nil {
        hit.geneSymbol = true
        hit.precursorForm = true
      } else if hit.species != nil && prefix.text == "mir" {
        hit.precursorForm = true
      }
      if separator == " " && group(match, .plural, units) == nil {
        // `microRNA 21`: a spaced number must look like a miRNA number.
        guard spacedNumberIsName(units, from: matchEnd) else { return nil }
      }
    }
    guard let (first, firstEnd) = parseItem(units, matchEnd) else { return nil }
    hit.items = [first]
    var end = firstEnd
    if first.arm.isEmpty {
      var parts = [first]
      var cursor = end
      while cursor < units.count,
        (units[cursor] == 0x7E && units.isDigit(cursor + 1))
          || (units[cursor] == 0x2D && units.isDigit(cursor + 1) && units.isDigit(cursor + 2))
      {
        guard let (next, nextEnd) = parseItem(units, cursor + 1) else { break }
        parts.append(next)
        cursor = nextEnd
      }
      if parts.count > 1 {
        hit.items = parts
        hit.shape = .cluster
        hit.named = clusters[parts.map(\.clusterKey).joined(separator: "-")]
        end = cursor
      }
    }
    if units.unit(end) == 0x2A {  // `*`: the star strand, outside the span
      hit.items[hit.items.count - 1].star = true
    }
    if hit.shape == .single {
      end = readList(&hit, units, from: end)
    }
    hit.range = hit.range.lowerBound..<end
    if hit.shape == .list {
      let key = hit.items.map(\.clusterKey).joined(separator: "-")
      if let cluster = clusters[key], !listNamesMembers(hit, cluster) {
        hit.named = cluster
        hit.shape = .cluster
      }
    }
    return withContextRole(hit, units)
  }

  /// Whether a list's items are themselves the cluster's members (`miR-15a/16-1` is a list).
  private func listNamesMembers(_ hit: MirnaHit, _ cluster: RecognizerRules.NamedMirna) -> Bool {
    let written = Set(hit.items.map { "mir-" + $0.clusterKey })
    let members = Set(
      cluster.members.map { $0.split(separator: "-", maxSplits: 1).last.map(String.init) ?? $0 })
    return written == members
  }

  /// Reads `/`, `,`, `and`, `、` continuations into `hit.items`; returns the new end.
  private func readList(_ hit: inout MirnaHit, _ units: [UInt16], from start: Int) -> Int {
    var end = start
    while true {
      var cursor = end
      if units.unit(cursor) == 0x2A { cursor += 1 }
      let afterItem = cursor
      while units.unit(cursor) == 0x20 { cursor += 1 }
      let spaced = cursor > afterItem
      var slash = false
      switch units.unit(cursor) {
      case 0x2F:  // /
        slash = true
        cursor += 1
      case 0x2C:  // ,
        cursor += 1
        while units.unit(cursor) == 0x20 { cursor += 1 }
        for word in Self.conjunctions where units.matchesLowercased(word, at: cursor) {
          if units.unit(cursor + word.count) == 0x20 {
            cursor += word.count
            break
          }
        }
      case 0x3001, 0x548C, 0x53CA, 0x4E0E, 0x6216:  // 、和及与或
        cursor += 1
      default:
        var found = false
        if spaced {
          for word in Self.conjunctions + [[0x26]] where units.matchesLowercased(word, at: cursor) {
            if units.unit(cursor + word.count) == 0x20 {
              cursor += word.count
              found = true
              break
            }
          }
        }
        guard found else { return end }
      }
      while units.unit(cursor) == 0x20 { cursor += 1 }
      var hyphen = false
      if units.unit(cursor) == 0x2D {
        hyphen = true
        cursor += 1
      }
      guard let previous = hit.items.last else { return end }
      var item: MirnaParts
      var itemEnd: Int
      let value = units.unit(cursor)
      if slash, value == 0x33 || value == 0x35, units.unit(cursor + 1) | 0x20 == 0x70,
        !units.isIdentifier(cursor + 2)
      {
        // `miR-199a-5p/3p`
        item = previous
        item.star = false
        item.arm = value == 0x33 ? "3p" : "5p"
        itemEnd = cursor + 2
      } else if units.isDigit(cursor) {
        guard let (parsed, parsedEnd) = parseItem(units, cursor) else { return end }
        if !slash && !hyphen {
          guard parsed.number.count >= 2 || !parsed.letter.isEmpty,
            !followedByStopword(units, parsedEnd)
          else { return end }
        }
        item = parsed
        itemEnd = parsedEnd
      } else if slash || hyphen, units.isLower(cursor), !units.isLetter(cursor + 1),
        !previous.letter.isEmpty || slash
      {
        // `miR-23a/b`, `miR-29a/b-1`
        item = MirnaParts(number: previous.number, letter: String(UnicodeScalar(UInt8(value))))
        itemEnd = cursor + 1
        if units.unit(itemEnd) == 0x2D, units.isDigit(itemEnd + 1), !units.isIdentifier(itemEnd + 2)
        {
          item.paralog = String(UnicodeScalar(UInt8(units[itemEnd + 1])))
          itemEnd += 2
        }
        guard !units.isIdentifier(itemEnd) else { return end }
      } else {
        return end
      }
      if units.unit(itemEnd) == 0x2A { item.star = true }
      hit.items.append(item)
      hit.shape = .list
      end = itemEnd
    }
  }

  private static let conjunctions: [[UInt16]] = [Array("and".utf16), Array("or".utf16)]

  /// Parses `143-3p`, `26a2`, `16-1`, `181-b` at `start`; `nil` when it is not a miRNA number.
  func parseItem(_ units: [UInt16], _ start: Int) -> (MirnaParts, Int)? {
    var cursor = start
    while units.isDigit(cursor) { cursor += 1 }
    let digits = cursor - start
    guard (1...5).contains(digits) else { return nil }
    var parts = MirnaParts(number: String(decoding: units[start..<cursor], as: UTF16.self))
    if units.isLower(cursor), !units.isLetter(cursor + 1) {
      parts.letter = String(UnicodeScalar(UInt8(units[cursor])))
      cursor += 1
    } else if units.unit(cursor) == 0x2D, units.isLower(cursor + 1), units.unit(cursor + 1) != 0x70,
      !units.isIdentifier(cursor + 2)
    {
      parts.letter = String(UnicodeScalar(UInt8(units[cursor + 1])))
      cursor += 2
    }
    if !parts.letter.isEmpty, units.isDigit(cursor), !units.isDigit(cursor + 1),
      !units.isLetter(cursor + 1)
    {
      parts.paralog = String(UnicodeScalar(UInt8(units[cursor])))
      cursor += 1
    } else if units.unit(cursor) == 0x2D, units.isDigit(cursor + 1), !units.isDigit(cursor + 2),
      !units.isLetter(cursor + 2)
    {
      parts.paralog = String(UnicodeScalar(UInt8(units[cursor + 1])))
      cursor += 2
    }
    let armDigit = units.unit(cursor + 1)
    if units.unit(cursor) == 0x2D, armDigit == 0x33 || armDigit == 0x35,
      units.unit(cursor + 2) | 0x20 == 0x70, !units.isIdentifier(cursor + 3)
    {
      parts.arm = armDigit == 0x33 ? "3p" : "5p"
      cursor += 3
    }
    guard !units.isIdentifier(cursor), units.unit(cursor) != 0x27 else { return nil }
    return (parts, cursor)
  }

  /// `microRNA 21` but not `miRNA 3'UTR` or `miRNA 2 times`.
  private func spacedNumberIsName(_ units: [UInt16], from start: Int) -> Bool {
    guard let (_, end) = parseItem(units, start) else { return false }
    return !followedByStopword(units, end)
  }

  /// Whether the next word after `index` is a list stop word (`other`, `patients`, `%`, `个`).
  private func followedByStopword(_ units: [UInt16], _ index: Int) -> Bool {
    var cursor = index
    while units.unit(cursor) == 0x20 { cursor += 1 }
    let first = units.unit(cursor)
    if first == 0x25 { return true }
    if first >= 0x3000 {
      for length in [1, 2] where cursor + length <= units.count {
        if stopwords.contains(String(decoding: units[cursor..<(cursor + length)], as: UTF16.self)) {
          return true
        }
      }
      return false
    }
    var end = cursor
    while end < units.count, units.isLetter(end) || units[end] == 0x3BC { end += 1 }
    guard end > cursor else { return false }
    return stopwords.contains(String(decoding: units[cursor..<end], as: UTF16.self).lowercased())
  }

  /// Adds a role from the words before or after the mention when none is written in it.
  private func withContextRole(_ hit: MirnaHit, _ units: [UInt16]) -> MirnaHit {
    guard hit.role == nil else { return hit }
    var result = hit
    var after = hit.range.upperBound
    if units.unit(after) == 0x2A { after += 1 }
    while units.unit(after) == 0x20 { after += 1 }
    for (word, role) in rolesAfter where units.matchesLowercased(word, at: after) {
      let isWord = word.first.map { $0 >= 0x3000 } ?? false
      if isWord || !units.isLetter(after + word.count) {
        result.role = role
        return result
      }
    }
    var before = hit.range.lowerBound
    while before > 0, units[before - 1] == 0x20 { before -= 1 }
    for (word, role) in rolesBefore where units.matchesLowercased(word, at: before - word.count) {
      let isWord = word.last.map { $0 >= 0x3000 } ?? false
      if isWord || !units.isLetter(before - word.count - 1) {
        result.role = role
        if role == "precursor" { result.precursorForm = true }
        return result
      }
    }
    return result
  }

  /// The cluster key of a written cluster name (`miR-17-92` → `17-92`), or `nil` when the text
  /// does not start with a miRNA prefix and a number.
  static func clusterKey(ofWritten text: String, prefixes: [String]) -> String? {
    let lower = text.lowercased()
    for prefix in prefixes.sorted(by: { $0.count > $1.count }) {
      let folded = prefix.lowercased()
      guard lower.hasPrefix(folded) else { continue }
      var rest = lower.dropFirst(folded.count)
      if rest.first == "-" || rest.first == " " { rest = rest.dropFirst() }
      guard let first = rest.first, first.isNumber else { return nil }
      return rest.replacingOccurrences(of: "~", with: "-").replacingOccurrences(of: "/", with: "-")
    }
    return nil
  }
}
