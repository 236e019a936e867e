import PillarsCore

extension ExampleWorkspace {
  /// Who Brassline wins with: three segments from billing and ticket data, one of them primary.
  static let segments = SegmentsDocument(segments: [growingContractors, ownerOperators, multiBranchContractors])

  private static let growingContractors = Segment(
    id: primarySegment, name: "Growing trade contractors",
    description: "HVAC, plumbing and electrical firms with 10 to 50 field technicians and two to six office "
      + "staff, usually owner-led and adding technicians every year. They run the day from the dispatch "
      + "board and invoice from the van, and they are 41% of accounts and 58% of revenue.",
    attractiveness: Attractiveness(size: 4, growth: 4, willingnessToPay: 4),
    fit: 4, primary: true,
    disqualifiers: [
      "Fewer than 8 technicians: the office is the owner's spare evening",
      "Accounting outside QuickBooks Online and Xero",
      "Mostly project work billed in stages over months, such as new-build fit-outs",
    ],
    painPoints: [
      "Invoices fail to sync to the accounting system and the office finds out at month end",
      "Technicians arrive on site without the job on their phone when there is no signal",
      "Every question to support starts again from the beginning with a new person",
      "Moving customer and equipment records in from spreadsheets takes weeks",
    ],
    jobs: [
      "Get every technician to the right job with the right parts, first time",
      "Turn a finished job into a paid invoice the same day",
      "Add technicians without adding office staff",
    ],
    phrases: [
      "\"I don't have time to explain it three times.\"",
      "\"If the invoice doesn't sync, I'm doing it twice.\"",
      "\"My techs won't use anything that needs signal.\"",
      "\"Just tell me who owns my problem.\"",
    ],
    switchingTriggers: [
      "A month-end close where invoices had to be keyed in twice",
      "Hiring the fifth or sixth technician, when the whiteboard stops working",
      "A support ticket bounced between three people",
    ],
    empathyMap: EmpathyMap(
      thinks: [
        "Software should save office hours, not create them",
        "Support is a queue I fall into, not a person",
      ],
      feels: [
        "Exposed when a technician turns up without the job details",
        "Worn down by month-end reconciliation",
        "Relieved when one person sees a problem through",
      ],
      says: [
        "\"We're growing faster than the office can keep up with.\"",
        "\"I need it fixed before the morning dispatch.\"",
      ],
      does: [
        "Calls the owner's mobile of a peer contractor for advice before calling a vendor",
        "Keeps a spreadsheet of invoices that did not sync",
        "Contacts support between 7 and 9 in the morning, during dispatch",
      ]
    )
  )

  private static let ownerOperators = Segment(
    id: "owner-operators", name: "Owner-operators",
    description: "Tradespeople running one to three vans who do the jobs themselves and the paperwork at "
      + "night. Many of them, price-sensitive, and the largest source of cancellations.",
    attractiveness: Attractiveness(size: 5, growth: 3, willingnessToPay: 2),
    fit: 3,
    disqualifiers: [
      "No accounting software at all",
      "Expects phone support in the evening and at weekends",
    ],
    painPoints: [
      "Quoting and invoicing take the evening after a full day on site",
      "The monthly price feels high in a quiet month",
      "Too many features they never open",
    ],
    jobs: [
      "Send a quote from the driveway before leaving",
      "Get paid on the spot by card",
    ],
    phrases: [
      "\"I just want to get paid and go home.\"",
      "\"Half of this is for bigger firms.\"",
      "\"Can I pause it in winter?\"",
    ],
    switchingTriggers: [
      "A quiet winter month with the full price to pay",
      "A competitor's free plan shown by a friend in the trade",
    ],
    empathyMap: EmpathyMap(
      thinks: [
        "Every subscription has to earn its place each month",
        "A phone and a notebook worked well enough for years",
      ],
      feels: [
        "Tired of admin after a day on site",
        "Proud of being their own boss",
      ],
      says: [
        "\"Is there a cheaper plan?\"",
        "\"I'll sort the invoices on Sunday.\"",
      ],
      does: [
        "Tries three apps in a month and keeps the simplest",
        "Asks questions in trade groups on social media rather than contacting support",
      ]
    )
  )

  private static let multiBranchContractors = Segment(
    id: "multi-branch-contractors", name: "Regional multi-branch contractors",
    description: "Contractors with 50 to 250 technicians across several branches, an IT lead, a procurement "
      + "process and service contracts with commercial clients. Large deals, long sales cycles, and "
      + "requirements the product does not yet meet.",
    attractiveness: Attractiveness(size: 2, growth: 3, willingnessToPay: 5),
    fit: 2,
    disqualifiers: [
      "Requires single sign-on and an on-premise ERP integration at signature",
      "Procurement asks for a dedicated account team in the contract",
    ],
    painPoints: [
      "Branches schedule differently and head office cannot compare them",
      "Service contract renewals slip because visits are tracked in three systems",
      "Vendors promise integrations that never ship",
    ],
    jobs: [
      "Show head office one picture of every branch's jobs and margins",
      "Prove service-level compliance to commercial clients",
    ],
    phrases: [
      "\"Does it talk to our ERP?\"",
      "\"Each branch has its own way of doing things.\"",
      "\"We need this signed off by IT first.\"",
    ],
    switchingTriggers: [
      "Opening or buying a branch that runs on another system",
      "A commercial client asking for service-level reports they cannot produce",
    ],
    empathyMap: EmpathyMap(
      thinks: [
        "Switching systems across branches is a year-long risk",
        "A vendor this size may not cope with us",
      ],
      feels: [
        "Accountable to commercial clients for every missed visit",
        "Cautious after a failed rollout",
      ],
      says: [
        "\"Send us the security questionnaire.\"",
        "\"We'd start with one branch.\"",
      ],
      does: [
        "Runs a formal tender with three shortlisted vendors",
        "Pilots in one branch for a quarter before deciding",
      ]
    )
  )
}
