/// Filler prose for synthetic items.
enum SyntheticText {
    private static let words = [
        "customers", "checkout", "latency", "mobile", "conversion", "retention", "payment", "wallet",
        "experiment", "onboarding", "support", "tickets", "churn", "pricing", "review", "release",
    ]

    /// Sixty words from a product team's vocabulary, about 450 bytes.
    static func paragraph(_ random: inout SplitMix64) -> String {
        (0..<60).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }.joined(separator: " ") + "."
    }

    /// A story body of about 1.4 KB: the user story, a mention of its epic,
    /// acceptance criteria, notes and a small table.
    static func storyBody(_ number: Int, epic: String?, random: inout SplitMix64) -> String {
        let context = epic.map { " Part of [[\($0)]]." } ?? ""
        return """
            As a returning customer, I want to pay with a saved card in story \(number), so that \
            checkout takes seconds on my phone and I do not have to type my details again.\(context)

            \(paragraph(&random))

            ## Acceptance criteria
            - [x] Given a saved card, when I tap Pay, then the order is placed within two seconds.
            - [ ] Given an expired card, when I tap Pay, then I am asked for a new expiry date.
            - [ ] The Pay button is hidden on devices that cannot pay, with a clear explanation.

            ## Notes
            \(paragraph(&random))

            | Metric | Before | After |
            |---|---|---|
            | Checkout time | 45 s | 8 s |
            """
    }
}
