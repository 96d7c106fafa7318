import Testing

@testable import GleanFindings

@Suite("Relation triggers")
struct TriggerTests {
  @Test(
    "Chinese and English triggers give the relation and its targets",
    arguments: [
      ("miR-144下调CCNE1和CCNE2", "downregulates"),
      ("miR-144降低CCNE1和CCNE2的表达", "downregulates"),
      ("miR-144抑制CCNE1和CCNE2的表达", "downregulates"),
      ("miR-144上调CCNE1和CCNE2", "upregulates"),
      ("miR-144增强CCNE1和CCNE2表达", "upregulates"),
      ("miR-144激活CCNE1和CCNE2", "activates"),
      ("miR-144通过靶向CCNE1和CCNE2", "targets"),
      ("miR-144 downregulated CCNE1 and CCNE2", "downregulates"),
      ("miR-144 suppressed the expression of CCNE1 and CCNE2", "downregulates"),
      ("miR-144 directly targets CCNE1 and CCNE2", "targets"),
      ("miR-144 activated CCNE1 and CCNE2", "activates"),
    ])
  func relation(text: String, relation: String) throws {
    let tags = [
      tag(.mirna, "miR-144", "hsa-miR-144", in: text),
      tag(.gene, "CCNE1", "CCNE1", in: text), tag(.gene, "CCNE2", "CCNE2", in: text),
    ]
    let analysis = try analyze(text, tags)
    let hit = try #require(analysis.relations.first { $0.hasTargets })
    #expect(hit.relation == relation)
    #expect(hit.targets.map(\.normalized) == ["CCNE1", "CCNE2"])
  }

  @Test("a trigger word inside an entity name is not a trigger")
  func insideEntity() throws {
    let text = "MSC-Exo激活细胞外调节蛋白激酶1/2信号通路"
    let tags = [
      tag(.source, "MSC-Exo", "MSC-Exo", in: text),
      tag(.pathway, "细胞外调节蛋白激酶1/2信号通路", "ERK1/2 signaling", in: text),
    ]
    let analysis = try analyze(text, tags)
    #expect(analysis.relations.map(\.relation) == ["activates"])
  }

  @Test("转移 is a delivery when it carries a miRNA, an outcome otherwise")
  func transferOrMetastasis() throws {
    let delivery = "通过转移较少数量的骨髓瘤细胞内miR-15a，导致增殖受阻"
    let first = try analyze(delivery, [tag(.mirna, "miR-15a", "hsa-miR-15a", in: delivery)])
    #expect(first.relations.filter(\.hasTargets).map(\.relation) == ["delivers"])
    #expect(!first.outcomes.contains("metastasis"))
    let outcome = "MSC-Exo抑制肿瘤的转移"
    let second = try analyze(outcome, [tag(.source, "MSC-Exo", "MSC-Exo", in: outcome)])
    #expect(second.outcomes == ["metastasis"])
  }

  @Test("a trigger acts on the entities after it up to the next trigger")
  func targetsStopAtNextTrigger() throws {
    let text = "激活ERK1/2通路，上调癌细胞中VEGF水平"
    let tags = [
      tag(.pathway, "ERK1/2", "ERK1/2 signaling", in: text),
      tag(.gene, "VEGF", "VEGFA", in: text),
    ]
    let analysis = try analyze(text, tags)
    let pairs = analysis.relations.map { ($0.relation, $0.targets.map(\.normalized)) }
    #expect(pairs.map(\.0) == ["activates", "upregulates"])
    #expect(pairs.map(\.1) == [["ERK1/2 signaling"], ["VEGFA"]])
  }

  @Test("outcomes are read in order, once each")
  func outcomes() throws {
    let text = "进而抑制细胞的增殖、集落形成、S期阻滞，削弱迁移和侵袭能力，诱导凋亡和EMT及血管生成"
    let analysis = try analyze(text, [])
    #expect(
      analysis.outcomes == [
        "proliferation", "colony formation", "cell cycle arrest", "migration", "invasion",
        "apoptosis", "EMT", "angiogenesis",
      ])
  }
}

@Suite("Direction on the tumour")
struct DirectionTests {
  @Test(
    "direction words against outcomes and tumours",
    arguments: [
      ("MSC-Exo促进骨肉瘤细胞迁移与侵袭", "promotes"),
      ("MSC-Exo抑制NSCLC细胞增殖", "inhibits"),
      ("MSC-Exo减少肿瘤血管生成", "inhibits"),
      ("MSC-Exo削弱肿瘤细胞的增殖、迁移和侵袭能力", "inhibits"),
      ("MSC-Exo降低癌细胞化疗耐药性", "inhibits"),
      ("MSC-Exo促进乳腺癌细胞对化疗药物的耐药性", "promotes"),
      ("MSC-Exo诱导肿瘤细胞凋亡", "inhibits"),
      ("MSC-Exo抑制肿瘤细胞凋亡", "promotes"),
      ("MSC-Exo可以导致一些肿瘤细胞的增殖受阻", "inhibits"),
      ("MSC-Exo对肿瘤的生长具有间接的促进作用", "promotes"),
      ("MSC-Exo对骨髓瘤细胞的生长与增殖起一定抑制作用", "inhibits"),
      ("MSC-Exo能够通过促进EMT等过程，调控耐药性而抑制肿瘤的发生发展", "inhibits"),
      ("MSC-Exo既可促进肿瘤的生长，也可抑制肿瘤的生长", "unclear"),
      ("MSC-Exo可以将miR-145转染到乳腺癌细胞中，从而影响肿瘤的转移", "unclear"),
      ("MSC-Exo还可能使某些肿瘤产生耐药性", "promotes"),
      ("miR-21 promoted the proliferation and invasion of HCC cells", "promotes"),
      ("miR-34a suppressed tumor growth and induced apoptosis", "inhibits"),
      ("exosomal miR-145 exerted anti-tumor effects", "inhibits"),
    ])
  func direction(text: String, direction: String) throws {
    let tags = [
      tag(.source, "MSC-Exo", "MSC-Exo", in: text),
      tag(.cancer, "NSCLC", "lung non-small cell carcinoma", in: text),
      tag(.cancer, "乳腺癌", "breast cancer", in: text),
      tag(.cancer, "骨肉瘤", "osteosarcoma", in: text),
    ].filter { $0.start >= 0 }
    #expect(try analyze(text, tags).direction == direction)
  }
}

@Suite("Hedges and negation")
struct HedgeNegationTests {
  @Test(
    "hedges mark a claim hedged",
    arguments: [
      ("MSC-Exo还可能使某些肿瘤产生耐药性", true),
      ("MSC-Exo或许促进肿瘤生长", true),
      ("miR-21 may promote proliferation", true),
      ("these data suggest that miR-21 promotes growth", true),
      ("MSC-Exo可以促进肿瘤生长", false),
      ("miR-21 promoted proliferation", false),
    ])
  func hedged(text: String, hedged: Bool) throws {
    #expect(try analyze(text, []).hedged == hedged)
  }

  @Test(
    "a negation just before a trigger or direction word negates it",
    arguments: [
      ("MSC-Exo未能抑制肿瘤生长", true),
      ("MSC-Exo并未促进肿瘤细胞增殖", true),
      ("miR-21 did not promote proliferation", true),
      ("miR-21 failed to inhibit tumor growth", true),
      ("MSC-Exo不仅抑制肿瘤生长", false),
      ("使肿瘤细胞不能正常地合成DNA，间接地抑制肿瘤的生长", false),
      ("MSC-Exo不同程度地抑制肿瘤生长", false),
      ("MSC-Exo抑制肿瘤生长", false),
    ])
  func negated(text: String, negated: Bool) throws {
    let analysis = try analyze(text, [])
    #expect(analysis.cues.contains(where: \.negated) == negated)
  }

  @Test("a negated relation trigger is negated")
  func negatedRelation() throws {
    let text = "miR-144未下调CCNE1的表达"
    let analysis = try analyze(
      text,
      [tag(.mirna, "miR-144", "hsa-miR-144", in: text), tag(.gene, "CCNE1", "CCNE1", in: text)])
    #expect(analysis.relations.first?.negated == true)
  }
}
