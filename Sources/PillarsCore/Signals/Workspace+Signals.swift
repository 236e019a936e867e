extension Workspace {
  /// Puts an import's counts in place: for every theme, the weeks from `first` through `last`
  /// become what `counts` holds (a week with no count is removed), so importing the same export
  /// twice changes nothing. Returns the documents that changed.
  @discardableResult
  public mutating func replaceSignalWeeks(
    from first: ISOWeek, through last: ISOWeek, with counts: [SignalThemeID: [ISOWeek: WeeklyContacts]]
  ) -> Set<DocumentRef> {
    var changed: Set<DocumentRef> = []
    for index in signalThemes.indices {
      let theme = signalThemes[index]
      let kept = theme.weeks.filter { $0.week < first || $0.week > last }
      let added = (counts[theme.id] ?? [:]).values.filter { $0.contacts > 0 }
      let weeks = (kept + added).sorted { $0.week < $1.week }
      if weeks != theme.weeks {
        signalThemes[index].weeks = weeks
        changed.insert(.signalTheme(theme.id))
      }
    }
    return changed
  }
}
