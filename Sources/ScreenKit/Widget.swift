/// Something that draws itself into a rectangle of a buffer.
///
/// Widgets are small values built fresh for each frame from the application's state. A
/// widget draws only inside `area` (clipped to the buffer), whatever its size, down to
/// nothing at all.
public protocol Widget {
  /// Draws the widget into `area` of `buffer`.
  func render(in area: Rect, into buffer: inout Buffer)
}

extension Buffer {
  /// Draws a widget into a rectangle of this buffer.
  public mutating func render(_ widget: some Widget, in area: Rect) {
    widget.render(in: area, into: &self)
  }
}
