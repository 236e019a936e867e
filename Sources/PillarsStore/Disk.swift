import Glibc

/// The few file operations the store needs, over POSIX calls so that errors keep their cause
/// and saving can fsync the file and its folder.
enum Disk {
  /// A failed operation: the path and what went wrong, in plain words.
  struct Failure: Error, Equatable {
    var path: String
    var reason: String

    init(_ path: String, reason: String) {
      self.path = path
      self.reason = reason
    }

    init(_ path: String, code: Int32) {
      self.init(path, reason: Disk.reason(for: code))
    }
  }

  /// What the last `errno` means, said for a person rather than a programmer.
  static func reason(for code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "permission denied"
    case ENOENT: "it does not exist"
    case EISDIR: "it is a folder, not a file"
    case ENOTDIR: "a part of its path is not a folder"
    case ENOSPC: "the disk is full"
    case EDQUOT: "the disk quota is used up"
    case EROFS: "the file system is read-only"
    case ELOOP: "there are too many symbolic links in the way"
    case EIO: "the disk reported an input/output error"
    case ENAMETOOLONG: "the name is too long"
    default: String(cString: strerror(code))
    }
  }

  // MARK: - Looking

  private static func lstatMode(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
  }

  /// Whether anything (a file, a folder, a link, even a dangling one) is at `path`.
  static func exists(_ path: String) -> Bool { lstatMode(path) != nil }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The names in a folder, without `.` and `..`; nil when the folder does not exist.
  static func list(_ directory: String) throws(Failure) -> [String]? {
    guard let handle = opendir(directory) else {
      if errno == ENOENT { return nil }
      if errno == ENOTDIR && exists(directory) { throw Failure(directory, reason: "it is not a folder") }
      throw Failure(directory, code: errno)
    }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  // MARK: - Reading

  /// The largest document Pillars reads: far above any real strategy (the generated large
  /// workspace's biggest file is 330 KiB), low enough that a huge or sparse file in a document's
  /// place is refused instead of exhausting memory.
  static let documentSizeLimit = 16 * 1024 * 1024

  /// The contents of the file at `path`, following symbolic links; nil when nothing is there.
  /// Refuses anything that is not a regular file, and a file over `limit` bytes, without reading it.
  static func read(_ path: String, limit: Int = documentSizeLimit) throws(Failure) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENOENT {
        if lstatMode(path) == S_IFLNK {
          throw Failure(path, reason: "it is a symbolic link to a file that does not exist")
        }
        return nil
      }
      throw Failure(path, code: code)
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw Failure(path, code: errno) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw Failure(path, reason: "it is a folder, not a file")
    default: throw Failure(path, reason: "it is not a regular file")
    }
    guard Int(info.st_size) <= limit else { throw tooLarge(path, size: Int(info.st_size), limit: limit) }
    var contents: [UInt8] = []
    contents.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(path, code: errno)
      }
      if count == 0 { return contents }
      // A file growing while it is read is held to the same limit.
      guard contents.count + count <= limit else { throw tooLarge(path, size: contents.count + count, limit: limit) }
      contents.append(contentsOf: chunk[0..<count])
    }
  }

  private static func tooLarge(_ path: String, size: Int, limit: Int) -> Failure {
    Failure(path, reason: "it is \(byteCount(size)), more than the \(byteCount(limit)) a Pillars document may hold")
  }

  /// A size in the largest unit that keeps it at least 1: "16 MiB", "2.0 GiB", "512 bytes".
  static func byteCount(_ bytes: Int) -> String {
    let units = ["KiB", "MiB", "GiB", "TiB"]
    guard bytes >= 1024 else { return "\(bytes) bytes" }
    var value = Double(bytes) / 1024
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    let tenths = Int((value * 10).rounded())
    let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    return "\(text) \(units[unit])"
  }

  /// Whether `path` is a folder itself, not a symbolic link to one.
  static func isRealDirectory(_ path: String) -> Bool { lstatMode(path) == S_IFDIR }

  /// Removes the scratch files (``Scratch``) a save left in `folder` when the process that made
  /// them is gone. Only regular files with exactly the names Pillars gives them are touched.
  static func removeStaleScratchFiles(in folder: String) {
    for name in (try? list(folder)) ?? [] {
      guard let owner = scratchFileOwner(name), owner != getpid(), !(kill(owner, 0) == 0 || errno == EPERM),
        lstatMode(folder + "/" + name) == S_IFREG
      else { continue }
      unlink(folder + "/" + name)
    }
  }

  // MARK: - Changing

  /// Creates the folder and any missing parents.
  static func makeDirectory(_ path: String) throws(Failure) {
    if isDirectory(path) { return }
    let parent = parentDirectory(of: path)
    if parent != path && !parent.isEmpty { try makeDirectory(parent) }
    if mkdir(path, 0o777) != 0 {
      if errno != EEXIST { throw Failure(path, code: errno) }
      return
    }
    // A folder root makes inside someone's workspace stays theirs.
    var info = stat()
    if geteuid() == 0, stat(parent, &info) == 0, info.st_uid != 0 || info.st_gid != 0 {
      _ = chown(path, info.st_uid, info.st_gid)
    }
  }

  /// Removes the file (or the link itself, when it is one) and makes the removal durable.
  static func remove(_ path: String) throws(Failure) {
    if unlink(path) != 0 && errno != ENOENT { throw Failure(path, code: errno) }
    try syncDirectory(parentDirectory(of: path))
  }

  /// Flushes a folder's entries, so a rename or removal in it survives a crash.
  static func syncDirectory(_ path: String) throws(Failure) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(path, code: errno) }
    defer { close(descriptor) }
    if fsync(descriptor) != 0 && errno != EINVAL { throw Failure(path, code: errno) }
  }

  /// The path a chain of symbolic links ends at; `path` itself when it is not a link.
  static func resolveLinks(_ path: String) throws(Failure) -> String {
    var current = path
    for _ in 0..<40 {
      guard lstatMode(current) == S_IFLNK else { return current }
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(current, &buffer, buffer.count - 1)
      guard length >= 0 else { throw Failure(current, code: errno) }
      let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      current = target.hasPrefix("/") ? target : parentDirectory(of: current) + "/" + target
    }
    throw Failure(path, code: ELOOP)
  }

  static func parentDirectory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
