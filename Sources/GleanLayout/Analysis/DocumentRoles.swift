import Foundation
import GleanPDF

/// Roles that need the whole document: the title and authors on the first page, and the
/// reference list after its heading.
enum DocumentRoles {
  /// Marks the title (the largest print in the upper half of the first page with text), the
  /// author line under it, and affiliation lines after that.
  static func markTitle(_ pages: inout [[DraftBlock]], heights: [Double], stats: DocumentStats) {
    guard
      let pageIndex = pages.indices.first(where: { index in
        pages[index].contains { !$0.kind.isRunningMatter }
      })
    else { return }
    let height = heights[pageIndex]
    var blocks = pages[pageIndex]
    let candidates = blocks.indices.filter { index in
      let block = blocks[index]
      guard block.kind == .paragraph || block.kind == .heading, block.box.y0 < height * 0.5,
        block.size >= 1.2 * stats.bodySize, block.size >= stats.bodySize + 2
      else { return false }
      // A numbered or named section heading is not the title.
      let text = block.joinedText.string
      return HeadingRules.numbered(text) == nil && !HeadingRules.namedHeading(text).isHeading
    }
    guard let largest = candidates.map({ blocks[$0].size }).max() else { return }
    let titles = candidates.filter { blocks[$0].size >= 0.85 * largest }
    for index in titles {
      blocks[index].kind = .title
      blocks[index].level = nil
      blocks[index].role = nil
    }
    // Merge consecutive title blocks of one flow (a title cut by the indent rule).
    var merged: [DraftBlock] = []
    for block in blocks {
      if block.kind == .title, let last = merged.last, last.kind == .title, last.flow == block.flow,
        abs(last.size - block.size) < 0.5
      {
        var combined = last
        combined.lines.append(contentsOf: block.lines)
        combined.box = combined.box.union(block.box)
        combined.lastInFlow = block.lastInFlow
        merged[merged.count - 1] = combined
      } else {
        merged.append(block)
      }
    }
    blocks = merged
    // The author line after each title, then affiliations.
    var index = 0
    while index < blocks.count {
      defer { index += 1 }
      guard blocks[index].kind == .title else { continue }
      var next = index + 1
      while next < blocks.count, blocks[next].kind.isRunningMatter { next += 1 }
      guard next < blocks.count else { continue }
      let candidate = blocks[next]
      let text = candidate.joinedText.string
      let unnumberedHeading =
        candidate.kind == .heading && HeadingRules.numbered(text) == nil
        && !HeadingRules.namedHeading(text).isHeading
      guard candidate.kind == .paragraph || unnumberedHeading, candidate.role == nil,
        candidate.lines.count <= 3,
        candidate.size < blocks[index].size, text.unicodeScalars.count <= 300,
        !text.unicodeScalars.contains(where: { ScalarClass.endsSentence($0) && $0 != "." })
      else { continue }
      blocks[next].kind = .author
      blocks[next].level = nil
      var after = next + 1
      var seen = 0
      while after < blocks.count, seen < 6 {
        let block = blocks[after]
        guard block.kind == .paragraph || block.kind == .heading, block.role == nil,
          isAffiliation(block.joinedText.string)
        else { break }
        blocks[after].kind = .paragraph
        blocks[after].level = nil
        blocks[after].role = .affiliation
        after += 1
        seen += 1
      }
    }
    pages[pageIndex] = blocks
  }

  /// Whether the text names an institution (大学, 医院, University, Department, …).
  static func isAffiliation(_ text: String) -> Bool {
    guard text.unicodeScalars.count <= 400 else { return false }
    return PatternScan.mentionsAffiliation(Array(text.unicodeScalars))
  }

  /// Turns the blocks after a reference-list heading into reference blocks, up to the next named
  /// heading that is not part of the list (appendix, acknowledgements, …) or a larger heading.
  static func markReferences(_ pages: inout [[DraftBlock]]) {
    var inReferences = false
    var headingSize = 0.0
    for pageIndex in pages.indices {
      for blockIndex in pages[pageIndex].indices {
        let block = pages[pageIndex][blockIndex]
        if block.kind.isRunningMatter || block.kind == .footnote { continue }
        let text = block.kind == .heading ? block.joinedText.string : ""
        if block.kind == .heading, HeadingRules.isReferenceHeading(text) {
          inReferences = true
          headingSize = block.size
          continue
        }
        guard inReferences else { continue }
        switch block.kind {
        case .heading:
          let named = HeadingRules.namedHeading(text).isHeading
          if named || block.size > headingSize + 0.4
            || block.size >= headingSize - 0.1 && block.lines[0].bold
          {
            inReferences = false
          } else {
            pages[pageIndex][blockIndex].kind = .references
          }
        case .paragraph, .caption:
          pages[pageIndex][blockIndex].kind = .references
          pages[pageIndex][blockIndex].role = nil
        default:
          continue
        }
      }
    }
    // One references block per flow: the list's lines cut by indents belong together.
    for pageIndex in pages.indices {
      var merged: [DraftBlock] = []
      for block in pages[pageIndex] {
        if block.kind == .references, let last = merged.last, last.kind == .references,
          last.flow == block.flow
        {
          var combined = last
          combined.lines.append(contentsOf: block.lines)
          combined.box = combined.box.union(block.box)
          combined.lastInFlow = block.lastInFlow
          combined.endsFull = block.endsFull
          merged[merged.count - 1] = combined
        } else {
          merged.append(block)
        }
      }
      pages[pageIndex] = merged
    }
  }
}
