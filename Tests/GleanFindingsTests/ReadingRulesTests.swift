import Testing

@testable import GleanFindings

@Suite("Clauses, glosses, statements and masking words")
struct ReadingRulesTests {
  @Test("an ASCII comma before Chinese ends a clause; in an English list it does not")
  func asciiComma() {
    let chinese = ScalarText("EMT受到抑制[10],但miR-200a在Lovo中")
    #expect(!chinese.sameClause(0, chinese.count - 1))
    let english = ScalarText("downregulated CCNE1, CCNE2 and CDK2")
    #expect(english.sameClause(0, english.count - 1))
  }

  @Test("words of an English gloss in brackets are not triggers")
  func gloss() throws {
    let text = "miR-100负向调节哺乳动物雷帕霉素靶蛋白（mammalian target of rapamycin, mTOR）和PLK1的表达"
    let tags = [
      tag(.mirna, "miR-100", "hsa-miR-100", in: text),
      tag(.gene, "哺乳动物雷帕霉素靶蛋白", "MTOR", in: text), tag(.gene, "mTOR", "MTOR", in: text),
      tag(.gene, "PLK1", "PLK1", in: text),
    ]
    let analysis = try analyze(text, tags)
    #expect(analysis.relations.map(\.relation) == ["downregulates"])
    #expect(Set(analysis.relations[0].targets.map(\.normalized)) == ["MTOR", "PLK1"])
  }

  @Test(
    "longer words marked none mask the rule words they hold",
    arguments: [
      ("MSC-Exo含有与母细胞相同的调控物质", "relations"),
      ("MSC-Exo可通过miRNA间接抑制内皮生长因子", "outcomes"),
      ("转染miR-100 inhibitor及阴性对照到卵巢癌细胞", "cues"),
    ])
  func masked(text: String, what: String) throws {
    let analysis = try analyze(
      text, [tag(.source, "MSC-Exo", "MSC-Exo", in: text)].filter { $0.start >= 0 })
    switch what {
    case "relations": #expect(!analysis.relations.contains { $0.relation == "regulates" })
    case "outcomes": #expect(!analysis.outcomes.contains("growth"))
    default: #expect(analysis.cues.isEmpty)
    }
  }

  @Test("an expression word cuts a direction word off from the tumour before it")
  func barrier() throws {
    let text = "胰腺癌患者血清外泌体中miR-17-5p的表达水平显著升高"
    let analysis = try analyze(
      text,
      [
        tag(.cancer, "胰腺癌", "pancreatic cancer", in: text),
        tag(.mirna, "miR-17-5p", "hsa-miR-17-5p", in: text),
      ])
    #expect(analysis.direction == "unclear")
  }

  @Test("a verb-only direction word needs its object right after it")
  func verbOnly() throws {
    let treat = "达到治疗乳腺癌的目的"
    #expect(
      try analyze(treat, [tag(.cancer, "乳腺癌", "breast cancer", in: treat)]).direction == "inhibits")
    #expect(try analyze("这可能成为肿瘤治疗的新突破点", []).direction == "unclear")
    #expect(try analyze("导致肿瘤细胞死亡", []).direction == "inhibits")
  }

  @Test("a sentence is read as statements; each keeps its own citation")
  func statements() throws {
    let text =
      "Lin等[28]发现miR-101通过靶向作用于Rac1抑制甲状腺乳头状癌细胞的生长，本课题组前期研究发现，"
      + "在结直肠癌细胞株中miR-101可靶向调控RAC1的表达[23]，表明miR-101可能靶向调控RAC1抑制结直肠癌细胞的生长。"
    let reader = SentenceReader(rules: try bundledRules())
    let units = reader.statements(in: ScalarText(text))
    #expect(units.count == 3)
    let whole = ScalarText(text)
    var found: [([Int], [String])] = []
    for unit in units {
      let part = ScalarText(scalars: Array(whole.scalars[unit]))
      let partText = whole.string(unit)
      let tags = [
        tag(.mirna, "miR-101", "hsa-miR-101", in: partText),
        tag(.gene, "Rac1", "RAC1", in: partText),
        tag(.gene, "RAC1", "RAC1", in: partText),
        tag(.cancer, "甲状腺乳头状癌", "thyroid gland papillary carcinoma", in: partText),
        tag(.cancer, "结直肠癌", "colorectal cancer", in: partText),
      ].filter { $0.start >= 0 }
      let analysis = ClaimAnalyzer(rules: try bundledRules()).analyze(part, tags: tags)
      for finding in reader.findings(from: analysis) {
        found.append((finding.refs, finding.cancers.map(\.normalized)))
      }
    }
    #expect(found.map(\.0) == [[28], [23], []])
    #expect(
      found.map(\.1) == [
        ["thyroid gland papillary carcinoma"], ["colorectal cancer"], ["colorectal cancer"],
      ])
  }

  @Test("with several citations, the one after the claim governs it")
  func citationScope() throws {
    let text = "MSC-Exo含有表面标志分子（如CD29、CD44和CD73等）[13]，并具有相似的生物学特性[14]，但表现出高稳定性[15]。"
    let tags = [
      tag(.source, "MSC-Exo", "MSC-Exo", in: text), tag(.gene, "CD29", "ITGB1", in: text),
      tag(.gene, "CD44", "CD44", in: text), tag(.gene, "CD73", "NT5E", in: text),
    ]
    let findings = SentenceReader(rules: try bundledRules()).findings(from: try analyze(text, tags))
    #expect(findings.map(\.refs) == [[13]])
    #expect(findings.first?.relation == "contains")
  }

  @Test("a Chinese first author before 等")
  func chineseAuthor() throws {
    let markers = CitationParser(rules: try bundledRules()).markers(in: ScalarText("袁等[17]研究发现"))
    #expect(markers.first?.author == "袁")
    let none = CitationParser(rules: try bundledRules()).markers(in: ScalarText("研究结果等[17]显示"))
    #expect(none.first?.author == nil)
  }
}
