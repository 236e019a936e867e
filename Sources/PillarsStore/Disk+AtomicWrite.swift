import Glibc

extension Disk {
  /// What Pillars puts in the names of the files it makes beside a document while saving:
  /// `.promise.json.pillars-tmp-<pid>-<hex>` for the new contents, `.promise.json.pillars-old-<pid>-<hex>`
  /// for the old ones kept until a save of several files is complete.
  enum Scratch: String, CaseIterable {
    case temporary = "pillars-tmp"
    case backup = "pillars-old"
  }

  /// A new scratch name beside the file named `name`.
  static func scratchName(_ scratch: Scratch, for name: String) -> String {
    ".\(name).\(scratch.rawValue)-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
  }

  /// The process id in a scratch file's name, when the name is exactly one Pillars makes: a hidden
  /// name, then a document or page name (`.json`, `.md`), then the marker, the pid and hex digits.
  static func scratchFileOwner(_ name: String) -> pid_t? {
    guard name.hasPrefix(".") else { return nil }
    for scratch in Scratch.allCases {
      let marker = "." + scratch.rawValue + "-"
      guard let range = name.range(ofLast: marker) else { continue }
      let base = name[name.index(after: name.startIndex)..<range.lowerBound]
      guard base.count > 5, base.hasSuffix(".json") || base.hasSuffix(".md"), !base.hasPrefix(".") else { return nil }
      let parts = name[range.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isHexDigit), let pid = pid_t(parts[0]), pid > 0
      else { return nil }
      return pid
    }
    return nil
  }

  /// New contents written and flushed beside the file they will replace, not yet in its place.
  struct PreparedFile {
    /// The file to replace: the end of the chain of symbolic links from the document's path.
    var target: String
    var temporary: String
  }

  /// Replaces the file at `path` with `bytes` so that a crash leaves either the old or the new
  /// contents, never a mix: a temporary file in the same folder, fsync, rename, fsync of the folder.
  ///
  /// A symbolic link stays a link: the file it points to is the one replaced. The file keeps
  /// its permission bits, owner and group; a new file gets the usual permissions for the user's
  /// umask and, when written by root, the owner of its folder.
  static func writeAtomically(_ bytes: [UInt8], to path: String, followingLinks: Bool = true) throws(Failure) {
    let prepared = try prepare(bytes, for: path, followingLinks: followingLinks)
    if rename(prepared.temporary, prepared.target) != 0 {
      let code = errno
      unlink(prepared.temporary)
      throw Failure(prepared.target, code: code)
    }
    try syncDirectory(parentDirectory(of: prepared.target))
  }

  /// Writes `bytes` to a new temporary file beside the file at `path` (created exclusively, so a
  /// planted file or link is never written through) and flushes it to the disk. Without
  /// `followingLinks`, a symbolic link at `path` is itself replaced, never the file it points to.
  static func prepare(_ bytes: [UInt8], for path: String, followingLinks: Bool = true) throws(Failure) -> PreparedFile {
    let target = followingLinks ? try resolveLinks(path) : path
    let directory = parentDirectory(of: target)
    let temporary = directory + "/" + scratchName(.temporary, for: fileName(of: target))
    var info = stat()
    let existing: stat? = (followingLinks ? stat(target, &info) : lstat(target, &info)) == 0 && info.st_mode & S_IFMT == S_IFREG ? info : nil

    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, existing.map { $0.st_mode & 0o7777 } ?? 0o666)
    guard descriptor >= 0 else { throw Failure(target, code: errno) }
    do throws(Failure) {
      if let existing, fchmod(descriptor, existing.st_mode & 0o7777) != 0 { throw Failure(target, code: errno) }
      keepOwnership(of: descriptor, like: existing, folder: directory)
      try writeAll(bytes, to: descriptor, path: target)
      if fsync(descriptor) != 0 { throw Failure(target, code: errno) }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    if close(descriptor) != 0 {
      let code = errno
      unlink(temporary)
      throw Failure(target, code: code)
    }
    return PreparedFile(target: target, temporary: temporary)
  }

  /// Gives a new file the owner and group of the file it replaces, or when root makes a new one,
  /// those of its folder: saving as root must not lock the workspace's owner out of their files.
  /// Failing to is harmless (a user may not give files away), so it is not an error.
  static func keepOwnership(of descriptor: Int32, like existing: stat?, folder: String) {
    if let existing {
      if existing.st_uid != geteuid() || existing.st_gid != getegid() {
        _ = fchown(descriptor, existing.st_uid, existing.st_gid)
      }
    } else if geteuid() == 0 {
      var info = stat()
      if stat(folder, &info) == 0 && (info.st_uid != 0 || info.st_gid != 0) {
        _ = fchown(descriptor, info.st_uid, info.st_gid)
      }
    }
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(path, code: errno)
      }
      offset += written
    }
  }
}

extension String {
  /// The range of the last occurrence of `target`.
  func range(ofLast target: String) -> Range<String.Index>? {
    var search = endIndex
    while search > startIndex {
      search = index(before: search)
      if self[search...].hasPrefix(target) { return search..<index(search, offsetBy: target.count) }
    }
    return nil
  }
}
