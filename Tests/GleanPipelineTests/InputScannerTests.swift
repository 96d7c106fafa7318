import Foundation
import Testing

@testable import GleanPipeline

@Suite struct InputScannerTests {
  private func touch(_ url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: url.path, contents: Data("%PDF-1.4\n".utf8))
  }

  @Test func foldersAreWalkedForPDFsInOrder() throws {
    let base = try Repo.scratch()
    try touch(base.appendingPathComponent("b/deep/z.pdf"))
    try touch(base.appendingPathComponent("a.PDF"))
    try touch(base.appendingPathComponent("b/c.pdf"))
    try touch(base.appendingPathComponent("notes.txt"))
    let found = try InputScanner.expand([base.path])
    #expect(found == ["a.PDF", "b/c.pdf", "b/deep/z.pdf"].map { base.path + "/" + $0 })
  }

  @Test func listsAndFilesAreTakenOnceInOrder() throws {
    let base = try Repo.scratch()
    let one = base.appendingPathComponent("one.pdf")
    try touch(one)
    try touch(base.appendingPathComponent("lists/two.pdf"))
    let list = base.appendingPathComponent("lists/batch.txt")
    try "# this week's papers\ntwo.pdf\n\n\(one.path)\nmissing.pdf\n".write(
      to: list, atomically: true, encoding: .utf8)
    let found = try InputScanner.expand([one.path, "@" + list.path, one.path])
    #expect(
      found == [
        one.path, base.appendingPathComponent("lists/two.pdf").path,
        base.appendingPathComponent("lists/missing.pdf").path,
      ])
  }

  @Test func aMissingPathIsKeptForIngestToReport() throws {
    #expect(try InputScanner.expand(["no/such.pdf"]) == ["no/such.pdf"])
  }

  @Test func aMissingListIsAnError() throws {
    #expect(throws: InputScanner.ScanError.self) {
      try InputScanner.expand(["@/no/such/list.txt"])
    }
  }
}
