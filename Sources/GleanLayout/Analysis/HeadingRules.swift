import Foundation

/// Recognises headings by their text: numbered (`1`, `1.1`, `2.3.1`, `一、`, `（二）`) and named
/// (摘要, 关键词, 参考文献, 结语, Abstract, Keywords, References, …), and labels that start a
/// paragraph (`[摘要] …`, `Abstract: …`).
enum HeadingRules {
  /// A heading's number and level.
  struct Numbered: Equatable {
    var level: Int
  }

  static let numberedPattern = try? NSRegularExpression(
    pattern: #"^(\d{1,2}(?:[.．]\d{1,2}){0,3})[.．、]?(?:\s+|(?=[\p{Han}A-Z]))(\S.*)$"#)
  static let chinesePattern = try? NSRegularExpression(
    pattern: #"^(?:([一二三四五六七八九十]{1,3})[、．.]|[（(]([一二三四五六七八九十]{1,3})[)）])\s*(\S.*)$"#)

  /// Characters that after a leading number make it a quantity, not a heading (`2014 年`).
  private static let unitStarts: [Unicode.Scalar] = [
    "年", "月", "日", "岁", "例", "个", "种", "次", "倍", "周", "天", "h", "%", "％", "名", "只", "项",
    "篇", "份", "株", "秒", "万", "千", "亿", "级",
  ]

  /// The level of a numbered heading's text, or `nil`.
  static func numbered(_ text: String) -> Numbered? {
    guard let head = text.unicodeScalars.first(where: { !ScalarClass.isSpace($0) }),
      ScalarClass.isASCIIDigit(head) || "一二三四五六七八九十（(".unicodeScalars.contains(head)
    else { return nil }
    let trimmed = TextRules.trimming(text, .whitespaces)
    let scalars = Array(trimmed.unicodeScalars)
    let range = NSRange(trimmed.startIndex..., in: trimmed)
    let found: (number: String, rest: String)?
    do {
      found = try PatternScan.numberedHeading(scalars)
    } catch {
      if let pattern = numberedPattern,
        let match = pattern.firstMatch(in: trimmed, range: range),
        let numberRange = Range(match.range(at: 1), in: trimmed),
        let restRange = Range(match.range(at: 2), in: trimmed)
      {
        found = (String(trimmed[numberRange]), String(trimmed[restRange]))
      } else {
        found = nil
      }
    }
    if let (number, rest) = found {
      guard let first = rest.unicodeScalars.first else { return nil }
      if unitStarts.contains(first) || ScalarClass.isLower(first) || ScalarClass.isDigit(first) {
        return nil
      }
      if !ScalarClass.isLetter(first), !ScalarClass.isIdeograph(first) { return nil }
      let components = number.split(whereSeparator: { $0 == "." || $0 == "．" })
      guard let head = Int(components[0]), head >= 1, head <= 30 else { return nil }
      return Numbered(level: components.count)
    }
    do {
      return try PatternScan.chineseHeadingLevel(scalars).map { Numbered(level: $0) }
    } catch {
      if let pattern = chinesePattern, let match = pattern.firstMatch(in: trimmed, range: range) {
        return Numbered(level: match.range(at: 1).location != NSNotFound ? 1 : 2)
      }
      return nil
    }
  }

  /// Named headings, keyed by their text with spaces, brackets and a trailing colon removed,
  /// lower-cased.
  static let named: [String: BlockRole?] = [
    "摘要": .abstract, "abstract": .abstract, "summary": .abstract, "内容提要": .abstract,
    "提要": .abstract,
    "关键词": .keywords, "关键字": .keywords, "keywords": .keywords, "keyword": .keywords,
    "indexterms": .keywords,
    "参考文献": nil, "references": nil, "reference": nil, "bibliography": nil,
    "literaturecited": nil, "引用文献": nil, "文献": nil,
    "结语": nil, "结论": nil, "讨论": nil, "引言": nil, "前言": nil, "小结": nil, "展望": nil,
    "总结": nil, "致谢": nil, "附录": nil, "背景": nil, "方法": nil, "结果": nil, "材料与方法": nil,
    "introduction": nil, "background": nil, "conclusion": nil, "conclusions": nil,
    "discussion": nil, "results": nil, "methods": nil, "materialsandmethods": nil,
    "acknowledgements": nil, "acknowledgments": nil, "acknowledgement": nil,
    "acknowledgment": nil, "abbreviations": nil, "competinginterests": nil,
    "authors'contributions": nil, "funding": nil, "appendix": nil, "declarations": nil,
  ]

  /// Headings after which the blocks are reference entries.
  static let referenceHeadings: Set<String> = [
    "参考文献", "references", "reference", "bibliography", "literaturecited", "引用文献", "文献",
  ]

  /// The text reduced for matching against ``named``.
  static func key(_ text: String) -> String {
    key(text, limit: Int.max) ?? ""
  }

  /// ``key(_:)``, or `nil` when more than `limit` scalars are left to lower-case (lower-casing
  /// never shortens a text, so such a key is longer than `limit` too).
  private static func key(_ text: String, limit: Int) -> String? {
    var out: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ", "\u{3000}", "\t", "[", "]", "【", "】", "〔", "〕", ":", "：", ".": continue
      default:
        if out.count == limit { return nil }
        out.append(scalar)
      }
    }
    return out.string.lowercased()
  }

  /// Whether the whole text is a named heading; the role it carries, if any.
  /// First letters of the named headings (and of the brackets around them).
  private static let namedStarts = Set(
    ("摘关参结讨引前小展总致附背方材文内提[【〔" + "ASKIRBLCDMFasikrblcdmf").unicodeScalars)

  static func namedHeading(_ text: String) -> (isHeading: Bool, role: BlockRole?) {
    guard text.utf8.count <= 160, let first = head(text), namedStarts.contains(first) else {
      return (false, nil)
    }
    guard let key = key(text, limit: 24), key.unicodeScalars.count <= 24, let role = named[key]
    else { return (false, nil) }
    return (true, role)
  }

  /// Whether the text is the heading of a reference list.
  static func isReferenceHeading(_ text: String) -> Bool {
    // The longest reference heading's key has 15 scalars.
    guard text.utf8.count <= 160, let key = key(text, limit: 24) else { return false }
    return referenceHeadings.contains(key)
  }

  /// The first scalar that is not a space.
  private static func head(_ text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { !ScalarClass.isSpace($0) }
  }

  static let labelPattern = try? NSRegularExpression(
    pattern:
      #"^\s*(?:[\[【〔]\s*)?(摘\s*要|关\s*键\s*词|关\s*键\s*字|abstract|keywords|key\s*words|summary)\s*(?:[\]】〕]\s*)?[:：.]?\s*\S"#,
    options: [.caseInsensitive])

  /// The role of a paragraph that starts with a label (`[摘要] …`, `Keywords: …`).
  static func labelledRole(_ text: String) -> BlockRole? {
    guard let first = head(text), "[【〔摘关AaKkSs".unicodeScalars.contains(first) else {
      return nil
    }
    let found: String
    switch LabelScanner.label(text) {
    case .none: return nil
    case .some(let label): found = label
    case .undecided:
      let range = NSRange(text.startIndex..., in: text)
      guard let pattern = labelPattern, let match = pattern.firstMatch(in: text, range: range),
        let labelRange = Range(match.range(at: 1), in: text)
      else { return nil }
      found = String(text[labelRange])
    }
    let label = key(found)
    switch label {
    case "摘要", "abstract", "summary": return .abstract
    default: return .keywords
    }
  }

  static let tableCaptionPattern = try? NSRegularExpression(
    pattern:
      #"^\s*(?:续\s*)?(?:表|Table|TABLE|Tab\.)\s*(?:\d{1,3}|[IVX]{1,5})(?:[.:：\s]|$|(?=[\p{Han}]))"#)
  private static let figureCaptionPattern = try? NSRegularExpression(
    pattern:
      #"^\s*(?:图|Fig\.|Fig|Figure|FIGURE|FIG\.)\s*(?:\d{1,3}|[IVX]{1,5})[A-Za-z]?(?:[.:：\s]|$|(?=[\p{Han}]))"#
  )

  static func isTableCaption(_ text: String) -> Bool {
    guard let first = head(text), "表续T".unicodeScalars.contains(first),
      first != "T" || headContinues(text, "ab") || headContinues(text, "AB")
    else { return false }
    do {
      return try PatternScan.isTableCaption(Array(text.unicodeScalars))
    } catch {
      return matches(tableCaptionPattern, text)
    }
  }

  static func isFigureCaption(_ text: String) -> Bool {
    guard let first = head(text), "图F".unicodeScalars.contains(first),
      first != "F" || headContinues(text, "ig") || headContinues(text, "IG")
    else { return false }
    return matches(figureCaptionPattern, text)
  }

  /// Whether the scalars right after the first non-space scalar are `next`.
  private static func headContinues(_ text: String, _ next: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let start = scalars.firstIndex(where: { !ScalarClass.isSpace($0) }) else {
      return false
    }
    return scalars[scalars.index(after: start)...].starts(with: next.unicodeScalars)
  }

  private static func matches(_ pattern: NSRegularExpression?, _ text: String) -> Bool {
    guard let pattern else { return false }
    let range = NSRange(text.startIndex..., in: text)
    return pattern.firstMatch(in: text, range: range) != nil
  }
}
