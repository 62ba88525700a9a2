/// The Nelder–Mead simplex method in two dimensions, for `DistributionFit` (smooth objectives of two
/// parameters; deterministic: the same start gives the same answer).
enum NelderMead {
    /// The point minimising `f`, from `start` with an initial simplex of `step` along each axis; stops when
    /// the simplex's values differ by less than 10⁻²⁴ or after 2,000 iterations.
    static func minimize(
        _ f: (Double, Double) -> Double, from start: (Double, Double), step: (Double, Double)
    ) -> (Double, Double) {
        typealias Point = (x: Double, y: Double)
        func value(_ p: Point) -> Double {
            let v = f(p.x, p.y)
            return v.isNaN ? .infinity : v
        }
        var simplex: [(point: Point, value: Double)] = [
            start, (start.0 + step.0, start.1), (start.0, start.1 + step.1),
        ].map { (Point($0.0, $0.1), value(Point($0.0, $0.1))) }
        for _ in 0..<2000 {
            simplex.sort { $0.value < $1.value }
            if simplex[2].value - simplex[0].value < 1e-24 { break }
            let best = simplex[0].point, worst = simplex[2]
            let centroid = Point((best.x + simplex[1].point.x) / 2, (best.y + simplex[1].point.y) / 2)
            func along(_ t: Double) -> Point {
                Point(centroid.x + t * (worst.point.x - centroid.x), centroid.y + t * (worst.point.y - centroid.y))
            }
            let reflected = along(-1), reflectedValue = value(reflected)
            if reflectedValue < simplex[0].value {
                let expanded = along(-2), expandedValue = value(expanded)
                simplex[2] = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue)
            } else if reflectedValue < simplex[1].value {
                simplex[2] = (reflected, reflectedValue)
            } else {
                let contracted = reflectedValue < worst.value ? along(-0.5) : along(0.5)
                let contractedValue = value(contracted)
                if contractedValue < min(reflectedValue, worst.value) {
                    simplex[2] = (contracted, contractedValue)
                } else {
                    for index in 1...2 {
                        let p = simplex[index].point
                        let shrunk = Point(best.x + (p.x - best.x) / 2, best.y + (p.y - best.y) / 2)
                        simplex[index] = (shrunk, value(shrunk))
                    }
                }
            }
        }
        simplex.sort { $0.value < $1.value }
        return (simplex[0].point.x, simplex[0].point.y)
    }
}
