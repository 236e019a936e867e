/// Realistic text for generated workspaces: several scripts, emoji (some joined into one glyph),
/// customers' own words and long notes, so that layout, wrapping and export meet what real teams write.
enum GeneratedText {
  static let phrases = [
    "I just want the invoice to match the job",
    "Die Rechnung kam zweimal, bitte prüfen",
    "Le technicien est arrivé à l'heure 👍",
    "請求書が二重に届きました",
    "客户说派工单总是晚到",
    "Счёт пришёл с ошибкой в адресе",
    "الفاتورة لم تصل بعد",
    "מחכה לטכנאי כבר שעתיים",
    "बिल में गलती है, कृपया ठीक करें",
    "송장이 두 번 왔어요",
    "Ο τεχνικός δεν ήρθε ποτέ",
    "Nobody called me back 😤",
    "Finally one app for the whole crew 👩‍🔧👨‍🔧",
    "Support fixed it in five minutes 🎉",
    "Sync with the books failed again 🧾❌",
    "¿Dónde está mi técnico? 🚐",
    "Çok hızlı ve kolay oldu 🇹🇷",
    "Thanh toán bị lỗi khi đồng bộ",
  ]

  static let words = [
    "schedule", "dispatch", "invoice", "crew", "van", "quote", "renewal", "callback", "sync", "estimate",
    "Termin", "Rechnung", "連携", "予約", "派工", "заявка", "فاتورة", "समय", "일정", "ραντεβού",
    "café", "naïve", "façade", "🔧", "📅", "✅", "⚡", "🛠️", "👷🏽‍♀️",
  ]

  static let channels = ["Web", "Chat", "Email", "Phone", "In-product", "Social", "Store", "Partner", "SMS"]
  static let teams = ["Marketing", "Sales", "Billing", "Onboarding", "Product", "Support", "Customer Success", "Field Ops"]
  static let people = [
    "Maya Okafor", "Tomás Reyes", "Priya Natarajan", "Jonas Lindqvist", "Aisha Bello", "Zoë Ångström",
    "李娜", "Ngozi Adeyemi", "Søren Kierkegård", "Nguyễn Thị Lan", "Dmitri Volkov", "Fatima Al-Sayed",
  ]
  static let stageNames = [
    "Discover", "Evaluate", "Buy", "Set up", "First job", "Daily use", "Get help", "Pay", "Grow", "Renew",
    "Entdecken", "導入", "Оплата", "الدعم",
  ]
  static let units = ["%", "h", "score", "EUR", "min", "jobs", "NPS", "¥"]

  /// A sentence of `count` words.
  static func sentence(_ count: Int, _ random: inout SeededGenerator) -> String {
    (0..<count).map { _ in random.pick(words) }.joined(separator: " ")
  }

  /// A note of several paragraphs, some long enough to wrap many times.
  static func longNote(_ random: inout SeededGenerator) -> String {
    (0..<random.int(2...5)).map { _ in
      random.pick(phrases) + ". " + sentence(random.int(20...80), &random) + "."
    }.joined(separator: "\n\n")
  }
}
