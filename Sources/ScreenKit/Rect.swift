/// A rectangle of cells: where a widget draws.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  /// Never negative.
  public var width: Int { didSet { width = max(0, width) } }
  /// Never negative.
  public var height: Int { didSet { height = max(0, height) } }

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The rectangle at the origin with this size.
  public init(width: Int, height: Int) {
    self.init(x: 0, y: 0, width: width, height: height)
  }

  /// The first column past the right edge.
  public var right: Int { x + width }
  /// The first row below the bottom edge.
  public var bottom: Int { y + height }
  /// Cells covered.
  public var area: Int { width * height }
  /// Whether the rectangle covers no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether the cell at (x, y) lies inside.
  public func contains(x: Int, y: Int) -> Bool {
    x >= self.x && x < right && y >= self.y && y < bottom
  }

  /// The rectangle shrunk by `margin` cells on every side; empty when nothing is left.
  public func inset(by margin: Int) -> Rect {
    inset(top: margin, left: margin, bottom: margin, right: margin)
  }

  /// The rectangle shrunk by `horizontal` cells left and right and `vertical` top and bottom.
  public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
    inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
  }

  /// The rectangle shrunk on each side by its own margin; empty when nothing is left.
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    let newWidth = max(0, width - left - right)
    let newHeight = max(0, height - top - bottom)
    return Rect(
      x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
  }

  /// The cells both rectangles cover; an empty rectangle when they do not meet.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(self.right, other.right)
    let bottom = min(self.bottom, other.bottom)
    guard right > left, bottom > top else { return Rect(x: left, y: top, width: 0, height: 0) }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// The rectangle cut into rows, top to bottom, sized by `constraints`.
  public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
    var top = y
    return Constraint.sizes(of: constraints, in: height, spacing: spacing).map { size in
      let row = Rect(x: x, y: min(top, bottom), width: width, height: size)
      top += size + max(0, spacing)
      return row
    }
  }

  /// The rectangle cut into columns, left to right, sized by `constraints`.
  public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
    var left = x
    return Constraint.sizes(of: constraints, in: width, spacing: spacing).map { size in
      let column = Rect(x: min(left, right), y: y, width: size, height: height)
      left += size + max(0, spacing)
      return column
    }
  }

  /// A rectangle of the given size centred in this one, clipped to it.
  public func centered(width: Int, height: Int) -> Rect {
    let clippedWidth = min(max(0, width), self.width)
    let clippedHeight = min(max(0, height), self.height)
    return Rect(
      x: x + (self.width - clippedWidth) / 2, y: y + (self.height - clippedHeight) / 2,
      width: clippedWidth, height: clippedHeight)
  }
}
