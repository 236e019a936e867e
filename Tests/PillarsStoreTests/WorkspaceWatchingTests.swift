import Foundation
import PillarsCore
import PillarsStore
import Testing

@Suite("Watching the folder for changes made by other programs")
struct WorkspaceWatchingTests {
  let folder: TemporaryFolder
  let workspace: Workspace

  init() throws {
    folder = try TemporaryFolder()
    workspace = try SampleWorkspace.make()
    try WorkspaceStore.create(at: folder.url, with: workspace)
  }

  @Test("an outside edit is seen on every look until it is reloaded")
  func outsideEditSeenUntilReloaded() throws {
    let store = WorkspaceStore(folder: folder.url)
    _ = try store.load()
    #expect(store.documentsChangedOnDisk().isEmpty)
    // Same length, so only the content (and the file's times) tell it apart.
    let outside = try folder.text("promise.json").replacing("within an hour", with: "within an HOUR")
    try folder.write(outside, to: "promise.json")
    #expect(store.documentsChangedOnDisk() == [.promise])
    #expect(store.documentsChangedOnDisk() == [.promise])
    let reloaded = try store.reload([.promise])
    #expect(reloaded.workspace.promise.sentence.contains("within an HOUR"))
    #expect(store.documentsChangedOnDisk().isEmpty)
  }

  @Test("reloading one document keeps the guard on another that changed")
  func reloadKeepsOtherGuards() throws {
    let store = WorkspaceStore(folder: folder.url)
    var mine = try store.load().workspace
    try folder.write(try folder.text("promise.json").replacing("within an hour", with: "within a day"), to: "promise.json")
    try folder.write(try folder.text("workspace.json").replacing("\"name\":", with: "\"name\" :"), to: "workspace.json")
    _ = try store.reload([.manifest])
    #expect(store.documentsChangedOnDisk() == [.promise])
    mine.promise.sentence = "Mine."
    #expect(throws: StoreError.changedOnDisk(.promise)) { try store.save(mine, only: [.promise]) }
  }

  @Test("keeping my version overwrites the outside edit on purpose")
  func acceptDiskVersions() throws {
    let store = WorkspaceStore(folder: folder.url)
    var mine = try store.load().workspace
    try folder.write(try folder.text("promise.json").replacing("within an hour", with: "within a day"), to: "promise.json")
    mine.promise.sentence = "Mine, within 10 minutes."
    store.acceptDiskVersions(of: [.promise])
    #expect(try store.save(mine, only: [.promise]) == [.promise])
    #expect(try folder.text("promise.json").contains("Mine, within 10 minutes."))
    #expect(store.documentsChangedOnDisk().isEmpty)
  }
}
