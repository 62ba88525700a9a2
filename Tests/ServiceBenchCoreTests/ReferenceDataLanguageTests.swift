import Foundation
import Testing
@testable import ServiceBenchCore

/// A distribution's note, formula and statement, and an adoption rate's statement, are written in
/// French and in English.
@Suite struct ReferenceDataLanguageTests {
    typealias F = ReferenceDataFixtures

    @Test func bothLanguagesAreRead() throws {
        let body = """
              <distribution id="s1-asa" kpi="asa" unit="seconds">
                <point value="30" share="0.5"/>
                <formula lang="fr">Temps de réponse déclaré</formula>
                <formula lang="en">Declared response time</formula>
                <note lang="fr">Chiffres déclarés.</note>
                <note lang="en">Declared figures.</note>
                <statement lang="fr">50 % des marques répondent dans les 30 secondes.</statement>
                <statement lang="en">50% of brands answer within 30 seconds.</statement>
                <cite ref="002.txt">50 % répondent dans les 30 secondes.</cite>
              </distribution>
              <adoption id="s1-a" kpi="csat" share="0.73">
                <statement lang="fr">73 % des marques mesurent la satisfaction.</statement>
                <statement lang="en">73% of brands measure satisfaction.</statement>
                <cite ref="002.txt">73 %.</cite>
              </adoption>
            """
        let directory = try F.directory(study: F.study(body))
        let data = try ReferenceDataLoader.load(directory: directory.path)
        let distribution = try #require(data.distributions.first)
        #expect(distribution.formulaVariant(french: true) == "Temps de réponse déclaré")
        #expect(distribution.formulaVariant(french: false) == "Declared response time")
        #expect(distribution.note(french: true) == "Chiffres déclarés." && distribution.note(french: false) == "Declared figures.")
        #expect(distribution.statement(french: true) == "50 % des marques répondent dans les 30 secondes.")
        #expect(distribution.statement(french: false) == "50% of brands answer within 30 seconds.")
        #expect(data.adoptionRates.first?.statementEN == "73% of brands measure satisfaction.")
    }

    @Test(arguments: ["note", "formula", "statement"])
    func oneLanguageAloneIsAnError(element: String) throws {
        let body = """
              <distribution id="s1-asa" kpi="asa" unit="seconds">
                <point value="30" share="0.5"/>
                <\(element) lang="en">English only.</\(element)>
                <cite ref="002.txt">q</cite>
              </distribution>
            """
        let text = F.study(body)
        let problems = F.problems(try F.directory(study: text))
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.message.contains("needs exactly one <\(element) lang=\"fr\"> and one <\(element) lang=\"en\">") == true)
        #expect(problems.first?.location?.line == F.line(of: "<distribution", in: text))
    }
}
