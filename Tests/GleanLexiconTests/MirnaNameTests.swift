import GleanLexicon
import Testing

@Suite("miRNA name normalisation")
struct MirnaNameTests {
  @Test(
    "written forms meet in the miRBase form",
    arguments: [
      ("miR-143-3p", "hsa-miR-143-3p"),
      ("hsa-miR-143-3p", "hsa-miR-143-3p"),
      ("微小RNA-143-3p", "hsa-miR-143-3p"),
      ("microRNA-143-3p", "hsa-miR-143-3p"),
      ("miRNA-143-3p", "hsa-miR-143-3p"),
      ("miR 143-3p", "hsa-miR-143-3p"),
      ("miR‑143‑3p", "hsa-miR-143-3p"),
      ("ｍｉＲ－１４３", "hsa-miR-143"),
      ("let-7a", "hsa-let-7a"),
      ("mmu-mir-21a-5p", "mmu-miR-21a-5p"),
      ("MiR-29A", "hsa-miR-29a"),
      ("has-miR-144", "has-miR-144"),
    ])
  func normalises(_ written: String, _ expected: String) {
    #expect(MirnaName.normalise(written) == expected)
  }

  @Test("not miRNA names", arguments: ["VEGF", "miR-", "miR-abc", "mirror", "hsa-VEGF", ""])
  func rejects(_ written: String) {
    #expect(MirnaName.normalise(written) == nil)
  }

  @Test("the default species can be changed")
  func defaultSpecies() {
    #expect(MirnaName.normalise("miR-21-5p", defaultSpecies: "mmu") == "mmu-miR-21-5p")
  }
}
