/// What the user typed, cut to a length that fits a refusal in the status line.
func shortQuote(_ text: String) -> String { text.count > 24 ? String(text.prefix(23)) + "…" : text }
