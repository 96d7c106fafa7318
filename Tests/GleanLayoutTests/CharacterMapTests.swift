import Foundation
import GleanLayout
import GleanPDF
import Testing

@Suite("Character map and JSON")
struct CharacterMapTests {
  @Test("runs ascend without overlap, stay inside the text and on their page")
  func runsAreOrdered() throws {
    let document = try TestFiles.extract(TestFiles.fixture("running-heads.pdf"))
    let count = document.scalarCount
    var previousEnd = 0
    for run in document.characterMap {
      #expect(run.start >= previousEnd)
      #expect(run.end > run.start)
      #expect(run.end <= count)
      #expect(document.page(atScalarOffset: run.start) == run.page)
      let page = document.pages[run.page - 1]
      #expect(run.box.x0 >= 0 && run.box.x1 <= page.width && run.box.y1 <= page.height)
      previousEnd = run.end
    }
  }

  @Test("a name broken over two lines points at both lines")
  func boxesAcrossLines() throws {
    let document = try TestFiles.extract(TestFiles.fixture("hyphens.pdf"))
    let start = try #require(document.scalarOffset(of: "miR-143"))
    let boxes = document.boxes(scalarRange: start..<(start + 7))
    #expect(boxes.count == 2)
    #expect(boxes.allSatisfy { $0.page == 1 })
    #expect(boxes[0].box.y0 < boxes[1].box.y0)
    #expect(boxes[0].box.x0 > boxes[1].box.x0)
    // One word inside a line: one box, narrower than the line.
    let word = try #require(document.scalarOffset(of: "osteosarcoma"))
    let single = document.boxes(scalarRange: word..<(word + 12))
    #expect(single.count == 1)
    #expect(single[0].box.width < 150)
  }

  @Test("the evidence boxes of a table cell lie inside the table's block")
  func tableCellBoxes() throws {
    let document = try TestFiles.extract(TestFiles.fixture("table.pdf"))
    let block = try #require(document.allBlocks.first { $0.kind == .table })
    let cell = try #require(block.table?.rows[2][2])
    let range = try #require(cell.textRange)
    let boxes = document.boxes(scalarRange: range)
    #expect(boxes.count == 2)
    for box in boxes {
      #expect(box.box.x0 >= block.box.x0 - 1 && box.box.x1 <= block.box.x1 + 1)
      #expect(box.box.y0 >= block.box.y0 - 1 && box.box.y1 <= block.box.y1 + 1)
    }
  }

  @Test("JSON round-trips and spells kinds and runs as documented")
  func json() throws {
    let document = try TestFiles.extract(TestFiles.fixture("running-heads.pdf"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(document)
    let decoded = try JSONDecoder().decode(TextDocument.self, from: data)
    #expect(decoded.text == document.text)
    #expect(decoded.pageStarts == document.pageStarts)
    #expect(
      decoded.pages.map { $0.blocks.map(\.kind) } == document.pages.map { $0.blocks.map(\.kind) })
    let json = String(decoding: data, as: UTF8.self)
    #expect(json.contains("\"kind\":\"page-number\""))
    #expect(json.contains("\"characterMap\":[{\"box\":["))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let runs = try #require(object["characterMap"] as? [[String: Any]])
    #expect(Set(runs[0].keys) == ["start", "end", "page", "box"])
    #expect((runs[0]["box"] as? [Double])?.count == 4)
  }

  @Test("block ranges hold the block's text")
  func blockRanges() throws {
    let document = try TestFiles.extract(TestFiles.fixture("two-column.pdf"))
    let scalars = Array(document.text.unicodeScalars)
    for block in document.allBlocks {
      guard let range = block.textRange else {
        #expect(block.kind.isRunningMatter)
        continue
      }
      #expect(String(String.UnicodeScalarView(scalars[range])) == block.text)
    }
  }
}
