extension ExampleWorkspace {
  /// The people who keep Brassline's strategy, named once so every document spells them alike.
  enum People {
    static let maya = "Maya Okafor"
    static let tomas = "Tomás Reyes"
    static let priya = "Priya Natarajan"
    static let jonas = "Jonas Lindqvist"
    static let aisha = "Aisha Bello"
    static let ben = "Ben Hartley"
    static let lena = "Lena Vogel"
    static let sam = "Sam O'Connor"
  }

  /// The teams that own touchpoints.
  enum Teams {
    static let marketing = "Marketing"
    static let sales = "Sales"
    static let billing = "Billing"
    static let onboarding = "Onboarding"
    static let product = "Product"
    static let support = "Support"
    static let supportOps = "Support Operations"
    static let success = "Customer Success"
  }
}
