import Testing
import ServiceBenchStaffing
@testable import ServiceBenchReport

/// The staffing chart's two axes: round tops in whole steps of 1, 2 or 5 × 10ⁿ, at most five steps,
/// and bars drawn against the axis they are read on.
@Suite struct StaffingChartGeometryTests {
    @Test(arguments: [
        (11.0, 5.0, 15.0), (3.0, 1.0, 3.0), (0.4, 1.0, 1.0), (5.0, 1.0, 5.0), (6.0, 2.0, 6.0), (10.0, 2.0, 10.0),
        (24.0, 5.0, 25.0), (26.0, 10.0, 30.0), (130.0, 50.0, 150.0), (0.0, 1.0, 1.0),
    ])
    func axisTopsAreRound(maximum: Double, step: Double, top: Double) {
        let scale = AxisScale(maximum: maximum, integral: true)
        #expect(scale.step == step)
        #expect(scale.top == top)
        #expect(scale.top >= maximum)
        #expect(scale.ticks.count <= 6)
        #expect(scale.ticks.first == 0 && scale.ticks.last == top)
    }

    @Test func barsAreReadOnTheirOwnAxis() {
        let rows = [
            StaffingReportData.Row(label: "09:00", calls: 11, averageHandleSeconds: 300, agentsNeeded: 3),
            StaffingReportData.Row(label: "10:00", calls: 7.5, averageHandleSeconds: 300, agentsNeeded: nil),
        ]
        let chart = ChartGeometry.staffingChart(rows, format: { String(Int($0)) })
        // Calls: axis 0–15 over 140 units, so 11 calls is 140 × 11 / 15 ≈ 102.7 units high.
        #expect(chart.bars[0].callsHeight == "102.7")
        // Agents: axis 0–3, so 3 agents fill the plot; an unreachable hour has no bar.
        #expect(chart.bars[0].agentsHeight == "140")
        #expect(chart.bars[1].agentsHeight == "0")
        #expect(chart.callsTicks.map(\.label) == ["0", "5", "10", "15"])
        #expect(chart.agentsTicks.map(\.label) == ["0", "1", "2", "3"])
        // The top tick is at the plot's top, the zero tick on the baseline.
        #expect(chart.callsTicks.last?.y == chart.plotTop)
        #expect(chart.callsTicks.first?.y == chart.baselineY)
    }
}
