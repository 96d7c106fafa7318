import Testing

@testable import GleanLayout

@Suite("Line-end hyphens")
struct HyphenTests {
  @Test("hyphens inside names are kept, hyphens that split English words are dropped")
  func fixture() throws {
    let document = try TestFiles.extract(TestFiles.fixture("hyphens.pdf"))
    let text = document.text
    for kept in ["miR-143", "PD-L1", "MSC-Exo", "let-7c", "cell-derived"] {
      #expect(text.contains(kept), "\(kept) missing")
    }
    for joined in ["development", "analysis"] {
      #expect(text.contains(joined), "\(joined) missing")
    }
    #expect(!text.contains("develop-ment"))
    #expect(!text.contains("miR- 143"))
  }

  @Test(
    "the join rule",
    arguments: [
      ("deliver miR-", "143 to cells", "deliver miR-143 to cells"),
      ("ligand PD-", "L1 and", "ligand PD-L1 and"),
      ("called MSC-", "Exo in", "called MSC-Exo in"),
      ("carry let-", "7c and", "carry let-7c and"),
      ("anti-PD-", "1 therapy", "anti-PD-1 therapy"),
      ("HIF-1α-", "mediated", "HIF-1α-mediated"),
      ("the develop-", "ment of", "the development of"),
      ("stem cell-", "derived vesicles", "stem cell-derived vesicles"),
      ("thrombopro-", "phylaxis", "thromboprophylaxis"),
      ("间充质干细胞来源的外泌", "体在肿瘤中", "间充质干细胞来源的外泌体在肿瘤中"),
      ("exosomes in", "tumours", "exosomes in tumours"),
      ("外泌体（mesenchymal stem", "cell-derived", "外泌体（mesenchymal stem cell-derived"),
      ("调控 RAP2B/", "PI3K/AKT", "调控 RAP2B/PI3K/AKT"),
      (
        "https://doi.org/10.12677/acm.", "2024.1441071", "https://doi.org/10.12677/acm.2024.1441071"
      ),
    ])
  func joinRule(left: String, right: String, joined: String) {
    var text = Array(left.unicodeScalars)
    TextRules.append(Array(right.unicodeScalars), to: &text)
    #expect(String(String.UnicodeScalarView(text)) == joined)
  }

  @Test("the document's own words settle a hyphen the rules cannot")
  func vocabulary() {
    var words = Vocabulary()
    words.add(Array("the anti-sense strand and the antitumor effect".unicodeScalars))
    #expect(
      words.keepsHyphen(before: Array("anti-".unicodeScalars), after: Array("sense".unicodeScalars))
        == true)
    #expect(
      words.keepsHyphen(before: Array("anti-".unicodeScalars), after: Array("tumor".unicodeScalars))
        == false)
    #expect(
      words.keepsHyphen(before: Array("pro-".unicodeScalars), after: Array("tein".unicodeScalars))
        == nil)
  }
}
