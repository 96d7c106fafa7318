import Testing

@testable import GleanFindings

@Suite("Findings from sentences")
struct SentenceReaderTests {
  func read(_ text: String, _ tags: [EntityTag]) throws -> [Finding] {
    SentenceReader(rules: try bundledRules()).findings(from: try analyze(text, tags))
  }

  @Test("the seed's LIANG sentence: refs, author, source, miRNA, targets, direction, cancer")
  func liang() throws {
    let text =
      "LIANG等[27]的研究结果显示，BMSC-Exo通过miR-144降低细胞周期蛋白E1（cyclin E1, CCNE1）和"
      + "CCNE2的表达，进而抑制非小细胞肺癌（non-small cell lung cancer, NSCLC）细胞的增殖、集落形成、"
      + "S期阻滞，使肿瘤细胞不能正常地合成DNA，间接地抑制肿瘤的生长。"
    let tags = [
      tag(.source, "BMSC-Exo", "BMSC-Exo", in: text),
      tag(.mirna, "miR-144", "hsa-miR-144", in: text, ids: ["MIMAT0000436"]),
      tag(.gene, "细胞周期蛋白E1", "CCNE1", in: text, ids: ["HGNC:1589"]),
      tag(.gene, "cyclin E1", "CCNE1", in: text, ids: ["HGNC:1589"]),
      tag(.gene, "CCNE1", "CCNE1", in: text, ids: ["HGNC:1589"]),
      tag(.gene, "CCNE2", "CCNE2", in: text, ids: ["HGNC:1590"]),
      tag(.cancer, "非小细胞肺癌", "lung non-small cell carcinoma", in: text, ids: ["DOID:3908"]),
      tag(.cancer, "NSCLC", "lung non-small cell carcinoma", in: text, ids: ["DOID:3908"]),
    ]
    let findings = try read(text, tags)
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.refs == [27])
    #expect(finding.authors == "LIANG")
    #expect(finding.source?.normalized == "BMSC-Exo")
    #expect(
      finding.mirnas == [MirnaRef(normalized: "hsa-miR-144", ids: ["MIMAT0000436"], role: "cargo")])
    #expect(finding.relation == "downregulates")
    #expect(finding.genes.map(\.normalized) == ["CCNE1", "CCNE2"])
    #expect(finding.direction == "inhibits")
    #expect(finding.cancers.map(\.normalized) == ["lung non-small cell carcinoma"])
    #expect(finding.outcomes.contains("proliferation"))
    #expect(!finding.hedged)
    #expect(!finding.negated)
  }

  @Test("two relations with their own targets give two findings")
  func twoRelations() throws {
    let text = "MSC-Exo可通过提高p27kip1蛋白和降低CDK2蛋白来诱导细胞周期的阻滞，对肿瘤的生长具有间接的促进作用[26]。"
    let tags = [
      tag(.source, "MSC-Exo", "MSC-Exo", in: text),
      tag(.gene, "p27kip1", "CDKN1B", in: text), tag(.gene, "CDK2", "CDK2", in: text),
    ]
    let findings = try read(text, tags)
    #expect(findings.map(\.relation) == ["upregulates", "downregulates"])
    #expect(findings.map { $0.genes.map(\.normalized) } == [["CDKN1B"], ["CDK2"]])
    #expect(findings.allSatisfy { $0.direction == "promotes" && $0.refs == [26] })
  }

  @Test("a miRNA mediating an up-regulation is an agent, its gene the target; no citation needed")
  func mediated() throws {
    let text = "但是MSC-Exo还能通过增强miR-21-5p介导的S100钙结合蛋白A6（S100A6）表达，促进乳腺癌细胞对化疗药物的耐药性。"
    let tags = [
      tag(.source, "MSC-Exo", "MSC-Exo", in: text),
      tag(.mirna, "miR-21-5p", "hsa-miR-21-5p", in: text),
      tag(.gene, "S100钙结合蛋白A6", "S100A6", in: text),
      tag(.gene, "S100A6", "S100A6", in: text, occurrence: 1),
      tag(.cancer, "乳腺癌", "breast cancer", in: text),
    ]
    let finding = try #require(try read(text, tags).first)
    #expect(finding.refs.isEmpty)
    #expect(finding.relation == "upregulates")
    #expect(finding.genes.map(\.normalized) == ["S100A6"])
    #expect(finding.mirnas.map(\.role) == ["cargo"])
    #expect(finding.direction == "promotes")
    #expect(finding.outcomes == ["chemoresistance"])
  }

  @Test("an anti-miR delivered to lower two miRNAs: inhibitor and target roles")
  func antimiR() throws {
    let text =
      "NASERI等[44]将LNA-anti-miR-142-3p运载递送到乳腺癌干细胞样细胞中，从而降低miR-142-3p和miR-150的表达水平，达到治疗乳腺癌的目的。"
    let tags = [
      tag(.mirna, "LNA-anti-miR-142-3p", "hsa-miR-142-3p", in: text, role: "inhibitor"),
      tag(.mirna, "miR-142-3p", "hsa-miR-142-3p", in: text, occurrence: 1),
      tag(.mirna, "miR-150", "hsa-miR-150", in: text),
      tag(.cancer, "乳腺癌", "breast cancer", in: text, occurrence: 1),
    ]
    let finding = try #require(try read(text, tags).first)
    #expect(finding.relation == "downregulates")
    #expect(finding.mirnas.map(\.role) == ["inhibitor", "target"])
    #expect(finding.direction == "inhibits")
    #expect(finding.authors == "NASERI")
  }

  @Test("sentences without an agent or without citation and miRNA give nothing")
  func nothing() throws {
    let general = "MSC-Exo在治疗结肠炎、降低结肠癌的发生率和严重程度方面具有巨大潜力。"
    #expect(try read(general, [tag(.source, "MSC-Exo", "MSC-Exo", in: general)]).isEmpty)
    let noAgent = "肿瘤来源的Exo参与了肿瘤细胞的免疫治疗逃避[11]。"
    #expect(try read(noAgent, []).isEmpty)
    let vague = "研究结果[4]发现，MSC-Exo在肿瘤中是一把双刃剑，既可促进肿瘤的生长，也可抑制肿瘤的生长。"
    #expect(try read(vague, [tag(.source, "MSC-Exo", "MSC-Exo", in: vague)]).isEmpty)
  }

  @Test("hedged and negated claims keep the flags")
  func flags() throws {
    let hedged = "MSC-Exo还可能使某些肿瘤产生耐药性[23]。"
    let first = try #require(
      try read(hedged, [tag(.source, "MSC-Exo", "MSC-Exo", in: hedged)]).first)
    #expect(first.hedged)
    #expect(first.direction == "promotes")
    let negated = "miR-144并未下调CCNE1的表达[9]。"
    let second = try #require(
      try read(
        negated,
        [
          tag(.mirna, "miR-144", "hsa-miR-144", in: negated),
          tag(.gene, "CCNE1", "CCNE1", in: negated),
        ]
      ).first)
    #expect(second.negated)
    #expect(second.relation == "downregulates")
  }

  @Test("the source named just before the claim is chosen")
  func sourceChoice() throws {
    let text = "MSC-Exo的来源不同，例如BMSC-Exo可以抑制骨髓瘤细胞的增殖[12]。"
    let tags = [
      tag(.source, "MSC-Exo", "MSC-Exo", in: text), tag(.source, "BMSC-Exo", "BMSC-Exo", in: text),
    ]
    #expect(try read(text, tags).first?.source?.normalized == "BMSC-Exo")
  }
}
