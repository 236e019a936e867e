import Foundation

/// Picks the theme: `--theme`, then the workspace's setting, then the default; `NO_COLOR` wins
/// over both. A theme that cannot be read is reported and the default is used instead.
public enum ThemeChoice {
  public static let defaultName = "dark"

  public struct Result: Equatable {
    public var theme: Theme
    /// Why the requested theme was not used, for the status line.
    public var warning: String?
  }

  /// - Parameters:
  ///   - readFile: reads a theme file by path, nil when it cannot be read.
  ///   - userFolder: where the user's own themes live (`NAME.json`), if anywhere.
  public static func resolve(
    requested: String?, workspaceSetting: String?, noColor: Bool, userFolder: String?,
    readFile: (String) -> Data?
  ) -> Result {
    if noColor { return Result(theme: .monochrome) }
    guard let name = requested ?? workspaceSetting, !name.isEmpty else { return Result(theme: builtIn(defaultName)) }
    do {
      return Result(theme: try load(name, userFolder: userFolder, readFile: readFile))
    } catch let failure as FileFailure {
      // In a file: named with its line and column, as `pillars check` names a document's problems.
      let place = failure.error.location.map { ":\($0)" } ?? ""
      return Result(
        theme: builtIn(defaultName), warning: "theme \(failure.file)\(place): \(failure.error.message); using \(defaultName)")
    } catch {
      return Result(theme: builtIn(defaultName), warning: "theme \"\(name)\": \(error); using \(defaultName)")
    }
  }

  /// A theme file that could not be used, and where it is.
  struct FileFailure: Error {
    var file: String
    var error: ThemeError
  }

  static func load(_ name: String, userFolder: String?, readFile: (String) -> Data?) throws -> Theme {
    func parse(_ data: Data, file: String) throws -> Theme {
      do {
        return try Theme.parse(data)
      } catch {
        throw FileFailure(file: file, error: error)
      }
    }
    if name.contains("/") || name.hasSuffix(".json") {
      guard let data = readFile(name) else { throw ThemeError("cannot read \(name)") }
      return try parse(data, file: name)
    }
    if let folder = userFolder, let data = readFile(folder + "/" + name + ".json") {
      return try parse(data, file: folder + "/" + name + ".json")
    }
    if let text = BuiltInThemes.files[name] { return try parse(Data(text.utf8), file: name) }
    throw ThemeError("no such theme; built in: \(BuiltInThemes.files.keys.sorted().joined(separator: ", "))")
  }

  /// A shipped theme; they are tested to parse, so the fallback never shows in practice.
  static func builtIn(_ name: String) -> Theme {
    guard let text = BuiltInThemes.files[name], let theme = try? Theme.parse(Data(text.utf8)) else { return .monochrome }
    return theme
  }
}
