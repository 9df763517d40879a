namespace NewsBot.Core.Evaluation;

/// <summary>
/// Logistic regression fitted by Newton's method (iteratively reweighted least squares) with an L2 penalty on every
/// weight but the first (the bias). Few features and exact second-order steps: converges in a dozen iterations,
/// deterministically.
/// </summary>
internal static class LogisticRegression
{
    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double l2, IReadOnlyList<double>? rowWeights = null)
    {
        var dimensions = rows[0].Length;
        var weights = new double[dimensions];
        for (var iteration = 0; iteration < 25; iteration++)
        {
            var gradient = new double[dimensions];
            var hessian = new double[dimensions, dimensions];
            for (var r = 0; r < rows.Count; r++)
            {
                var x = rows[r];
                var p = Sigmoid(Dot(weights, x));
                var w = rowWeights?[r] ?? 1;
                var error = ((labels[r] ? 1 : 0) - p) * w;
                var curvature = Math.Max(p * (1 - p), 1e-9) * w;
                for (var i = 0; i < dimensions; i++)
                {
                    gradient[i] += error * x[i];
                    for (var j = 0; j <= i; j++)
                    {
                        hessian[i, j] += curvature * x[i] * x[j];
                    }
                }
            }

            for (var i = 0; i < dimensions; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    hessian[j, i] = hessian[i, j];
                }

                var penalty = i == 0 ? 1e-6 : l2;
                gradient[i] -= penalty * weights[i];
                hessian[i, i] += penalty;
            }

            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var i = 0; i < dimensions; i++)
            {
                weights[i] += step[i];
                change = Math.Max(change, Math.Abs(step[i]));
            }

            if (change < 1e-6)
            {
                break;
            }
        }

        return weights;
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    public static double Dot(double[] weights, double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * x[i];
        }

        return sum;
    }

    /// <summary>Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                }

                (x[col], x[pivot]) = (x[pivot], x[col]);
            }

            for (var row = col + 1; row < n; row++)
            {
                var factor = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= factor * m[col, k];
                }

                x[row] -= factor * x[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            for (var k = row + 1; k < n; k++)
            {
                x[row] -= m[row, k] * x[k];
            }

            x[row] /= m[row, row];
        }

        return x;
    }
}
