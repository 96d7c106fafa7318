import Testing

@testable import GleanFindings

@Suite("Reference list entries")
struct ReferenceParserTests {
  @Test("GB/T 7714 entries split into authors, title, journal, year and DOI")
  func chineseStyle() {
    let entry = ReferenceParser.parse(
      number: nil,
      text: "[27] LIANG Y, XU X, LI X, et al. Chondrocyte-targeted microRNA delivery by engineered "
        + "exosomes[J]. ACS Appl Mater Interfaces, 2020, 12(33): 36938-36947. "
        + "DOI: 10.1021/acsami.0c10458.")
    #expect(entry.number == 27)
    #expect(entry.authors == "LIANG Y, XU X, LI X, et al")
    #expect(entry.title == "Chondrocyte-targeted microRNA delivery by engineered exosomes")
    #expect(entry.journal == "ACS Appl Mater Interfaces")
    #expect(entry.year == 2020)
    #expect(entry.doi == "10.1021/acsami.0c10458")
  }

  @Test("Chinese authors and journal")
  func chineseNames() {
    let entry = ReferenceParser.parse(
      number: 3, text: "王某, 李某. 外泌体与肿瘤[J]. 中华肿瘤杂志, 2019, 41(2): 81-85.")
    #expect(entry.number == 3)
    #expect(entry.authors == "王某, 李某")
    #expect(entry.title == "外泌体与肿瘤")
    #expect(entry.journal == "中华肿瘤杂志")
    #expect(entry.year == 2019)
  }

  @Test("Vancouver and APA entries")
  func englishStyles() {
    let vancouver = ReferenceParser.parse(
      number: nil,
      text: "12. Smith J, Lee K. MiR-21 drives growth. Cancer Res. 2019;79(3):45-67. "
        + "doi:10.1158/0008-5472.CAN-18-1234")
    #expect(vancouver.number == 12)
    #expect(vancouver.authors == "Smith J, Lee K")
    #expect(vancouver.title == "MiR-21 drives growth")
    #expect(vancouver.journal == "Cancer Res")
    #expect(vancouver.year == 2019)
    #expect(vancouver.doi == "10.1158/0008-5472.CAN-18-1234")
    let apa = ReferenceParser.parse(
      number: 4,
      text: "Smith, J., & Lee, K. (2018). Exosomal miR-144 in lung cancer. Oncogene, 37, 1-9.")
    #expect(apa.authors == "Smith, J., & Lee, K")
    #expect(apa.title == "Exosomal miR-144 in lung cancer")
    #expect(apa.journal == "Oncogene")
    #expect(apa.year == 2018)
  }
}
